"""The date readers see under the key figures of a network or recognition page."""

from django import template

from reviews.models import PageReview

register = template.Library()


@register.inclusion_tag("reviews/checked_on.html")
def checked_on(page):
    """"Informations vérifiées le 3 décembre 2026" / "Information checked on 3 December 2026",
    or nothing when the page was never checked. Inside the page's content fragment, so asked
    once per rendering of that fragment; a check starts a new one (reviews/checks.py)."""
    day = PageReview.objects.filter(translation_key=page.translation_key).values_list("checked_on", flat=True).first()
    return {"day": day}
