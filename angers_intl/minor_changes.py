"""A French publication marked "Modification mineure" (a typo, a comma): its translations do
not fall behind for it.

The mark belongs to the revision, not to the page: an editor ticks it in the page editor
(``CheckedPageForm``), the revision saved from that form carries it, and it holds when the
revision goes through the review workflow, is scheduled, and is published later by a
moderator. Whatever reads "the French page changed since the translation" (the translation
status, the translation debt board, the notice readers of a translation get) skips the
publications of marked revisions. A later publication without the mark makes the
translations behind again, from that publication.
"""

from django.db import models
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

# What the page form leaves on the page it saves: whether its editor ticked the box.
MARK = "minor_change"


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
    """Record (or withdraw) the mark on ``revision``."""
    if minor:
        MinorChange.objects.get_or_create(revision=revision)
    else:
        MinorChange.objects.filter(revision=revision).delete()


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


def connect():
    post_save.connect(remember_the_mark, sender=Revision, dispatch_uid="portal_minor_change_mark")
