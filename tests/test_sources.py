"""Figures and claims name who states them, in both languages: the organisations' own
figures under the key figures, the City of Angers under what it alone says, and the
Europe Prize table quotes the city instead of asserting a level."""

import html
import re

import pytest

from .conftest import page_for


def text_of(client, page):
    markup = client.get(page.url).content.decode()
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


@pytest.mark.parametrize(
    "language, figures_by, facts_by",
    [("fr", "Selon Eurocities", "Selon la Ville d’Angers"), ("en", "According to Eurocities", "According to the City of Angers")],
)  # fmt: skip
def test_an_organisations_figures_and_the_citys_facts_each_name_their_source(
    content, client, language, figures_by, facts_by
):
    markup = client.get(page_for("eurocities", language).url).content.decode()
    figures_note = re.search(r'<p class="key-figures__source">([^<]*)</p>', markup).group(1)
    facts_note = re.search(r'<p class="facts__source">([^<]*)</p>', markup).group(1)
    assert html.unescape(figures_note).startswith(figures_by)
    assert html.unescape(facts_note) == facts_by


@pytest.mark.parametrize(
    "language, who_says",
    [("fr", "Selon la Ville d’Angers"), ("en", "According to the City of Angers")],
)
def test_doubtful_statements_say_who_makes_them(content, client, language, who_says):
    uclg = text_of(client, page_for("uclg", language))
    assert f"{who_says}, {'CGLU a été fondée' if language == 'fr' else 'UCLG was founded'}" in uclg
    tree_cities = text_of(client, page_for("tree-cities", language))
    united_nations = "Nations unies" if language == "fr" else "United Nations"
    # Wherever the United Nations are named, the City of Angers is named as saying so.
    for sentence in re.split(r"(?<=[.;])\s", tree_cities):
        if united_nations in sentence:
            assert "Ville d’Angers" in sentence or "City of Angers" in sentence, sentence


@pytest.mark.parametrize(
    "language, cells",
    [
        ("fr", ["Selon la Ville d’Angers : « les deux premiers niveaux de ce prix »"] * 2
         + ["Selon la Ville d’Angers : « une plaque d’honneur »", "Non indiqué"]),
        ("en", ["According to the City of Angers: “the first 2 levels of this prize”"] * 2
         + ["According to the City of Angers: “A plaque of honor”", "Not stated"]),
    ],
)  # fmt: skip
def test_the_europe_prize_table_quotes_the_city_without_ticking_a_level(content, client, language, cells):
    markup = client.get(page_for("europe-prize", language).url).content.decode()
    table = markup.split('<table class="levels">', 1)[1].split("</table>", 1)[0]
    shown = [" ".join(html.unescape(cell).split()) for cell in re.findall(r"<td>(.*?)</td>", table)]
    assert shown == cells
