"""What the portal's staff are told by e-mail about the review of their pages.

Wagtail tells the author of a page sent back for changes what the moderator wrote, but its
approval e-mail leaves the moderator's comment out ("Publié ; pensez à mettre à jour la
photo" never reached the editor). The approval notifier here is Wagtail's, given the
comment; the templates (templates/wagtailadmin/notifications/workflow_state_approved.*)
add it to Wagtail's text.

A translation is often published without a workflow (a moderator publishes it from
wagtail-localize's editor): the translators who worked on it are told it is online.

Every notice leaves from ``WAGTAILADMIN_NOTIFICATION_FROM_EMAIL``, which follows
``DEFAULT_FROM_EMAIL`` (see angers_intl/settings/base.py).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from wagtail.admin.mail import EmailNotificationMixin, Notifier, WorkflowStateApprovalEmailNotifier
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState
from wagtail.signals import page_published, workflow_approved
from wagtail_localize.models import StringTranslation

from . import roles

# The dispatch_uid under which wagtail.admin connects its approval notifier: connecting
# ours under the same one replaces it, whichever app is ready first.
WAGTAIL_APPROVAL_NOTIFICATION = "workflow_state_approved_email_notification"


def last_decision(workflow_state):
    """The task state a moderator finished last in ``workflow_state``."""
    return (
        TaskState.objects.filter(workflow_state=workflow_state, finished_at__isnull=False)
        .order_by("-finished_at", "-pk")
        .first()
    )


class ApprovalWithCommentEmailNotifier(WorkflowStateApprovalEmailNotifier):
    """Wagtail's approval e-mail to the author, with what the moderator wrote."""

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        decision = last_decision(workflow_state)
        context["task_state"] = decision
        context["comment"] = decision.get_comment() if decision is not None else ""
        return context


class TranslationPublishedEmailNotifier(EmailNotificationMixin, Notifier):
    """Tells the translators who worked on a translation that it is published.

    Those who worked on it: the translators of its language who translated its segments,
    saved a revision of it or submitted it for review. The person who published it is not
    told, nor the translator whose submission a moderator just approved (Wagtail's
    approval e-mail, with the moderator's comment, tells them), nor anyone when the portal
    itself republishes a translation to follow its French page's figures. Staff who turned off
    approval notices in their account do not get this one either.
    """

    # The account's "approved" notification preference governs this notice.
    notification = "approved"
    template_directory = "angers_intl/notifications/"

    def __init__(self):
        super().__init__((Page,))

    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and instance.locale.language_code != settings.LANGUAGE_CODE

    def get_template_set(self, instance, **kwargs):
        # Named after what happened, not after the preference that governs it.
        return {
            part: f"{self.template_directory}translation_published{suffix}"
            for part, suffix in (("subject", "_subject.txt"), ("text", ".txt"), ("html", ".html"))
        }

    def get_recipient_users(self, page, revision=None, **kwargs):
        publisher_id = self.publisher_id(page, revision)
        if publisher_id is None:
            # Nobody published it: the portal republished the live translation to follow
            # the French page's figures (following_the_source.py); its text is unchanged.
            return set()
        page_type = ContentType.objects.get_for_model(Page)
        workers = set(
            StringTranslation.objects.filter(
                locale_id=page.locale_id, context__object_id=page.translation_key
            ).values_list("last_translated_by", flat=True)
        )
        workers |= set(
            Revision.objects.filter(base_content_type=page_type, object_id=str(page.pk)).values_list(
                "user", flat=True
            )
        )
        states = WorkflowState.objects.filter(base_content_type=page_type, object_id=str(page.pk))
        workers |= set(states.values_list("requested_by", flat=True))
        told_otherwise = {publisher_id}
        if revision is not None:
            told_otherwise |= set(
                states.filter(
                    status=WorkflowState.STATUS_APPROVED, current_task_state__revision=revision
                ).values_list("requested_by", flat=True)
            )
        workers -= told_otherwise | {None}
        return set(
            get_user_model().objects.filter(
                pk__in=workers, groups__name=roles.translators_group(page.locale.language_code)
            )
        )

    @staticmethod
    def publisher_id(page, revision):
        entry = (
            PageLogEntry.objects.filter(page=page, action="wagtail.publish", revision=revision)
            .order_by("-timestamp", "-pk")
            .first()
        )
        if entry is not None and entry.user_id:
            return entry.user_id
        # wagtail-localize publishes once the request's transaction is committed, with no
        # user in the log: the revision it publishes is the publisher's.
        return revision.user_id if revision is not None else None

    def get_context(self, page, revision=None, **kwargs):
        context = super().get_context(page, **kwargs)
        context["page"] = page
        context["language"] = page.locale.get_display_name()
        publisher_id = self.publisher_id(page, revision)
        context["publisher"] = get_user_model().objects.filter(pk=publisher_id).first() if publisher_id else None
        return context


approval_notifier = ApprovalWithCommentEmailNotifier()
translation_published_notifier = TranslationPublishedEmailNotifier()


def connect():
    workflow_approved.disconnect(sender=WorkflowState, dispatch_uid=WAGTAIL_APPROVAL_NOTIFICATION)
    workflow_approved.connect(approval_notifier, sender=WorkflowState, dispatch_uid=WAGTAIL_APPROVAL_NOTIFICATION)
    page_published.connect(translation_published_notifier, dispatch_uid="portal_translation_published_notice")
