"""The check of a page's text against its fields, run before the page is submitted or
published (the page form, the translator's submission) and shown to whoever reviews it.

It reads the summary and the paragraphs of the body, in the page's language, and finds:

- a number said about what a field counts that is not the field's ("plus de 250 villes"
  where "Nombre de membres" says 210), or a founding year that is not the field's;
- a placeholder the page has no figure for ("{membre}"), or whose field is empty;
- a figure written out that a placeholder would keep in step with its field (advice only).

It reads words, not meaning: an editor who has checked a number that is meant to differ
(another source's figure, quoted as such) confirms it and publishes.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from .facts import PLACEHOLDER, placeholder_name

MULTIPLIERS = {
    "million": 1_000_000,
    "millions": 1_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
}
# A number as prose writes it: "1 500", "1\u00a0500", "1,500", "12.761", "70", "1,5".
NUMBER = re.compile(
    r"(?<![\w{])(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)(?:[.,](\d+))?(?![\w}])"
    r"(?:[\s\u00a0\u202f-]+(millions?|milliards?|billions?))?",
    re.IGNORECASE,
)
# What may stand between a number and what it counts: "200 villes", "200-member cities",
# "130 millions d'habitants", "1 billion inhabitants", "38 pays".
NEXT_WORDS = re.compile(r"[\s\u00a0\u202f\-]*(?:d[’']|de\s+|of\s+)?([^\W\d_]+)(?:[\s\-]+([^\W\d_]+))?")
# A founding year is said after one of these words: "fondée en 1951", "founded in 1951".
FOUNDING_WORDS = re.compile(r"\b(fond\w*|cré\w*|née?s?|founded|created|established)\b", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
FOUNDING_REACH = 60  # characters between "fondée" and its year ("fondée par X (CUF) en 2004")


@dataclass(frozen=True)
class Finding:
    """One thing the check found: ``message`` in French; ``blocking``: a contradiction or
    a broken placeholder (publication waits for a confirmation), not advice."""

    message: str
    blocking: bool = True


def texts_of(page):
    """What readers read of ``page`` that may say a figure: (where, text) pairs."""
    texts = [(_("le résumé"), page.summary or "")]
    body = getattr(page, "body", None)
    for block in body or ():
        if block.block_type == "paragraph":
            texts.append((_("la présentation"), strip_tags(block.value.source).replace("&nbsp;", "\u00a0")))
    return [(where, text) for where, text in texts if text.strip()]


def findings(page):
    """Everything the check finds in ``page``'s text, in the current language."""
    figures = page.live_figures() if hasattr(page, "live_figures") else []
    by_name = {placeholder_name(figure.token): figure for figure in figures}
    found = []
    for where, text in texts_of(page):
        found += _placeholders(where, text, by_name)
        found += _counts(where, text, figures)
        found += _years(where, text, figures)
    return list(dict.fromkeys(found))


def blocking(found):
    return [finding for finding in found if finding.blocking]


def _placeholders(where, text, by_name):
    for match in PLACEHOLDER.finditer(text):
        figure = by_name.get(placeholder_name(match.group(1)))
        if figure is None:
            known = ", ".join(f"{{{name}}}" for name in by_name) or _("aucun sur ce type de page")
            yield Finding(
                _(
                    "%(where)s cite %(placeholder)s, qui n’est pas un chiffre de cette page (chiffres possibles : %(known)s)."
                )
                % {"where": _capitalised(where), "placeholder": match.group(0), "known": known}
            )
        elif figure.value in (None, ""):
            yield Finding(
                _("%(where)s cite %(placeholder)s, mais le champ « %(field)s » est vide.")
                % {"where": _capitalised(where), "placeholder": match.group(0), "field": figure.label}
            )


def _counts(where, text, figures):
    counted = [figure for figure in figures if not figure.is_year and figure.value not in (None, "")]
    for match in NUMBER.finditer(text):
        number = _number(match)
        if number is None:
            continue
        following = NEXT_WORDS.match(text, match.end())
        words = [w.casefold() for w in following.groups() if w] if following else []
        for figure in counted:
            said_words = _up_to_noun(words, figure.nouns)
            if not said_words:
                continue
            said = _said(text, match, following, said_words)
            yield _compared(where, said, number, figure)
            break


def _years(where, text, figures):
    founding = next((f for f in figures if f.is_year and f.value not in (None, "")), None)
    if founding is None:
        return
    for match in YEAR.finditer(text):
        before = text[max(0, match.start() - FOUNDING_REACH) : match.start()]
        words = FOUNDING_WORDS.findall(before)
        if not words:
            continue
        said = Truncator(text[match.start() - len(before) + before.rfind(words[-1]) : match.end()]).chars(80)
        yield _compared(where, said, int(match.group(1)), founding)


def _compared(where, said, number, figure):
    """What the text says of ``figure`` (``number``, in the words ``said``) against the
    field: a contradiction, or the same figure written out instead of its placeholder."""
    if number != figure.value:
        return Finding(
            _("Le texte (%(where)s) dit « %(said)s », le champ « %(field)s » dit %(value)s.")
            % {"where": where, "said": said, "field": figure.label, "value": figure.words}
        )
    return Finding(
        _(
            "Le texte (%(where)s) écrit « %(said)s » en chiffres : écrivez {%(token)s} pour qu’il "
            "suive le champ « %(field)s »."
        )
        % {"where": where, "said": said, "token": figure.token, "field": figure.label},
        blocking=False,
    )


def _number(match):
    whole, decimals, multiplier = match.groups()
    digits = re.sub(r"[ \u00a0\u202f.,]", "", whole)
    if not digits.isdigit():
        return None
    value = int(digits)
    if multiplier:
        scale = MULTIPLIERS[multiplier.casefold()]
        fraction = int(decimals) / 10 ** len(decimals) if decimals else 0
        return round((value + fraction) * scale)
    return value


def _up_to_noun(words, nouns):
    """The words after a number up to those that say what ``nouns`` count ("200 villes
    membres", "200 member cities"), or none when no word does."""
    said = []
    for word in words:
        said.append(word)
        if word in nouns and not any(later in nouns for later in words[len(said) :]):
            return said
    return said if any(word in nouns for word in said) else []


def _said(text, match, following, words):
    """The words of the text that say the figure ("plus de 250 villes"), with "plus de",
    "over" before them."""
    start = match.start()
    lead = re.search(r"(plus de|plus d[’']|près de|over|more than|nearly)\s*$", text[:start], re.IGNORECASE)
    if lead:
        start = lead.start()
    end = following.end(len(words)) if following else match.end()
    return " ".join(text[start:end].split())


def _capitalised(text):
    return text[:1].upper() + text[1:]
