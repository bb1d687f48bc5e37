"""Every page type goes through the same checks: where it may be created, how it renders
in both languages, what it shows, what it refuses, how it is found, what it costs."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from angers_intl.models import HomePage, StandardPage
from networks.models import NetworkIndexPage, NetworkPage, ThematicNetworkPage
from recognitions.models import RecognitionIndexPage, RecognitionPage
from tests.conftest import page_by_slug

NEXT_YEAR = datetime.date.today().year + 1


class PageTypeChecks:
    """Checks every page type runs through. Subclasses name the type, a page of the
    Angers content of that type (French slug), its parent type and facts it shows."""

    model = None
    slug = None
    allowed_parent = None
    forbidden_parent = None
    shown_fr = ()
    shown_en = ()
    search_word = None

    def page(self, language="fr"):
        return page_by_slug(self.slug, "fr") if language == "fr" else page_by_slug(
            self.slug, "fr"
        ).get_translation(self._locale(language))

    @staticmethod
    def _locale(code):
        from wagtail.models import Locale

        return Locale.objects.get(language_code=code)

    def test_can_be_created_only_under_its_parent(self, content):
        assert self.model.can_create_at(page_by_slug(self.allowed_parent))
        if self.forbidden_parent:
            assert not self.model.can_create_at(page_by_slug(self.forbidden_parent))

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

    def test_is_found_by_search(self, content, client):
        page = self.page("fr")
        response = client.get("/recherche/", {"q": self.search_word})
        assert response.status_code == 200
        assert page.url in response.content.decode()

    def test_query_count_does_not_grow_with_siblings(self, content, client):
        page = self.page("fr")
        client.get(page.url)  # warm caches (site root paths, renditions)
        with CaptureQueriesContext(connection) as before:
            client.get(page.url)
        parent = page.get_parent().specific
        for index in range(30):
            sibling = self.sibling_of(page, index)
            if sibling is None:
                break
            parent.add_child(instance=sibling)
            sibling.save_revision().publish()
        client.get(page.url)
        with CaptureQueriesContext(connection) as after:
            client.get(page.url)
        assert len(after) == len(before), [q["sql"] for q in after.captured_queries]
        assert len(after) <= self.max_queries

    max_queries = 20

    def sibling_of(self, page, index):
        model = type(page)
        if model is HomePage:
            return None
        return model(title=f"Page sœur {index}", slug=f"page-soeur-{index}", locale=page.locale)


class TestHomePage(PageTypeChecks):
    model = HomePage
    slug = None
    allowed_parent = None
    shown_fr = ("Angers International", "Réseaux de villes", "AFCCRE")
    shown_en = ("Angers International", "City networks", "AFCCRE")
    search_word = "Angers"

    def page(self, language="fr"):
        return HomePage.objects.get(locale__language_code=language)

    def test_can_be_created_only_under_its_parent(self, content):
        assert HomePage.can_create_at(Page.get_first_root_node())
        assert not HomePage.can_create_at(HomePage.objects.first())


class TestStandardPage(PageTypeChecks):
    model = StandardPage
    slug = "mentions-legales"
    allowed_parent = "accueil"
    forbidden_parent = "reseaux-de-villes"
    shown_fr = ("Mentions légales", "Ville d’Angers")
    shown_en = ("Legal notice",)
    search_word = "mentions"

    def test_can_be_created_only_under_its_parent(self, content):
        assert StandardPage.can_create_at(HomePage.objects.first())
        assert not StandardPage.can_create_at(page_by_slug("reseaux-de-villes"))
