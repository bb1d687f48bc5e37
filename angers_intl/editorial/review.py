"""A translator hands a finished translation to the moderators.

wagtail-localize's translation editor publishes or saves, nothing between: a translator,
who may not publish, used to tell a moderator by e-mail. Here the translation goes through
the "Relecture" workflow like a French page, and Wagtail's own workflow notifications tell
the moderators. Official names the translation does not use (editorial/translation_memory.py)
and texts taken up from the translation memory that no one saved since are said as warnings
when it is submitted; they do not stop it.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import Translation

from angers_intl import figure_check
from angers_intl.page_form import CONFIRMATION

from . import translation_memory


def waits_for_review(page):
    """In review now: its workflow and the workflow's current task are both in progress
    (not sent back for changes)."""
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
        return False
    task_state = state.current_task_state
    return task_state is None or task_state.status == TaskState.STATUS_IN_PROGRESS


def may_submit(page, user):
    """A translation its user may edit but not publish, not in review already, and not
    locked by someone else."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return False
    # The rights first: they are known without a query once read for this user, and most
    # rows of a listing stop here (moderators publish; translators cannot edit French).
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit() or permissions.can_publish() or waits_for_review(page):
        return False
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        return False
    return page.get_workflow() is not None


def translation_of(page):
    """wagtail-localize's synchronised translation whose target is ``page``, if any."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def submit_translation_for_review(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    if (
        page.locale.language_code == settings.LANGUAGE_CODE
        or not page.permissions_for_user(request.user).can_edit()
    ):
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if waits_for_review(page):
        messages.info(
            request, _("« %(title)s » est déjà en relecture.") % {"title": page.get_admin_display_title()}
        )
        return redirect(edit_url)
    if not may_submit(page, request.user):
        raise PermissionDenied
    workflow = page.get_workflow()
    if request.method == "POST":
        translation = translation_of(page)
        if translation is not None:
            total, translated = translation.get_progress()
            if translated < total:
                messages.error(
                    request,
                    ngettext(
                        "Il reste %(count)d segment à traduire : la traduction ne peut pas encore être soumise.",
                        "Il reste %(count)d segments à traduire : la traduction ne peut pas encore être soumise.",
                        total - translated,
                    )
                    % {"count": total - translated},
                )
                return redirect(edit_url)
            # wagtail-localize keeps each translated segment apart and builds the page only
            # when it is published: the moderators review the page built from them.
            translation.save_target(user=request.user, publish=False)
            # The English text is checked against the fields as the French page is, in the
            # revision just built (the page object still names the one before it).
            page.refresh_from_db()
            found = figure_check.blocking(figure_check.findings(page.get_latest_revision_as_object()))
            if found and not request.POST.get(CONFIRMATION):
                for finding in found:
                    messages.error(request, finding.message)
                return redirect(reverse("angers_intl_submit_for_review", args=[page.pk]))
            # An organisation's French name left in the translation is worth a look, not a
            # refusal: a quotation or a document's title keeps it on purpose.
            for finding in translation_memory.glossary_findings(translation):
                messages.warning(request, finding.message)
            unreviewed = translation_memory.taken_up_unreviewed(translation)
            if unreviewed:
                messages.warning(
                    request,
                    ngettext(
                        "%(count)d segment repris de la mémoire de traduction n’a pas été revu depuis.",
                        "%(count)d segments repris de la mémoire de traduction n’ont pas été revus depuis.",
                        unreviewed,
                    )
                    % {"count": unreviewed},
                )
        elif page.get_latest_revision() is None:
            page.save_revision(user=request.user)
        state = page.current_workflow_state
        if state is not None:
            # Sent back for changes: the same review goes on, as Wagtail's editor does.
            state.resume(request.user)
        else:
            workflow.start(page, request.user)
        messages.success(
            request,
            _("« %(title)s » est soumise à la relecture des modérateurs, qui sont prévenus.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect(edit_url)
    draft = page.get_latest_revision_as_object() if page.get_latest_revision() else page
    findings = figure_check.findings(draft)
    return TemplateResponse(
        request,
        "angers_intl/admin/submit_for_review.html",
        {"page": page, "findings": findings, "needs_confirmation": bool(figure_check.blocking(findings))},
    )


def submit_for_review_button(page, user, next_url=None):
    """register_page_listing_more_buttons: on a translation a translator has finished."""
    if may_submit(page, user):
        yield ListingButton(
            _("Soumettre à relecture"),
            reverse("angers_intl_submit_for_review", args=[page.pk]),
            priority=4,
            icon_name="resubmit",
        )
