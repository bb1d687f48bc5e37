"""sitemap.xml: every live page of every language, through Wagtail's sitemap framework.

Wagtail's own sitemap walks the request's site tree only, which holds the French pages;
the English tree hangs from another root. ``PortalSitemap`` lists every language's tree,
and each page's ``get_sitemap_urls()`` (on PortalPage) names its translations, so that
Django's sitemap template writes the hreflang alternates and ``x-default``.
"""

from django.views.decorators.cache import cache_control
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from angers_intl.navigation.every_language import every_language_tree


class PortalSitemap(Sitemap):
    def items(self):
        # Specific classes (for get_sitemap_urls) without reading their own fields: no query per type.
        return every_language_tree(self.request).order_by("path").specific(defer=True)


@cache_control(max_age=3600)
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": PortalSitemap})
