"""sitemap.xml with every live page of both languages and their hreflang alternates.

Wagtail's own sitemap walks the default site's tree only, which holds the French pages;
the English tree hangs from another root. This one lists both, and each entry names all
its translations so that search engines pair them.
"""

from django.shortcuts import render
from django.views.decorators.cache import cache_control
from wagtail.models import Page, Site


def sitemap_entries(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    home = site.root_page
    trees = Page.objects.filter(translation_key=home.translation_key)
    pages = Page.objects.none()
    for root in trees:
        pages |= Page.objects.descendant_of(root, inclusive=True)
    pages = list(pages.live().public().select_related("locale").order_by("path"))
    by_key = {}
    for page in pages:
        by_key.setdefault(page.translation_key, []).append(page)

    entries = []
    for page in pages:
        url = page.get_full_url(request)
        if not url:
            continue
        alternates = [
            {"language": p.locale.language_code, "url": p.get_full_url(request)}
            for p in by_key[page.translation_key]
        ]
        default = next((a for a in alternates if a["language"] == "fr"), None)
        entries.append(
            {
                "location": url,
                "lastmod": page.last_published_at,
                "alternates": alternates if len(alternates) > 1 else [],
                "default": default if len(alternates) > 1 else None,
            }
        )
    return entries


@cache_control(max_age=3600)
def sitemap(request):
    return render(
        request,
        "angers_intl/sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )
