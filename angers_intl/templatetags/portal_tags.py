"""Menus, breadcrumbs, language links and structured data for the public templates.

Each tag costs a fixed number of queries, whatever the size of the tree, and works in
preview (where the page may not be saved yet).
"""

import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page, Site

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _saved_page(page):
    """The page when it is a saved Wagtail page; None outside the page tree (search,
    errors: the template variable is then empty) and for unsaved previews."""
    return page if isinstance(page, Page) and page.pk else None


def _per_request(context, key, compute):
    """Compute a value once per request: the header, footer, breadcrumbs and language
    links are separate templates that need the same pages."""
    request = context.get("request")
    if request is None:
        return compute()
    cache = request.__dict__.setdefault("_portal_cache", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _public(queryset, context=None):
    from angers_intl.models import without_restricted

    return without_restricted(queryset)


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the visitor's language (the French one when none exists)."""

    def compute():
        request = context.get("request")
        site = Site.find_for_request(request) if request else None
        if site is None:
            return None
        homes = {
            home.locale.language_code: home
            for home in Page.objects.filter(
                translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key")
            )
            .live()
            .select_related("locale")
        }
        return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)

    return _per_request(context, "localized_home", compute)


def _home_children(context):
    home = localized_home(context)
    if home is None:
        return []
    return _per_request(
        context,
        "home_children",
        lambda: list(_public(home.get_children().live(), context).select_related("content_type")),
    )


@register.simple_tag(takes_context=True)
def main_menu(context, page=None):
    """The sections shown in the header: live children of the home page marked for menus,
    each with its ``aria-current`` value ("page" on the section itself, "true" below it)."""
    page = _saved_page(page)
    path = page.path if page else ""
    items = []
    for section in _home_children(context):
        if not section.show_in_menus:
            continue
        current = ""
        if path == section.path:
            current = "page"
        elif path.startswith(section.path):
            current = "true"
        items.append({"page": section, "current": current})
    return items


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The editorial pages (legal notice, accessibility...) listed in the footer."""
    return [
        child
        for child in _home_children(context)
        if (child.content_type.app_label, child.content_type.model) == ("angers_intl", "standardpage")
    ]


def _ancestors(context, page):
    return _per_request(
        context,
        f"ancestors:{page.pk}",
        lambda: list(page.get_ancestors().filter(depth__gt=1).live()),
    )


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The live ancestors of a page below the tree's root, home page first."""
    page = _saved_page(page)
    if page is None:
        return []
    return _ancestors(context, page)


def _translations_of_trail(context, page):
    """Live pages of every language that translate the page or one of its ancestors."""

    def compute():
        keys = [p.translation_key for p in _ancestors(context, page)] + [page.translation_key]
        return list(
            _public(Page.objects.filter(translation_key__in=keys).live(), context).select_related("locale")
        )

    return _per_request(context, f"trail:{page.pk}", compute)


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language: the translation of the page, or its nearest translated
    ancestor when it has none, so the switcher never leads to a 404.

    Outside the page tree (search, errors) the same address in the other language.
    """
    request = context.get("request")
    current = get_language()
    page = _saved_page(page)
    targets = {}
    if page is not None:
        for candidate in _translations_of_trail(context, page):
            code = candidate.locale.language_code
            best = targets.get(code)
            if best is None or best.depth < candidate.depth:
                targets[code] = candidate
    links = []
    for code, name in settings.LANGUAGES:
        if page is not None:
            target = targets.get(code)
            url = target.get_url(request) if target else None
            exact = bool(target) and target.translation_key == page.translation_key
        else:
            url = translate_url(request.get_full_path(), code) if request else None
            exact = True
        links.append(
            {
                "code": code,
                "name": name,
                "url": url or ("/" if code == settings.LANGUAGE_CODE else f"/{code}/"),
                "current": code == current,
                "exact": exact,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context, page):
    """hreflang alternates: the page's own translations only, plus x-default (French)."""
    page = _saved_page(page)
    if page is None:
        return []
    request = context.get("request")
    translations = sorted(
        (p for p in _translations_of_trail(context, page) if p.translation_key == page.translation_key),
        key=lambda p: p.locale.language_code,
    )
    links = [{"code": p.locale.language_code, "url": p.get_full_url(request)} for p in translations]
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    if default and len(links) > 1:
        links.append({"code": "x-default", "url": default["url"]})
    return links if len(links) > 1 else []


@register.filter
def language_name(code):
    return LANGUAGE_NAMES.get(code, code)


@register.filter
def is_other_language(code):
    """True when a passage in language ``code`` needs its own ``lang`` attribute."""
    return bool(code) and code != get_language()


@register.simple_tag
def json_ld(data):
    """schema.org data as a JSON-LD block. The JSON is escaped so that no text of an
    editor can close the script element; it is data, never executed, so the
    Content-Security-Policy does not apply to it."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.filter
def grouped_number(value):
    """1500 → "1 500" in French, "1,500" in English (years are printed as they are)."""
    from django.utils.formats import number_format

    if value in (None, ""):
        return ""
    return number_format(value, force_grouping=True)


@register.filter
def population(value):
    """A head count in words: "130 millions d'habitants", "1 billion inhabitants"."""
    from angers_intl.formatting import population_in_words

    return population_in_words(value)


@register.simple_tag
def key_figures(page):
    from angers_intl.formatting import key_figures_of

    return key_figures_of(page)


@register.simple_tag
def key_figure(page):
    from angers_intl.formatting import key_figures_of

    figures = key_figures_of(page)
    return figures[0] if figures else None


@register.filter
def mark_official_names(text):
    """Give official names written in another language their own ``lang`` attribute."""
    from angers_intl.formatting import mark_official_names as mark

    return mark(text, get_language())


@register.simple_tag(takes_context=True)
def page_json_ld(context, page):
    """schema.org data of a page: its breadcrumb trail, and what the page describes."""
    request = context.get("request")
    blocks = []
    page = _saved_page(page)
    if page is None:
        return ""
    trail = breadcrumbs(context, page) + [page]
    if len(trail) > 1:
        blocks.append(
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": crumb.title,
                        "item": crumb.get_full_url(request),
                    }
                    for position, crumb in enumerate(trail, start=1)
                ],
            }
        )
    describe = getattr(page, "get_structured_data", None)
    if describe is not None:
        blocks.append(describe(request))
    return json_ld(blocks) if blocks else ""


@register.simple_tag(takes_context=True)
def site_map_tree(context):
    """Every live page of the visitor's language, nested, in one query."""
    home = localized_home(context)
    if home is None:
        return []
    pages = _public(Page.objects.descendant_of(home, inclusive=True).live(), context).order_by("path")
    nodes = {}
    roots = []
    for page in pages:
        node = {"page": page, "children": []}
        nodes[page.path] = node
        parent = nodes.get(page.path[: -Page.steplen])
        (parent["children"] if parent else roots).append(node)
    return roots


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The accessibility statement chosen in the portal settings, in the visitor's language."""

    def compute():
        from angers_intl.models import PortalSettings

        request = context.get("request")
        page_id = request and PortalSettings.for_request(request).accessibility_page_id
        if not page_id:
            return None
        key = Page.objects.filter(pk=page_id).values_list("translation_key", flat=True).first()
        return next((child for child in _home_children(context) if child.translation_key == key), None)

    return _per_request(context, "accessibility_statement", compute)
