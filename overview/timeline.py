"""The timeline ("Repères"): the creation of each network and distinction, the year
Angers joined each network and the distinctions it obtained, in order of year, from the
pages' structured fields (an editor who fills "Angers y participe depuis" adds a line).
Each line names its page first, so that no wording depends on the name's gender.
"""

from dataclasses import dataclass
from itertools import groupby

from django.utils.html import format_html
from django.utils.translation import gettext as _

from angers_intl import facts

# Within a year: what is created first, then what Angers joins or obtains.
FOUNDED, JOINED, OBTAINED = 0, 1, 2


@dataclass(frozen=True)
class Milestone:
    year: int
    kind: int
    name: str
    text: str  # HTML: the page linked, then what happened

    @property
    def sort_key(self):
        return (self.year, self.kind, self.name.casefold())


def milestone(year, kind, page, what):
    return Milestone(year, kind, page.title, format_html(_("{name} : {what}"), name=facts.page_link(page), what=what))


def milestones(networks, recognitions):
    found = []
    for page in networks:
        if page.founding_year:
            found.append(milestone(page.founding_year, FOUNDED, page, _("création du réseau")))
        if page.angers_since:
            found.append(milestone(page.angers_since, JOINED, page, _("Angers rejoint le réseau")))
    for page in recognitions:
        if page.year_created:
            found.append(milestone(page.year_created, FOUNDED, page, _("création de la distinction")))
        dated = [level for level in page.obtained_levels if level.get("year_obtained")]
        for level in dated:
            what = _("Angers obtient « %(level)s »") % {"level": level["name"]}
            found.append(milestone(level["year_obtained"], OBTAINED, page, what))
        if page.angers_since and not dated:
            found.append(milestone(page.angers_since, OBTAINED, page, _("Angers est distinguée")))
    return sorted(found, key=lambda each: each.sort_key)


def by_year(networks, recognitions):
    """[(year, [milestones])], oldest first."""
    return [(year, list(group)) for year, group in groupby(milestones(networks, recognitions), lambda m: m.year)]


def undated(networks, recognitions):
    """What the timeline cannot place yet: the networks Angers belongs to without the year
    it joined, and the distinctions it holds without the year it obtained them. A list for
    editors (the dashboard's "Dates à compléter"), never a paragraph for readers: the
    timeline shows what is known."""
    return {
        "networks": [page for page in networks if not page.angers_since],
        "recognitions": [
            page
            for page in recognitions
            if not page.angers_since and not any(level.get("year_obtained") for level in page.obtained_levels)
        ],
    }
