"""API fields computed from a page rather than read from a column."""

import html

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from rest_framework import serializers


class FactsField(serializers.Field):
    """The page's "En bref" facts as its readers see them (``page.facts()``), in the
    page's own language: [{"label", "value", "language"}], the value as plain text."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        language = page.locale.language_code
        with translation.override(language):
            facts = page.facts(page.linked_pages(self.context.get("request")))
            return [
                {"label": str(fact.label), "value": plain_text(fact.value), "language": fact.lang or language}
                for fact in facts
            ]


def plain_text(value):
    """A fact's value without its markup: HTML built by the page type (a link, a list) is
    read as a reader would; text is given as it was written."""
    if isinstance(value, SafeString):
        return html.unescape(strip_tags(value))
    return str(value)
