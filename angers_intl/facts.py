"""The words facts are said in. Each page type's ``key_figures()`` and ``facts()`` return
``Fact``s, which templates/components/key_figures.html and facts.html render as they are,
and the API serves as plain text (``FactsField``): templates and the API decide no wording.
"""

import html
from dataclasses import dataclass

from django.utils import translation
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext, ngettext
from rest_framework import serializers


@dataclass(frozen=True)
class Fact:
    """One fact as a reader sees it: what it is, its value (text, or HTML built with
    format_html below), and the value's language where it is not the page's."""

    label: str
    value: str
    lang: str = ""


def that_apply(*candidates):
    """The facts that apply, in order (a page type lists ``None`` for a missing one)."""
    return [fact for fact in candidates if fact is not None]


def other_language(code):
    """``code`` when a passage in that language needs its own ``lang`` attribute."""
    return code if code and code != get_language() else ""


def page_link(page):
    return format_html('<a href="{}">{}</a>', page.url, page.title)


def inline_list(items, item_html):
    """``items`` as one short list on a line, each written by ``item_html(item)``."""
    entries = format_html_join("", "<li>{}</li>", ((item_html(item),) for item in items))
    return format_html('<ul class="inline-list">{}</ul>', entries)


def with_year(text, year):
    return format_html("{} ({})", text, year) if year else text


def population_in_words(value, minimum=False):
    """A head count in words; a ``minimum`` is said as such ("plus d'un milliard
    d'habitants", "over 1 billion inhabitants")."""
    if value in (None, ""):
        return ""
    value = int(value)
    if minimum:
        if value == 1_000_000_000:
            return gettext("plus d’un milliard d’habitants")
        return gettext("plus de %(population)s") % {"population": population_in_words(value)}
    if value >= 1_000_000_000 and value % 100_000_000 == 0:
        count = value / 1_000_000_000
        shown = number_format(count, decimal_pos=0 if count.is_integer() else 1)
        return ngettext("%(n)s milliard d’habitants", "%(n)s milliards d’habitants", int(count)) % {
            "n": shown
        }
    if value >= 1_000_000 and value % 100_000 == 0:
        count = value / 1_000_000
        shown = number_format(count, decimal_pos=0 if count.is_integer() else 1)
        return ngettext("%(n)s million d’habitants", "%(n)s millions d’habitants", int(count)) % {"n": shown}
    return ngettext("%(n)s habitant", "%(n)s habitants", value) % {
        "n": number_format(value, force_grouping=True)
    }


def at_least(value):
    """A minimum count as readers say it: "plus de 1 500", "over 1,500"."""
    return gettext("plus de %(n)s") % {"n": grouped(value)}


def grouped(value):
    """1500 → "1 500" in French, "1,500" in English."""
    return number_format(value, force_grouping=True)


def country_figure(count):
    return Fact(ngettext("pays", "pays", count), str(count))


def founding_figure(year):
    return Fact(gettext("année de création"), str(year))


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
