"""What each change makes stale (angers_intl.caching.plan), on its own, and the purge
the front cache receives: real HTTP PURGE requests to a listener on the loopback."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlsplit

import pytest

from angers_intl.caching import plan
from angers_intl.caching.purge import filtered_variants
from tests.conftest import page_for


def paths(urls):
    return {urlsplit(url).path for url in urls}


def urls_of(*keys):
    return {page_for(key, language).url for key in keys for language in ("fr", "en")}


def test_a_detail_page_makes_stale_its_family_section_homes_neighbours_and_maps(content):
    stale = plan.for_page(page_for("eurocities"))
    assert not stale.everything
    # The comparison, the timeline and the open data show every network and recognition.
    expected = urls_of(
        "eurocities",
        "city-networks",
        "home",
        "site-map",
        "afccre",
        "cuf",
        "uclg",
        "pdlci",
        "compare",
        "timeline",
        "open-data",
    )
    downloads = {
        f"{prefix}{name}.{kind}"
        for prefix in ("/donnees/", "/en/data/")
        for name in ("networks", "recognitions")
        for kind in ("csv", "json")
    }
    assert paths(stale.urls) == expected | {"/sitemap.xml"} | downloads
    # Only the section pages lose their filtered variants too.
    assert paths(stale.listing_urls) == urls_of("city-networks")


def test_pages_linked_either_way_are_stale_together(content):
    # UCLG was founded by CUF: each page shows the other.
    assert urls_of("uclg") <= paths(plan.for_page(page_for("cuf")).urls)
    assert urls_of("cuf") <= paths(plan.for_page(page_for("uclg", "en")).urls)
    # Pages of another section are left alone.
    assert not urls_of("gcom", "europe-prize", "legal-notice") & paths(plan.for_page(page_for("cuf")).urls)


@pytest.mark.parametrize("key", ["home", "city-networks", "recognitions", "legal-notice"])
def test_home_sections_and_footer_pages_make_everything_stale(content, key):
    # They appear in every page's header or footer.
    assert plan.for_page(page_for(key)).everything


def test_a_move_or_rename_also_purges_the_old_addresses(content):
    page = page_for("eurocities")
    stale = plan.for_page(page, old_url_path=page.url_path.replace("eurocities", "eurocities-old"))
    assert "/reseaux-de-villes/eurocities-old/" in paths(stale.urls)
    assert page.url in paths(stale.urls)


def test_filtered_variants_cover_every_canonical_combination():
    variants = filtered_variants("/reseaux-de-villes/")
    assert "/reseaux-de-villes/?scope=european" in variants
    assert "/reseaux-de-villes/?scope=european&theme=education&sort=year" in variants
    assert "/reseaux-de-villes/?sort=name" in variants
    assert "/reseaux-de-villes/?sort=name&scope=european" not in variants  # not canonical order
    assert len(variants) == len(set(variants)) == 5 * 6 * 3 - 1


class PurgeListener(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802 - HTTP method name
        PurgeListener.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_cache(settings):
    PurgeListener.received = []
    server = HTTPServer(("127.0.0.1", 0), PurgeListener)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "front": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield PurgeListener.received
    server.shutdown()
    server.server_close()


def test_publishing_purges_the_front_once_committed_without_inventing_addresses(
    content, front_cache, django_capture_on_commit_callbacks
):
    page = page_for("eurocities")
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Eurocities, réseau des grandes villes"
        page.save_revision().publish()
    purged = {path for _host, path in front_cache}
    assert urls_of("eurocities", "city-networks", "home", "site-map") | {"/sitemap.xml"} <= purged
    # French is unprefixed: no /fr/... address exists, none is purged.
    assert not [path for path in purged if path.startswith("/fr/")]
    assert urls_of("gcom", "legal-notice").isdisjoint(purged)


def test_nothing_reaches_the_front_before_the_commit(content, front_cache):
    page = page_for("eurocities")
    page.save_revision().publish()
    assert front_cache == []


def test_a_section_unpublished_or_renamed_reaches_the_front_with_its_old_addresses(content):
    section = page_for("thematic-networks")
    stale = plan.for_page(section, old_url_path=section.url_path.replace("reseaux", "anciens-reseaux"))
    assert stale.everything
    assert section.url in paths(stale.urls)
    assert "/sitemap.xml" in paths(stale.urls)
    assert any(path.startswith("/anciens-reseaux") for path in paths(stale.urls))
