"""Menus, breadcrumbs, language links and the site map for the public templates.

The tags read the site's live pages from the shared site tree (angers_intl/navigation/tree.py),
so they cost no query once it is built, and work in preview (where the page may not be
saved yet).
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from angers_intl.navigation import tree as site_tree
from angers_intl.site_settings import PortalSettings

register = template.Library()



def saved_page(page):
    """The page when it is a saved Wagtail page; None outside the page tree (search,
    errors: the template variable is then empty) and for unsaved previews."""
    return page if isinstance(page, Page) and page.pk else None


def tree_of(context):
    request = context.get("request")
    return site_tree.for_request(request) if request is not None else None


def public_only(nodes):
    return [node for node in nodes if not node.restricted]


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the visitor's language (the French one when none exists)."""
    tree = tree_of(context)
    return tree.home(get_language()) if tree else None


def home_children(context):
    tree = tree_of(context)
    home = tree.home(get_language()) if tree else None
    return public_only(tree.children(home)) if home else []


@register.simple_tag(takes_context=True)
def main_menu(context, page=None):
    """The sections shown in the header: live children of the home page marked for menus,
    each with its ``aria-current`` value ("page" on the section itself, "true" below it)."""
    page = saved_page(page)
    path = page.path if page else ""
    items = []
    for section in home_children(context):
        if not section.show_in_menus:
            continue
        current = ""
        if path == section.path:
            current = "page"
        elif path.startswith(section.path):
            current = "true"
        items.append({"page": section, "current": current})
    return items


# The open data page is always in the footer; editorial pages when their editors tick
# "Afficher dans le pied de page" (a new page never joins it by itself).
FOOTER_PAGE_MODELS = frozenset({"overview.opendatapage"})


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The pages listed in the footer, in the visitor's language and in the order of the
    tree: those editors chose (legal notice, accessibility...) and the open data page."""
    tree = tree_of(context)
    home = tree.home(get_language()) if tree else None
    if home is None:
        return []
    chosen = [
        node
        for node in public_only(tree.nodes)
        if node.path.startswith(home.path)
        and node.depth > home.depth
        and (node.in_footer or (node.depth == home.depth + 1 and node.model in FOOTER_PAGE_MODELS))
    ]
    return chosen


def saved_page_and_tree(context, page):
    """The page (None for an unsaved preview) and the site tree, or None without either."""
    page, tree = saved_page(page), tree_of(context)
    return None if page is None or tree is None else (page, tree)


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The live ancestors of a page below the tree's root, home page first."""
    found = saved_page_and_tree(context, page)
    return found[1].ancestors(found[0].path) if found else []


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language: the translation of the page, or its nearest translated
    ancestor when it has none, so the switcher never leads to a 404; a language with no
    live page above this one (a language just opened, its home page not yet published)
    is left out.

    Outside the page tree (search, errors) the same address in the other language. Both
    keep the query string: the search words, an index page's filters (?scope=regional).
    """
    request = context.get("request")
    current = get_language()
    page = saved_page(page)
    tree = tree_of(context)
    targets = {}
    if page is not None and tree is not None:
        keys = [node.translation_key for node in tree.ancestors(page.path)] + [str(page.translation_key)]
        for key in keys:
            for candidate in public_only(tree.translations(key)):
                targets[candidate.language] = candidate
    links = []
    for code, name in settings.LANGUAGES:
        if page is not None:
            target = targets.get(code)
            if target is None and code != current:
                continue
            url = target.url if target else None
            exact = bool(target) and target.translation_key == str(page.translation_key)
            if exact and request is not None and request.GET:
                url = f"{url}?{request.GET.urlencode()}"
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
def source_language_page(context, page):
    """The page's live public translation in the source language (French)."""
    found = saved_page_and_tree(context, page)
    return found[1].translation_of(found[0].pk, settings.LANGUAGE_CODE) if found else None


@register.simple_tag(takes_context=True)
def contact_service_name(context):
    """The international relations service, named in the reader's language."""

    request = context.get("request")
    if request is None:
        return ""
    return PortalSettings.for_request(request).contact_service_in(get_language())


@register.filter
def is_other_language(code):
    """True when a passage in language ``code`` needs its own ``lang`` attribute."""
    return bool(code) and code != get_language()


@register.simple_tag(takes_context=True)
def site_map_tree(context):
    """Every live public page of the visitor's language, nested."""
    tree = tree_of(context)
    home = tree.home(get_language()) if tree else None
    if home is None:
        return []
    nodes = {}
    roots = []
    for page in public_only(tree.nodes):
        if not page.path.startswith(home.path):
            continue
        node = {"page": page, "children": []}
        nodes[page.path] = node
        parent = nodes.get(page.parent_path)
        (parent["children"] if parent else roots).append(node)
    return roots


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The accessibility statement chosen in the portal settings, in the visitor's language."""

    request = context.get("request")
    tree = tree_of(context)
    page_id = request and tree and PortalSettings.for_request(request).accessibility_page_id
    chosen = tree.by_pk.get(page_id) if page_id else None
    if chosen is None:
        return None
    return next((c for c in home_children(context) if c.translation_key == chosen.translation_key), None)


@register.simple_tag(takes_context=True)
def page_in_language(context, page):
    """A page chosen by an editor, in the visitor's language when it is translated (the
    chosen page otherwise); None when it is not live and public."""
    tree = tree_of(context)
    node = tree.by_pk.get(page.pk) if tree is not None and page is not None else None
    if node is None:
        return None
    return tree.translation_of(page.pk, get_language()) or (None if node.restricted else node)
