"""PORTAL_LANGUAGES, the one setting the languages of the portal derive from."""

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation

from angers_intl.search.backend import search_config_for
from angers_intl.settings.languages import admin_languages, content_languages, portal_languages

LOCALE = Path(__file__).resolve().parent.parent.parent / "locale"


def test_languages_are_named_in_themselves_french_first():
    assert portal_languages("fr,en", source="fr") == [("fr", "Français"), ("en", "English")]
    assert portal_languages(" fr, en ,DE ", source="fr")[2] == ("de", "Deutsch")


@pytest.mark.parametrize("value", ["en,fr", "", "fr,en,en", "fr,xx"])
def test_a_wrong_list_stops_the_start_in_one_sentence(value):
    with pytest.raises(ImproperlyConfigured):
        portal_languages(value, source="fr")


def test_the_admin_names_each_language_in_its_own_words():
    languages = portal_languages("fr,en,de,ja", source="fr")
    with translation.override("fr"):
        assert [str(name) for _code, name in content_languages(languages)] == [
            "français",
            "anglais",
            "allemand",
            "japonais",
        ]
    with translation.override("en"):
        assert [str(name) for _code, name in content_languages(languages)][2:] == ["German", "Japanese"]
    # The admin speaks the languages the interface has a catalogue for.
    assert [code for code, _name in admin_languages(languages, LOCALE)] == ["fr", "en"]


def test_each_language_is_searched_with_its_own_configuration(settings):
    settings.LANGUAGES = portal_languages("fr,en,de", source="fr")
    assert [search_config_for(code) for code in ("fr", "en", "de", "de-at", "ja", None)] == [
        "fr_unaccent",
        "en_unaccent",
        "de_unaccent",
        "de_unaccent",
        "fr_unaccent",
        "fr_unaccent",
    ]
