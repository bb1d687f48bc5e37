"""Carry out a purge plan: in the app's page cache, then at the front.

The front (Varnish, a CDN) is reached through ``wagtail.contrib.frontend_cache`` with
the absolute URLs of the plan; it drops each address with its query-string variants
(see docs/deploiement.md). The app's own store drops each address, and for section
pages every filtered variant a visitor can reach (``?scope=…&theme=…&sort=…``).
"""

import itertools
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from angers_intl.navigation import tree

from . import policy, store
from .plan import Stale

logger = logging.getLogger(__name__)


def filtered_variants(path):
    """Every canonical filtered address of a section page, as the page cache stores them."""
    choices = [[(name, value) for value in sorted(values)] + [None] for name, values in policy.filter_values().items()]
    variants = []
    for combination in itertools.product(*choices):
        query = urlencode([pair for pair in combination if pair is not None])
        if query:
            variants.append(f"{path}?{query}")
    return variants


def purge_app_cache(stale: Stale):
    tree.forget()
    try:
        if stale.everything:
            store.forget_everything()
            return
        paths = set(stale.paths)
        for path in stale.listing_paths:
            paths.update(filtered_variants(path))
        store.forget_paths(sorted(paths))
    except Exception:  # noqa: BLE001 - the change is saved; pages expire after max-age
        logger.exception("Page cache purge failed")


def purge_front(stale: Stale):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    urls = stale.urls
    if stale.everything:
        from wagtail.models import Page

        urls = urls | {page.get_full_url() for page in Page.objects.live().filter(depth__gt=1)}
        urls.discard(None)
    purge_urls_from_cache(sorted(urls))


def purge(plan):
    """Purge now, then once more when the change is committed.

    ``plan`` is called each time; the second purge drops what another visitor's request
    rendered from the old state while the change was being committed.
    """
    stale_now = plan()
    purge_app_cache(stale_now)

    def after_commit():
        try:
            stale = stale_now | plan()
        except Exception:  # noqa: BLE001 - the page may be gone: purge what was known
            logger.warning("Purge plan failed after commit; purging what was planned before", exc_info=True)
            stale = stale_now
        purge_app_cache(stale)
        purge_front(stale)

    transaction.on_commit(after_commit)
