"""The site's live pages, in every language, computed once and shared by every worker.

Menus, footer, breadcrumbs, language links, hreflang alternates, previous/next links,
the site map and the official names of organisations all read the same few facts of
every live page: title, address, place in the tree, translations. Asking the database
for them on each rendering was most of a page's cost; here they are read in a few
queries when first needed, kept in the page cache's store, and dropped with the pages
whenever anything is published, unpublished, moved or deleted (see ``purge``).
"""

from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction, Site, get_page_models

from .store import page_cache

# Bump the version when SiteTree or PageNode change shape: old pickles are then ignored.
KEY = "portal:site-tree:v5:{site_id}"
NAMES_KEY = "portal:official-names"
SITE_KEY = "portal:site-of-host:{host}"


@dataclass(frozen=True)
class PageNode:
    pk: int
    path: str
    depth: int
    translation_key: str
    language: str
    title: str
    url: str
    full_url: str
    show_in_menus: bool
    model: str
    restricted: bool
    # (field, translation key) of the pages this one links to through the fields its
    # model lists in ``linked_page_fields`` (founded by, branch of), and its year.
    links: tuple = ()
    year: int | None = None

    @property
    def parent_path(self):
        return self.path[: -Page.steplen]


class SiteTree:
    """Every live page of one site, both languages, with lookups by path and key, and
    the site's own record and settings (read on every page)."""

    def __init__(self, nodes, site=None, portal_settings=None):
        self.site = site
        self.portal_settings = portal_settings
        self.nodes = sorted(nodes, key=lambda node: node.path)
        self.by_path = {node.path: node for node in self.nodes}
        self.by_pk = {node.pk: node for node in self.nodes}
        self.by_url = {node.url: node for node in self.nodes}
        self.by_key = {}
        for node in self.nodes:
            self.by_key.setdefault(node.translation_key, []).append(node)

    def home(self, language):
        homes = [node for node in self.nodes if node.depth == 2]
        return next((h for h in homes if h.language == language), homes[0] if homes else None)

    def children(self, node):
        return [n for n in self.nodes if n.depth == node.depth + 1 and n.path.startswith(node.path)]

    def ancestors(self, path):
        """Live ancestors below the tree's root, home first."""
        return [
            self.by_path[path[:end]]
            for end in range(2 * Page.steplen, len(path), Page.steplen)
            if path[:end] in self.by_path
        ]

    def translations(self, translation_key):
        return self.by_key.get(translation_key, [])

    def translation_of(self, pk, language):
        """The public page in ``language`` translating page ``pk`` (any language)."""
        node = self.by_pk.get(pk)
        if node is None:
            return None
        return next(
            (n for n in self.translations(node.translation_key) if n.language == language and not n.restricted),
            None,
        )

    def pages_linking_to(self, translation_key, field, language):
        """Public pages in ``language`` whose ``field`` links to a translation of the page."""
        return sorted(
            (
                node
                for node in self.nodes
                if (field, translation_key) in node.links and node.language == language and not node.restricted
            ),
            key=lambda node: node.title,
        )


def build(site):
    """Read the tree from the database: a few queries, whatever the number of pages."""
    from angers_intl.models import PortalSettings

    portal_settings = PortalSettings.for_site(site)
    # The site's home page and its translations: the roots of every language's tree.
    root_paths = list(
        Page.objects.filter(
            translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key")
        ).values_list("path", flat=True)
    )
    if not root_paths:
        return SiteTree([], site, portal_settings)
    in_site = Q()
    for path in root_paths:
        in_site |= Q(path__startswith=path)
    pages = Page.objects.live().filter(in_site).select_related("locale", "content_type").order_by("path")
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    links, years = _page_links()
    nodes = []
    for page in pages:
        _site_id, root_url, relative = page.get_url_parts() or (None, "", None)
        if relative is None:
            continue
        nodes.append(
            PageNode(
                pk=page.pk,
                path=page.path,
                depth=page.depth,
                translation_key=str(page.translation_key),
                language=page.locale.language_code,
                title=page.title,
                url=relative,
                full_url=root_url + relative,
                show_in_menus=page.show_in_menus,
                model=f"{page.content_type.app_label}.{page.content_type.model}",
                restricted=any(page.path.startswith(path) for path in restricted),
                links=links.get(page.pk, ()),
                year=years.get(page.pk),
            )
        )
    return SiteTree(nodes, site, portal_settings)


def _page_links():
    """Links between pages declared by page models (``linked_page_fields``): one query per
    such model, the linked page read by its translation key so that every language finds it."""
    links, years = {}, {}
    for model in get_page_models():
        fields = getattr(model, "linked_page_fields", ())
        if not fields or model._meta.abstract:
            continue
        has_year = any(f.name == "founding_year" for f in model._meta.get_fields())
        columns = [f"{field}__translation_key" for field in fields] + (["founding_year"] if has_year else [])
        for pk, *values in model.objects.live().values_list("pk", *columns):
            keys = values[: len(fields)]
            links[pk] = tuple((field, str(key)) for field, key in zip(fields, keys, strict=True) if key)
            if has_year:
                years[pk] = values[-1]
    return links, years


def for_site(site):
    key = KEY.format(site_id=site.pk)
    store = page_cache()
    tree = store.get(key)
    if tree is None:
        tree = build(site)
        store.set(key, tree, None)
    return tree


def for_request(request):
    """The tree of the request's site, read once per request.

    The site and its settings come with it: Wagtail reads them from the request
    (``Site.find_for_request``, ``BaseSiteSetting.for_request``) without a query.
    """
    tree = getattr(request, "_portal_site_tree", None)
    if tree is None:
        site_key = SITE_KEY.format(host=f"{request._get_raw_host()}|{request.get_port()}")
        store = page_cache()
        site_id = store.get(site_key)
        tree = store.get(KEY.format(site_id=site_id)) if site_id else None
        if tree is None:
            site = Site.find_for_request(request)
            if site is None:
                return None
            tree = for_site(site)
            store.set(site_key, site.pk, None)
        from angers_intl.models import PortalSettings

        request._portal_site_tree = tree
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = tree.site
        if tree.portal_settings is not None:
            setattr(request, PortalSettings.get_cache_attr_name(), tree.portal_settings)
    return tree


def official_names():
    """(name, language) of every organisation's official name, longest first.

    Rich text and charters mark these names with their own ``lang``; the list changes
    only when a network or recognition page is published, so it is kept with the tree.
    """
    store = page_cache()
    names = store.get(NAMES_KEY)
    if names is None:
        from networks.models import NetworkPage, ThematicNetworkPage
        from recognitions.models import RecognitionPage

        rows = [
            model.objects.live().exclude(own_language_name="").values_list("own_language_name", "own_language")
            for model in (NetworkPage, ThematicNetworkPage, RecognitionPage)
        ]
        names = sorted(set(rows[0].union(*rows[1:])), key=lambda row: (-len(row[0]), row))
        store.set(NAMES_KEY, names, None)
    return names


def forget():
    """Drop every site's tree and the official names: the next rendering reads them again."""
    # The host → site entries stay: a tree that is gone sends the next request to Wagtail's
    # own lookup, and a change of Site records purges the whole store.
    keys = [KEY.format(site_id=pk) for pk in Site.objects.values_list("pk", flat=True)]
    page_cache().delete_many([*keys, NAMES_KEY])
