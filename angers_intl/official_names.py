"""Official names in another language than the page's, marked with their own ``lang``
so that screen readers pronounce them right (RGAA 8.7).

The names are the own-language names of every organisation page: every page type with
the shared identity (angers_intl.mixins.OrganisationIdentity), read once per generation of
the site tree and kept with it (angers_intl/navigation/tree.py).
"""

import functools
import re

from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import get_page_models

from .mixins import OrganisationIdentity
from .navigation import tree

NAMES_KEY = "portal:official-names:v2:{generation}"


def organisation_page_models():
    return [
        model
        for model in get_page_models()
        if issubclass(model, OrganisationIdentity) and not model._meta.abstract
    ]


def read_official_names():
    """(name, language) of every live organisation page's official name, longest first."""
    rows = [
        model.objects.live().exclude(own_language_name="").values_list("own_language_name", "own_language")
        for model in organisation_page_models()
    ]
    return tuple(sorted(set(rows[0].union(*rows[1:])), key=lambda row: (-len(row[0]), row)))


def official_names():
    """(name, language) of every organisation's official name, longest first.

    Rich text and charters mark these names with their own ``lang``; the list changes
    only when a network or recognition page is published, so it is kept with the tree.
    """
    current = tree.generation()
    return tree.shared(current and NAMES_KEY.format(generation=current), read_official_names)


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
