"""The words facts are said in. Each page type's ``key_figures()`` and ``facts()`` return
``Fact``s, which templates/components/key_figures.html and facts.html render as they are,
and the API serves as plain text (``FactsField``): templates and the API decide no wording.
"""

import html
import re
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.formats import number_format
from django.utils.html import conditional_escape, escape, format_html, format_html_join, strip_tags
from django.utils.safestring import SafeString, mark_safe
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


def count_in_words(value, minimum=False):
    """A count as readers see it: "plus de 1 500" when it is a minimum, else "1 500";
    nothing when there is none."""
    if value is None:
        return ""
    return at_least(value) if minimum else grouped(value)


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


# --- Live figures --------------------------------------------------------------------
# A figure held in a field (the members of a network, its countries…) is written once: the
# text says it with a placeholder, "{membres}", that shows the field's current wording in
# the page's language wherever the text is shown (the page, cards, search results, the
# API). Changing the field changes every sentence on the next request.

PLACEHOLDER = re.compile(r"\{\s*([^{}\s]{1,30})\s*\}")


@dataclass(frozen=True)
class LiveFigure:
    """A figure of a page type that its text may say with ``{token}``.

    ``label``: the field's name as editors know it ("nombre de membres");
    ``value``: what the field holds (a number, a year), None when empty;
    ``words``: how readers see it, in the current language ("plus de 210");
    ``nouns``: the words that say what such a figure counts in a sentence ("membres",
    "members", "pays"…), for the check of the text against the field;
    ``is_year``: a year (founding), checked against "fondée en 1951", "founded in 1951".
    """

    token: str
    label: str
    value: int | None
    words: str
    nouns: tuple = field(default=())
    is_year: bool = False


def placeholder_name(token):
    """ "{création}" and "{creation}" are the same placeholder: editors type both."""
    return token.casefold().replace("é", "e")


def words_of(description):
    """The words of four letters or more of a description ("grandes villes européennes"),
    lower-cased: any may follow its count in a sentence ("200 villes")."""
    return tuple(word for word in re.findall(r"\w{4,}", (description or "").casefold()))


def say_figures(text, figures):
    """``text`` with each known ``{token}`` replaced by the figure's words (plain text).
    An unknown placeholder is left as written: the check before publication reports it."""
    if not text or "{" not in text:
        return text
    words = {placeholder_name(figure.token): str(figure.words) for figure in figures}

    def replace(match):
        return words.get(placeholder_name(match.group(1)), match.group(0))

    return PLACEHOLDER.sub(replace, text)


def say_figures_in_html(markup, figures):
    """The same in HTML: rich text Wagtail rendered (or any text, escaped first), with
    the figures' words escaped."""
    if not markup:
        return markup
    markup = conditional_escape(markup)  # Wagtail's RichText gives its HTML; plain text is escaped
    if "{" not in markup:
        return markup
    words = {placeholder_name(figure.token): escape(str(figure.words)) for figure in figures}

    def replace(match):
        return words.get(placeholder_name(match.group(1)), match.group(0))

    return mark_safe(PLACEHOLDER.sub(replace, markup))  # noqa: S308 - escaped above


def said_in_representation(value, figures):
    """An API representation (dicts, lists, strings: a StreamField's) with its placeholders
    said, in every string."""
    if isinstance(value, str):
        return say_figures(value, figures)
    if isinstance(value, dict):
        return {key: said_in_representation(item, figures) for key, item in value.items()}
    if isinstance(value, list):
        return [said_in_representation(item, figures) for item in value]
    return value


class SummaryField(serializers.Field):
    """The summary as readers see it: its placeholders said in the page's language."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        with translation.override(page.locale.language_code):
            return page.summary_text


class BodyField(serializers.Field):
    """The body as Wagtail's API gives it, with the placeholders of its text said."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        representation = page.body.stream_block.get_api_representation(page.body, self.context)
        with translation.override(page.locale.language_code):
            return said_in_representation(representation, page.live_figures())
