"""A preview link: a secret address that shows one page's draft, for a while.

The secret (``secrets.token_urlsafe``) is given once, to the person who creates the link;
the database keeps only its SHA-256, so that a copy of the database opens no draft. A link
shows either a revision chosen when it was made, or, without one, the page's latest revision
at each opening (the reviewer sees the corrections made after their remarks).
"""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long a link lasts: a week unless its author says otherwise, never more than a month.
DEFAULT_DAYS = 7
MAX_DAYS = 30
# Each opening is not written in the page's history: once per link in this time at most,
# so that a reviewer reloading the page (or a mail scanner trying the link) floods nothing.
OPENING_RECORDED_EVERY = timedelta(hours=1)
TOKEN_BYTES = 32


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class State(models.TextChoices):
    ACTIVE = "active", _("actif")
    EXPIRED = "expired", _("expiré")
    REVOKED = "revoked", _("révoqué")


class PreviewLinkQuerySet(models.QuerySet):
    def find(self, token):
        """The link whose secret is ``token``, or None."""
        if not token or len(token) > 100:
            return None
        digest = hash_token(token)
        link = self.filter(token_hash=digest).select_related("page", "revision", "created_by").first()
        # The lookup is by an index; the comparison that decides is made in constant time.
        if link is None or not hmac.compare_digest(link.token_hash, digest):
            return None
        return link


class PreviewLink(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    # None: the page's latest revision when the link is opened.
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("révision"),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    label = models.CharField(
        _("destinataire"),
        max_length=120,
        blank=True,
        help_text=_("Par exemple : « Secrétariat de l’AFCCRE ». Pour retrouver le lien dans la liste."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("créé par")
    )
    created_at = models.DateTimeField(_("créé le"), default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("expire le"))
    revoked_at = models.DateTimeField(_("révoqué le"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    last_opened_at = models.DateTimeField(_("dernière ouverture"), null=True, blank=True)

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("lien de prévisualisation")
        verbose_name_plural = _("liens de prévisualisation")
        ordering = ["-created_at"]

    def __str__(self):
        return self.label or str(_("Lien de prévisualisation"))

    @classmethod
    def make(cls, page, user, days=DEFAULT_DAYS, revision=None, label=""):
        """A new link and its secret (the only time the secret is known)."""
        if not 1 <= days <= MAX_DAYS:
            raise ValueError(f"A preview link lasts 1 to {MAX_DAYS} days, not {days}.")
        token = secrets.token_urlsafe(TOKEN_BYTES)
        link = cls.objects.create(
            page=page,
            revision=revision,
            token_hash=hash_token(token),
            label=label,
            created_by=user,
            expires_at=timezone.now() + timedelta(days=days),
        )
        return link, token

    @property
    def state(self):
        if self.revoked_at is not None:
            return State.REVOKED
        if self.expires_at <= timezone.now():
            return State.EXPIRED
        return State.ACTIVE

    @property
    def is_active(self):
        return self.state == State.ACTIVE

    def revision_to_show(self):
        """The revision the link shows now (None for a page that has none)."""
        return self.revision or self.page.latest_revision

    def revoke(self, user):
        """Withdraw the link; True when it was active until now."""
        now = timezone.now()
        withdrawn = PreviewLink.objects.filter(pk=self.pk, revoked_at__isnull=True).update(
            revoked_at=now, revoked_by=user
        )
        if withdrawn:
            self.revoked_at, self.revoked_by = now, user
        return bool(withdrawn)

    def note_opening(self):
        """Remember this opening; True when it is the first one in OPENING_RECORDED_EVERY.

        One conditional UPDATE: of many openings at once, one only is told it was first.
        """
        now = timezone.now()
        first = PreviewLink.objects.filter(pk=self.pk).filter(
            Q(last_opened_at__isnull=True) | Q(last_opened_at__lte=now - OPENING_RECORDED_EVERY)
        ).update(last_opened_at=now)
        if first:
            self.last_opened_at = now
        return bool(first)
