"""The facts of a detail page as a reader meets them, in both languages: each said once,
worded as the seeds say them, with their source, and links that name their language in
the reader's words."""

import html as html_lib
import re
from difflib import SequenceMatcher

import pytest

from tests.conftest import page_for

DETAIL_PAGES = [
    "afccre", "cuf", "uclg", "eurocities", "pdlci", "gcom", "edcities",
    "tree-cities", "green-cities-accord", "age-friendly", "european-city", "europe-prize",
]  # fmt: skip


def read(client, key, language):
    return html_lib.unescape(client.get(page_for(key, language).url).content.decode())


def texts(pattern, html):
    return [re.sub(r"<[^>]+>|\s+", " ", match).strip() for match in re.findall(pattern, html, re.S)]


def figures_and_facts(html):
    """The values of the key figures band, of the body's figure grids and of the fact box."""
    values = texts(r'<strong class="key-figures__value">(.*?)</strong>', html)
    if '<aside class="detail__facts"' in html:
        box = html[html.index('<aside class="detail__facts"') :]
        values += texts(r"<dd[^>]*>(.*?)</dd>", box[: box.index("</aside>")])
    return values


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("key", DETAIL_PAGES)
def test_the_fact_box_is_never_an_empty_heading(content, client, key, language):
    html = read(client, key, language)
    if '<aside class="detail__facts"' in html:
        box = html[html.index('<aside class="detail__facts"') : html.index("</aside>")]
        assert "<dd" in box or 'class="website-link"' in box, key


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("key", DETAIL_PAGES)
def test_no_figure_is_said_twice_on_a_detail_page(content, client, key, language):
    values = figures_and_facts(read(client, key, language))
    numbers = [value for value in values if re.search(r"\d", value)]
    assert len(numbers) == len(set(numbers)), numbers


def test_the_figures_and_facts_are_read_where_they_stand(content, client):
    """What the check above reads: a network page's band, grids and box."""
    values = figures_and_facts(read(client, "cuf", "fr"))
    assert {"300", "1975", "3 000", "CUF", "Nationale"} <= set(values), values


def test_cites_unies_france_says_its_founding_year_once_above_the_story(content, client):
    html = read(client, "cuf", "fr")
    above_the_story = html[html.index("<main") : html.index('<div class="detail__main')]
    # Once in the summary ("Créée en 1975"), once as a key figure.
    assert above_the_story.count("1975") == 2


def test_the_website_link_names_its_language_in_the_readers_words(content, client):
    assert "(en anglais)" in read(client, "gcom", "fr")
    assert "(in French)" in read(client, "afccre", "en")
    for key, language in (("gcom", "fr"), ("afccre", "en"), ("uclg", "fr"), ("cuf", "en")):
        html = read(client, key, language)
        assert "(en English)" not in html and "(in français)" not in html, key


def test_the_global_covenant_says_over_a_billion(content, client):
    assert "plus d’un milliard d’habitants" in read(client, "gcom", "fr")
    assert "over 1 billion inhabitants" in read(client, "gcom", "en")
    assert "1 milliard d’habitants" not in read(client, "gcom", "fr").replace("plus d’un milliard", "")


def test_the_key_figures_name_their_source(content, client):
    assert "Selon la Ville d’Angers" in read(client, "eurocities", "fr")
    assert "According to the City of Angers" in read(client, "eurocities", "en")


def test_founders_and_presence_read_right(content, client):
    html = read(client, "uclg", "fr")
    assert "<dt>À l’initiative de</dt>" in html and "Fondé par" not in html
    assert "Cités Unies France, Cités Unies France" not in html
    assert "<dt>Présence</dt><dd>Tous les continents</dd>" in html
    assert "<dt>Pays</dt>" not in html


def test_the_europe_prize_lists_its_four_levels_and_says_what_the_city_says(content, client):
    html = read(client, "europe-prize", "fr")
    levels = texts(r'<th scope="row">(.*?)(?:<br>|</th>)', html)
    assert levels == ["Diplôme européen", "Drapeau d’honneur", "Plaque d’honneur", "Prix de l’Europe"]
    assert "les deux premiers niveaux de ce prix (une plaque d’honneur)" in html
    assert "Deuxième niveau" not in html and "second level" not in read(client, "europe-prize", "en")
    # The name under the title would only repeat it.
    assert 'class="detail__own-name"' not in html


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_home_title_names_the_portal_once(content, client, language):
    html = read(client, "home", language)
    assert re.search(r"<title>(.*?)</title>", html).group(1) == "Angers International"


def test_section_pages_count_what_they_list(content, client):
    assert "5 réseaux" in read(client, "city-networks", "fr")
    assert "5 recognitions" in read(client, "recognitions", "en")
    assert "pages affichées" not in read(client, "city-networks", "fr")


@pytest.mark.parametrize("key", ["personal-data", "site-map", "legal-notice", "accessibility"])
def test_a_legal_page_does_not_repeat_its_lead(content, client, key):
    lead = page_for(key).summary
    for paragraph in texts(r"<p>(.*?)</p>", read(client, key, "fr")):
        assert SequenceMatcher(None, lead, paragraph).ratio() < 0.6, paragraph


def test_undated_statements_are_given_as_their_source_made_them(content, client):
    french, english = read(client, "cuf", "fr"), read(client, "cuf", "en")
    assert "y indique être présidée par M. Ries" in french and "est présidée par" not in french
    assert "qui n’est pas datée" in french and "which is not dated" in english
    assert "its president is M. Ries" not in english
