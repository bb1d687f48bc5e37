"""The site's live pages, in every language, computed once and shared by every worker.

Menus, footer, breadcrumbs, language links, hreflang alternates, previous/next links,
the site map and the official names of organisations all read the same few facts of
every live page: title, address, place in the tree, translations. Asking the database
for them on each rendering was most of a page's cost; here they are read in a few
queries when first needed, kept in the page cache's store, and dropped with the pages
whenever anything is published, unpublished, moved or deleted (see ``purge``).
"""

import logging
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction, Site, get_page_models

from angers_intl import upstream
from angers_intl.site_settings import PortalSettings

logger = logging.getLogger(__name__)

# Bump the version when SiteTree or PageNode change shape: old pickles are then ignored.
KEY = "portal:site-tree:v7:{generation}:{site_id}"
SITE_KEY = "portal:site-of-host:{generation}:{host}"
# Every purge starts a new generation: a tree built from the database before a change,
# and stored after the purge, lands under an old generation that nobody reads again.
GENERATION_KEY = "portal:site-tree-generation"
# A tree is rebuilt at least this often, whatever happens to the purges.
TREE_SECONDS = 3600


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
    # The page or an ancestor is an alias: Wagtail then also checks the restrictions of
    # what it copies, so only Wagtail's own check may decide who sees it.
    alias: bool = False
    # (field, translation key) of the pages this one links to through the fields its
    # model lists in ``linked_page_fields`` (founded by, branch of), and its year.
    links: tuple = ()
    year: int | None = None
    # An editor ticked "Afficher dans le pied de page" on it.
    in_footer: bool = False

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
    alias_paths = list(Page.objects.filter(in_site, alias_of__isnull=False).values_list("path", flat=True))
    links, years = _page_links()
    in_footer = _footer_pages()
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
                alias=any(page.path.startswith(path) for path in alias_paths),
                links=links.get(page.pk, ()),
                year=years.get(page.pk),
                in_footer=page.pk in in_footer,
            )
        )
    return SiteTree(nodes, site, portal_settings)


def _page_links():
    """Links between pages declared by page models (``linked_page_fields``): one query per
    such model, the linked page read by its translation key so that every language finds it."""
    links, years = {}, {}
    for model in get_page_models():
        fields = getattr(model, "linked_page_fields", ())  # Wagtail's own page types have none
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


def _footer_pages():
    """The live pages whose editors chose to show them in the footer (page models with a
    ``show_in_footer`` field): one query per such model."""
    chosen = set()
    for model in get_page_models():
        if model._meta.abstract or "show_in_footer" not in {f.name for f in model._meta.get_fields()}:
            continue
        chosen.update(model.objects.live().filter(show_in_footer=True).values_list("pk", flat=True))
    return chosen


# What this worker has already read from the store, unpickled: the tree is needed by every
# page, and reading it back from the store (a file, or Redis) cost more than the rest of
# the navigation. Every key carries the generation, which is still read from the store on
# each request, so a purge by any worker is seen by all the others at their next page.
_read_here = {}


def shared(key, compute):
    """The value under ``key``: from this worker's memory, else the store, else computed.
    ``key`` is None when there is no generation to file it under."""
    if key is None:
        # The store is away: read from the database for this request alone.
        return compute()
    now = time.monotonic()
    kept = _read_here.get(key)
    if kept is not None and kept[0] > now:
        return kept[1]
    value = safe(page_cache().get, key)
    if value is None:
        value = compute()
        if value is None:
            return None
        safe(page_cache().set, key, value, TREE_SECONDS)
    if len(_read_here) >= 32:
        # Old generations are never asked for again: start afresh rather than track them.
        _read_here.clear()
    _read_here[key] = (now + TREE_SECONDS, value)
    return value


def page_cache():
    """The store the tree is kept in: the page cache's own, so that emptying the page
    cache drops the tree with the pages built from it."""
    return caches[settings.WAGTAIL_CACHE_BACKEND]


def generation():
    """The current generation, or None when the store cannot be read: nothing may then
    be kept, since no purge could reach it."""
    store = page_cache()
    current = safe(store.get, GENERATION_KEY)
    if current is None:
        safe(store.add, GENERATION_KEY, uuid.uuid4().hex, None)
        current = safe(store.get, GENERATION_KEY)
    return current


def safe(operation, *args):
    """A page-cache operation that may fail (disk full, Redis away) without failing the
    page: the tree is then built for this request alone."""
    try:
        return operation(*args)
    except Exception:  # noqa: BLE001 - any store failure
        logger.warning("Page cache store unavailable for %s", operation.__name__, exc_info=True)
        return None


def for_request(request):
    """The tree of the request's site, read once per request.

    The site and its settings come with it: Wagtail reads them from the request
    (``Site.find_for_request``, ``BaseSiteSetting.for_request``) without a query.
    """
    tree = getattr(request, "_portal_site_tree", None)
    if tree is None:
        current = generation()
        host = f"{request.get_host()}|{request.get_port()}"
        found = []

        def site_of_host():
            found.append(Site.find_for_request(request))
            return found[0].pk if found[0] is not None else None

        site_id = shared(current and SITE_KEY.format(generation=current, host=host), site_of_host)
        if site_id is None:
            return None
        tree = shared(
            current and KEY.format(generation=current, site_id=site_id),
            lambda: build(found[0] if found else Site.objects.get(pk=site_id)),
        )
        request._portal_site_tree = tree
        request._portal_tree_generation = current
        upstream.remember_site_of_request(request, tree.site)
        if tree.portal_settings is not None:
            upstream.remember_settings_of_request(request, tree.portal_settings)
    return tree


def generation_of(request):
    """The generation the request's tree belongs to: what it renders from other pages is
    at least that recent. None when the request has no site, or the store is away."""
    if for_request(request) is None:
        return None
    return request._portal_tree_generation


def forget():
    """Start a new generation: every site's tree, and whatever is kept with it (the
    official names), is read again."""
    safe(page_cache().set, GENERATION_KEY, uuid.uuid4().hex, None)
    _read_here.clear()
