"""A third language, German, opened as the deployment guide says (PORTAL_LANGUAGES=fr,en,de,
then `manage.py add_language de`, which the shared fixtures run): the content still loads,
a translator's German page goes through wagtail-localize's own round trip, and everything
that lists languages lists three. Run by `make test` with
angers_intl/settings/test_three_languages.py."""

import json
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from angers_intl.editorial import roles
from angers_intl.search.backend import search_config_for
from tests.conftest import assert_denied, client_for, edit_url, make_user, page_for

GERMAN_SUMMARY = "Das Netzwerk der großen europäischen Städte, gegründet 1986."


def test_three_languages_are_configured():
    assert [code for code, _name in settings.LANGUAGES] == ["fr", "en", "de"]
    assert settings.TRANSLATION_LANGUAGES == ["en", "de"]
    assert dict(settings.LANGUAGES)["de"] == "Deutsch"
    assert [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES] == ["fr", "en", "de"]


def test_the_loader_loads_what_its_data_has_and_add_language_opens_german(content, client):
    de = Locale.objects.get(language_code="de")
    # French and English pages from the data; German has only its home page, a draft
    # waiting for translators.
    assert page_for("eurocities", "en").live
    german = Page.objects.filter(locale=de)
    assert [page.depth for page in german] == [2]
    assert not german.get().live
    assert Group.objects.filter(name="Traducteurs (de)").exists()
    # Until German pages are published, the language switcher offers no German link.
    html = client.get(page_for("afccre").url).content.decode()
    assert 'lang="en" hreflang="en">English</a>' in html and 'hreflang="de"' not in html
    # Running it again changes nothing.
    call_command("add_language", "de", verbosity=0)
    assert Page.objects.filter(locale=de).count() == 1


def test_german_search_stems_and_folds_accents(db):
    assert search_config_for("de") == "de_unaccent"
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('de_unaccent', 'Städten'), to_tsvector('de_unaccent', 'Städte')")
        stemmed, other = cursor.fetchone()
    assert stemmed == other == "'stadt':1"
    # A language PostgreSQL cannot stem is searched by whole words, accents folded.
    from angers_intl.search.configurations import ensure_configuration

    assert ensure_configuration("ja") == "simple"
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('ja_unaccent', 'Élégantes villes')")
        assert cursor.fetchone()[0] == "'elegantes':1 'villes':2"


def german_text(entry):
    """What a German translator writes for one segment of the Eurocities pages."""
    path = entry.msgctxt
    if path == "summary":
        return GERMAN_SUMMARY
    if path == "slug":
        return entry.msgid
    return entry.msgid if path != "title" else f"{entry.msgid} (DE)"


def translate_into_german(page, capture):
    """wagtail-localize's round trip, as a translator and a moderator make it: the French
    page becomes a source, its PO file is filled in German and imported, the German page
    is saved and published."""
    de = Locale.objects.get(language_code="de")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=de, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = german_text(entry)
    assert translation.import_po(po) == []
    with capture(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(de).specific


@pytest.fixture
def german_eurocities(content, django_capture_on_commit_callbacks):
    for key in ("home", "city-networks", "eurocities"):
        german = translate_into_german(page_for(key), django_capture_on_commit_callbacks)
        assert german.live
    return german


def test_a_german_page_is_published_and_listed_everywhere(german_eurocities, client):
    french, english = page_for("eurocities"), page_for("eurocities", "en")
    assert german_eurocities.url.startswith("/de/")
    assert german_eurocities.summary == GERMAN_SUMMARY
    response = client.get(german_eurocities.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de"' in html and GERMAN_SUMMARY in html

    # The French page's language switcher and hreflang links name the three languages.
    french_html = client.get(french.url).content.decode()
    assert f'<a href="{english.url}" lang="en" hreflang="en">English</a>' in french_html
    assert f'<a href="{german_eurocities.url}" lang="de" hreflang="de">Deutsch</a>' in french_html
    for page in (french, english, german_eurocities):
        assert f'hreflang="{page.locale.language_code}" href="{page.full_url}"' in french_html

    # The sitemap lists the German page, and gives the French page its German alternate.
    xml = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{german_eurocities.full_url}</loc>" in xml
    entry = xml.split(f"<loc>{french.full_url}</loc>")[1].split("</url>")[0]
    assert f'hreflang="de" href="{german_eurocities.full_url}"' in entry
    assert f'hreflang="en" href="{english.full_url}"' in entry


def test_the_switcher_leads_to_the_nearest_german_ancestor(german_eurocities, client):
    # AFCCRE has no German page: the switcher offers the German section instead.
    html = client.get(page_for("afccre").url).content.decode()
    german_section = german_eurocities.get_parent()
    assert f'href="{german_section.url}" lang="de" hreflang="de"' in html


def test_a_german_search_finds_the_german_page(german_eurocities, client):
    # "Städten" finds "Städte" (stemmed) in German only; other languages' pages stay out.
    html = client.get("/de/recherche/", {"q": "Stadten"}).content.decode()
    main = html.split("<main", 1)[1]
    assert f'href="{german_eurocities.url}"' in main
    for other in (page_for("eurocities"), page_for("eurocities", "en")):
        assert f'href="{other.url}"' not in main


def test_german_open_data_lists_the_german_pages(german_eurocities, client):
    response = client.get("/de/donnees/networks.json")
    assert response.status_code == 200
    titles = [row["name"] for row in json.loads(response.content)]
    assert titles == [german_eurocities.title]


def test_a_german_translator_is_refused_on_english_pages(german_eurocities):
    german_translator = client_for(make_user("ubersetzerin", roles.translators_group("de")))
    english_translator = client_for(make_user("translator", roles.translators_group("en")))
    english = page_for("eurocities", "en")
    assert german_translator.get(edit_url(german_eurocities)).status_code == 200
    assert_denied(german_translator.get(edit_url(english)))
    assert_denied(english_translator.get(edit_url(german_eurocities)))
    assert english_translator.get(edit_url(english)).status_code == 200
    # Neither touches the French page.
    assert_denied(german_translator.get(edit_url(page_for("eurocities"))))


def test_a_french_figure_reaches_the_german_page_at_once_with_the_notice(
    german_eurocities, client, django_capture_on_commit_callbacks
):
    french = page_for("eurocities")
    french.member_count = 250
    french.summary = "Le réseau des grandes villes européennes, fondé en 1986, et ses 250 membres."
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()
    german = Page.objects.get(pk=german_eurocities.pk).specific
    assert german.member_count == 250 and german.live and not german.has_unpublished_changes
    assert german.translation_behind_since is not None
    html = client.get(german.url).content.decode()
    notice = re.search(r'<p class="translation-notice" role="note">(.*?)</p>', html, re.S)
    assert notice and f'<a href="{french.url}" hreflang="fr">' in notice.group(1)
    # The German translator's dashboard and the admin listing name the German page behind.
    admin = client_for(make_user("moderatrice", roles.MODERATORS))
    listing = admin.get(reverse("wagtailadmin_explore", args=[german.get_parent().pk])).content.decode()
    assert "texte en retard sur le français" in listing


def test_the_dashboard_lists_each_languages_work_to_whom_it_concerns(content):
    german_translator = client_for(make_user("ubersetzer", roles.translators_group("de")))
    html = german_translator.get(reverse("wagtailadmin_home")).content.decode()
    assert "Traductions à faire en allemand" in html and "Traductions à faire en anglais" not in html
    moderator = client_for(make_user("moderateur", roles.MODERATORS))
    html = moderator.get(reverse("wagtailadmin_home")).content.decode()
    assert "Traductions à faire en allemand" in html and "Traductions à faire en anglais" in html


def test_a_german_translator_is_offered_german_only(content):
    german_translator = client_for(make_user("ubersetzerin", roles.translators_group("de")))
    afccre = page_for("afccre")
    form = german_translator.get(reverse("wagtail_localize:submit_page_translation", args=[afccre.pk]))
    offered = re.findall(r'<input[^>]*name="locales"[^>]*>', form.content.decode())
    de = Locale.objects.get(language_code="de")
    assert len(offered) == 1 and f'value="{de.pk}"' in offered[0] and "checked" in offered[0]



def test_the_translation_board_has_a_german_column_for_whom_it_concerns(german_eurocities):
    def states(client, page, **filters):
        """{language: state} of ``page``'s row on the translation board, and the board."""
        html = client.get("/admin/reports/suivi-des-traductions/", filters).content.decode()
        row = re.search(rf'<tr data-debt-page="{page.pk}">(.*?)</tr>', html, re.S).group(1)
        found = re.findall(r'<td data-debt-state="([^"]+)" data-debt-language="([^"]+)"', row)
        return {language: state for state, language in found}, html

    moderator = client_for(make_user("moderatrice", roles.MODERATORS))
    cells, html = states(moderator, page_for("eurocities"))
    assert '<th scope="col" data-debt-language="de">' in html
    assert cells == {"en": "up_to_date", "de": "up_to_date"}
    cells, _html = states(moderator, page_for("afccre"))
    assert cells == {"en": "up_to_date", "de": "missing"}

    # A German translator sees the German column only, even when asking for English.
    german_translator = client_for(make_user("ubersetzerin", roles.translators_group("de")))
    for filters in ({}, {"language": "en"}):
        cells, html = states(german_translator, page_for("afccre"), **filters)
        assert cells == {"de": "missing"} and 'data-debt-language="en"' not in html
