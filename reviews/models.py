"""One review record per organisation page, shared by its translations (the facts are the
organisation's, whatever the language): kept out of the page's revisions, so that saying
"checked today" is one action that neither publishes nor disturbs a draft."""

from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class PageReview(models.Model):
    translation_key = models.UUIDField(unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsable"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Le membre de l'équipe qui vérifie cette page et reçoit ses rappels."),
    )
    checked_on = models.DateField(_("vérifié le"), null=True, blank=True)
    review_before = models.DateField(_("à revoir avant"), null=True, blank=True)
    # The ``review_before`` date whose reminder was sent: one e-mail per due date.
    reminded_for = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("vérification")
        verbose_name_plural = _("vérifications")

    def __str__(self):
        # The Vérifications screen reads the title with the record.
        title = getattr(self, "page_title", None)
        if title is None:
            title = self.page.title if self.page is not None else str(self.translation_key)
        return title

    @cached_property
    def page(self):
        """The page in the source language (French) whose facts this record dates."""
        return (
            Page.objects.filter(translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE)
            .specific()
            .first()
        )

    def is_due(self, today):
        """Due from its ``review_before`` day on, and at once when it has none."""
        return self.review_before is None or self.review_before <= today


def owner_of(page):
    """The staff member who answers for ``page`` (any translation of it), or None."""
    review = PageReview.objects.filter(translation_key=page.translation_key).select_related("owner").first()
    return review.owner if review and review.owner and review.owner.is_active else None
