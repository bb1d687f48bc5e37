"""How facts are worded for readers, in both languages: pure functions, no database."""

from types import SimpleNamespace

import pytest
from django.utils import translation
from django.utils.safestring import SafeString

from angers_intl.forms import ListingFilterForm, sort_key
from angers_intl.mixins import population_in_words
from angers_intl.official_names import mark_official_names
from networks.models import NetworkPage
from recognitions.models import RecognitionPage

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("language", "value", "words"),
    [
        ("fr", 1_000_000_000, "1 milliard d’habitants"),
        ("fr", 1_500_000_000, "1,5 milliard d’habitants"),
        ("fr", 2_000_000, "2 millions d’habitants"),
        ("fr", 12_345, f"12{NBSP}345 habitants"),
        ("fr", 1, "1 habitant"),
        ("en", 1_000_000_000, "1 billion inhabitants"),
        ("en", 1_500_000_000, "1.5 billion inhabitants"),
        ("en", 2_000_000, "2 million inhabitants"),
        ("en", 12_345, "12,345 inhabitants"),
        ("en", 1, "1 inhabitant"),
    ],
)
def test_populations_are_worded_in_the_readers_language(language, value, words):
    with translation.override(language):
        assert population_in_words(value) == words


def test_no_population_says_nothing():
    assert population_in_words(None) == population_in_words("") == ""


def network(**fields):
    defaults = {
        "member_count": None,
        "member_count_is_minimum": False,
        "member_description": "",
        "country_count": None,
        "population_count": None,
        "founding_year": None,
    }
    return SimpleNamespace(**{**defaults, **fields})


@pytest.mark.parametrize(
    ("language", "value"), [("fr", f"plus de 1{NBSP}500"), ("en", "over 1,500")]
)
def test_a_minimum_member_count_is_said_as_such_once(language, value):
    with translation.override(language):
        figures = NetworkPage.key_figures(network(member_count=1500, member_count_is_minimum=True))
    assert figures[0]["value"] == value
    assert sum(value in figure["value"] for figure in figures) == 1


def test_key_figures_follow_the_fields_and_skip_the_empty_ones():
    with translation.override("fr"):
        figures = NetworkPage.key_figures(network(member_count=42, member_description="villes", country_count=1, founding_year=1951))
    assert [(f["value"], f["label"]) for f in figures] == [("42", "villes"), ("1", "pays"), ("1951", "année de création")]
    with translation.override("en"):
        assert NetworkPage.key_figures(network(country_count=1))[0]["label"] == "country"
        assert NetworkPage.key_figures(network(country_count=8))[0]["label"] == "countries"
    assert NetworkPage.key_figures(network()) == []


def test_a_recognition_shows_its_creation_and_the_levels_angers_obtained():
    recognition = SimpleNamespace(year_created=1955, obtained_levels=[{"name": "Diplôme"}, {"name": "Drapeau"}])
    with translation.override("en"):
        figures = RecognitionPage.key_figures(recognition)
    assert [(f["value"], str(f["label"])) for f in figures] == [("1955", "founding year"), ("2", "levels obtained by Angers")]


@pytest.fixture
def official_names(monkeypatch):
    names = (("Cités Unies France", "fr"), ("Eurocities", "en"))
    monkeypatch.setattr("angers_intl.caching.tree.official_names", lambda: names)


def test_names_in_another_language_are_marked_with_their_language(official_names):
    html = mark_official_names("Angers belongs to Cités Unies France and Eurocities.", "en")
    assert html == 'Angers belongs to <span lang="fr">Cités Unies France</span> and Eurocities.'
    assert isinstance(html, SafeString)


def test_marking_escapes_plain_text_and_leaves_markup_alone(official_names):
    assert mark_official_names("<b>Cités Unies France</b>", "en") == (
        '&lt;b&gt;<span lang="fr">Cités Unies France</span>&lt;/b&gt;'
    )
    linked = SafeString('<a title="Cités Unies France" href="/cuf/">Cités Unies France</a>')
    assert mark_official_names(linked, "en") == (
        '<a title="Cités Unies France" href="/cuf/"><span lang="fr">Cités Unies France</span></a>'
    )
    # In its own language a name needs no mark.
    assert mark_official_names("Cités Unies France", "fr") == "Cités Unies France"


def card(title, scope="", year=None):
    return SimpleNamespace(title=title, scope=scope, get_scope_display=lambda: scope.title(), year_for_sorting=year)


def test_the_filter_offers_only_the_scopes_the_pages_have():
    pages = [card("Eurocities", "european"), card("AFCCRE", "national")]
    form = ListingFilterForm(pages=pages)
    assert [value for value, _label in form.fields["scope"].choices] == ["", "european", "national"]
    assert "theme" not in form.fields


def test_the_filter_sorts_by_year_with_the_undated_last_and_names_without_accents():
    pages = [card("Éducation", year=None), card("Zeta", year=1990), card("Alpha", year=1951), card("eta")]
    by_year = ListingFilterForm({"sort": "year"}, pages=pages).apply(pages)
    assert [p.title for p in by_year] == ["Alpha", "Zeta", "Éducation", "eta"]
    by_name = ListingFilterForm({}, pages=pages).apply(pages)
    assert [p.title for p in by_name] == ["Alpha", "Éducation", "eta", "Zeta"]
    assert sort_key("Éducation") == "education"


def test_an_unknown_filter_value_is_refused_and_tied_to_its_field():
    pages = [card("Eurocities", "european")]
    form = ListingFilterForm({"scope": "galactic"}, pages=pages)
    assert not form.is_valid()
    assert form.fields["scope"].widget.attrs["aria-invalid"] == "true"
    assert form.fields["scope"].widget.attrs["aria-describedby"] == "id_scope-error"
    # The listing is then shown unfiltered, never empty by mistake.
    assert form.apply(pages) == pages
