"""The search page's highlighting of the words found."""

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from ..search.typos import normalised

register = template.Library()

WORDS = re.compile(r"([^\W_]+)")


def stem(term):
    """The start a word must share with ``term`` to count as found: the search matches
    word stems ("réseaux" for "réseau"), so the last two letters of a long term may vary."""
    term = normalised(term)
    return term if len(term) <= 4 else term[:-2]


@register.simple_tag(takes_context=True)
def highlighted(context, text):
    """``text``, escaped, with each word that starts like one of the words the search
    found (``found_words``, accents and case ignored) in ``<mark>``. Outside the search
    page, ``text`` as it is."""
    stems = [stem(term) for term in context.get("found_words") or () if len(term) >= 3]
    if not stems:
        return text
    parts = WORDS.split(str(text))
    return mark_safe(
        "".join(
            format_html("<mark>{}</mark>", part)
            if index % 2 and any(normalised(part).startswith(start) for start in stems)
            else escape(part)
            for index, part in enumerate(parts)
        )
    )
