"""Caches: Redis past one machine, files and memory on one; sessions; the page cache
(wagtail-cache) and the front cache (Varnish) it purges. Read by base.py."""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Caches. Without REDIS_URL, one machine: the pages in files under .data/ shared by every
# gunicorn worker, the rest in each process's memory. With REDIS_URL, every node shares both.
REDIS_URL = os.environ.get("REDIS_URL", "")
PAGE_CACHE_DIR = Path(os.environ.get("PAGE_CACHE_DIR", BASE_DIR / ".data" / "page-cache"))


def next_redis_database(url):
    """The same Redis server, the next database: the page cache can then be emptied
    (FLUSHDB, wagtail-cache's "clear" button) without touching the other caches."""
    parts = urlsplit(url)
    current = parts.path.strip("/")
    return urlunsplit(parts._replace(path=f"/{int(current) + 1 if current.isdigit() else 1}"))


REDIS_OPTIONS = {
    # A cache that stops answering must not stop the site: pages are then rendered.
    "IGNORE_EXCEPTIONS": True,
    "SOCKET_CONNECT_TIMEOUT": 1,
    "SOCKET_TIMEOUT": 1,
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": REDIS_OPTIONS,
        },
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ.get("PAGE_CACHE_REDIS_URL") or next_redis_database(REDIS_URL),
            "TIMEOUT": None,
            "OPTIONS": REDIS_OPTIONS,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(PAGE_CACHE_DIR),
            "TIMEOUT": None,
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
    }

# Parts of pages kept by each worker (angers_intl/templatetags/fragment_tags.py): a page's
# content and the footer, rendered once per state of the site. Their keys carry the site
# tree's generation, read from the shared store, so a purge reaches every worker; their
# own memory is therefore enough, and faster than any shared store. FRAGMENT_CACHE=off
# renders them every time.
FRAGMENT_CACHE = os.environ.get("FRAGMENT_CACHE", "on").lower() not in ("off", "0", "false", "no")


def fragment_store(enabled):
    if not enabled:
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    return {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "template-fragments",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    }


CACHES["template_fragments"] = fragment_store(FRAGMENT_CACHE)

# Sessions: in the database, read through Redis when there is one, so that a visitor or
# an editor can land on any node, and Redis going away signs nobody out.
if REDIS_URL:
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# The full-page cache (wagtail-cache) for anonymous visitors; PAGE_CACHE=off renders
# every request (to measure, or to rule the cache out when looking for a fault).
WAGTAIL_CACHE = os.environ.get("PAGE_CACHE", "on").lower() not in ("off", "0", "false", "no")
WAGTAIL_CACHE_BACKEND = "pages"
WAGTAIL_CACHE_HEADER = "X-Cache"
# Query strings are reduced by angers_intl.caching.policy, which knows the filters.
WAGTAIL_CACHE_IGNORE_QS = []
# What browsers may keep (max-age, also how long the page cache keeps a page between
# purges) and what a front cache may keep (s-maxage): every change purges both.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 120))
FRONT_CACHE_SECONDS = int(os.environ.get("FRONT_CACHE_SECONDS", 3600))
PAGE_CACHE_CONTROL = (
    f"public, max-age={PAGE_CACHE_SECONDS}, s-maxage={FRONT_CACHE_SECONDS}, stale-while-revalidate=60"
)

# The front cache (Varnish, a CDN) purged on every change, when there is one:
# FRONTEND_CACHE_URL=http://127.0.0.1:6081 for Varnish (HTTP PURGE).
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "front": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }
# French lives unprefixed: Wagtail must not invent /fr/... addresses when it purges
# (angers_intl.caching.plan gives each URL in its own language already).
WAGTAILFRONTENDCACHE_LANGUAGES = []
