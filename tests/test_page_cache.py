"""The page cache as visitors and staff meet it: who is served a shared copy, what each
response tells other caches, and what the cache keeps. Which pages each kind of change
makes stale: test_page_cache_purges.py.

Hits and misses are read from the ``X-Cache`` header the cache adds to each response.
"""

import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.conftest import page_for
from tests.page_cache_helpers import page_cache_files, warm

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
        assert page.summary_text not in form.content.decode()
        assert form["X-Cache"] == "skip"
        assert "private" in form["Cache-Control"]
    # A visitor who knows the password reads the page, privately...
    insider = Client()
    action = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    insider.get(page.url)
    insider.post(action, {"password": "secret-city", "return_url": page.url})
    inside = insider.get(page.url)
    assert page.summary_text in inside.content.decode()
    assert inside["X-Cache"] == "skip" and "private" in inside["Cache-Control"]
    # ...and nobody else is given that copy.
    assert page.summary_text not in Client().get(page.url).content.decode()


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
        assert original.summary_text not in response.content.decode()
        assert "private" in response["Cache-Control"]


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


@pytest.mark.parametrize("method", ["get", "post"])
def test_no_staff_account_can_empty_the_page_cache_from_the_admin(content, admin_client, client, method):
    url = page_for("cuf").url
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    for address in ("/admin/cache/", "/admin/cache/clearcache"):
        assert getattr(admin_client, method)(address).status_code == 404
    assert client.get(url)["X-Cache"] == "hit"
