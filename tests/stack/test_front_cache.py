"""Varnish in front of the two nodes: it keeps public pages, is purged by the portal on
every change, and keeps answering, without errors, when a node stops under load."""

import http.client
import http.cookiejar
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

from deploy.servers import ROOT
from tests.stack.conftest import EDITOR
from tests.stack.test_shared_state import get


def publish_title(node, front, slug, title):
    code = (
        "from wagtail.models import Page; "
        f"page = Page.objects.get(slug={slug!r}, locale__language_code='fr').specific; "
        f"page.title = {title!r}; page.save_revision().publish()"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**node.env, "FRONTEND_CACHE_URL": front.url},
        check=True,
        capture_output=True,
    )


def test_public_pages_are_kept_at_the_front_and_staff_pass_through(front):
    path = "/reseaux-de-villes/eurocities/"
    get(front.url + path)
    status, headers, _body = get(front.url + path)
    assert (status, headers["X-Front-Cache"]) == (200, "hit")
    assert get(front.url + "/admin/login/")[1]["X-Front-Cache"] == "miss"
    assert get(front.url + path, Cookie="sessionid=someone")[1]["X-Front-Cache"] == "miss"


def purge_from(front, address, path):
    """A PURGE sent from ``address`` (any 127.x.y.z is this machine's loopback)."""
    connection = http.client.HTTPConnection("127.0.0.1", front.port, timeout=5, source_address=(address, 0))
    connection.request("PURGE", path, headers={"Host": "127.0.0.1"})
    status = connection.getresponse().status
    connection.close()
    return status


def test_purges_are_accepted_from_the_nodes_only(front):
    path = "/reseaux-de-villes/"
    get(front.url + path)
    assert get(front.url + path)[1]["X-Front-Cache"] == "hit"
    # From another address than the nodes': refused, and the page stays at the front.
    assert purge_from(front, "127.0.0.2", path) == 405
    assert get(front.url + path)[1]["X-Front-Cache"] == "hit"
    # From the nodes' address: the page is gone from the front.
    assert purge_from(front, "127.0.0.1", path) == 200
    assert get(front.url + path)[1]["X-Front-Cache"] == "miss"


def test_a_change_published_through_a_node_is_seen_at_the_front_at_once(nodes, front):
    path = "/reseaux-de-villes/eurocities/"
    get(front.url + path)
    assert get(front.url + path)[1]["X-Front-Cache"] == "hit"
    publish_title(nodes[0], front, "eurocities", "Eurocities, le réseau des grandes villes")
    status, _headers, body = get(front.url + path)
    assert status == 200 and "Eurocities, le réseau des grandes villes" in body
    # Through the other node too, whose page cache was purged in Redis.
    assert "Eurocities, le réseau des grandes villes" in get(nodes[1].url + path)[2]


class Load:
    """Visitors asking the front for pages it never keeps (searches), so that every request
    reaches a node, from ``threads`` threads, until stopped."""

    def __init__(self, front, threads=8):
        self.front = front
        self.statuses = []
        self.running = True
        self.threads = [threading.Thread(target=self.visit, args=(number,)) for number in range(threads)]

    def visit(self, number):
        count = 0
        while self.running:
            count += 1
            try:
                status = get(self.front.url + f"/recherche/?q=ville{number}x{count}")[0]
            except OSError:
                status = "socket error"
            self.statuses.append(status)

    def wait_for_answers(self, count, seconds=120):
        """Wait until ``count`` requests have been answered; how many were, then."""
        deadline = time.monotonic() + seconds
        while len(self.statuses) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(self.statuses) >= count, f"{len(self.statuses)} answers in {seconds} s"
        return len(self.statuses)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        for thread in self.threads:
            thread.join()


def test_when_a_node_stops_under_load_the_front_sends_everything_to_the_other(nodes, front):
    a, b = nodes
    try:
        with Load(front) as load:
            # Enough visitors on both nodes for "no error" to mean something, however fast
            # this machine answers: a number of requests, not a number of seconds.
            load.wait_for_answers(20)
            a.stop()
            time.sleep(8)  # past the probes that mark node A sick (2 s apart, 2 failures)
            after_stop = len(load.statuses)
            load.wait_for_answers(after_stop + 20)
        # gunicorn finishes the requests in flight on A before it exits, and Varnish asks B
        # again for any that A refused: no visitor sees an error.
        errors = [status for status in load.statuses if status != 200]
        assert errors == [], errors[:10]
        assert len(load.statuses[after_stop:]) >= 20 and not a.running() and b.running()
    finally:
        if not a.running():
            a.start()
    assert urllib.request.urlopen(a.url + "/healthz", timeout=5).status == 200


def test_an_editor_signs_in_and_works_through_the_front(front):
    # The form's POST goes through Varnish (which receives its whole body first), and the
    # signed-in editor's pages are never taken from the front's store.
    cookies = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
    form = browser.open(front.url + "/admin/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode({"username": EDITOR[0], "password": EDITOR[1], "csrfmiddlewaretoken": token})
    signed_in = browser.open(front.url + "/admin/login/", data=data.encode())
    assert signed_in.url == front.url + "/admin/" and "Suivi éditorial" in signed_in.read().decode()
    page = browser.open(front.url + "/reseaux-de-villes/eurocities/")
    assert page.headers["X-Front-Cache"] == "miss"
