"""The comparison tables: one row per live network or recognition in the reader's
language, one column per structured field, sorted by the column the reader chose in the
URL (``?networks=-members``: a link per column, no JavaScript, like the index filters).
A value the page does not give is "non indiqué" and sorts last, whatever the order.
"""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.html import format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from angers_intl import facts
from angers_intl.choices import Scope

SCOPE_ORDER = {value: index for index, value in enumerate(Scope.values)}


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    sort_value: object  # page → a comparable value, or None when the page does not say
    shown: object  # page → the text readers see ("" when the page does not say)
    numeric: bool = False


def members(page):
    if page.member_count is None:
        return page.member_description
    count = facts.at_least(page.member_count) if page.member_count_is_minimum else facts.grouped(page.member_count)
    return f"{count} {page.member_description}" if page.member_description else count


def population(page):
    if page.population_count is None:
        return page.population_represented
    return facts.population_in_words(page.population_count, minimum=page.population_is_minimum)


def angers_role(page):
    role = capfirst(page.angers_role) if page.angers_role else ""
    if page.angers_since:
        since = _("depuis %(year)s") % {"year": page.angers_since}
        return f"{role} {since}" if role else capfirst(since)
    return role


def obtained(page):
    return format_html_join(
        ", ", "{}", ((facts.with_year(level["name"], level["year_obtained"]),) for level in page.obtained_levels)
    )


def text_key(text):
    return text.casefold() if text else None


NETWORK_COLUMNS = (
    Column("name", _("Réseau"), lambda p: p.title.casefold(), lambda p: p.title),
    Column("members", _("Membres"), lambda p: p.member_count, members, numeric=True),
    Column(
        "countries",
        _("Pays"),
        lambda p: p.country_count,
        lambda p: str(p.country_count) if p.country_count else capfirst(p.countries),
        numeric=True,
    ),
    Column(
        "population",
        _("Population représentée"),
        lambda p: p.population_count,
        population,
        numeric=True,
    ),
    Column(
        "founded",
        _("Création"),
        lambda p: p.founding_year,
        lambda p: str(p.founding_year or ""),
        numeric=True,
    ),
    Column(
        "scope",
        _("Échelle"),
        lambda p: SCOPE_ORDER.get(p.scope),
        lambda p: capfirst(p.get_scope_display()) if p.scope else "",
    ),
    Column(
        "role",
        _("Rôle d’Angers"),
        lambda p: text_key(angers_role(p)),
        angers_role,
    ),
)

RECOGNITION_COLUMNS = (
    Column("name", _("Distinction"), lambda p: p.title.casefold(), lambda p: p.title),
    Column(
        "awarded-by",
        _("Décernée par"),
        lambda p: text_key(p.awarding_body),
        lambda p: p.awarding_body,
    ),
    Column(
        "founded",
        _("Création"),
        lambda p: p.year_created,
        lambda p: str(p.year_created or ""),
        numeric=True,
    ),
    Column(
        "obtained",
        _("Obtenu par Angers"),
        lambda p: min((level["year_obtained"] for level in p.obtained_levels if level["year_obtained"]), default=None),
        obtained,
        numeric=True,
    ),
)


class UnknownSort(ValueError):
    """A sort the tables do not offer, named in the message readers see."""


@dataclass
class Table:
    """A comparison table as the template draws it."""

    parameter: str  # its sort parameter in the URL
    caption: str
    columns: tuple
    pages: list
    query: QueryDict
    sorted_by: Column = None
    descending: bool = False
    rows: list = field(default_factory=list)

    def __post_init__(self):
        wanted = self.query.get(self.parameter, "")
        key = wanted.removeprefix("-")
        by_key = {column.key: column for column in self.columns}
        if wanted and key not in by_key:
            raise UnknownSort(
                _("On ne peut pas trier ce tableau par « %(sort)s ». Choisissez une colonne du tableau.")
                % {"sort": wanted[:50]}
            )
        self.sorted_by = by_key.get(key, self.columns[0])
        self.descending = wanted.startswith("-")
        given = [page for page in self.pages if self.sorted_by.sort_value(page) is not None]
        missing = [page for page in self.pages if self.sorted_by.sort_value(page) is None]
        # The pages come sorted by title, and the sort is stable (in either direction):
        # equal values keep the order of titles.
        given.sort(key=self.sorted_by.sort_value, reverse=self.descending)
        self.rows = [(page, [column.shown(page) or "" for column in self.columns]) for page in given + missing]

    def headers(self):
        """Per column: its label, the link that sorts by it (the other way round when it
        sorts already), and its aria-sort."""
        for column in self.columns:
            current = column is self.sorted_by
            descending = not self.descending if current else column.numeric
            query = self.query.copy()
            query[self.parameter] = f"{'-' if descending else ''}{column.key}"
            yield {
                "label": column.label,
                "url": f"?{query.urlencode()}",
                "sort": ("descending" if self.descending else "ascending") if current else None,
                "next_order": _("décroissant") if descending else _("croissant"),
            }
