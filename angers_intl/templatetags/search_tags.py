"""The search page's highlighting of the words found."""

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from ..search.typos import normalised

register = template.Library()

WORDS = re.compile(r"([^\W_]+)")


def matches(term):
    """Whether a word counts as found by ``term``: the search matches word stems
    ("réseaux" for "réseau"), so a long term's last two letters may vary; a short term
    ("les", "the", "UCLG") marks only itself."""
    term = normalised(term)
    if len(term) <= 4:
        return lambda word: normalised(word) == term
    return lambda word: normalised(word).startswith(term[:-2])


@register.simple_tag(takes_context=True)
def highlighted(context, text):
    """``text``, escaped, with each word that starts like one of the words the search
    found (``found_words``, accents and case ignored) in ``<mark>``. Outside the search
    page, ``text`` as it is."""
    tests = [matches(term) for term in context.get("found_words") or () if len(term) >= 3]
    if not tests:
        return text
    parts = WORDS.split(str(text))
    return mark_safe(
        "".join(
            format_html("<mark>{}</mark>", part)
            if index % 2 and any(found(part) for found in tests)
            else escape(part)
            for index, part in enumerate(parts)
        )
    )
