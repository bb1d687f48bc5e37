"""What the admin shows staff: the dashboard's editorial panel, the translation status in
the page listing, and the content checker with the rules RGAA asks of editors."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.admin.widgets.button import ListingButton
from wagtail.models import Locale, Page, TaskState, WorkflowState
from wagtail_localize.models import TranslationSource

from overview import exports, timeline

from . import review, roles
from .translation_status import OUTDATED, READY, first_publications_not_followed, translation_statuses


class UndatedOrganisationsPanel(Component):
    """The French network and recognition pages that do not give the year Angers joined
    or obtained them: the timeline leaves them out until an editor fills the year."""

    name = "undated_organisations"
    order = 95
    template_name = "angers_intl/admin/undated_organisations_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        networks, recognitions = (
            exports.organisations(dataset, settings.LANGUAGE_CODE) for dataset in ("networks", "recognitions")
        )
        context["undated"] = timeline.undated(networks, recognitions)
        return context


@dataclass
class ReviewRow:
    """A page in the "Relecture" workflow as its workflow state says it stands now."""

    page: Page | None
    state: WorkflowState
    # When it was last submitted: a page sent back and resubmitted is dated by its new
    # submission, not by the first one (the workflow state's creation).
    submitted_at: datetime | None
    # The moderator's last words on it (a request for changes, an approval), if any.
    comment: str = ""

    @property
    def waits_for_review(self):
        task_state = self.state.current_task_state
        return (
            self.state.status == WorkflowState.STATUS_IN_PROGRESS
            and task_state is not None
            and task_state.status == TaskState.STATUS_IN_PROGRESS
        )

    @property
    def needs_changes(self):
        return self.state.status == WorkflowState.STATUS_NEEDS_CHANGES


def _page_states():
    return WorkflowState.objects.filter(
        base_content_type__app_label="wagtailcore", base_content_type__model="page"
    )


def _last_comments(state_ids):
    """{workflow state id: the last comment a moderator left on it}."""
    finished = (
        TaskState.objects.filter(workflow_state_id__in=state_ids, finished_at__isnull=False)
        .exclude(comment="")
        .order_by("workflow_state_id", "-finished_at")
        .distinct("workflow_state_id")
    )
    return {task_state.workflow_state_id: task_state.comment for task_state in finished}


def reviews_in_hand(limit=20):
    """The pages in review or sent back for changes, as Wagtail's workflow states say now,
    the most recently submitted first."""
    states = list(
        _page_states()
        .active()
        .select_related("current_task_state__task")
        .order_by("-current_task_state__started_at", "-created_at")[:limit]
    )
    pages = {
        str(page.pk): page
        for page in Page.objects.filter(pk__in=[int(s.object_id) for s in states]).select_related("locale")
    }
    comments = _last_comments([state.pk for state in states])
    return [
        ReviewRow(
            page=pages.get(state.object_id),
            state=state,
            submitted_at=state.current_task_state.started_at if state.current_task_state else state.created_at,
            comment=comments.get(state.pk, ""),
        )
        for state in states
    ]


def latest_decisions_for(user, limit=5):
    """The moderators' last decisions on the pages ``user`` submitted, with their words:
    an approval's comment ("Publié ; pensez à mettre à jour la photo") as much as a
    request for changes."""
    decisions = list(
        TaskState.objects.filter(
            workflow_state__requested_by=user,
            workflow_state__base_content_type__app_label="wagtailcore",
            workflow_state__base_content_type__model="page",
            status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED],
        )
        .select_related("workflow_state", "finished_by")
        .order_by("-finished_at")[:limit]
    )
    pages = Page.objects.in_bulk([int(d.workflow_state.object_id) for d in decisions])
    for decision in decisions:
        decision.page = pages.get(int(decision.workflow_state.object_id))
    return [decision for decision in decisions if decision.page is not None]


class EditorialStatusPanel(Component):
    """Pages awaiting review or sent back for changes, the moderators' last words on the
    user's own pages, and, per language, the pages whose translation needs a translator."""

    name = "editorial_status"
    order = 90
    template_name = "angers_intl/admin/editorial_status_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = self.request.user
        in_hand = reviews_in_hand()
        names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        sections = [
            {"code": code, "name": names[code], "statuses": translation_statuses(target_language=code)}
            for code in roles.translation_languages_of(user)
        ]
        statuses = [status for section in sections for status in section["statuses"]]
        sources = {
            source.object_id: source.pk
            for source in TranslationSource.objects.filter(
                object_id__in=[s.source_page.translation_key for s in statuses],
                locale__language_code=settings.LANGUAGE_CODE,
            )
        }
        for status in statuses:
            status.can_edit_source = status.source_page.permissions_for_user(user).can_edit()
            # Only a translated, unpublished page can be handed over for review.
            status.can_submit = status.status == READY and review.may_submit(status.target_page.specific, user)
            source_id = sources.get(status.source_page.translation_key)
            status.sync_url = (
                reverse("wagtail_localize:update_translations", args=[source_id])
                if source_id and status.status == OUTDATED
                else None
            )
        context.update(
            {
                "in_review": [row for row in in_hand if row.waits_for_review],
                "needs_changes": [row for row in in_hand if row.needs_changes],
                "your_reviews": latest_decisions_for(user),
                "translation_sections": sections,
            }
        )
        return context


def outdated_translation_button(page, user, next_url=None):
    """On a translation whose French source changed since the last sync (a minor change aside)."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return
    french = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    source_page = page.get_translation_or_none(french) if french else None
    if source_page is None or not source_page.last_published_at:
        return
    source = TranslationSource.objects.get_for_instance_or_none(source_page)
    if source is not None and first_publications_not_followed([source_page.pk], settings.LANGUAGE_CODE):
        yield ListingButton(
            _("Traduction à mettre à jour"),
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            priority=5,
            icon_name="warning",
        )


class PortalContentChecker(ContentCheckerItem):
    """Wagtail's checks, plus what RGAA asks of editors: text alternatives, a language
    on the page and on passages, a page title, and links that warn of a new window."""

    # Only what editors wrote is checked: the portal's header, navigation and footer are
    # the same on every page, and editors cannot change them.
    axe_exclude = [".site-header", ".main-nav", ".breadcrumbs", ".sibling-nav", ".site-footer"]
    axe_run_only = ContentCheckerItem.axe_run_only + [
        "image-alt",
        "html-has-lang",
        "valid-lang",
        "document-title",
        "new-window-warning",
    ]
    axe_custom_rules = ContentCheckerItem.axe_custom_rules + [
        {
            # Links that open a new window carry data-warns-new-window once their text
            # says so (our templates do); any other target=_blank link is reported.
            # Wagtail's alt-text check, given a pattern that always matches, makes
            # every selected element a finding.
            "id": "new-window-warning",
            "impact": "serious",
            "selector": 'a[target="_blank"]:not([data-warns-new-window])',
            "tags": ["wcag2a", "rgaa"],
            "any": [{"id": "check-image-alt-text", "options": {"pattern": "^"}}],
            "enabled": True,
        }
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image sans texte alternatif"),
            "help_text": _("Décrivez l’image, ou marquez-la comme décorative."),
        },
        "html-has-lang": {
            "error_name": _("Langue de la page absente"),
            "help_text": _("La page doit déclarer sa langue."),
        },
        "valid-lang": {
            "error_name": _("Code de langue invalide"),
            "help_text": _("Utilisez un code comme « fr » ou « en »."),
        },
        "document-title": {
            "error_name": _("Titre de page absent"),
            "help_text": _("Chaque page doit avoir un titre."),
        },
        "new-window-warning": {
            "error_name": _("Lien ouvrant une nouvelle fenêtre sans le dire"),
            "help_text": _("Ajoutez « Ouvre une nouvelle fenêtre » au texte du lien."),
        },
    }
