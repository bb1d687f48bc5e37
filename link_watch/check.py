"""One run of the link check (``manage.py once check_links``): find the external addresses
the live pages show (collect.py), ask each site (polite.py), record what it answered, and
tell the pages' owners of each new break (notify.py).

States kept from one run to the next (link_watch.models.Link):

- ``since`` is when the link entered its state, kept while it stays in it: "cassé depuis"
  is the day it was first found broken;
- a break is told once: ``notified_at`` is set when its e-mails went out and emptied when
  the link answers again (or has only moved), so that breaking again is a new break; a
  broken link that is unreachable for a while, then broken again, is the same break;
- a link unreachable (no answer, refused, unknown domain, TLS error) is listed in the
  report at once, and e-mailed like a break once it has stayed so
  LINK_CHECK_UNREACHABLE_DAYS days: a site down for a night is not news, a domain that
  expired is;
- a run in which no site answered anything while three hosts or more were asked says that
  the portal's own network is out, and records nothing: links are not to be marked
  unreachable, nor owners e-mailed, for a failure of the portal's.
"""

import logging
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from . import notify
from .collect import external_links, host_of
from .models import Link, LinkOnPage, State
from .polite import PoliteClient

logger = logging.getLogger(__name__)

# Fewer hosts than this all silent may just be these sites being down.
HOSTS_FOR_A_BLIND_RUN = 3


@dataclass
class Summary:
    shown: int = 0
    checked: int = 0
    states: Counter = field(default_factory=Counter)
    failures: int = 0
    blind: bool = False
    told: notify.Told = field(default_factory=notify.Told)

    def in_words(self):
        if self.blind:
            return (
                f"Aucun des {self.checked} liens vérifiés n'a obtenu de réponse : le réseau du portail "
                "semble coupé. Rien n'est enregistré ; la prochaine vérification reprendra."
            )
        counts = [
            (State.ANSWERS, "répondent"),
            (State.MOVED, "déplacés"),
            (State.BROKEN, "cassés"),
            (State.UNREACHABLE, "injoignables"),
        ]
        detail = ", ".join(f"{words} : {self.states[state]}" for state, words in counts)
        lines = [f"Liens vérifiés : {self.checked} sur {self.shown} ({detail})."]
        if self.failures:
            lines.append(
                f"Vérifications interrompues par une erreur du portail : {self.failures} (voir le journal)."
            )
        lines.append(self.told.in_words())
        return "\n".join(lines)


def record_places(found):
    """Make the recorded links and their pages what ``found`` says (collect.external_links);
    a link no live page shows any longer is forgotten."""
    with transaction.atomic():
        links = {link.url: link for link in Link.objects.select_for_update()}
        new = [Link(url=url, host=host_of(url)) for url in found if url not in links]
        for link in Link.objects.bulk_create(new):
            links[link.url] = link
        wanted = {(links[url].pk, page_id, label) for url, places in found.items() for page_id, label in places}
        existing = {(p.link_id, p.page_id, p.field): p.pk for p in LinkOnPage.objects.all()}
        LinkOnPage.objects.filter(pk__in=[pk for key, pk in existing.items() if key not in wanted]).delete()
        LinkOnPage.objects.bulk_create(
            LinkOnPage(link_id=link_id, page_id=page_id, field=label)
            for link_id, page_id, label in sorted(wanted - existing.keys())
        )
        Link.objects.filter(places__isnull=True).delete()


def in_turns(links):
    """``links`` with the hosts taking turns, so that one host's links are spaced by the
    others' rather than by waiting."""
    queues = defaultdict(deque)
    for link in links:
        queues[link.host].append(link)
    while queues:
        for host in list(queues):
            yield queues[host].popleft()
            if not queues[host]:
                del queues[host]


def record(link, outcome, now):
    changes = {
        "state": outcome.state,
        "status_code": outcome.status_code,
        "answer": outcome.answer[:300],
        "new_url": outcome.new_url[:2000],
        "last_checked_at": now,
    }
    if outcome.state != link.state or link.since is None:
        changes["since"] = now
    if outcome.state in (State.ANSWERS, State.MOVED):
        # The break, if there was one, is over: a later one will be told again.
        changes["notified_at"] = None
    Link.objects.filter(pk=link.pk).update(**changes)


def check_links(only_hosts=None, client=None):
    """Run the whole check; returns a ``Summary``. A bad link never raises: it is what is
    being looked for."""
    record_places(external_links())
    summary = Summary(shown=Link.objects.count())
    links = Link.objects.order_by("host", "url")
    if only_hosts:
        links = links.filter(host__in=[host.lower() for host in only_hosts])
    client = client or PoliteClient()
    outcomes = []
    try:
        for link in in_turns(list(links)):
            try:
                outcomes.append((link, client.check(link.url), timezone.now()))
            except Exception:  # noqa: BLE001 - one link's surprise must not stop the others
                logger.exception("Vérification du lien %s interrompue", link.url)
                summary.failures += 1
    finally:
        client.close()
    summary.checked = len(outcomes)
    hosts = {link.host for link, _outcome, _at in outcomes}
    if len(hosts) >= HOSTS_FOR_A_BLIND_RUN and not any(outcome.heard_back for _link, outcome, _at in outcomes):
        summary.blind = True
        return summary
    for link, outcome, at in outcomes:
        record(link, outcome, at)
        summary.states[outcome.state] += 1
    summary.told = notify.tell_new_breaks(timezone.now())
    return summary
