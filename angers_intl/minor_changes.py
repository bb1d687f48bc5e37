"""A French publication marked "Modification mineure" (a typo, a comma): its translations do
not fall behind for it.

The mark belongs to the revision, not to the page: an editor ticks it in the page editor
(``CheckedPageForm``), the revision saved from that form carries it, and it holds when the
revision goes through the review workflow, is scheduled, and is published later by a
moderator. Whatever reads "the French page changed since the translation" (the translation
status, the translation debt board, the notice readers of a translation get) skips the
publications of marked revisions. A later publication without the mark makes the
translations behind again, from that publication.

A publication is minor only if every revision saved since the page's previous publication
is marked: the mark is refused to a revision that follows unmarked unpublished revisions of
the page (a fact changed in one draft, a comma in the next: the publication of both is not
minor), and to a revision already published (Wagtail lets its author save a draft "over"
its latest revision, the live one included: the mark is never put on, nor taken off, a
publication after the fact). Each mark put or taken off is written in the page's history,
where the moderator reviewing the page sees it.
"""

from django.contrib import messages
from django.db import models
from django.db.models import Max
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry, Revision

# What the page form leaves on the page it saves: whether its editor ticked the box.
MARK = "minor_change"

# The page history's entries for a mark put on, or taken off, a revision.
MARKED = "angers_intl.minor_change"
UNMARKED = "angers_intl.minor_change_withdrawn"

# What Wagtail logs each time a page is published (also when a scheduled one goes live).
PUBLISHED = "wagtail.publish"


class MinorChange(models.Model):
    """One French revision marked as a minor change by its author."""

    revision = models.OneToOneField(Revision, on_delete=models.CASCADE, related_name="minor_change")
    marked_at = models.DateTimeField(_("marquée le"), auto_now_add=True)

    class Meta:
        verbose_name = _("modification mineure")
        verbose_name_plural = _("modifications mineures")

    def __str__(self):
        return str(self.revision)


def mark(revision, minor):
    """Record (or withdraw) the mark on ``revision``, unless it was already published or,
    for a mark, unless it follows unmarked revisions not yet published; the change is
    written in the page's history."""
    if already_published(revision) or (minor and follows_unmarked_revisions(revision)):
        return
    if minor:
        _mark, changed = MinorChange.objects.get_or_create(revision=revision)
    else:
        changed = MinorChange.objects.filter(revision=revision).delete()[0] > 0
    if changed:
        log(revision.content_object, MARKED if minor else UNMARKED, user=revision.user, revision=revision)


def already_published(revision):
    return (
        PageLogEntry.objects.filter(revision_id=revision.pk, action=PUBLISHED).exists()
        or Page.objects.filter(pk=revision.object_id, live_revision_id=revision.pk).exists()
    )


def follows_unmarked_revisions(revision):
    """Whether a revision of the same page saved before ``revision`` since the page's latest
    publication is not marked."""
    page = Page.objects.filter(pk=revision.object_id).values("live_revision_id").first() or {}
    last_logged = PageLogEntry.objects.filter(page_id=revision.object_id, action=PUBLISHED).aggregate(
        last=Max("revision_id")
    )["last"]
    last_published = max(page.get("live_revision_id") or 0, last_logged or 0)
    return (
        Revision.objects.filter(
            base_content_type_id=revision.base_content_type_id,
            object_id=revision.object_id,
            pk__gt=last_published,
            pk__lt=revision.pk,
        )
        .exclude(pk__in=minor_revision_ids())
        .exists()
    )


def is_minor(revision_id):
    return revision_id is not None and MinorChange.objects.filter(revision_id=revision_id).exists()


def minor_revision_ids():
    """The marked revisions, as a subquery."""
    return MinorChange.objects.values("revision_id")


def remember_the_mark(sender, instance, created, raw=False, **kwargs):
    """post_save of a revision: a revision made from the page editor's form takes the mark
    its editor set on the page (``Page.save_revision`` creates it with the page as its
    content object); any other revision is left alone."""
    if raw or not Revision.content_object.is_cached(instance):
        return
    minor = getattr(instance.content_object, MARK, None)
    if minor is not None:
        mark(instance, minor)


def remember_the_mark_of_a_draft(request, page):
    """after_edit_page: a draft saved over the editor's previous one (Wagtail's autosave
    overwrites its latest revision, which the post_save above cannot tell from the page)."""
    minor = getattr(page, MARK, None)
    if minor is not None and page.latest_revision_id is not None:
        mark(page.latest_revision, minor)
        if minor and not is_minor(page.latest_revision_id):
            messages.warning(request, REFUSED)


REFUSED = _(
    "La case « Modification mineure » n’a pas été retenue : des modifications enregistrées depuis la "
    "dernière publication de la page ne sont pas marquées mineures, ou cette version est déjà publiée. "
    "Les traductions seront signalées en retard à la publication."
)


def register_log_actions(actions):
    """register_log_actions: how the page history names the marks."""
    actions.register_action(MARKED, _("Marquée comme modification mineure"), _("Marquée comme modification mineure"))
    actions.register_action(
        UNMARKED, _("Marque « modification mineure » retirée"), _("Marque « modification mineure » retirée")
    )


def connect():
    post_save.connect(remember_the_mark, sender=Revision, dispatch_uid="portal_minor_change_mark")
