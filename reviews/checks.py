"""Recording that a page's facts were checked, and telling what keeps copies of pages.

The date readers see ("Informations vérifiées le …") is part of every translation of the
page, in the page cache, at the front and in the fragment cache; changing it publishes
nothing, so the caches are told as for any live page whose row changed without a
publication: ``live_page_changed``, whose listener purges the page, its translations and
what shows them, and starts a new generation of the site tree (the fragments' key).
"""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from angers_intl.signals import live_page_changed

from .models import PageReview
from .pages import is_reviewed, is_staff_member, next_review, source_page

CHECKED = "reviews.checked"


def announce(translation_key):
    """Every live translation of the page shows another date: purge each of them."""
    for page in Page.objects.live().filter(translation_key=translation_key).specific():
        live_page_changed.send(sender=type(page), instance=page)


def checked_today(page, user=None):
    """``page`` (any translation) was checked today: due again in REVIEW_INTERVAL_MONTHS,
    same owner, reminder cleared. Nothing is published; no draft is touched."""
    today = timezone.localdate()
    with transaction.atomic():
        review, _created = PageReview.objects.select_for_update().get_or_create(
            translation_key=page.translation_key
        )
        review.checked_on = today
        review.review_before = next_review(today)
        review.reminded_for = None
        review.save()
        log(instance=source_page(page) or page, action=CHECKED, user=user)
        announce(page.translation_key)
    return review


def record_review(page, owner=None):
    """A review checked today for ``page`` unless it has one (the shipped content, a first
    publication). Returns the page's review."""
    today = timezone.localdate()
    review, _created = PageReview.objects.get_or_create(
        translation_key=page.translation_key,
        defaults={"checked_on": today, "review_before": next_review(today), "owner": owner},
    )
    return review


def first_publication(sender, instance, **kwargs):
    """page_published: a network or recognition page published for the first time is
    checked that day, by its owner when the owner is staff."""
    # Wagtail also says "published" of a page scheduled for later, still not live.
    first = instance.live and instance.first_published_at == instance.last_published_at
    if not first or not is_reviewed(instance):
        return
    record_review(instance, owner=instance.owner if is_staff_member(instance.owner) else None)


def ensure_reviews(pages, today):
    """A record for each of ``pages`` that has none, due ``today``: a page published without
    one (before review dates existed) is to be checked now, and is listed and reminded."""
    known = set(PageReview.objects.filter(translation_key__in=[p.translation_key for p in pages]).values_list(
        "translation_key", flat=True
    ))
    PageReview.objects.bulk_create(
        [PageReview(translation_key=p.translation_key, review_before=today) for p in pages if p.translation_key not in known],
        ignore_conflicts=True,
    )
