"""The open data downloads: the networks and the recognitions of one language, one row per
organisation and one column per structured field, as CSV (UTF-8) and JSON, with the Table
Schema (frictionless) that describes each column. Built from the live pages on each
request the page cache lets through, and purged with them (caching/plan.py).

Published under the Licence Ouverte / Open Licence 2.0 (Etalab), as the loi pour une
République numérique asks of a city of Angers' size.
"""

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from networks.models import NetworkPage, ThematicNetworkPage
from recognitions.models import RecognitionPage

LICENCE = {
    "name": "etalab-2.0",
    "title": "Licence Ouverte / Open Licence version 2.0",
    "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}
FORMATS = ("csv", "json")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a Table Schema type: string, integer, boolean, year, datetime
    title: str
    description: str
    value: object  # page → its value, None when the page does not give it
    format: str = "default"


def text(attribute):
    return lambda page: getattr(page, attribute) or None


def number(attribute):
    return lambda page: getattr(page, attribute)


def page_url(page):
    return page.get_full_url()


def published(page):
    if page.last_published_at is None:
        return None
    return page.last_published_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def network_kind(page):
    return "thematic" if page._meta.model_name == "thematicnetworkpage" else "city"


def obtained_levels(page):
    return "; ".join(level["name"] for level in page.obtained_levels) or None


COMMON_START = (
    Column("id", "integer", _("identifiant"), _("Le numéro de la page dans le portail (propre à chaque langue)."), number("pk")),
    Column(
        "translation_key",
        "string",
        _("clé de traduction"),
        _("La même pour une organisation dans toutes les langues du portail."),
        lambda page: str(page.translation_key),
        format="uuid",
    ),
    Column("name", "string", _("nom"), _("Le nom de l'organisation, dans la langue du fichier."), text("title")),
    Column(
        "own_language_name",
        "string",
        _("nom dans sa langue"),
        _("Le nom officiel, dans la langue de l'organisation."),
        text("own_language_name"),
    ),
    Column("own_language", "string", _("langue du nom"), _("Code de langue du nom officiel (fr, en…)."), text("own_language")),
)
COMMON_END = (
    Column(
        "scope",
        "string",
        _("portée"),
        _("regional, national, european ou worldwide."),
        text("scope"),
    ),
    Column("angers_since", "year", _("Angers depuis"), _("L'année depuis laquelle Angers y participe."), number("angers_since")),
    Column("website", "string", _("site officiel"), _("L'adresse du site de l'organisation."), text("website"), format="uri"),
    Column("page_url", "string", _("page du portail"), _("L'adresse de la page sur le portail."), page_url, format="uri"),
    Column(
        "last_published_at",
        "datetime",
        _("dernière publication"),
        _("Quand la page a été publiée pour la dernière fois."),
        published,
    ),
)

NETWORK_COLUMNS = (
    *COMMON_START,
    Column("kind", "string", _("type de réseau"), _("city (réseau de villes) ou thematic (réseau thématique)."), network_kind),
    Column("acronym", "string", _("sigle"), "", text("acronym")),
    Column("founding_year", "year", _("année de création"), "", number("founding_year")),
    Column("founded_by", "string", _("à l'initiative de"), "", text("founded_by")),
    Column("member_count", "integer", _("nombre de membres"), "", number("member_count")),
    Column(
        "member_count_is_minimum",
        "boolean",
        _("au moins"),
        _("Vrai quand le nombre de membres est un minimum (« plus de 1 500 »)."),
        number("member_count_is_minimum"),
    ),
    Column("member_description", "string", _("membres"), _("Qui sont les membres."), text("member_description")),
    Column("country_count", "integer", _("nombre de pays"), "", number("country_count")),
    Column("countries", "string", _("pays"), _("Les pays ou continents, en toutes lettres."), text("countries")),
    Column("population_count", "integer", _("population représentée"), _("En habitants."), number("population_count")),
    Column(
        "population_is_minimum",
        "boolean",
        _("population minimale"),
        _("Vrai quand la population est un minimum."),
        number("population_is_minimum"),
    ),
    Column("headquarters", "string", _("siège"), "", text("headquarters")),
    Column("angers_role", "string", _("rôle d'Angers"), "", text("angers_role")),
    *COMMON_END,
)

RECOGNITION_COLUMNS = (
    *COMMON_START,
    Column("awarding_body", "string", _("décernée par"), "", text("awarding_body")),
    Column("year_created", "year", _("année de création"), "", number("year_created")),
    Column(
        "levels_obtained",
        "string",
        _("niveaux obtenus"),
        _("Les niveaux obtenus par Angers, séparés par « ; »."),
        obtained_levels,
    ),
    *COMMON_END,
)


def datasets():
    """{dataset name: (its columns, the page types it holds)}."""
    return {
        "networks": (NETWORK_COLUMNS, (NetworkPage, ThematicNetworkPage)),
        "recognitions": (RECOGNITION_COLUMNS, (RecognitionPage,)),
    }


def published_pages(models, language):
    return [model.objects.live().public().filter(locale__language_code=language) for model in models]


def count(dataset, language):
    """How many rows ``dataset`` has in ``language``."""
    return sum(pages.count() for pages in published_pages(datasets()[dataset][1], language))


def organisations(dataset, language):
    """The live public pages of ``dataset`` in ``language``, by title (one query per page
    type): the rows of the files, and what the comparison and the timeline show."""
    pages = [page for queryset in published_pages(datasets()[dataset][1], language) for page in queryset]
    return sorted(pages, key=lambda page: page.title.casefold())


def rows(dataset, language):
    columns, _models = datasets()[dataset]
    return [{column.name: column.value(page) for column in columns} for page in organisations(dataset, language)]


def table_schema(dataset):
    columns, _models = datasets()[dataset]
    fields = []
    for column in columns:
        field = {"name": column.name, "type": column.type, "title": str(column.title)}
        if column.description:
            field["description"] = str(column.description)
        if column.format != "default":
            field["format"] = column.format
        fields.append(field)
    return {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}


def as_csv(dataset, language):
    columns, _models = datasets()[dataset]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.name for column in columns])
    for row in rows(dataset, language):
        writer.writerow([csv_value(row[column.name]) for column in columns])
    return buffer.getvalue()


# A spreadsheet reads a cell starting with one of these as a formula (=HYPERLINK(…),
# +cmd|…, @SUM(…)), so text an editor typed could run in a reader's spreadsheet. Such text
# is given a leading apostrophe, which spreadsheets show as text (OWASP, "CSV Injection").
# Only the CSV: the JSON is read by programs, and keeps the text as it was written.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def as_json(dataset, language):
    return json.dumps(rows(dataset, language), ensure_ascii=False, indent=1)


def json_schema(dataset):
    return json.dumps(table_schema(dataset), ensure_ascii=False, indent=1)


def download_urls(language=None, extensions=FORMATS):
    """The addresses of the data files, in ``language`` (the active one by default)."""
    with override(language):
        return [
            reverse("open_data_download", kwargs={"dataset": dataset, "extension": extension})
            for dataset in datasets()
            for extension in extensions
        ]
