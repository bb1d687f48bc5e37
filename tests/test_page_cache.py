"""The page cache as visitors and staff meet it: who is served a shared copy, what each
response tells other caches, and which pages each kind of change makes stale.

Hits and misses are read from the ``X-Cache`` header the cache adds to each response.
"""

import datetime
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from angers_intl.models import PortalSettings
from tests.conftest import page_for

# Pages of the Angers content (keys of angers_intl/content/data/), in both languages.
EVERY_PAGE = [
    "home",
    "city-networks",
    "afccre",
    "cuf",
    "uclg",
    "eurocities",
    "pdlci",
    "thematic-networks",
    "gcom",
    "recognitions",
    "europe-prize",
    "legal-notice",
    "site-map",
]


def urls_of(*keys):
    return [page_for(key, language).url for key in keys for language in ("fr", "en")]


def warm(client, urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert client.get(url)["X-Cache"] == "hit", url


def cache_states(client, urls):
    return {url: client.get(url)["X-Cache"] for url in urls}


def page_cache_files():
    return list(Path(settings.CACHES["pages"]["LOCATION"]).glob("*.djcache"))


def publish_change(key, language="fr", **fields):
    page = page_for(key, language)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


# Who gets a shared copy ----------------------------------------------------------------


def test_anonymous_visitors_share_one_copy_with_public_cache_control(content, client):
    url = page_for("cuf").url
    first = client.get(url)
    second = client.get(url)
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    cache_control = second["Cache-Control"]
    assert cache_control.startswith("public, max-age=") and "s-maxage=" in cache_control
    assert "stale-while-revalidate=" in cache_control
    # No Vary on Cookie or Accept-Language: one copy serves every visitor.
    assert "Cookie" not in second.get("Vary", "") and "Accept-Language" not in second.get("Vary", "")
    assert not second.cookies


def test_logged_in_editor_never_receives_the_anonymous_copy(content, client, admin_client):
    url = page_for("cuf").url
    warm(client, [url])
    response = admin_client.get(url)
    assert response["X-Cache"] == "skip"
    assert response["Cache-Control"] == "private, no-store"
    assert "wagtail-userbar" in response.content.decode()
    # And the anonymous copy never holds the editor's userbar.
    anonymous = client.get(url)
    assert anonymous["X-Cache"] == "hit"
    assert "wagtail-userbar" not in anonymous.content.decode()


def test_previews_and_admin_are_private_and_never_cached(content, admin_client):
    page = page_for("cuf")
    for url in (f"/admin/pages/{page.pk}/view_draft/", f"/admin/pages/{page.pk}/edit/", "/admin/"):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "private, no-store", url
        assert response.get("X-Cache") in (None, "skip"), url


def test_login_form_is_private_and_keeps_its_next_parameter(content, client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Cache-Control"] == "private, no-store"
    assert 'value="/admin/pages/"' in response.content.decode()


def test_password_protected_page_is_never_shared(content, client):
    page = page_for("eurocities")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="secret-city"
    )
    for _ in range(2):
        form = client.get(page.url)
        assert form.status_code == 200
        assert page.summary not in form.content.decode()
        assert form["X-Cache"] == "skip"
        assert "private" in form["Cache-Control"]
    # A visitor who knows the password reads the page, privately...
    insider = Client()
    action = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    insider.get(page.url)
    insider.post(action, {"password": "secret-city", "return_url": page.url})
    inside = insider.get(page.url)
    assert page.summary in inside.content.decode()
    assert inside["X-Cache"] == "skip" and "private" in inside["Cache-Control"]
    # ...and nobody else is given that copy.
    assert page.summary not in Client().get(page.url).content.decode()


def test_search_is_not_cached(content, client):
    for _ in range(2):
        response = client.get("/recherche/", {"q": "climat"})
        assert response.status_code == 200
        assert response["X-Cache"] == "skip"


def test_errors_are_not_cached(content, client):
    for _ in range(2):
        assert client.get("/page-qui-n-existe-pas/")["X-Cache"] == "skip"
        bad_filter = client.get(page_for("city-networks").url, {"scope": "lunaire"})
        assert bad_filter.status_code == 400
        assert bad_filter["X-Cache"] == "skip"


def test_french_and_english_never_cross(content, client):
    for key in ("home", "cuf", "city-networks"):
        french, english = page_for(key, "fr").url, page_for(key, "en").url
        for _ in range(2):
            assert '<html lang="fr"' in client.get(french).content.decode()
            # A visitor whose browser asks for English still gets the French address in French.
            assert '<html lang="fr"' in client.get(french, HTTP_ACCEPT_LANGUAGE="en").content.decode()
            assert '<html lang="en"' in client.get(english, HTTP_ACCEPT_LANGUAGE="fr").content.decode()


def test_hosts_have_their_own_entries(content, client):
    url = page_for("cuf").url
    assert client.get(url, HTTP_HOST="localhost")["X-Cache"] == "miss"
    assert client.get(url, HTTP_HOST="127.0.0.1")["X-Cache"] == "miss"
    assert client.get(url, HTTP_HOST="localhost")["X-Cache"] == "hit"


def test_unknown_query_strings_do_not_fill_the_cache(content, client):
    url = page_for("cuf").url
    warm(client, [url])
    files = len(page_cache_files())
    for n in range(20):
        response = client.get(url, {"x": f"random-{n}", "utm_source": "newsletter"})
        assert response.status_code == 200
        assert response["X-Cache"] == "hit"
    assert len(page_cache_files()) == files


def test_index_filters_are_cached_in_one_canonical_order(content, client):
    index = page_for("city-networks").url
    first = client.get(index, {"scope": "european", "sort": "year"})
    assert first.status_code == 200 and first["X-Cache"] == "miss"
    # Same filters in another order, with an empty one and a tracker: the same entry.
    again = client.get(f"{index}?sort=year&theme=&utm_campaign=x&scope=european")
    assert again["X-Cache"] == "hit"
    assert again.content == first.content
    # The unfiltered page is another entry.
    assert client.get(index)["X-Cache"] == "miss"


def test_filters_on_a_page_without_filters_are_not_stored(content, client):
    url = page_for("cuf").url
    for _ in range(2):
        response = client.get(url, {"scope": "european"})
        assert response.status_code == 200
        assert response["X-Cache"] == "skip"


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


def test_page_cache_can_be_switched_off(content, client, settings):
    settings.WAGTAIL_CACHE = False
    url = page_for("cuf").url
    for _ in range(2):
        response = client.get(url)
        assert "X-Cache" not in response
        # Front caches may still keep public pages.
        assert response["Cache-Control"].startswith("public")


def test_unknown_hosts_are_refused_before_the_cache(content, client, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    files = len(page_cache_files())
    response = client.get(page_for("cuf").url, HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert len(page_cache_files()) == files


def test_an_alias_of_a_protected_page_is_never_shared(content, client):
    original = page_for("eurocities")
    alias = original.create_alias(parent=page_for("thematic-networks"), update_slug="eurocities-alias")
    PageViewRestriction.objects.create(page=original, restriction_type="password", password="secret-city")
    for _ in range(2):
        response = client.get(alias.url)
        assert original.summary not in response.content.decode()
        assert "private" in response["Cache-Control"]


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


def test_too_many_host_names_are_not_stored(content, client, settings):
    from angers_intl.caching.store import MAX_ORIGINS

    url = page_for("cuf").url
    for port in range(MAX_ORIGINS + 3):
        client.get(url, HTTP_HOST=f"localhost:{9000 + port}")
    for _ in range(2):
        response = client.get(url, HTTP_HOST="localhost:9999")
        assert response.status_code == 200
        assert response["X-Cache"] == "skip"
        assert response["Cache-Control"] == "no-cache"


def test_host_names_no_longer_used_are_forgotten(content, client, monkeypatch):
    """A portal restarted behind other ports keeps its cache: origins whose pages have all
    expired no longer count."""
    from angers_intl.caching import store

    url = page_for("cuf").url
    for port in range(store.MAX_ORIGINS):
        client.get(url, HTTP_HOST=f"localhost:{9000 + port}")
    later = store.time.time() + 2 * settings.PAGE_CACHE_SECONDS + 61
    monkeypatch.setattr(store.time, "time", lambda: later)
    assert client.get(url, HTTP_HOST="localhost:9999")["X-Cache"] == "miss"
    assert client.get(url, HTTP_HOST="localhost:9999")["X-Cache"] == "hit"


def test_the_admin_settings_menu_has_no_untranslated_cache_screen(content, admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "/admin/cache/" not in response.content.decode()
