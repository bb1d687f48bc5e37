"""Page content and footer rendered once per state of the site (fragment_tags), with the
page cache off so that every response is rendered: what a visitor reads must still change
on the very next request after any change, on this worker and on the others."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from angers_intl.caching import store
from angers_intl.navigation import tree
from angers_intl.site_settings import PortalSettings
from tests.conftest import page_for


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.WAGTAIL_CACHE = False


def render(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), len(queries)


def test_a_page_content_is_rendered_once_then_reused(content, client):
    # Cités Unies France's story ends with a link to UCLG, read by a query of its own.
    url = page_for("cuf").url
    first, first_queries = render(client, url)
    second, second_queries = render(client, url)
    assert second == first
    assert second_queries < first_queries


def test_a_fragment_follows_the_page_it_cites_on_the_next_request(content, client):
    """UCLG's facts name its founder, Cités Unies France."""
    uclg = page_for("uclg").url
    render(client, uclg)
    cuf = page_for("cuf")
    cuf.title = "Cités Unies France, réseau des collectivités"
    cuf.save_revision().publish()
    assert "Cités Unies France, réseau des collectivités" in render(client, uclg)[0]


def test_a_purge_by_another_worker_reaches_this_workers_fragments(content, client):
    uclg = page_for("uclg").url
    render(client, uclg)
    # Another worker publishes the new name: the database and the shared store change,
    # nothing in this worker's memory does.
    Page.objects.filter(pk=page_for("cuf").pk).update(title="Cités Unies France, réseau des collectivités")
    assert "Cités Unies France, réseau des collectivités" not in render(client, uclg)[0]
    store.page_cache().set(tree.GENERATION_KEY, "renewed-by-another-worker", None)
    assert "Cités Unies France, réseau des collectivités" in render(client, uclg)[0]


def test_a_preview_neither_uses_nor_fills_the_fragments(content, client, admin_client):
    page = page_for("eurocities")
    live_summary = page.summary_text
    render(client, page.url)
    page.summary = "Résumé en cours de relecture."
    page.save_revision()
    preview = admin_client.get(f"/admin/pages/{page.pk}/view_draft/").content.decode()
    assert "Résumé en cours de relecture." in preview and live_summary not in preview
    visitor = render(client, page.url)[0]
    assert live_summary in visitor and "Résumé en cours de relecture." not in visitor


def test_the_footer_follows_the_site_settings(content, client):
    for url in ("/", page_for("cuf").url, page_for("legal-notice", "en").url):
        render(client, url)
    portal = PortalSettings.objects.get()
    portal.contact_phone = "02 41 05 49 49"
    portal.save()
    for url in ("/", page_for("cuf").url, page_for("legal-notice", "en").url):
        assert "02 41 05 49 49" in render(client, url)[0], url


def test_french_and_english_content_never_cross(content, client):
    french, english = page_for("cuf"), page_for("cuf", "en")
    for _ in range(2):
        assert french.summary_text in render(client, french.url)[0]
        english_html = render(client, english.url)[0]
        assert english.summary_text in english_html and french.summary_text not in english_html
