"""The search page: the visitor's language only, every word first, then any word, then
the query with its mistyped words corrected ("Vouliez-vous dire … ?", search/typos.py),
and the sections of the site as suggestions when nothing matches. Each result names its
section; the words found are highlighted (templatetags/search_tags.py)."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from .backend import search_config_for
from .typos import corrected_query

MAX_QUERY_LENGTH = 200
RESULTS_LIMIT = 50


def clean_query(raw):
    """Keep what a person could have typed: printable characters, 200 at most."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def find(query, pages, backend):
    # Every word must match first; when nothing does, accept pages with any word.
    results = list(backend.search(query, pages, operator="and")[:RESULTS_LIMIT])
    return results or list(backend.search(query, pages, operator="or")[:RESULTS_LIMIT])


def name_sections(results):
    """Give each result the title of its section (its parent page), in one query."""
    parents = {page.path[: -Page.steplen] for page in results}
    titles = dict(Page.objects.filter(path__in=parents, depth__gt=2).values_list("path", "title"))
    for page in results:
        page.section_title = titles.get(page.path[: -Page.steplen], "")


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    language = get_language()
    results, correction = [], None
    if query:
        locale = Locale.objects.filter(language_code=language).first()
        pages = Page.objects.live().public().filter(locale=locale).specific()
        backend = get_search_backend(SEARCH_CONFIG=search_config_for(language))
        results = find(query, pages, backend)
        if not results:
            correction = corrected_query(query, language)
            results = find(correction, pages, backend) if correction else []
            correction = correction if results else None
        name_sections(results)
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
            "correction": correction,
            "correction_url": f"{reverse('search')}?{urlencode({'q': correction})}" if correction else "",
            "found_words": (correction or query).split(),
            "suggestions": suggestions,
        },
    )
