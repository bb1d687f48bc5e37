"""A French page and its translations go together.

Wagtail deletes a page alone unless a ``construct_translated_pages_to_cascade_actions``
hook names the pages to delete with it (wagtail.contrib.simple_translation does so;
wagtail-localize does not): deleting a French page left its English translation behind, a
draft no French page would ever update again, and nobody was told. Here the translations
of a French page are deleted with it, and the delete screen lists them
(templates/wagtailadmin/pages/confirm_delete.html) before anyone confirms.

Wagtail deletes them without asking whether the user may: whoever may not delete one of
them may not delete the French page (see ``refuse_to_delete_translations_one_may_not_delete``).

Deleting a translation alone (a moderator's decision, see localize_guards) leaves the
French page as it is.
"""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page


def translations_deleted_with(page):
    """The translations (not aliases) Wagtail deletes with ``page``: those of a French page
    whose parent is a translation of its parent, as Wagtail's delete view checks."""
    if page.locale.language_code != settings.LANGUAGE_CODE:
        return []
    parent = page.get_parent()
    parents = parent.get_translations(inclusive=True) if parent is not None else Page.objects.none()
    return [
        translation
        for translation in Page.objects.translation_of(page, inclusive=False)
        .filter(alias_of__isnull=True)
        .select_related("locale")
        .order_by("locale__language_code")
        if translation.get_parent() in parents
    ]


def cascade_deletion_to_translations(pages, action):
    """construct_translated_pages_to_cascade_actions: on "delete", a French page's
    translations (and any alias of it in another language's tree)."""
    if action != "delete":
        return None
    return {
        page: list(Page.objects.translation_of(page, inclusive=False))
        for page in pages
        if page.locale.language_code == settings.LANGUAGE_CODE
    }


def refuse_to_delete_translations_one_may_not_delete(request, page):
    """before_delete_page: Wagtail deletes the cascaded translations without asking whether
    the user may; someone who may not delete one of them (an editor, who has no right on
    the English pages) may not delete the French page either, and is told why."""
    refused = [
        translation
        for translation in translations_deleted_with(page)
        if not translation.permissions_for_user(request.user).can_delete()
    ]
    if not refused:
        return None
    messages.error(
        request,
        _(
            "« %(title)s » a une traduction (%(languages)s) que vous ne pouvez pas supprimer : "
            "demandez à un modérateur de supprimer la page avec ses traductions."
        )
        % {
            "title": page.get_admin_display_title(),
            "languages": ", ".join(str(translation.locale.get_display_name()) for translation in refused),
        },
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
