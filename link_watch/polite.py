"""Asking a partner site whether a link still answers, politely (requests, no download):

- HEAD first; GET (headers only, the body is never read) when HEAD gets an error answer:
  405 and 501 say the server does not take HEAD, and some servers answer HEAD with a 403
  or a 404 their GET does not give, so a link is only called broken on a GET's answer;
- redirects followed one at a time (5 at most), so that each is spaced like any request;
- a timeout (LINK_CHECK_TIMEOUT, seconds) on connecting and on each wait for data;
- a User-Agent naming the portal and its address (LINK_CHECK_USER_AGENT);
- at most one request per host name per LINK_CHECK_HOST_INTERVAL seconds (1 by default),
  counted from the end of the previous one.

What comes back is an ``Outcome``: the state of the link (link_watch.models.State), the
HTTP status and what the site answered, in words, and where a permanent redirect leads.
"""

import socket
import time
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings
from urllib3.exceptions import NameResolutionError

from .models import State

MAX_REDIRECTS = 5
PERMANENT = (301, 308)
# Answers after which HEAD is tried again as GET.
RETRY_WITH_GET_FROM = 400
# "Too many requests" says nothing of the link: the site asks to come back later.
NOT_NOW = (429,)


@dataclass
class Outcome:
    state: str
    status_code: int | None = None
    answer: str = ""
    new_url: str = ""

    @property
    def heard_back(self):
        """Whether the site answered at all (any HTTP status): the portal's own network
        works."""
        return self.status_code is not None


# What the common answers mean, for the report and the e-mails (the admin is French);
# other codes keep the words the server sent.
MEANINGS = {
    200: "OK",
    301: "déplacée définitivement",
    302: "déplacée temporairement",
    400: "requête refusée",
    401: "connexion demandée",
    403: "accès interdit",
    404: "page introuvable",
    405: "méthode refusée",
    410: "page supprimée",
    429: "trop de requêtes",
    500: "erreur interne du serveur",
    501: "méthode non prise en charge",
    502: "passerelle en erreur",
    503: "service indisponible",
    504: "passerelle sans réponse",
}


def _words(response):
    """"404 (page introuvable)": the status and what it means."""
    meaning = MEANINGS.get(response.status_code) or response.reason
    if not meaning:
        try:
            meaning = HTTPStatus(response.status_code).phrase
        except ValueError:
            meaning = ""
    return f"{response.status_code} ({meaning})" if meaning else str(response.status_code)


def _causes(error):
    """``error`` and every exception behind it (requests wraps urllib3's, which wraps the
    socket's)."""
    seen, waiting = set(), [error]
    while waiting:
        current = waiting.pop()
        if current is None or id(current) in seen or not isinstance(current, BaseException):
            continue
        seen.add(id(current))
        yield current
        waiting.extend([current.__cause__, current.__context__, getattr(current, "reason", None)])
        waiting.extend(arg for arg in current.args if isinstance(arg, BaseException))


def outcome_of_error(error, timeout):
    """What a request that got no HTTP answer means for the link."""
    if isinstance(error, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
        return Outcome(State.BROKEN, answer="adresse invalide")
    causes = list(_causes(error))
    if any(isinstance(cause, requests.exceptions.Timeout | socket.timeout) for cause in causes):
        return Outcome(State.UNREACHABLE, answer=f"pas de réponse en {timeout:g} s")
    if any(isinstance(cause, requests.exceptions.SSLError) for cause in causes):
        return Outcome(State.UNREACHABLE, answer="certificat ou chiffrement refusé (TLS)")
    if any(isinstance(cause, NameResolutionError | socket.gaierror) for cause in causes):
        return Outcome(State.UNREACHABLE, answer="nom de domaine introuvable")
    if any(isinstance(cause, ConnectionRefusedError) for cause in causes):
        return Outcome(State.UNREACHABLE, answer="connexion refusée")
    if any(isinstance(cause, ConnectionResetError) for cause in causes):
        return Outcome(State.UNREACHABLE, answer="connexion interrompue")
    return Outcome(State.UNREACHABLE, answer="connexion impossible")


def default_user_agent():
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    address = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return f"AngersInternational-LinkCheck/1.0 (+{address.rstrip('/')}/)"


class PoliteClient:
    """One run's requests: a session, and when each host was last asked."""

    def __init__(self, timeout=None, interval=None, user_agent=None):
        self.timeout = float(timeout if timeout is not None else settings.LINK_CHECK_TIMEOUT)
        self.interval = float(interval if interval is not None else settings.LINK_CHECK_HOST_INTERVAL)
        self.session = requests.Session()
        self.session.headers.update(
            {
                "User-Agent": user_agent or settings.LINK_CHECK_USER_AGENT or default_user_agent(),
                "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
                "Accept-Language": "fr, en;q=0.8",
            }
        )
        self.finished_at = {}  # host name: time.monotonic() at the end of its last request

    def close(self):
        self.session.close()

    def _wait_turn(self, host):
        last = self.finished_at.get(host)
        if last is not None:
            delay = last + self.interval - time.monotonic()
            if delay > 0:
                time.sleep(delay)

    def _request(self, method, url):
        host = (urlsplit(url).hostname or "").lower()
        self._wait_turn(host)
        try:
            # stream=True: only the status line and headers are read, never the body.
            response = self.session.request(method, url, timeout=self.timeout, allow_redirects=False, stream=True)
            response.close()
            return response
        finally:
            self.finished_at[host] = time.monotonic()

    def _ask(self, url):
        response = self._request("HEAD", url)
        if response.status_code >= RETRY_WITH_GET_FROM:
            response = self._request("GET", url)
        return response

    def check(self, url):
        """The ``Outcome`` of ``url``; never raises for a bad link."""
        moved_to, moved_by = "", None
        all_permanent = True
        try:
            for _hop in range(MAX_REDIRECTS + 1):
                response = self._ask(url)
                target = self.session.get_redirect_target(response) if response.is_redirect else None
                if not target:
                    break
                target = urljoin(url, target)
                if response.status_code in PERMANENT and all_permanent:
                    moved_to = target
                    moved_by = moved_by if moved_by is not None else response
                else:
                    all_permanent = False
                if urlsplit(target).scheme not in ("http", "https"):
                    return Outcome(State.BROKEN, response.status_code, "redirection vers une adresse non web", target)
                url = target
            else:
                return Outcome(State.BROKEN, response.status_code, "trop de redirections", moved_to)
        except requests.RequestException as error:
            return outcome_of_error(error, self.timeout)
        status = response.status_code
        if status in NOT_NOW:
            return Outcome(State.UNREACHABLE, status, _words(response), moved_to)
        if status >= 400:
            return Outcome(State.BROKEN, status, _words(response), moved_to)
        if moved_to:
            # The permanent redirect is the news: "301 (déplacée définitivement)", and where to.
            return Outcome(State.MOVED, moved_by.status_code, _words(moved_by), moved_to)
        return Outcome(State.ANSWERS, status, _words(response))
