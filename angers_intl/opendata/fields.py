"""API fields computed from a page rather than read from a column."""

from django.utils import translation
from django.utils.html import strip_tags
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
                {"label": str(fact.label), "value": strip_tags(str(fact.value)), "language": fact.lang or language}
                for fact in facts
            ]
