"""The page cache's store: which entries an address has, and how to drop them.

wagtail-cache stores pages with Django's cache keys, which are made of the full address
the visitor asked for (scheme, host, path, query string) and the language. A purge
therefore needs the origins visitors used (``https://international.angers.fr``, the
front proxy's address, a node's own address): the store keeps that short list next to
the pages, so both live and die together.
"""

import time

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone
from django.utils.encoding import escape_uri_path
from django.utils.translation import get_language_from_path

from angers_intl import upstream

ORIGINS_KEY = "portal:page-cache-origins"


def page_cache():
    return caches[settings.WAGTAIL_CACHE_BACKEND]


# A portal is reached under a handful of names at a time (its address, the front proxy's,
# a node's own). Past that, new names (``Host: example.org:1``, ``:2``…) are not stored:
# they would only multiply the work of every purge.
MAX_ORIGINS = 16


def _origin_lifetime():
    """How long an origin is remembered after its last stored page: the pages stored
    under it expire after max-age, after which no purge needs it."""
    return 2 * settings.PAGE_CACHE_SECONDS + 60


def _live_origins(now):
    origins = page_cache().get(ORIGINS_KEY)
    if not isinstance(origins, dict):
        return {}
    return {origin: until for origin, until in origins.items() if until > now}


def remember_origin(request):
    """Record the origin of a page about to be stored; False when it must not be stored."""
    origin = f"{request.scheme}://{request.get_host()}"
    now = time.time()
    origins = _live_origins(now)
    if origin in origins and origins[origin] > now + _origin_lifetime() / 2:
        return True
    if origin not in origins and len(origins) >= MAX_ORIGINS:
        return False
    # Two workers adding two new origins at once may keep only one: the other is added
    # again with its next stored page.
    origins[origin] = now + _origin_lifetime()
    page_cache().set(ORIGINS_KEY, origins, None)
    return True


def known_origins():
    return set(_live_origins(time.time()))


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
            # The keys end with the time zone of the request that stored them: visitors'
            # requests run in the default one, the admin in each editor's own.
            with timezone.override(None):
                keys.append(upstream.cache_header_key(settings.CACHE_MIDDLEWARE_KEY_PREFIX, address))
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
