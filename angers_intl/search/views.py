"""The search page: the visitor's language only, every word first, then any word, and
the sections of the site as suggestions when nothing matches."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from .backend import search_config_for

MAX_QUERY_LENGTH = 200
RESULTS_LIMIT = 50


def clean_query(raw):
    """Keep what a person could have typed: printable characters, 200 at most."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    language = get_language()
    results = []
    if query:
        locale = Locale.objects.filter(language_code=language).first()
        pages = Page.objects.live().public().filter(locale=locale).specific()
        backend = get_search_backend(SEARCH_CONFIG=search_config_for(language))
        results = list(backend.search(query, pages, operator="and")[:RESULTS_LIMIT])
        if not results:
            # Every word must match first; when nothing does, accept pages with any word.
            results = list(backend.search(query, pages, operator="or")[:RESULTS_LIMIT])
    suggestions = []
    if query and not results:
        suggestions = list(
            Page.objects.live()
            .public()
            .filter(locale__language_code=language, depth=3)
            .order_by("path")
            .specific()
        )
    return render(
        request,
        "angers_intl/search.html",
        {
            "search_query": query,
            "query_was_shortened": len(" ".join((raw_query or "").split())) > MAX_QUERY_LENGTH,
            "search_results": results,
            "suggestions": suggestions,
        },
    )
