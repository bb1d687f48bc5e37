"""What a change makes stale: the one place that answers it.

A page is shown in more places than its own address: its translations link to it
(language switcher, hreflang), its section lists it, the home pages list every
section's pages, the sitemap and the site map page list everything, and other pages
cite it (founded by, branch of, links in their text, previous/next), and the comparison
and timeline show every network and recognition. Publishing,
unpublishing, moving, renaming or deleting it makes all of those stale, and nothing
else. A change to what every page shows (menu, footer, site settings, an image in use,
an organisation's official name, a page put in or taken out of the footer) makes the whole
site stale.

The plan only reads the database; ``purge`` acts on it.
"""

from copy import copy
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, ReferenceIndex, Site, get_page_models

from angers_intl.models import ListingIndexPage, PortalPage, StandardPage
from overview.exports import download_urls

# Depth of the home pages (the tree's root is 1): they and their children (the sections
# in the menu, the legal pages in the footer) appear on every page.
HOME_DEPTH = 2


@dataclass
class Stale:
    """Absolute URLs to purge; ``listing_urls`` also lose their filtered variants."""

    urls: set = field(default_factory=set)
    listing_urls: set = field(default_factory=set)
    everything: bool = False

    def __or__(self, other):
        return Stale(
            self.urls | other.urls,
            self.listing_urls | other.listing_urls,
            self.everything or other.everything,
        )

    @property
    def paths(self):
        return {_path(url) for url in self.urls}

    @property
    def listing_paths(self):
        return {_path(url) for url in self.listing_urls}


def _path(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def everything():
    return Stale(everything=True)


def for_page(page, *, old_url_path=None, linked_before=()):
    """What publishing, unpublishing, moving, renaming or deleting ``page`` makes stale.

    ``old_url_path`` is the page's address before a move or a slug change: the old
    addresses of the page and of its descendants must go too. ``linked_before`` are the
    translation keys of the pages it was linked with before the change (see
    ``linked_translation_keys``): a link just removed still shows on the other page.
    """
    # The page itself, even when it was just unpublished (it is no longer live).
    stale = Stale(urls=_sitemaps() | _open_data_downloads())
    own_url = page.get_full_url()
    if own_url:
        stale.urls.add(own_url)
    if old_url_path and old_url_path != page.url_path:
        stale |= _old_urls(page, old_url_path)
    # A page in the footer (or just taken out of it, see caching/signals.py) is on every page.
    if page.depth <= HOME_DEPTH + 1 or getattr(page, "show_in_footer", False):
        return stale | everything()
    family = list(Page.objects.filter(translation_key=page.translation_key).values_list("pk", "path", "depth"))
    family_ids = [pk for pk, _path, _depth in family] or [page.pk]
    parent_keys = Page.objects.filter(path=page.path[: -page.steplen]).values("translation_key")
    affected = (
        Q(pk__in=family_ids)
        | Q(depth=HOME_DEPTH)
        | Q(pk__in=_site_map_pages())
        | _overview_pages()
        | Q(translation_key__in=linked_translation_keys(family_ids))
        | Q(translation_key__in=list(linked_before))
    )
    for _pk, path, depth in family:  # descendants: their breadcrumbs and language links
        affected |= Q(path__startswith=path, depth__gt=depth)
    for path, depth in Page.objects.filter(translation_key__in=parent_keys).values_list("path", "depth"):
        affected |= Q(path=path) | Q(path__startswith=path, depth=depth + 1)  # section and siblings
    return stale | _urls_of(Page.objects.live().filter(affected).specific(defer=True))


def _site_map_pages():
    return StandardPage.objects.filter(show_site_map=True).values("pk")


def _overview_pages():
    """The pages that show every network and recognition (comparison, timeline)."""
    models = [model for model in get_page_models() if issubclass(model, PortalPage) and model.shows_every_organisation]
    return Q(content_type__in=[ContentType.objects.get_for_model(model) for model in models]) if models else Q()


def linked_translation_keys(page_ids):
    """Translation keys of the pages that link to these pages, and of those they link to.

    Wagtail's reference index knows every link between pages: foreign keys (founded by,
    branch of), page choosers in blocks and links in rich text.
    """
    page_type = ContentType.objects.get_for_model(Page)
    ids = [str(pk) for pk in page_ids]
    citing = ReferenceIndex.objects.filter(
        base_content_type=page_type, to_content_type=page_type, to_object_id__in=ids
    ).values_list("object_id", flat=True)
    cited = ReferenceIndex.objects.filter(
        base_content_type=page_type, to_content_type=page_type, object_id__in=ids
    ).values_list("to_object_id", flat=True)
    linked = {int(pk) for pk in [*citing, *cited] if str(pk).isdigit()}
    return Page.objects.filter(pk__in=linked).values_list("translation_key", flat=True)


def _urls_of(pages):
    stale = Stale()
    for page in pages:
        url = page.get_full_url()
        if not url:
            continue
        stale.urls.add(url)
        if isinstance(page, ListingIndexPage):
            stale.listing_urls.add(url)
    return stale


def _open_data_downloads():
    """The open data files, in every language: any page may be a network or a recognition
    (their Table Schemas change with the code only)."""
    paths = [path for code, _name in settings.LANGUAGES for path in download_urls(code)]
    return {f"{root_url}{path}" for root_url in {site.root_url for site in Site.objects.all()} for path in paths}


def _sitemaps():
    return {f"{root_url}/sitemap.xml" for root_url in {site.root_url for site in Site.objects.all()}}


def _old_urls(page, old_url_path):
    """The addresses the page and its descendants had before a move or a rename."""
    moved = [copy(page), *Page.objects.descendant_of(page).live().specific(defer=True)]
    for each in moved:
        each.url_path = old_url_path + each.url_path[len(page.url_path) :]
    return _urls_of(moved)
