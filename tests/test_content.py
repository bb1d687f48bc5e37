"""The Angers content: complete, live and translated, and loaded without harm."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from angers_intl.content.data import PAGES
from tests.conftest import page_for

# (page key, French text, English text) taken from the seed documents.
SEED_FACTS = [
    ("home", "coopération internationale", "international cooperation"),
    ("afccre", "1951", "1951"),
    ("afccre", "1\xa0500", "1,500"),
    ("cuf", "1975", "1975"),
    ("cuf", "300", "300"),
    ("cuf", "3\xa0000", "3,000"),
    ("cuf", "1992", "1992"),
    ("cuf", "Barcelone", "Barcelona"),
    ("cuf", "Strasbourg", "Strasbourg"),
    ("uclg", "2004", "2004"),
    ("uclg", "70\xa0%", "70%"),
    ("eurocities", "1986", "1986"),
    ("eurocities", "38", "38"),
    ("eurocities", "130 millions", "130 million"),
    ("pdlci", "ALCID", "ALCID"),
    ("gcom", "12\xa0761", "12,761"),
    ("gcom", "142", "142"),
    ("gcom", "2030", "2030"),
    ("edcities", "1994", "1994"),
    ("edcities", "34", "34"),
    ("green-cities-accord", "2030", "2030"),
    ("europe-prize", "1955", "1955"),
]


def text_of(client, page):
    import html as html_lib

    return html_lib.unescape(client.get(page.url).content.decode())


def test_every_page_is_live_in_both_languages(content):
    en = Locale.objects.get(language_code="en")
    for spec in PAGES:
        french = page_for(spec["key"], "fr")
        assert french.live, spec["key"]
        english = french.get_translation_or_none(en)
        assert english is not None and english.live, spec["key"]
        assert english.title == spec["title"]["en"]
        assert Client().get(english.url).status_code == 200


def test_english_pages_are_complete_translations_in_sync(content):
    en = Locale.objects.get(language_code="en")
    for spec in PAGES:
        french = page_for(spec["key"])
        source = TranslationSource.objects.get_for_instance(french)
        translation = Translation.objects.get(source=source, target_locale=en)
        total, done = translation.get_progress()
        assert total > 0 and total == done, spec["key"]
        assert source.last_updated_at >= french.last_published_at, spec["key"]


def test_names_without_language_are_not_offered_to_translators(content):
    """An acronym or an organisation's name in its own language follows the French page;
    a translator may override one where English readers know another (CGLU / UCLG)."""
    for key in ("afccre", "uclg", "tree-cities"):
        source = TranslationSource.objects.get_for_instance(page_for(key))
        to_translate = set(source.stringsegment_set.values_list("context__path", flat=True))
        overridable = set(source.overridablesegment_set.values_list("context__path", flat=True))
        assert "title" in to_translate, key
        assert "own_language_name" not in to_translate and "own_language_name" in overridable, key
        if key != "tree-cities":  # a recognition has no acronym
            assert "acronym" not in to_translate and "acronym" in overridable, key
    assert page_for("afccre", "en").acronym == "AFCCRE"
    assert (page_for("uclg").acronym, page_for("uclg", "en").acronym) == ("CGLU", "UCLG")


@pytest.mark.parametrize(("key", "french", "english"), SEED_FACTS)
def test_seed_facts_appear_in_both_languages(content, client, key, french, english):
    assert french in text_of(client, page_for(key, "fr")), (key, french)
    assert english in text_of(client, page_for(key, "en")), (key, english)


def test_tree_is_consistent(content):
    output = io.StringIO()
    call_command("fixtree", "--noinput", stdout=output)
    assert "No problems found" in output.getvalue()


def test_loading_again_changes_nothing(content):
    pages, revisions = Page.objects.count(), Revision.objects.count()
    output = io.StringIO()
    call_command("load_angers_content", stdout=output)
    assert "rien n'a été changé" in output.getvalue()
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)


def test_edited_site_is_left_alone(content, admin_user):
    page = page_for("afccre")
    page.summary = "Résumé écrit par un rédacteur."
    page.save_revision(user=admin_user).publish(user=admin_user)
    output = io.StringIO()
    call_command("load_angers_content", stdout=output)
    assert "rien n'a été changé" in output.getvalue()
    page.refresh_from_db()
    assert page.summary == "Résumé écrit par un rédacteur."


def test_reset_needs_a_confirmation(content, admin_user, monkeypatch):
    page = page_for("afccre")
    page.summary = "Résumé à garder."
    page.save_revision(user=admin_user).publish(user=admin_user)
    monkeypatch.setattr("builtins.input", lambda prompt: "non")
    with pytest.raises(CommandError):
        call_command("load_angers_content", reset=True)
    page.refresh_from_db()
    assert page.summary == "Résumé à garder."


def test_logos_are_placeholder_emblems_with_alternative_text(content, client):
    page = page_for("eurocities")
    assert page.logo is not None and "provisoire" in page.logo.title
    html = client.get(page.url).content.decode()
    assert 'alt="Logo : Eurocities"' in html


@pytest.mark.django_db(transaction=True)
def test_reset_brings_back_the_original_content(content_tx, admin_user):
    # Transactional: wagtail-localize publishes each English page when its transaction commits.
    page = page_for("afccre")
    page.summary = "Résumé provisoire."
    page.save_revision(user=admin_user).publish(user=admin_user)
    call_command("load_angers_content", reset=True, interactive=False, verbosity=0)
    assert page_for("afccre").summary.startswith("Née en {création}")
    assert page_for("afccre", "en").live
