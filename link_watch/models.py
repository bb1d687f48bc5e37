"""What the link check found for each external address the pages show.

A ``Link`` is one address (without its ``#fragment``), whatever the number of pages that
show it; a ``LinkOnPage`` says which live page shows it, and in which field. Both are
rewritten by each run of ``check_links`` (link_watch/check.py): a link no page shows any
longer is forgotten.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    UNCHECKED = "unchecked", _("pas encore vérifié")
    ANSWERS = "answers", _("répond")
    MOVED = "moved", _("déplacé")
    BROKEN = "broken", _("cassé")
    UNREACHABLE = "unreachable", _("injoignable")


# The states the report lists.
TO_CHECK = (State.BROKEN, State.MOVED, State.UNREACHABLE)


class Link(models.Model):
    url = models.CharField(_("adresse"), max_length=2000, unique=True)
    # The host name alone (no port): requests to one host are spaced (link_watch/http.py).
    host = models.CharField(_("hôte"), max_length=255, db_index=True)
    state = models.CharField(_("état"), max_length=20, choices=State.choices, default=State.UNCHECKED)
    # Since when the link is in this state: kept while the state stays the same, so that
    # "cassé depuis" is the day the link was first found broken.
    since = models.DateTimeField(_("depuis"), null=True, blank=True)
    status_code = models.PositiveSmallIntegerField(_("code HTTP"), null=True, blank=True)
    # What the site answered, for people: "404 Not Found", "connexion refusée".
    answer = models.CharField(_("réponse"), max_length=300, blank=True)
    # Where a link that moved for good (301, 308) now leads.
    new_url = models.CharField(_("nouvelle adresse"), max_length=2000, blank=True)
    last_checked_at = models.DateTimeField(_("dernière vérification"), null=True, blank=True)
    first_seen_at = models.DateTimeField(_("relevé le"), default=timezone.now, editable=False)
    # When the e-mails about the current break went out; emptied when the link answers
    # again, so that a later break is a new one (link_watch/notify.py).
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("lien externe")
        verbose_name_plural = _("liens externes")
        ordering = ["url"]
        default_permissions = ()
        permissions = [("see_link_report", "Peut voir le rapport « Liens à vérifier »")]

    def __str__(self):
        return self.url


class LinkOnPage(models.Model):
    """A live page (of any language) that shows ``link``, and where on the page."""

    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="places", verbose_name=_("lien"))
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    # The field's name as the editor shows it ("site officiel", "présentation").
    field = models.CharField(_("champ"), max_length=200)

    class Meta:
        verbose_name = _("lien sur une page")
        verbose_name_plural = _("liens sur les pages")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["link", "page", "field"], name="link_watch_one_place_per_field")
        ]

    def __str__(self):
        return f"{self.link} ({self.page_id}, {self.field})"
