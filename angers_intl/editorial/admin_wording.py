"""The French admin as city staff read it, where Wagtail and wagtail-localize cannot be
corrected through the catalogue (locale/fr/LC_MESSAGES/ corrects the rest):

- Wagtail's page search names its results from the view's ``verbose_name_plural``, which
  its search view leaves unset: its header read "1-2 sur 2 None".
- A moderator who approves a page from its editor was told that the page "a été mise à
  jour": Wagtail's edit view says so after any action. They are told what they did.
- Wagtail's sites listing labels two of its columns from their field names, in English
  ("Site name", "Root page"), not from their translated verbose names.
- wagtail-localize dates the origin of each translated text with ``strftime``, which
  writes months in English ("le 23 November 2026"), and names a PO upload "PO File".
- wagtail-localize's field of the language screens is labelled from its name ("Sync from").
- The title of Wagtail's generic screens joins a title and a subtitle with a colon
  written in code ("Modification de Réseau de villes: Eurocities"): it is put through the
  catalogue, which writes French's non-breaking space before the colon.
- Two texts of wagtail-localize's translation editor are written in English in its
  JavaScript, outside gettext: ``static/js/admin/translation_editor_wording.js``, loaded by
  the editor's template (templates/wagtail_localize/admin/), puts them through the admin's
  catalogue.
"""

from django.contrib import messages
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.messages import render as render_message
from wagtail.admin.views.pages.search import SearchView
from wagtail.models import PAGE_PERMISSION_TYPES, Page, Site
from wagtail_localize.models import StringTranslation

from angers_intl import upstream

from .translation_memory import MEMORY_TOOL

# The names wagtail-localize and the content loader give the tools that translated a text.
TOOL_NAMES = {
    "PO File": gettext_lazy("un fichier PO"),
    "Contenu initial du portail": gettext_lazy("le contenu initial du portail"),
    MEMORY_TOOL: gettext_lazy("la mémoire de traduction (à revoir)"),
}


class PageSearchView(SearchView):
    verbose_name = Page._meta.verbose_name
    verbose_name_plural = Page._meta.verbose_name_plural


def translation_comment(string_translation):
    """What wagtail-localize's ``StringTranslation.get_comment`` says, with the date in the
    admin's language."""
    date = date_format(localtime(string_translation.updated_at), "DATE_FORMAT")
    if string_translation.tool_name:
        tool = TOOL_NAMES.get(string_translation.tool_name, string_translation.tool_name)
        return _("Traduit avec %(tool)s le %(date)s") % {"tool": tool, "date": date}
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return _("Traduit automatiquement le %(date)s") % {"date": date}
    return _("Traduit à la main le %(date)s") % {"date": date}


def use_local_dates_in_translation_comments():
    upstream.date_translation_comments_with(translation_comment)


def name_the_site_columns():
    upstream.label_site_listing_columns(
        {name: capfirst(Site._meta.get_field(name).verbose_name) for name in ("site_name", "root_page")}
    )


def name_the_synchronised_language_field():
    upstream.label_locale_synchronization(gettext_lazy("synchroniser depuis"))


# Django's own rights on every model, named "Can add user" in the database: Django does
# not translate them (it stores a permission's name as written).
DEFAULT_PERMISSION_NAMES = {
    "add": gettext_lazy("Ajouter des %(objects)s"),
    "change": gettext_lazy("Modifier les %(objects)s"),
    "delete": gettext_lazy("Supprimer les %(objects)s"),
    "view": gettext_lazy("Consulter les %(objects)s"),
}

# Rights a library names in English outside any catalogue, by (app label, codename).
PERMISSION_NAMES = {
    ("wagtail_localize", "submit_translation"): gettext_lazy("Soumettre des pages à la traduction"),
}

# Models a library names in English outside any catalogue, by (app label, model):
# (singular, plural).
MODEL_NAMES = {
    ("wagtail_localize", "translation"): (gettext_lazy("traduction"), gettext_lazy("traductions")),
    # Wagtail gives its languages no verbose name; the portal calls them "langues".
    ("wagtailcore", "locale"): (gettext_lazy("langue"), gettext_lazy("langues")),
}

# Wagtail's rights on pages, whose names its catalogue translates ("Publish any page"), by
# action: Wagtail 7.4 lists them as "publish_page", Wagtail 8.0 as "publish".
PAGE_PERMISSION_NAMES = {
    identifier.removesuffix("_page"): long_label for identifier, _short, long_label in PAGE_PERMISSION_TYPES
}


def permission_object_name(content_type, plural=False):
    """What a right applies to, in French: the model's verbose name, or the portal's name
    for a model its library leaves in English."""
    names = MODEL_NAMES.get((content_type.app_label, content_type.model))
    if names:
        return names[plural]
    model = content_type.model_class()
    if model is None:
        return content_type.name
    return model._meta.verbose_name_plural if plural else model._meta.verbose_name


def permission_name(permission, library_label=None):
    """The French name of a right, for the group screens. ``library_label`` is what Wagtail
    would show for it (its shortened label), put through the catalogue when the portal
    has no name of its own for the right."""
    content_type = permission.content_type
    named = PERMISSION_NAMES.get((content_type.app_label, permission.codename))
    if named:
        return named
    if content_type.app_label == "wagtailcore" and content_type.model == "page":
        action = permission.codename.removesuffix("_page")
        if action in PAGE_PERMISSION_NAMES:
            return PAGE_PERMISSION_NAMES[action]
    action = permission.codename.split("_")[0]
    if action in DEFAULT_PERMISSION_NAMES and permission.codename == f"{action}_{content_type.model}":
        return DEFAULT_PERMISSION_NAMES[action] % {"objects": permission_object_name(content_type, plural=True)}
    return _(library_label or permission.name)


def header_title(title, subtitle):
    # A non-breaking space before the colon, as French writes it.
    return _("%(title)s : %(subtitle)s") % {"title": title, "subtitle": subtitle}


def join_header_titles_in_french():
    upstream.join_header_titles_with(header_title)


# Wagtail's confirmation after any action of its page editor (its own msgid, translated by
# its catalogue in the admin's language).
WAGTAIL_PAGE_UPDATED = "Page '%(page_title)s' has been updated."
WORKFLOW_OUTCOMES = {
    "approve": gettext_lazy("La page « %(title)s » a été approuvée."),
    "reject": gettext_lazy("La page « %(title)s » a été renvoyée à son auteur pour modifications."),
}


def report_workflow_action(request, page):
    """After ``after_edit_page``: a moderator who approved or sent back a page from its
    editor is told so, rather than that the page was updated. Reading the queued messages
    consumes them: each is put back, Wagtail's confirmation reworded."""
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    action = request.POST.get("workflow-action-name")
    outcome = WORKFLOW_OUTCOMES.get(action)
    if outcome is None:
        return None
    title = page.get_admin_display_title()
    page.refresh_from_db(fields=["live"])
    if action == "approve" and page.live and not page.workflow_in_progress:
        outcome = gettext_lazy("La page « %(title)s » a été approuvée et publiée.")
    # Wagtail stores its messages rendered (escaped) by its template.
    updated = render_message(_(WAGTAIL_PAGE_UPDATED) % {"page_title": title}, None)
    for message in list(messages.get_messages(request)):
        text = (
            render_message(outcome % {"title": title}, None)
            if message.message == updated
            else message.message
        )
        messages.add_message(request, message.level, text, extra_tags=message.extra_tags)
    return None
