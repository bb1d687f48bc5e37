"""Which pages each kind of change makes stale in the page cache: publishing, moving,
renaming, deleting, scheduling, settings, images and official names."""

import datetime

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from angers_intl.site_settings import PortalSettings
from tests.conftest import page_for
from tests.page_cache_helpers import EVERY_PAGE, cache_states, publish_change, urls_of, warm

# What a change makes stale -------------------------------------------------------------


def test_publishing_a_page_purges_exactly_the_pages_that_show_it(content, client):
    all_urls = urls_of(*EVERY_PAGE) + ["/sitemap.xml"]
    warm(client, all_urls)
    publish_change("eurocities", title="Eurocities, réseau des grandes villes")

    stale = set(
        urls_of("eurocities", "city-networks", "home", "site-map", "uclg", "pdlci", "afccre", "cuf")
        + ["/sitemap.xml"]
    )
    states = cache_states(client, all_urls)
    assert {url for url, state in states.items() if state == "miss"} == stale
    assert {url for url, state in states.items() if state == "hit"} == set(all_urls) - stale
    for url in urls_of("city-networks", "home", "site-map", "uclg") + [page_for("eurocities").url]:
        if url.startswith("/en/"):
            continue
        assert "Eurocities, réseau des grandes villes" in client.get(url).content.decode(), url


def test_a_citing_page_follows_the_page_it_cites(content, client):
    """UCLG was founded by Cités Unies France: renaming CUF changes UCLG's fact box."""
    uclg = page_for("uclg").url
    warm(client, [uclg])
    publish_change("cuf", title="Cités Unies France (CUF)")
    assert client.get(uclg)["X-Cache"] == "miss"
    assert "Cités Unies France (CUF)" in client.get(uclg).content.decode()


def test_publishing_the_english_translation_purges_the_french_page(content, client):
    french, english = page_for("gcom").url, page_for("gcom", "en").url
    warm(client, [french, english])
    publish_change("gcom", "en", title="Global Covenant of Mayors for Climate and Energy (GCoM)")
    assert client.get(english)["X-Cache"] == "miss"
    assert client.get(french)["X-Cache"] == "miss"
    assert "(GCoM)" in client.get(english).content.decode()


def test_unpublishing_removes_the_page_and_its_cards(content, client):
    eurocities, index, home = page_for("eurocities").url, page_for("city-networks").url, "/"
    warm(client, [eurocities, index, home])
    page_for("eurocities").unpublish()
    assert client.get(eurocities).status_code == 404
    assert eurocities not in client.get(index).content.decode()
    assert eurocities not in client.get(home).content.decode()


def test_deleting_removes_the_page_and_its_cards(content, client):
    eurocities, index = page_for("eurocities").url, page_for("city-networks").url
    warm(client, [eurocities, index, "/sitemap.xml"])
    page_for("eurocities").delete()
    assert client.get(eurocities).status_code == 404
    assert eurocities not in client.get(index).content.decode()
    assert eurocities not in client.get("/sitemap.xml").content.decode()


def test_renaming_the_slug_purges_the_old_address(content, client, django_capture_on_commit_callbacks):
    old = page_for("eurocities").url
    warm(client, [old])
    # Wagtail announces a new slug once the change is committed.
    with django_capture_on_commit_callbacks(execute=True):
        publish_change("eurocities", slug="eurocities-reseau")
    new = Page.objects.get(slug="eurocities-reseau").url
    # Wagtail's redirects app leads the old address to the new one.
    old_response = client.get(old)
    assert (old_response.status_code, old_response["Location"]) == (301, new)
    assert client.get(new).status_code == 200


def test_moving_a_page_purges_its_old_address(content, client):
    page = page_for("eurocities")
    old = page.url
    warm(client, [old, page_for("thematic-networks").url])
    page.move(page_for("thematic-networks"), pos="last-child")
    moved = Page.objects.get(pk=page.pk)
    old_response = client.get(old)
    assert (old_response.status_code, old_response["Location"]) == (301, moved.url)
    assert client.get(moved.url).status_code == 200
    assert moved.url in client.get(page_for("thematic-networks").url).content.decode()


def test_scheduled_publishing_and_expiry_purge(content, client):
    index = page_for("city-networks").url
    eurocities = page_for("eurocities")
    warm(client, [index, eurocities.url])
    # A scheduled change of title, due now.
    eurocities.title = "Eurocities (programmé)"
    revision = eurocities.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    assert revision.approved_go_live_at
    call_command("publish_scheduled", verbosity=0)
    assert "Eurocities (programmé)" in client.get(index).content.decode()
    # Expiry: the page leaves the site when its time is up.
    page = page_for("eurocities")
    page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save()
    warm(client, [page.url])
    call_command("publish_scheduled", verbosity=0)
    assert client.get(page.url).status_code == 404


def test_site_settings_change_purges_every_page(content, client):
    all_urls = urls_of(*EVERY_PAGE)
    warm(client, all_urls)
    portal = PortalSettings.objects.get()
    portal.contact_phone = "02 41 05 40 00"
    portal.save()
    assert set(cache_states(client, all_urls).values()) == {"miss"}
    assert "02 41 05 40 00" in client.get("/").content.decode()


def test_changing_an_image_in_use_purges_every_page(content, client):
    all_urls = urls_of("home", "cuf", "legal-notice")
    warm(client, all_urls)
    logo = page_for("cuf").logo
    logo.description = "Emblème de Cités Unies France"
    logo.save()
    assert set(cache_states(client, all_urls).values()) == {"miss"}


def test_changing_an_official_name_purges_every_page(content, client):
    all_urls = urls_of("home", "gcom", "legal-notice")
    warm(client, all_urls)
    publish_change("cuf", own_language_name="Cités Unies France – CUF")
    assert set(cache_states(client, all_urls).values()) == {"miss"}


def test_removing_a_link_purges_the_page_that_showed_it(content, client):
    """GCoM gets CUF as founder, then loses it: CUF's fact box must drop GCoM again."""
    cuf = page_for("cuf").url
    publish_change("gcom", founded_by_page=page_for("cuf"))
    warm(client, [cuf])
    assert page_for("gcom").title in client.get(cuf).content.decode()
    publish_change("gcom", founded_by_page=None)
    assert client.get(cuf)["X-Cache"] == "miss"
    assert page_for("gcom").title not in client.get(cuf).content.decode()


def test_an_official_name_change_right_after_another_purge_purges_everything(content, client):
    all_urls = urls_of("gcom", "legal-notice")
    publish_change("eurocities", title="Eurocities")  # a purge: the names list is dropped
    warm(client, all_urls)
    publish_change("cuf", own_language_name="Cités Unies France – CUF")
    assert set(cache_states(client, all_urls).values()) == {"miss"}


def test_a_purge_from_an_editor_in_another_time_zone_still_purges(content, client):
    url = page_for("eurocities").url
    warm(client, [url])
    with timezone.override("America/New_York"):
        publish_change("eurocities", title="Eurocities (New York)")
    assert client.get(url)["X-Cache"] == "miss"
