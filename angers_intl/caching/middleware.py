"""The one place that decides how a response may be cached, by us and by others.

It sits between wagtail-cache's UpdateCacheMiddleware (above) and the session and
locale middlewares (below), so the headers it sets are the ones stored with a cached
page and the ones every visitor receives, from a fresh render or from the cache.
"""

import logging

from django.conf import settings
from django.utils.cache import patch_cache_control

from angers_intl import upstream

from . import policy
from .store import remember_origin

logger = logging.getLogger(__name__)


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def origin_known(request):
        """A fresh render about to be stored: the purge must know its origin."""
        try:
            return remember_origin(request)
        except Exception:  # noqa: BLE001 - store unavailable: the page is not stored either
            logger.warning("Page cache store unavailable", exc_info=True)
            return False

    def __call__(self, request):
        response = self.get_response(request)
        if policy.is_public_response(request, response):
            # The language is in the URL and anonymous pages read no cookie: Django's
            # Vary on Cookie and Accept-Language would only split one page into
            # thousands of identical copies, in our cache and at the front.
            policy.without_vary(response, "Cookie", "Accept-Language")
            response["Cache-Control"] = settings.PAGE_CACHE_CONTROL
            if upstream.page_cache_will_store(request) and not self.origin_known(request):
                # An origin the purge cannot follow: shared by nobody.
                response["Cache-Control"] = "no-cache"
        elif policy.must_stay_private(request, response):
            del response["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True)
        return response
