"""How facts are worded for readers, in both languages: pure functions, no database."""

from types import SimpleNamespace

import pytest
from django.utils import translation
from django.utils.safestring import SafeString

from angers_intl.facts import population_in_words
from angers_intl.listing_filters import ListingFilterForm, sort_key
from angers_intl.official_names import mark_official_names
from networks.models import NetworkPage
from recognitions.models import RecognitionPage
from tests.unit.stand_ins import unsaved

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


@pytest.mark.parametrize(
    ("language", "value", "words"),
    [
        ("fr", 1_000_000_000, "plus d’un milliard d’habitants"),
        ("en", 1_000_000_000, "over 1 billion inhabitants"),
        ("fr", 130_000_000, "plus de 130 millions d’habitants"),
        ("en", 130_000_000, "over 130 million inhabitants"),
    ],
)
def test_a_minimum_population_is_said_as_such(language, value, words):
    with translation.override(language):
        assert population_in_words(value, minimum=True) == words


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
    page = SimpleNamespace(**{**defaults, **fields})
    # What key_figures() asks of the page beside its fields.
    page.members_in_words = lambda: NetworkPage.members_in_words(page)
    return page


@pytest.mark.parametrize(
    ("language", "value"), [("fr", f"plus de 1{NBSP}500"), ("en", "over 1,500")]
)
def test_a_minimum_member_count_is_said_as_such_once(language, value):
    with translation.override(language):
        figures = NetworkPage.key_figures(network(member_count=1500, member_count_is_minimum=True))
    assert figures[0].value == value
    assert sum(value in figure.value for figure in figures) == 1


def test_key_figures_follow_the_fields_and_skip_the_empty_ones():
    with translation.override("fr"):
        figures = NetworkPage.key_figures(network(member_count=42, member_description="villes", country_count=1, founding_year=1951))
    assert [(f.value, f.label) for f in figures] == [("42", "villes"), ("1", "pays"), ("1951", "année de création")]
    with translation.override("en"):
        assert NetworkPage.key_figures(network(country_count=1))[0].label == "country"
        assert NetworkPage.key_figures(network(country_count=8))[0].label == "countries"
    assert NetworkPage.key_figures(network()) == []


def test_a_recognition_names_the_levels_angers_obtained_once():
    recognition = unsaved(RecognitionPage, title="Prix de l’Europe", year_created=1955)
    recognition.levels = [
        ("level", {"name": "Diplôme européen", "obtained": False}),
        ("level", {"name": "Plaque d’honneur", "obtained": True, "year_obtained": None}),
    ]
    with translation.override("en"):
        figures = RecognitionPage.key_figures(recognition)
        facts = {str(fact.label): fact.value for fact in recognition.facts()}
    assert [(f.value, str(f.label)) for f in figures] == [("1955", "founding year")]
    assert facts == {"Levels obtained by Angers": '<ul class="inline-list"><li>Plaque d’honneur</li></ul>'}


def facts_of(page, language, linked=None):
    with translation.override(language):
        return {str(fact.label): fact for fact in page.facts(linked)}


def test_the_fact_box_says_each_fact_once_in_the_readers_words():
    page = unsaved(
        NetworkPage,
        title="Cités et Gouvernements Locaux Unis",
        acronym="CGLU",
        own_language_name="United Cities and Local Governments",
        own_language="en",
        founding_year=2004,
        member_count=240_000,
        member_count_is_minimum=True,
        member_description="collectivités",
        country_count=140,
        countries="tous les continents",
        scope="worldwide",
        angers_role="membre",
        angers_since=2004,
    )
    founder = SimpleNamespace(url="/reseaux-de-villes/cites-unies-france/", title="Cités Unies France")
    facts = facts_of(page, "fr", {"founder": founder})
    # The founding year, the member and country counts are key figures: the box does not
    # say them again.
    assert list(facts) == ["Sigle", "Nom officiel", "À l’initiative de", "Présence", "Portée", "Rôle d’Angers"]
    assert facts["Présence"].value == "Tous les continents"
    assert facts["Nom officiel"].lang == "en"
    assert facts["Sigle"].lang == ""
    assert facts["À l’initiative de"].value == '<a href="/reseaux-de-villes/cites-unies-france/">Cités Unies France</a>'
    with translation.override("fr"):
        figures = {str(figure.label): figure.value for figure in NetworkPage.key_figures(page)}
    assert figures == {"collectivités": f"plus de 240{NBSP}000", "pays": "140", "année de création": "2004"}
    assert facts["Portée"].value == "Mondiale"
    assert facts["Rôle d’Angers"].value == "Membre depuis 2004"
    # Read in English, the same name needs no mark of its own.
    assert facts_of(page, "en", {"founder": founder})["Official name"].lang == ""
    # A name that only repeats the title is not said again.
    page.own_language_name = "cités et gouvernements locaux unis"
    assert "Nom officiel" not in facts_of(page, "fr", {"founder": founder})


def test_a_founder_both_linked_and_written_is_given_once_each():
    page = unsaved(NetworkPage, title="GCoM", founded_by="la Commission européenne")
    founder = SimpleNamespace(url="/cuf/", title="Cités Unies <France>")
    value = facts_of(page, "fr", {"founder": founder})["À l’initiative de"].value
    assert value == '<a href="/cuf/">Cités Unies &lt;France&gt;</a>, la Commission européenne'
    assert facts_of(page, "fr")["À l’initiative de"].value == "la Commission européenne"
    # Written as well as linked, the founder is named once.
    page.founded_by = "Cités Unies <France>"
    assert facts_of(page, "fr", {"founder": founder})["À l’initiative de"].value == (
        '<a href="/cuf/">Cités Unies &lt;France&gt;</a>'
    )


def test_networks_founded_are_listed_with_their_year():
    page = unsaved(NetworkPage, title="Cités Unies France")
    founded = [SimpleNamespace(url="/cglu/", title="CGLU", year=2004), SimpleNamespace(url="/x/", title="X", year=None)]
    value = facts_of(page, "fr", {"founded_pages": founded})["A fondé"].value
    assert value == '<ul class="inline-list"><li><a href="/cglu/">CGLU</a> (2004)</li><li><a href="/x/">X</a></li></ul>'


def test_a_page_without_facts_shows_no_box():
    assert unsaved(NetworkPage, title="Vide").facts() == []
    assert unsaved(RecognitionPage, title="Vide").facts() == []


@pytest.fixture
def official_names(monkeypatch):
    names = (("Cités Unies France", "fr"), ("Eurocities", "en"))
    monkeypatch.setattr("angers_intl.official_names.official_names", lambda: names)


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

