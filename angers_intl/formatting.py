"""How facts are worded for readers: counts, populations, founding years, names in other
languages. The page types choose their figures (``key_figures()``); the words are here."""

import functools
import re

from django.utils.formats import number_format
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def population_in_words(value):
    if value in (None, ""):
        return ""
    value = int(value)
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
    return _("plus de %(n)s") % {"n": number_format(value, force_grouping=True)}


def country_figure(count):
    return {"value": str(count), "label": ngettext("pays", "pays", count)}


def founding_figure(year):
    return {"value": str(year), "label": _("année de création")}


TAG = re.compile(r"(<[^>]*>)")


@functools.lru_cache(maxsize=8)
def _names_in_other_languages(names, language):
    """The pattern finding ``names`` not in ``language``, and each one's language."""
    others = [(conditional_escape(name), code) for name, code in names if code != language]
    if not others:
        return None, {}
    pattern = re.compile(r"(?<![\w>])(" + "|".join(re.escape(name) for name, _code in others) + r")(?!\w)")
    return pattern, dict(others)


def mark_official_names(text, language):
    """Wrap official names in another language than ``language`` in <span lang>.

    Only text between tags is touched, never attributes or existing markup.
    """
    if not text:
        return text
    html = text if isinstance(text, SafeString) else conditional_escape(text)
    from angers_intl.caching.tree import official_names

    pattern, language_of = _names_in_other_languages(official_names(), language)
    if pattern is None:
        return mark_safe(html)  # noqa: S308 - escaped above or already safe
    parts = TAG.split(str(html))
    for index, part in enumerate(parts):
        if part and not part.startswith("<"):
            parts[index] = pattern.sub(
                lambda m: f'<span lang="{language_of[m.group(1)]}">{m.group(1)}</span>', part
            )
    return mark_safe("".join(parts))  # noqa: S308 - only escaped text and our own spans
