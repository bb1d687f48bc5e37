"""The page cache's store: which entries an address has, and how to drop them.

wagtail-cache stores pages with Django's cache keys, which are made of the full address
the visitor asked for (scheme, host, path, query string) and the language. A purge
therefore needs the origins visitors used (``https://international.angers.fr``, the
front proxy's address, a node's own address): the store keeps that short list next to
the pages, so both live and die together.
"""

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import _generate_cache_header_key
from django.utils.encoding import escape_uri_path
from django.utils.translation import get_language_from_path

ORIGINS_KEY = "portal:page-cache-origins"


def page_cache():
    return caches[settings.WAGTAIL_CACHE_BACKEND]


def remember_origin(request):
    origin = f"{request.scheme}://{request.get_host()}"
    store = page_cache()
    origins = store.get(ORIGINS_KEY) or set()
    if origin not in origins:
        store.set(ORIGINS_KEY, origins | {origin}, None)


def known_origins():
    return page_cache().get(ORIGINS_KEY) or set()


class _Address:
    """What Django's key functions read of a request: its address and its language."""

    def __init__(self, url, language):
        self.url = url
        self.LANGUAGE_CODE = language

    def build_absolute_uri(self):
        return self.url


def header_keys(paths, origins):
    """The keys under which Django's cache middleware keeps what varies for each address.

    Without that entry, the stored page is never looked up again: deleting it is how
    an address is purged, for GET and HEAD alike.
    """
    keys = []
    for path in paths:
        language = get_language_from_path(path.split("?", 1)[0]) or settings.LANGUAGE_CODE
        location, _sep, query = path.partition("?")
        relative = escape_uri_path(location) + (f"?{query}" if query else "")
        for origin in origins:
            address = _Address(origin + relative, language)
            keys.append(_generate_cache_header_key(settings.CACHE_MIDDLEWARE_KEY_PREFIX, address))
    return keys


def forget_paths(paths):
    """Drop the cached copies of these paths (with their query strings), on every origin."""
    origins = known_origins()
    if origins and paths:
        page_cache().delete_many(header_keys(paths, origins))


def forget_everything():
    # The page cache has a store of its own (a folder, or a Redis database): emptying it
    # touches nothing else.
    page_cache().clear()
