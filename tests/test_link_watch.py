"""Partner links watched (link_watch/): every external link the live pages show is asked,
politely, whether it still answers; the report lists what broke or moved, and each new
break is e-mailed once to the page's owner.

The sites asked are real HTTP servers on 127.0.0.1, started here in threads: one answering
200, 301, 302, 404, 500 and 405 to HEAD, one that accepts and never answers, a port that
refuses. The Angers content's partner websites are real addresses and are never asked:
each check is limited to the local hosts (``check_links --host``), and a guard on name
resolution fails the test if anything else is looked up.
"""

import csv
import io
import socket
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from angers_intl.editorial import roles
from link_watch.collect import external_links
from link_watch.models import Link, LinkOnPage, State
from reviews.models import PageReview
from tests.conftest import assert_denied, client_for, make_user, page_for
from tests.test_admin_in_french import english_on_screens

LOCAL_NAMES = {"127.0.0.1", "localhost"}
# RFC 2606 reserves .invalid: no resolver ever finds it, and asking costs no site a request.
UNKNOWN_DOMAIN = "http://partenaire-disparu.invalid/"


@pytest.fixture(autouse=True)
def nothing_but_local_sites(monkeypatch):
    """Every name the check resolves must be a local one (or under .invalid): anything else
    would be a request to the real internet. Such a name is refused and named here."""
    real = socket.getaddrinfo
    asked_abroad = []

    def getaddrinfo(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in LOCAL_NAMES and not name.endswith(".invalid"):
            asked_abroad.append(name)
            raise socket.gaierror(socket.EAI_NONAME, "hors du réseau local")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield
    assert asked_abroad == []


@pytest.fixture
def quick(settings):
    """Short waits: the spacing of requests to one host has a test of its own."""
    settings.LINK_CHECK_HOST_INTERVAL = 0.02
    settings.LINK_CHECK_TIMEOUT = 0.5


class Partner:
    """A partner site on 127.0.0.1 that remembers each request it was sent."""

    def __init__(self):
        self.seen = []  # (time.monotonic(), method, path, User-Agent)
        self.flaky = 200
        partner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_HEAD(self):
                self.answer(body=False)

            def do_GET(self):
                self.answer(body=True)

            def answer(self, body):
                partner.seen.append((time.monotonic(), self.command, self.path, self.headers.get("User-Agent")))
                path = self.path.split("?")[0]
                location = {"/old": "/new", "/temporary": "/ok"}.get(path)
                if location:
                    status = 301 if path == "/old" else 302
                elif path == "/head-refused":
                    status = 405 if self.command == "HEAD" else 200
                elif path == "/missing":
                    status = 404
                elif path == "/error":
                    status = 500
                elif path == "/flaky":
                    status = partner.flaky
                else:
                    status = 200
                content = b"<!doctype html><title>Partenaire</title>"
                self.send_response(status)
                if location:
                    self.send_header("Location", location)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                if body:
                    self.wfile.write(content)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path):
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class Hanging:
    """Accepts connections and never answers."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.held = []
        self.thread = threading.Thread(target=self.hold, daemon=True)
        self.thread.start()

    def hold(self):
        try:
            while True:
                connection, _address = self.socket.accept()
                self.held.append(connection)
        except OSError:
            pass

    def url(self, path="/"):
        return f"http://127.0.0.1:{self.socket.getsockname()[1]}{path}"

    def stop(self):
        self.socket.close()
        for connection in self.held:
            connection.close()


@pytest.fixture
def partner():
    site = Partner()
    yield site
    site.stop()


@pytest.fixture
def hanging():
    site = Hanging()
    yield site
    site.stop()


@pytest.fixture
def refused():
    """An address whose port refuses connections: bound, never listening."""
    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    yield f"http://127.0.0.1:{held.getsockname()[1]}/"
    held.close()


def show(page, website="", in_text=(), link_blocks=()):
    """Publish ``page`` showing these addresses: its official website, links in a
    paragraph of its body, and "Lien" blocks."""
    paragraph = "".join(f'<p><a href="{address}">lien {n}</a></p>' for n, address in enumerate(in_text))
    body = [{"type": "paragraph", "value": paragraph}] if in_text else []
    body += [{"type": "link", "value": {"page": None, "url": url, "text": "Partenaire"}} for url in link_blocks]
    page.website = website
    page.body = body
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def check(*extra_hosts):
    out = io.StringIO()
    call_command("check_links", "--host", "127.0.0.1", *[arg for host in extra_hosts for arg in ("--host", host)], stdout=out)
    return out.getvalue()


def link(url):
    return Link.objects.get(url=url)


@pytest.fixture
def second_page(content):
    from networks.models import NetworkPage

    page = NetworkPage(title="Deuxième réseau", slug="deuxieme-reseau", summary="Un autre réseau.")
    page_for("city-networks").add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def owner(trial_page):
    person = make_user("responsable", roles.EDITORS)
    person.email = "responsable@ville.angers.example"
    person.save()
    # The page got its review record when it was first published: it now has an owner.
    PageReview.objects.update_or_create(translation_key=trial_page.translation_key, defaults={"owner": person})
    return person


# Which links ------------------------------------------------------------------------


def test_every_external_link_of_the_live_pages_in_both_languages(content, trial_page):
    """Official websites, links in rich text (StreamField paragraphs and rich text
    fields) and "Lien" blocks are found by walking the page types' fields; links to the
    portal's own site, to its pages, e-mail links and drafts are not."""
    show(trial_page, website="https://reseau-d-essai.example/", link_blocks=["https://bloc.example/page"])
    home = page_for("home")
    home.intro += '<p><a href="https://intro.example/#section">intro</a> <a href="mailto:x@angers.fr">m</a></p>'
    home.save_revision().publish()
    draft = page_for("eurocities")
    draft.website = "https://brouillon.example/"
    draft.save_revision()

    found = external_links()

    def places(url):
        return {(Page.objects.get(pk=page_id).locale.language_code, label) for page_id, label in found[url]}

    assert places("https://www.afccre.org/") == {("fr", "site officiel"), ("en", "site officiel")}
    assert {language for language, _label in places("https://www.cnil.fr/")} == {"fr", "en"}
    assert all(label.startswith("contenu") for _language, label in places("https://www.cnil.fr/"))
    assert places("https://reseau-d-essai.example/") == {("fr", "site officiel")}
    assert places("https://bloc.example/page") == {("fr", "présentation › Lien")}
    assert places("https://intro.example/") == {("fr", "introduction")}  # the fragment dropped
    assert "https://brouillon.example/" not in found
    assert not [url for url in found if url.startswith(("mailto:", "http://127.0.0.1:8000", "/"))]


# What each site answered -----------------------------------------------------------------


def test_each_answer_is_classified(quick, trial_page, partner, hanging, refused):
    show(
        trial_page,
        website=partner.url("/ok"),
        in_text=[
            partner.url("/old"),
            partner.url("/temporary"),
            partner.url("/head-refused"),
            partner.url("/missing"),
            partner.url("/error"),
            hanging.url(),
            refused,
            partner.url("/ok").replace("http:", "https:"),
            UNKNOWN_DOMAIN,
        ],
    )
    started = timezone.now()

    summary = check("partenaire-disparu.invalid")

    def state(url):
        found = link(url)
        return found.state, found.status_code, found.answer, found.new_url

    assert state(partner.url("/ok")) == (State.ANSWERS, 200, "200 (OK)", "")
    assert state(partner.url("/old")) == (State.MOVED, 301, "301 (déplacée définitivement)", partner.url("/new"))
    assert state(partner.url("/temporary")) == (State.ANSWERS, 200, "200 (OK)", "")
    assert state(partner.url("/head-refused")) == (State.ANSWERS, 200, "200 (OK)", "")
    assert state(partner.url("/missing")) == (State.BROKEN, 404, "404 (page introuvable)", "")
    assert state(partner.url("/error")) == (State.BROKEN, 500, "500 (erreur interne du serveur)", "")
    assert state(hanging.url()) == (State.UNREACHABLE, None, "pas de réponse en 0.5 s", "")
    assert state(refused) == (State.UNREACHABLE, None, "connexion refusée", "")
    assert state(partner.url("/ok").replace("http:", "https:"))[:3] == (
        State.UNREACHABLE,
        None,
        "certificat ou chiffrement refusé (TLS)",
    )
    assert state(UNKNOWN_DOMAIN)[:3] == (State.UNREACHABLE, None, "nom de domaine introuvable")
    for found in Link.objects.filter(host__in=["127.0.0.1", "partenaire-disparu.invalid"]):
        assert found.last_checked_at >= started and found.since >= started

    # HEAD first; GET only where HEAD got an error answer; the body of a GET is not read.
    requests = [(method, path) for _at, method, path, _agent in partner.seen]
    assert requests.count(("HEAD", "/ok")) == 2  # the link, and the temporary redirect's target
    assert ("GET", "/ok") not in requests
    assert [r for r in requests if r[1] == "/head-refused"] == [("HEAD", "/head-refused"), ("GET", "/head-refused")]
    assert [r for r in requests if r[1] == "/missing"] == [("HEAD", "/missing"), ("GET", "/missing")]
    assert ("HEAD", "/new") in requests
    assert {agent for *_rest, agent in partner.seen} == {"AngersInternational-LinkCheck/1.0 (+http://127.0.0.1:8000/)"}

    assert "Liens vérifiés : 10 sur" in summary
    assert "(répondent : 3, déplacés : 1, cassés : 2, injoignables : 4)" in summary


def test_hosts_take_turns_and_one_host_is_asked_once_a_second(trial_page, partner, settings):
    """Two links on one server: the second request reaches it a second after the first
    (LINK_CHECK_HOST_INTERVAL, 1 by default)."""
    assert settings.LINK_CHECK_HOST_INTERVAL == 1.0
    show(trial_page, website=partner.url("/ok"), in_text=[partner.url("/ok?autre=1")])
    check()
    times = [at for at, *_rest in partner.seen]
    assert len(times) == 2
    assert times[1] - times[0] >= 1.0


def test_a_link_no_page_shows_any_longer_is_forgotten(quick, trial_page, second_page, partner):
    show(trial_page, website=partner.url("/missing"))
    show(second_page, in_text=[partner.url("/missing")])
    check()
    assert {place.page_id for place in LinkOnPage.objects.filter(link__url=partner.url("/missing"))} == {
        trial_page.pk,
        second_page.pk,
    }
    show(trial_page, website="")
    second_page.unpublish()
    check()
    assert not Link.objects.filter(url=partner.url("/missing")).exists()


def test_a_run_where_no_site_answers_records_nothing(quick, trial_page, refused):
    """Nothing answering at all, on three hosts, is the portal's network out, not three
    partners gone: no link is marked unreachable."""
    show(trial_page, in_text=[refused, refused.replace("127.0.0.1", "localhost"), UNKNOWN_DOMAIN])
    summary = check("localhost", "partenaire-disparu.invalid")
    assert "le réseau du portail semble coupé" in summary
    assert set(Link.objects.filter(host__in=["127.0.0.1", "localhost"]).values_list("state", flat=True)) == {
        State.UNCHECKED
    }


# Who is told, and when --------------------------------------------------------------------


def test_the_owner_is_emailed_once_per_new_break(quick, trial_page, owner, partner, mailoutbox):
    flaky = partner.url("/flaky")
    show(trial_page, link_blocks=[flaky])
    partner.flaky = 404

    assert "Nouvelles pannes signalées : 1 (1 courriel)" in check()
    [message] = mailoutbox
    assert message.to == ["responsable@ville.angers.example"]
    assert message.subject == "Lien à corriger sur « Réseau d'essai »"
    assert message.body.startswith("Bonjour")
    assert flaky in message.body and "404 (page introuvable)" in message.body
    assert "Page « Réseau d'essai » (français), champ présentation › Lien" in message.body
    assert f"http://127.0.0.1:8000/admin/pages/{trial_page.pk}/edit/" in message.body
    assert "http://127.0.0.1:8000/admin/reports/liens-a-verifier/" in message.body
    first_broken = link(flaky).since

    partner.flaky = 500  # still broken: the same break
    assert "Aucune nouvelle panne." in check()
    assert len(mailoutbox) == 1
    assert link(flaky).since == first_broken

    partner.flaky = 200
    check()
    assert link(flaky).state == State.ANSWERS and len(mailoutbox) == 1

    partner.flaky = 404  # broken again: a new break
    check()
    assert len(mailoutbox) == 2 and link(flaky).since > first_broken


def test_without_an_owner_the_moderators_are_told(quick, people, trial_page, partner, mailoutbox):
    moderator = people["moderator"]
    moderator.email = "moderateur@ville.angers.example"
    moderator.save()
    gone = make_user("ancien-moderateur", roles.MODERATORS)
    gone.email, gone.is_active = "parti@ville.angers.example", False
    gone.save()
    show(trial_page, website=partner.url("/missing"), in_text=[partner.url("/error")])
    check()
    [message] = mailoutbox
    assert message.to == ["moderateur@ville.angers.example"]
    assert message.subject == "2 liens à corriger sur vos pages"
    assert "404 (page introuvable)" in message.body and "500 (erreur interne du serveur)" in message.body


def test_a_link_unreachable_for_a_week_is_told_once(quick, trial_page, owner, refused, partner, mailoutbox, settings):
    show(trial_page, website=partner.url("/ok"), in_text=[refused])
    check()
    assert mailoutbox == []  # unreachable today: maybe down for the night
    Link.objects.filter(url=refused).update(
        since=timezone.now() - timedelta(days=settings.LINK_CHECK_UNREACHABLE_DAYS, hours=1)
    )
    check()
    [message] = mailoutbox
    assert refused in message.body and "Injoignable depuis le" in message.body and "connexion refusée" in message.body
    check()
    assert len(mailoutbox) == 1


# The report -------------------------------------------------------------------------


@pytest.fixture
def found_links(quick, trial_page, second_page, partner):
    show(trial_page, website=partner.url("/missing"), in_text=[partner.url("/old"), partner.url("/ok")])
    show(second_page, link_blocks=[partner.url("/missing")])
    check()


def test_the_report_lists_broken_and_moved_links_by_page(people, found_links, trial_page, second_page, partner):
    editor = client_for(people["editor"])
    response = editor.get(reverse("link_watch_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Liens à vérifier" in html
    assert html.count("data-link-report-page") == 2
    assert html.index("Réseau d&#x27;essai") < html.index(partner.url("/missing")) < html.index(partner.url("/old"))
    assert html.index(partner.url("/old")) < html.index("Deuxième réseau")
    assert partner.url("/new") in html and "déplacé" in html and "cassé" in html
    assert partner.url("/ok") not in html.replace(partner.url("/ok") + "?", "")
    assert "404 (page introuvable)" in html
    assert reverse("wagtailadmin_pages:edit", args=[trial_page.pk]) in html

    moved = editor.get(reverse("link_watch_report"), {"state": State.MOVED}).content.decode()
    assert partner.url("/old") in moved and partner.url("/missing") not in moved

    export = editor.get(reverse("link_watch_report"), {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert {(row["Page"], row["Adresse"], row["État"]) for row in rows} == {
        ("Réseau d'essai", partner.url("/missing"), "cassé"),
        ("Réseau d'essai", partner.url("/old"), "déplacé"),
        ("Deuxième réseau", partner.url("/missing"), "cassé"),
    }

    assert english_on_screens(editor, [reverse("link_watch_report")]) == {}


def test_the_report_is_for_editors_and_moderators(client, people, found_links):
    url = reverse("link_watch_report")
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert_denied(client_for(people["translator"]).get(url))
    assert client_for(people["moderator"]).get(url).status_code == 200
    assert url in client_for(people["editor"]).get(reverse("wagtailadmin_home")).content.decode()
    assert url not in client_for(people["translator"]).get(reverse("wagtailadmin_home")).content.decode()


def test_the_right_to_read_the_report_is_on_the_group_screen(admin_client, content):
    """Editors and moderators hold it from the start; an administrator may give it to
    another group from the group's screen."""
    from django.contrib.auth.models import Group

    holders = Group.objects.filter(permissions__codename="see_link_report").values_list("name", flat=True)
    assert set(holders) == {roles.EDITORS, roles.MODERATORS}
    translators = Group.objects.get(name=roles.TRANSLATORS)
    html = admin_client.get(reverse("wagtailusers_groups:edit", args=[translators.pk])).content.decode()
    assert "Peut voir le rapport « Liens à vérifier »" in html
