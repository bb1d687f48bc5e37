"""The comparison tables and the timeline: every network and recognition at once, from
their structured fields, in both languages."""

import re

import pytest
from wagtail.models import Page

from networks.models import NetworkPage, ThematicNetworkPage
from overview import comparison
from recognitions.models import RecognitionPage
from tests.conftest import page_for

LANGUAGES = ["fr", "en"]


def rows(html, table):
    """The page URLs of a comparison table's rows, in order."""
    section = html.split(f'id="comparison-{table}"', 1)[1].split("</table>", 1)[0]
    return re.findall(r'<th scope="row"><a href="([^"]+)"', section)


def organisations(language, *models):
    return [page for model in models for page in model.objects.live().filter(locale__language_code=language)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_comparison_has_a_row_for_every_network_and_recognition(content, client, language):
    html = client.get(page_for("compare", language).url).content.decode()
    networks = organisations(language, NetworkPage, ThematicNetworkPage)
    recognitions = organisations(language, RecognitionPage)
    assert sorted(rows(html, "networks")) == sorted(page.url for page in networks)
    assert sorted(rows(html, "recognitions")) == sorted(page.url for page in recognitions)
    assert len(networks) == 7 and len(recognitions) == 5


@pytest.mark.parametrize(
    ("table", "columns", "models"),
    [
        ("networks", comparison.NETWORK_COLUMNS, (NetworkPage, ThematicNetworkPage)),
        ("recognitions", comparison.RECOGNITION_COLUMNS, (RecognitionPage,)),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_column_sorts_the_table_through_the_url(content, client, table, columns, models, language):
    url = page_for("compare", language).url
    # Equal values keep the order of titles, in either direction.
    pages = sorted(organisations(language, *models), key=lambda page: page.title.casefold())
    for column in columns:
        for descending in (False, True):
            html = client.get(url, {table: f"{'-' if descending else ''}{column.key}"}).content.decode()
            given = sorted(
                (page for page in pages if column.sort_value(page) is not None),
                key=column.sort_value,
                reverse=descending,
            )
            expected_order = [page.url for page in given]
            assert rows(html, table)[: len(expected_order)] == expected_order, (column.key, descending)
            # Pages that do not say come last, whatever the order.
            assert set(rows(html, table)[len(expected_order) :]) == {p.url for p in pages} - set(expected_order)
            header = re.search(r'<th scope="col" aria-sort="(\w+)">\s*<a href="([^"]+)"', html.split(f'id="comparison-{table}"')[1])
            assert header.group(1) == ("descending" if descending else "ascending")
            # Its link sorts the other way round.
            assert f"{table}={'' if descending else '-'}{column.key}" in header.group(2)


def test_the_other_table_keeps_its_order_when_one_is_sorted(content, client):
    html = client.get(page_for("compare").url, {"networks": "-founded", "recognitions": "founded"}).content.decode()
    links = re.findall(r'href="\?([^"#]+)#comparison-recognitions"', html)
    assert all("networks=-founded" in link for link in links)


def test_an_unknown_sort_is_a_400_that_says_why(content, client):
    response = client.get(page_for("compare").url, {"networks": "galactic"})
    assert response.status_code == 400
    assert "On ne peut pas trier ce tableau par « galactic »" in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_timeline_lists_every_founding_year_in_order(content, client, language):
    html = client.get(page_for("timeline", language).url).content.decode()
    years = [int(year) for year in re.findall(r'<time datetime="(\d{4})">', html)]
    assert years == [1951, 1955, 1975, 1986, 1994, 2004]
    # What is known, and nothing of what is not: no editors' to-do list for readers.
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split()).casefold()
    for words in ("à préciser", "to be confirmed", "pas encore", "do not give yet"):
        assert words not in text


def test_editors_find_the_years_to_fill_on_their_dashboard(content, admin_client):
    dashboard = admin_client.get("/admin/").content.decode()
    panel = dashboard.split('id="undated-organisations-title"', 1)[1].split("</section>", 1)[0]
    assert "Dates à compléter" in dashboard
    for page in organisations("fr", NetworkPage, ThematicNetworkPage, RecognitionPage):
        undated = not page.angers_since and not any(
            level.get("year_obtained") for level in getattr(page, "obtained_levels", [])
        )
        assert (f"/admin/pages/{page.pk}/edit/" in panel) == undated, page.title
    eurocities = page_for("eurocities")
    eurocities.angers_since = 1991
    eurocities.save_revision().publish()
    panel = admin_client.get("/admin/").content.decode().split('id="undated-organisations-title"', 1)[1]
    assert f"/admin/pages/{eurocities.pk}/edit/" not in panel.split("</section>", 1)[0]


def test_a_year_an_editor_fills_appears_in_the_timeline_and_the_comparison(content, client):
    timeline, compare = page_for("timeline").url, page_for("compare").url
    assert "Angers rejoint le réseau" not in client.get(timeline).content.decode()
    client.get(compare)
    eurocities = page_for("eurocities")
    eurocities.angers_since = 1991
    eurocities.save_revision().publish()
    html = client.get(timeline).content.decode()
    entry = html.split('<time datetime="1991">', 1)[1].split("</li>\n", 1)[0]
    assert eurocities.url in entry and "Angers rejoint le réseau" in entry
    assert "depuis 1991" in client.get(compare, {"networks": "role"}).content.decode()


def test_the_home_page_and_the_menu_lead_to_both(content, client):
    for language in LANGUAGES:
        html = client.get(Page.objects.get(depth=2, locale__language_code=language).url).content.decode()
        for key in ("compare", "timeline"):
            assert html.count(f'href="{page_for(key, language).url}"') >= 2  # menu and home


def test_a_level_name_with_an_apostrophe_is_shown_as_written(content, client):
    prize = page_for("europe-prize")
    prize.levels = [("level", {"name": "Label d'or", "obtained": True, "year_obtained": 2019})]
    prize.save_revision().publish()
    html = client.get(page_for("compare").url, {"recognitions": "-obtained"}).content.decode()
    assert "Label d&#x27;or (2019)" in html and "&amp;#x27;" not in html
    # Known years first; a distinction obtained in an unknown year is "non indiqué", last.
    assert rows(html, "recognitions")[0] == prize.url
