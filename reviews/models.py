"""One review record per organisation page, shared by its translations (the facts are the
organisation's, whatever the language): kept out of the page's revisions, so that saying
"checked today" is one action that neither publishes nor disturbs a draft."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
        return str(self.translation_key)


def owner_of(page):
    """The staff member who answers for ``page`` (any translation of it), or None."""
    review = PageReview.objects.filter(translation_key=page.translation_key).select_related("owner").first()
    return review.owner if review and review.owner and review.owner.is_active else None
