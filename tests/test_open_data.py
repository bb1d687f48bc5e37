"""The open data: the networks and recognitions of each language as CSV and JSON that
validate against their published Table Schema (frictionless), under the Licence Ouverte,
cached and changed on the next request after a publication."""

import csv
import io
import json

import pytest
from frictionless import Schema
from frictionless.resources import TableResource

from networks.models import NetworkPage, ThematicNetworkPage
from recognitions.models import RecognitionPage
from tests.conftest import page_for

PREFIX = {"fr": "/donnees/", "en": "/en/data/"}
MODELS = {"networks": (NetworkPage, ThematicNetworkPage), "recognitions": (RecognitionPage,)}


def live_titles(dataset, language):
    return sorted(
        page.title
        for model in MODELS[dataset]
        for page in model.objects.live().filter(locale__language_code=language)
    )


@pytest.mark.parametrize("dataset", ["networks", "recognitions"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_download_validates_against_its_table_schema_and_holds_every_organisation(
    content, client, tmp_path, dataset, language
):
    schema_response = client.get(f"{PREFIX[language]}{dataset}.schema.json")
    assert schema_response.status_code == 200
    schema = Schema.from_descriptor(json.loads(schema_response.content))
    for extension in ("csv", "json"):
        response = client.get(f"{PREFIX[language]}{dataset}.{extension}")
        assert response.status_code == 200
        assert f"angers-international-{dataset}-{language}.{extension}" in response["Content-Disposition"]
        (tmp_path / f"data.{extension}").write_bytes(response.content)
        resource = TableResource(path=f"data.{extension}", basepath=str(tmp_path), schema=schema)
        report = resource.validate()
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
        rows = resource.read_rows()
        assert sorted(row["name"] for row in rows) == live_titles(dataset, language)
    assert response["Content-Type"] == "application/json"


def test_the_csv_is_utf8_with_a_header_row(content, client):
    text = client.get("/donnees/networks.csv").content.decode("utf-8")
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["id", "translation_key", "name"] and "member_count" in header
    assert "Cités Unies France" in text


def test_downloads_are_cached_and_change_on_the_next_request_after_a_publication(
    content, client, django_capture_on_commit_callbacks
):
    url = "/donnees/networks.csv"
    assert client.get(url)["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"
    eurocities = page_for("eurocities")
    eurocities.member_count = 250
    with django_capture_on_commit_callbacks(execute=True):
        eurocities.save_revision().publish()
    row = next(
        line for line in client.get(url).content.decode().splitlines() if line.split(",")[2] == "Eurocities"
    )
    assert ",250," in row
    # The English file follows the French page's numbers too.
    english = client.get("/en/data/networks.json")
    assert (
        next(item for item in json.loads(english.content) if item["name"] == "Eurocities")["member_count"]
        == 250
    )


def test_an_unknown_download_is_a_404(content, client):
    assert client.get("/donnees/citizens.csv").status_code == 404
    assert client.get("/donnees/networks.xml").status_code == 404


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_open_data_page_offers_the_files_the_licence_and_the_api(content, client, language):
    page = page_for("open-data", language)
    html = client.get(page.url).content.decode()
    for dataset in ("networks", "recognitions"):
        for extension in ("csv", "json", "schema.json"):
            assert f'href="{PREFIX[language]}{dataset}.{extension}"' in html
    assert "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" in html
    assert "/api/v2/pages/?type=networks.NetworkPage&amp;locale=" in html
    # Linked from every page's footer and from the home page.
    home = client.get(page_for("home", language).url).content.decode()
    assert home.count(f'href="{page.url}"') >= 2


@pytest.mark.parametrize(
    "typed", ["=HYPERLINK(\"http://example.com\",\"Cliquez\")", "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3", "\tTab"]
)
def test_text_a_spreadsheet_would_run_as_a_formula_is_neutralised_in_the_csv_only(
    content, client, django_capture_on_commit_callbacks, typed
):
    eurocities = page_for("eurocities")
    eurocities.headquarters = typed
    with django_capture_on_commit_callbacks(execute=True):
        eurocities.save_revision().publish()
    rows = list(csv.DictReader(io.StringIO(client.get("/donnees/networks.csv").content.decode())))
    cell = next(row for row in rows if row["name"] == "Eurocities")["headquarters"]
    assert cell == "'" + typed
    # Numbers stay numbers, and the JSON keeps what the editor wrote.
    assert next(row for row in rows if row["name"] == "Eurocities")["member_count"].isdigit()
    item = next(item for item in json.loads(client.get("/donnees/networks.json").content) if item["name"] == "Eurocities")
    assert item["headquarters"] == typed
