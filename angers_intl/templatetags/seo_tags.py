"""What the page says to search engines: hreflang alternates and schema.org data."""

import json

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from .navigation_tags import breadcrumbs, public_only, saved_page, saved_page_and_tree

register = template.Library()


@register.simple_tag(takes_context=True)
def alternate_links(context, page):
    """hreflang alternates: the page's own translations only, plus x-default (French)."""
    found = saved_page_and_tree(context, page)
    if not found:
        return []
    page, tree = found
    translations = sorted(public_only(tree.translations(str(page.translation_key))), key=lambda n: n.language)
    links = [{"code": node.language, "url": node.full_url} for node in translations]
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    if default and len(links) > 1:
        links.append({"code": "x-default", "url": default["url"]})
    return links if len(links) > 1 else []


@register.simple_tag
def json_ld(data):
    """schema.org data as a JSON-LD block. The JSON is escaped so that no text of an
    editor can close the script element; it is data, never executed, so the
    Content-Security-Policy does not apply to it."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def page_json_ld(context, page):
    """schema.org data of a page: its breadcrumb trail, and what the page describes."""
    request = context.get("request")
    blocks = []
    page = saved_page(page)
    if page is None:
        return ""
    trail = [(crumb.title, crumb.full_url) for crumb in breadcrumbs(context, page)]
    trail.append((page.title, page.get_full_url(request)))
    if len(trail) > 1:
        blocks.append(
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": title,
                        "item": url,
                    }
                    for position, (title, url) in enumerate(trail, start=1)
                ],
            }
        )
    describe = getattr(page, "get_structured_data", None)
    if describe is not None:
        blocks.append(describe(request))
    return json_ld(blocks) if blocks else ""
