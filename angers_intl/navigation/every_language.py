"""Every live public page of every language below the request's site, as the sitemap and
each page's hreflang alternates in it read them: one query for the whole sitemap, kept on
the request."""

from wagtail.models import Page, Site


def every_language_tree(request):
    """The live public pages below each translation of the request's site's home (worked
    out once per request: the sitemap and each page's alternates read it)."""
    pages = getattr(request, "_sitemap_pages", None)
    if pages is None:
        site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
        pages = Page.objects.none()
        for home in Page.objects.filter(translation_key=site.root_page.translation_key):
            pages |= Page.objects.descendant_of(home, inclusive=True)
        pages = pages.live().public()
        request._sitemap_pages = pages
    return pages


def translations_for_sitemap(request, page):
    """``page`` and its live public translations, found in one query for the whole
    sitemap and kept on the request."""
    by_key = getattr(request, "_sitemap_translations", None)
    if by_key is None:
        by_key = {}
        for each in every_language_tree(request).select_related("locale").order_by("path"):
            by_key.setdefault(each.translation_key, []).append(each)
        request._sitemap_translations = by_key
    return by_key.get(page.translation_key, [page])
