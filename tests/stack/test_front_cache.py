"""Varnish in front of the two nodes: it keeps public pages, is purged by the portal on
every change, and keeps answering when a node stops."""

import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from deploy.varnish import vcl
from tests.portal_server import ROOT, debian_program, free_port
from tests.stack.test_shared_state import get


@pytest.fixture(scope="module")
def front(nodes, tmp_path_factory):
    program = debian_program("varnishd", "varnish")
    folder = tmp_path_factory.mktemp("varnish")
    configuration = folder / "portal.vcl"
    configuration.write_text(vcl([node.url.removeprefix("http://") for node in nodes], host="127.0.0.1"))
    port = free_port()
    process = subprocess.Popen(
        [program, "-F", "-j", "none", "-n", str(folder / "work"), "-a", f"127.0.0.1:{port}",
         "-f", str(configuration), "-s", "malloc,64m"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if get(url + "/")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("Varnish did not start")
            time.sleep(0.3)
        yield url
    finally:
        # Whatever happened, no Varnish outlives the tests.
        process.terminate()
        process.wait(timeout=10)
    shutil.rmtree(folder / "work", ignore_errors=True)


def publish_title(node, front_url, slug, title):
    code = (
        "from wagtail.models import Page; "
        f"page = Page.objects.get(slug={slug!r}, locale__language_code='fr').specific; "
        f"page.title = {title!r}; page.save_revision().publish()"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**node.environment, "FRONTEND_CACHE_URL": front_url},
        check=True,
        capture_output=True,
    )


def test_public_pages_are_kept_at_the_front_and_staff_pass_through(front):
    path = "/reseaux-de-villes/eurocities/"
    get(front + path)
    status, headers, _body = get(front + path)
    assert (status, headers["X-Front-Cache"]) == (200, "hit")
    assert get(front + "/admin/login/")[1]["X-Front-Cache"] == "miss"
    assert get(front + path, Cookie="sessionid=someone")[1]["X-Front-Cache"] == "miss"


def test_a_change_published_through_a_node_is_seen_at_the_front_at_once(nodes, front):
    path = "/reseaux-de-villes/eurocities/"
    get(front + path)
    assert get(front + path)[1]["X-Front-Cache"] == "hit"
    publish_title(nodes[0], front, "eurocities", "Eurocities, le réseau des grandes villes")
    status, _headers, body = get(front + path)
    assert status == 200 and "Eurocities, le réseau des grandes villes" in body
    # Through the other node too, whose page cache was purged in Redis.
    assert "Eurocities, le réseau des grandes villes" in get(nodes[1].url + path)[2]


def test_when_a_node_stops_the_front_sends_everything_to_the_other(nodes, front):
    a, _b = nodes
    a.stop()
    try:
        statuses = []
        for number in range(60):
            # Never kept at the front (search), so every request reaches a node.
            statuses.append(get(front + f"/recherche/?q=ville{number}")[0])
            time.sleep(0.05)
        assert statuses.count(200) == len(statuses), statuses
    finally:
        a.start()
    assert urllib.request.urlopen(a.url + "/healthz", timeout=5).status == 200
