"""Which requests the page cache may answer, and what each response tells other caches.

A public page is the same for every anonymous visitor: its language comes from the
URL alone (French unprefixed, English under /en/), never from a header or a cookie.
So one copy per address serves everyone, in the app's page cache (wagtail-cache) and
at the front (Varnish or a CDN, through ``Cache-Control``). Staff, previews, forms and
anything that sets a cookie are never shared.
"""

from functools import cache, lru_cache
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, QueryDict
from django.urls import Resolver404, resolve
from django.utils.cache import cc_delim_re

from angers_intl.choices import Scope, Theme
from angers_intl.listing_filters import ListingFilterForm

# Views whose anonymous answers are public pages. Search is left out: every query is a
# new address, so caching it would only let a crawler fill the cache.
CACHEABLE_VIEWS = frozenset({"wagtail_serve", "sitemap", "robots_txt", "open_data_download"})


@cache
def filter_values():
    """The index filters a cached address may carry, with every value they accept.

    The order is the order of the canonical query string, so ``?sort=year&scope=x``
    and ``?scope=x&sort=year`` share one cache entry.
    """
    return {
        "scope": frozenset(Scope.values),
        "theme": frozenset(Theme.values),
        "sort": frozenset(value for value, _label in ListingFilterForm.SORT_CHOICES),
    }


# The comparison page's sort parameters (overview/comparison.py): a sorted table is
# rendered for each request, so that purging the page needs no list of every order.
UNCACHED_PARAMETERS = frozenset({"networks", "recognitions"})


def canonical_query(query_dict):
    """The query string a cache entry is stored under, or None when it cannot be cached.

    Parameters no page reads (trackers, ``?x=<random>``) are dropped, so they share the
    page's entry; blank filters are dropped; a filter with a value no page offers makes
    the request uncacheable (the index answers it with a 400 and a message), and so does
    a sorted comparison table.
    """
    if any(query_dict.get(name) for name in UNCACHED_PARAMETERS):
        return None
    allowed = filter_values()
    kept = []
    for name, values in allowed.items():
        given = [value for value in query_dict.getlist(name) if value != ""]
        if not given:
            continue
        if len(given) > 1 or given[0] not in values:
            return None
        kept.append((name, given[0]))
    return kept


@lru_cache(maxsize=4096)
def _is_cacheable_path(path_info, language):
    try:
        match = resolve(path_info)
    except Resolver404:
        return False
    return match.url_name in CACHEABLE_VIEWS


def is_cacheable_view(request):
    """True for the addresses of public pages, sitemap.xml and robots.txt.

    Resolving an address is a good share of what a cached page costs; the answer depends
    only on the address (and the language, for translated URLs), so it is remembered.
    """
    return _is_cacheable_path(request.path_info, getattr(request, "LANGUAGE_CODE", ""))


def is_anonymous_read(request):
    user = getattr(request, "user", None)
    return (
        request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
        and not (user is not None and user.is_authenticated)
    )


def is_public_response(request, response):
    """A response any visitor may be given from a shared cache."""
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and is_anonymous_read(request)
        and is_cacheable_view(request)
        and not response.cookies
        and not response.streaming
        and "private" not in cache_control
        and "no-cache" not in cache_control
        and "no-store" not in cache_control
    )


def must_stay_private(request, response):
    """Staff, previews, forms and the admin: no shared cache, no browser copy."""
    return (
        request.method not in ("GET", "HEAD")
        or request.path_info.startswith("/admin/")
        or getattr(request, "is_preview", False)
        or bool(response.cookies)
        or "private" in response.get("Cache-Control", "")
        or (getattr(request, "user", None) is not None and request.user.is_authenticated)
    )


def without_vary(response, *names):
    """Drop headers from ``Vary``: the page does not depend on them."""
    if not response.has_header("Vary"):
        return
    dropped = {name.lower() for name in names}
    kept = [item for item in cc_delim_re.split(response["Vary"]) if item.lower() not in dropped]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


def accept_request(request, is_cacheable):
    """wagtail-cache's question: may this request be answered from, or stored in, the cache?

    When it may, the query string is reduced to its canonical form before the lookup, so
    the page renders from, and is stored under, the address every visitor shares.
    """
    if not (is_cacheable and is_cacheable_view(request)):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        # Someone who logged in (or gave a page's password): never the shared copy. The
        # cache answers before sessions are read, so this is how staff are recognised.
        return False
    kept = canonical_query(request.GET)
    if kept is None:
        return False
    query = urlencode(kept)
    if query != request.META.get("QUERY_STRING", ""):
        request.GET = QueryDict(query)
        request.META["QUERY_STRING"] = query
    return True


def accept_response(response, is_cacheable):
    """Only whole pages are stored: errors and redirects are rendered each time."""
    return is_cacheable and response.status_code == 200


def removed_cache_screen(request, *args, **kwargs):
    """wagtail-cache's admin screens, answered "not found" in their place.

    wagtail-cache registers /admin/cache/ (its English "Cache" screen, which answers 500 with
    the portal's cache) and /admin/cache/clearcache, which empties every node's page cache on
    a GET from any signed-in staff member, with no permission or method check, so that a
    link on another site is enough. The portal purges exactly what each change makes stale
    (plan.py) and staff never need either screen; operators run `manage.py
    clear_wagtail_cache` after a deployment. The app stays installed for that command.
    """
    raise Http404
