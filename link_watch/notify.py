"""Telling people of a new break: the owner of each page that shows the link
(``reviews.models.owner_of``, the same for every translation of the page), or, for a page
without one (or whose owner has no e-mail address), the active moderators. Each person
gets one e-mail per run, in French, listing every new break on their pages with the page,
the link, what the site answered and the address of the report.

A break is told once (``Link.notified_at``); a failed sending is tried again at the next
run.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from angers_intl.editorial.roles import MODERATORS
from reviews.models import owner_of

from .models import Link, State

logger = logging.getLogger(__name__)


@dataclass
class Told:
    breaks: int = 0
    emails: int = 0
    failed: int = 0
    untold: int = 0

    def in_words(self):
        if not (self.breaks or self.failed or self.untold):
            return "Aucune nouvelle panne."
        words = f"Nouvelles pannes signalées : {self.breaks} ({self.emails} courriel{'s' if self.emails > 1 else ''})."
        if self.failed:
            words += f" {self.failed} courriel{'s' if self.failed > 1 else ''} non envoyé{'s' if self.failed > 1 else ''} : nouvel essai à la prochaine vérification."
        if self.untold:
            words += f" {self.untold} panne{'s' if self.untold > 1 else ''} sans destinataire (aucun responsable ni modérateur avec une adresse électronique)."
        return words


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def report_url():
    return absolute(reverse("link_watch_report"))


def breaks_to_tell(now):
    """Broken links not told yet, and links unreachable for LINK_CHECK_UNREACHABLE_DAYS."""
    unreachable_since = now - timedelta(days=settings.LINK_CHECK_UNREACHABLE_DAYS)
    return (
        Link.objects.filter(notified_at__isnull=True)
        .filter(Q(state=State.BROKEN) | Q(state=State.UNREACHABLE, since__lte=unreachable_since))
        .prefetch_related("places__page__locale")
        .order_by("url")
    )


def moderators():
    User = get_user_model()
    return list(
        User.objects.filter(is_active=True, groups__name=MODERATORS).exclude(email="").distinct().order_by("pk")
    )


def the_break(link, places):
    """What one e-mail says of one link."""
    pages, seen = [], set()
    for place in sorted(places, key=lambda place: (place.page.path, place.field)):
        if place.page_id in seen:
            continue
        seen.add(place.page_id)
        pages.append(
            {
                "title": place.page.title,
                "language": place.page.locale.get_display_name(),
                "edit_url": absolute(reverse("wagtailadmin_pages:edit", args=[place.page_id])),
                "fields": sorted({p.field for p in places if p.page_id == place.page_id}),
            }
        )
    return {
        "link": link,
        "unreachable": link.state == State.UNREACHABLE,
        "since": date_format(timezone.localtime(link.since), "j F Y") if link.since else "",
        "pages": pages,
    }


def letter(user, breaks):
    subject = (
        f"Lien à corriger sur « {breaks[0]['pages'][0]['title']} »"
        if len(breaks) == 1
        else f"{len(breaks)} liens à corriger sur vos pages"
    )
    body = render_to_string(
        "link_watch/new_breaks_email.txt",
        {"user": user, "breaks": breaks, "report_url": report_url(), "site_name": settings.WAGTAIL_SITE_NAME},
    )
    sender = getattr(settings, "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", None) or settings.DEFAULT_FROM_EMAIL
    return EmailMessage(subject, body, sender, [user.email], headers={"Auto-Submitted": "auto-generated"})


def tell_new_breaks(now):
    """E-mail every break not told yet; returns what was done (``Told``)."""
    told = Told()
    links = list(breaks_to_tell(now))
    if not links:
        return told
    fallback = moderators()
    owners = {}  # translation key: owner, or None

    def recipients(page):
        if page.translation_key not in owners:
            owners[page.translation_key] = owner_of(page)
        owner = owners[page.translation_key]
        return [owner] if owner is not None and owner.email else fallback

    people, letters = {}, defaultdict(list)
    for link in links:
        places_by_person = defaultdict(list)
        for place in link.places.all():
            for person in recipients(place.page):
                people[person.pk] = person
                places_by_person[person.pk].append(place)
        for person_pk, places in places_by_person.items():
            letters[person_pk].append((link, places))

    failed_links = set()
    with translation.override(settings.LANGUAGE_CODE):
        for person_pk, items in letters.items():
            message = letter(people[person_pk], [the_break(link, places) for link, places in items])
            try:
                message.send()
                told.emails += 1
            except Exception:  # noqa: BLE001 - a mail server away is no reason to stop the check
                logger.exception("Courriel des liens cassés non envoyé à %s", message.to[0])
                told.failed += 1
                failed_links.update(link.pk for link, _places in items)
    addressed = {link.pk for items in letters.values() for link, _places in items}
    done = addressed - failed_links
    told.breaks = len(done)
    told.untold = len({link.pk for link in links} - addressed)
    Link.objects.filter(pk__in=done).update(notified_at=now)
    return told
