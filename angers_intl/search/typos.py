"""Mistyped words ("eurocitys", "educatrice"): when no page matches a query, each of its
words is compared with the words of the page titles, acronyms and official names in the
visitor's language, with PostgreSQL's trigram similarity (pg_trgm), accents and case
ignored. The closest word replaces a word that is no known word, if it is close enough;
the search page then says "Vouliez-vous dire … ?" and shows what the correction finds.
"""

import re
import unicodedata

from django.db import connection
from wagtail.models import Page

from ..official_names import organisation_page_models

# Below this similarity, a correction is more often wrong than right ("climat" is not "Cities").
MIN_SIMILARITY = 0.4
MAX_WORDS = 8
WORD = re.compile(r"[^\W\d_][^\W_]{2,}")


def vocabulary(language):
    """The words readers see in titles, acronyms and official names, as they are written."""
    texts = list(
        Page.objects.live().public().filter(locale__language_code=language).values_list("title", flat=True)
    )
    for model in organisation_page_models():
        columns = {field.name for field in model._meta.get_fields()}
        fields = [name for name in ("acronym", "own_language_name") if name in columns]
        for row in model.objects.live().public().filter(locale__language_code=language).values_list(*fields):
            texts += row
    return sorted({word for text in texts for word in WORD.findall(text or "")})


def closest_word(word, words):
    """The word of ``words`` most like ``word`` and its similarity (0 to 1)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT candidate, similarity(unaccent(lower(candidate)), unaccent(lower(%s))) AS score "
            "FROM unnest(%s::text[]) AS candidate ORDER BY score DESC, candidate LIMIT 1",
            [word, words],
        )
        row = cursor.fetchone()
    return row if row else (None, 0.0)


def corrected_query(query, language):
    """The query with its unknown words replaced by the closest known ones, or None when
    nothing is close enough to be worth suggesting."""
    words = vocabulary(language)
    known = {normalised(word) for word in words}
    corrected, changed = [], False
    for word in query.split()[:MAX_WORDS]:
        if normalised(word) in known or not WORD.fullmatch(word):
            corrected.append(word)
            continue
        candidate, score = closest_word(word, words)
        if candidate and score >= MIN_SIMILARITY:
            corrected.append(candidate)
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None


def normalised(word):
    """``word`` as the comparison sees it: lower case, without accents."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
