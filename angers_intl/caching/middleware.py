"""The one place that decides how a response may be cached, by us and by others.

It sits between wagtail-cache's UpdateCacheMiddleware (above) and the session and
locale middlewares (below), so the headers it sets are the ones stored with a cached
page and the ones every visitor receives, from a fresh render or from the cache.
"""

from django.utils.cache import patch_cache_control

from . import policy
from .store import remember_origin


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if policy.is_public_response(request, response):
            # The language is in the URL and anonymous pages read no cookie: Django's
            # Vary on Cookie and Accept-Language would only split one page into
            # thousands of identical copies, in our cache and at the front.
            policy.without_vary(response, "Cookie", "Accept-Language")
            response["Cache-Control"] = policy.public_cache_control()
            if getattr(request, "_wagtailcache_update", False):
                # A fresh render about to be stored: the purge must know this origin.
                remember_origin(request)
        elif policy.must_stay_private(request, response):
            del response["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True)
        return response
