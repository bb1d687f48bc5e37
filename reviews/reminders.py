"""Reminders of due pages, by e-mail in French: to the page's owner and to the moderators,
once for each "à revoir avant" day (``PageReview.reminded_for``). A page checked again and
due once more is reminded again. Run daily as ``manage.py once check_reviews``."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from angers_intl.editorial import roles

from .checks import ensure_reviews
from .due import due_reviews
from .models import PageReview
from .pages import display_name, reviewed_pages

logger = logging.getLogger(__name__)


def moderators():
    return get_user_model().objects.filter(groups__name=roles.MODERATORS, is_active=True).exclude(email="")


def recipients(review):
    """The owner first, then the moderators; each address once."""
    people = [review.owner] if review.owner is not None and review.owner.is_active else []
    people += list(moderators().order_by("pk"))
    addresses = []
    for person in people:
        if person.email and person.email not in addresses:
            addresses.append(person.email)
    return addresses


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def message(due, to):
    """The e-mail for one due page, in French whatever the admin language of each reader."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "page": due.page,
            "review": due.review,
            "owner": display_name(due.owner),
            "edit_url": admin_url(reverse("wagtailadmin_pages:edit", args=[due.page.pk])),
            "reviews_url": admin_url(reverse("reviews:index")),
        }
        subject = " ".join(render_to_string("reviews/email/reminder_subject.txt", context).split())
        body = render_to_string("reviews/email/reminder.txt", context)
    return EmailMessage(subject, body, to=to)


def send_reminders(today=None, say=lambda line: None):
    """E-mail each due page not yet reminded for its due day; returns how many pages were."""
    today = today or timezone.localdate()
    ensure_reviews(list(reviewed_pages()), today)
    reminded = 0
    connection = get_connection()
    for due in due_reviews(today):
        review = due.review
        if review.review_before is None:
            # No day at all (emptied by hand): due from today, like a page never checked.
            review.review_before = today
            PageReview.objects.filter(pk=review.pk).update(review_before=today)
        if review.reminded_for == review.review_before:
            continue
        to = recipients(review)
        if not to:
            say(f"« {due.page.title} » est à revoir, mais ni son responsable ni les modérateurs n'ont d'adresse.")
            continue
        try:
            connection.send_messages([message(due, [address]) for address in to])
        except Exception:  # noqa: BLE001 - the other pages are still reminded; this one tomorrow
            logger.exception("Review reminder for page %s not sent", due.page.pk)
            say(f"« {due.page.title} » : le rappel n'a pas pu être envoyé ; nouvel essai au prochain passage.")
            continue
        PageReview.objects.filter(pk=review.pk).update(reminded_for=review.review_before)
        reminded += 1
        say(f"« {due.page.title} » : rappel envoyé à {len(to)} personne(s).")
    return reminded
