"""Every page type goes through the same checks: where it may be created, how it renders
in both languages, what it shows, what it refuses, how it is found, what it costs."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from angers_intl.models import HomePage, StandardPage
from networks.models import NetworkIndexPage, NetworkPage, ThematicNetworkPage
from recognitions.models import RecognitionIndexPage, RecognitionPage
from tests.conftest import page_for

NEXT_YEAR = datetime.date.today().year + 1


class PageTypeChecks:
    """Checks every page type runs through. Subclasses name the type, a page of the
    Angers content of that type (French slug), its parent type and facts it shows."""

    model = None
    key = None
    allowed_parent = None
    forbidden_parents = ()
    shown_fr = ()
    shown_en = ()
    search_word = None

    def page(self, language="fr"):
        return page_for(self.key, language)

    def test_can_be_created_only_under_its_parent(self, content):
        assert self.model.can_create_at(page_for(self.allowed_parent))
        for parent in self.forbidden_parents:
            assert not self.model.can_create_at(page_for(parent)), parent

    def test_renders_in_french_and_english(self, content, client):
        for language, facts in (("fr", self.shown_fr), ("en", self.shown_en)):
            page = self.page(language)
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            html = response.content.decode()
            assert f'<html lang="{language}"' in html
            assert html.count("<h1") == 1
            for fact in facts:
                assert fact in html, f"{fact!r} missing on {page.url}"

    def test_admin_editor_and_preview_open(self, content, admin_client):
        page = self.page("fr")
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
        english = self.page("en")
        assert admin_client.get(f"/admin/pages/{english.pk}/edit/").status_code == 200
        preview = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
        assert preview.status_code == 200
        if self.allowed_parent:
            parent = page_for(self.allowed_parent)
            model = self.model._meta
            add_url = f"/admin/pages/add/{model.app_label}/{model.model_name}/{parent.pk}/"
            assert admin_client.get(add_url).status_code == 200

    def test_is_found_by_search(self, content, client):
        page = self.page("fr")
        response = client.get("/recherche/", {"q": self.search_word})
        assert response.status_code == 200
        assert page.url in response.content.decode()

    def queries_to_render(self, client, url):
        client.get(url)  # builds the site tree and Wagtail's caches (site root paths, renditions)
        with CaptureQueriesContext(connection) as rendering:
            response = client.get(url)
        assert response.status_code == 200
        return [q["sql"] for q in rendering.captured_queries]

    def test_query_count_does_not_grow_with_siblings(self, content, client, settings):
        settings.WAGTAIL_CACHE = False  # every request renders the page
        counts = {language: len(self.queries_to_render(client, self.page(language).url)) for language in ("fr", "en")}
        assert counts == self.queries, f"{type(self).__name__}: {counts}"
        assert max(counts.values()) <= 10
        page = self.page("fr")
        before = self.queries_to_render(client, page.url)
        self.add_siblings(page, 30)
        after = self.queries_to_render(client, page.url)
        assert len(after) == len(before), after

    def test_second_anonymous_request_makes_no_query(self, content, client):
        for language in ("fr", "en"):
            url = self.page(language).url
            first = client.get(url)
            with CaptureQueriesContext(connection) as second_queries:
                second = client.get(url)
            assert first["X-Cache"] == "miss" and second["X-Cache"] == "hit", url
            assert len(second_queries) == 0, url
            assert second.content == first.content

    # Queries to render the page without the page cache, the site tree built: pinned,
    # so that a change that adds some is noticed. Two of them on every page are Wagtail's
    # view-restriction check (the page's ancestors, then their restrictions), which is
    # never answered from the site tree: access does not depend on a cache being current.
    queries = None

    def add_siblings(self, page, count):
        parent = page.get_parent().specific
        for index in range(count):
            sibling = type(page)(title=f"Page sœur {index}", slug=f"page-soeur-{index}")
            parent.add_child(instance=sibling)
            sibling.save_revision().publish()


class TestHomePage(PageTypeChecks):
    queries = {"fr": 8, "en": 8}
    model = HomePage
    key = "home"
    allowed_parent = None
    shown_fr = ("Angers International", "Réseaux de villes", "AFCCRE")
    shown_en = ("Angers International", "City networks", "AFCCRE")
    search_word = "Angers"

    def test_can_be_created_only_under_its_parent(self, content):
        assert HomePage.can_exist_under(Page.get_first_root_node())
        assert not HomePage.can_exist_under(HomePage.objects.first())
        # One home page per language tree: editors cannot add a third one.
        assert not HomePage.can_create_at(Page.get_first_root_node())

    def add_siblings(self, page, count):
        # The home page has no siblings: its sections grow instead.
        section = page_for("city-networks")
        for index in range(count):
            network = NetworkPage(title=f"Réseau {index}", slug=f"reseau-{index}", summary="Un réseau")
            section.add_child(instance=network)
            network.save_revision().publish()


class TestStandardPage(PageTypeChecks):
    queries = {"fr": 3, "en": 3}
    model = StandardPage
    key = "legal-notice"
    allowed_parent = "home"
    forbidden_parents = ("city-networks", "recognitions")
    shown_fr = ("Mentions légales", "Directeur de la publication")
    shown_en = ("Legal notice",)
    search_word = "mentions"


class TestNetworkIndexPage(PageTypeChecks):
    queries = {"fr": 5, "en": 5}
    model = NetworkIndexPage
    key = "city-networks"
    allowed_parent = "home"
    forbidden_parents = ("recognitions", "afccre")
    shown_fr = ("Réseaux de villes", "AFCCRE", "Eurocities", "Filtrer et trier")
    shown_en = ("City networks", "AFCCRE", "Eurocities")
    search_word = "réseaux"


class TestNetworkPage(PageTypeChecks):
    queries = {"fr": 3, "en": 3}
    model = NetworkPage
    key = "afccre"
    allowed_parent = "city-networks"
    forbidden_parents = ("recognitions", "home")
    shown_fr = ("AFCCRE", "1951", "plus de 1\xa0500", "Ouvre une nouvelle fenêtre")
    shown_en = ("AFCCRE", "1951", "over 1,500", "Opens in a new window")
    search_word = "jumelage"


class TestThematicNetworkPage(PageTypeChecks):
    queries = {"fr": 3, "en": 3}
    model = ThematicNetworkPage
    key = "gcom"
    allowed_parent = "thematic-networks"
    forbidden_parents = ("recognitions", "home")
    shown_fr = ("12\xa0761", "142", "2030")
    shown_en = ("12,761", "142", "2030")
    search_word = "climat"


class TestRecognitionIndexPage(PageTypeChecks):
    queries = {"fr": 4, "en": 4}
    model = RecognitionIndexPage
    key = "recognitions"
    allowed_parent = "home"
    forbidden_parents = ("city-networks",)
    shown_fr = ("Reconnaissance internationale", "Prix de l")
    shown_en = ("International recognition", "Europe Prize")
    search_word = "reconnaissance"


class TestRecognitionPage(PageTypeChecks):
    queries = {"fr": 3, "en": 3}
    model = RecognitionPage
    key = "europe-prize"
    allowed_parent = "recognitions"
    forbidden_parents = ("city-networks", "thematic-networks", "home")
    shown_fr = ("1955", "Plaque d’honneur", "Assemblée parlementaire du Conseil de l’Europe")
    shown_en = ("1955", "Plaque of Honour", "Parliamentary Assembly of the Council of Europe")
    search_word = "Strasbourg"
