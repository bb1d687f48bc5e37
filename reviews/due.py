"""The pages due for a check: a live network or recognition page whose "à revoir avant" day
has come, or that has no review at all."""

import datetime
from dataclasses import dataclass

from wagtail.models import Page

from .models import PageReview
from .pages import reviewed_pages


@dataclass
class Due:
    page: Page
    review: PageReview | None

    @property
    def due_on(self):
        return self.review.review_before if self.review is not None else None

    @property
    def owner(self):
        return self.review.owner if self.review is not None else None


def due_reviews(today):
    """The due pages (French), the longest overdue first, then by title."""
    pages = list(reviewed_pages().order_by("title"))
    reviews = {
        review.translation_key: review
        for review in PageReview.objects.filter(translation_key__in=[page.translation_key for page in pages])
        .select_related("owner")
    }
    due = [
        Due(page, reviews.get(page.translation_key))
        for page in pages
        if page.translation_key not in reviews or reviews[page.translation_key].is_due(today)
    ]
    due.sort(key=lambda item: item.due_on or datetime.date.min)
    return due
