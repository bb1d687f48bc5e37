"""Two app nodes and Redis: what one node stores, the other serves; Redis going away
costs speed, never an answer."""

import http.cookiejar
import re
import urllib.parse
import urllib.request

import redis

from tests.stack.conftest import EDITOR


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def get(url, **headers):
    """Status, headers and body of one request, redirects not followed."""
    request = urllib.request.Request(url, headers={"Host": "127.0.0.1", **headers})
    try:
        with _opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def test_a_page_cached_through_one_node_is_served_by_the_other(nodes):
    a, b = nodes
    path = "/reseaux-de-villes/cites-unies-france/"
    status, headers, body = get(a.url + path)
    assert status == 200 and headers["X-Cache"] in ("miss", "hit")
    status, headers, same = get(b.url + path)
    assert (status, headers["X-Cache"]) == (200, "hit")
    assert "Cités Unies France" in same


def test_pages_keep_answering_while_redis_is_away_and_readiness_says_so(nodes, redis_server):
    a, b = nodes
    assert get(a.url + "/readyz")[0] == 200
    redis_server.stop()
    try:
        for node in nodes:
            for path in ("/", "/en/", "/reseaux-de-villes/", "/reseaux-de-villes/cites-unies-france/"):
                status, _headers, body = get(node.url + path)
                assert status == 200, (node.url, path)
                assert "Angers" in body
        status, _headers, body = get(a.url + "/readyz")
        assert status == 503 and '"cache:default": "error"' in body
    finally:
        redis_server.start()
    assert redis.Redis.from_url(redis_server.url).ping()
    # Back without a restart of the nodes.
    assert get(a.url + "/readyz")[0] == 200
    get(a.url + "/en/")
    assert get(b.url + "/en/")[1]["X-Cache"] == "hit"


def test_an_editor_signed_in_on_one_node_works_on_the_other(nodes):
    a, b = nodes
    cookies = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
    form = browser.open(a.url + "/admin/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode(
        {"username": EDITOR[0], "password": EDITOR[1], "csrfmiddlewaretoken": token}
    )
    signed_in = browser.open(a.url + "/admin/login/", data=data.encode())
    assert signed_in.url.endswith("/admin/")
    # The same cookies, the other node: still signed in, as after a load balancer's switch.
    dashboard = browser.open(b.url + "/admin/")
    assert dashboard.url == b.url + "/admin/" and dashboard.status == 200
    assert "Suivi éditorial" in dashboard.read().decode()


def test_readiness_follows_the_database_without_a_restart(nodes, database_server):
    a, b = nodes
    assert get(a.url + "/readyz")[0] == 200
    database_server.stop()
    try:
        for node in nodes:
            status, _headers, body = get(node.url + "/readyz")
            assert status == 503 and '"database": "error"' in body, body
            # The process itself is alive: no supervisor should restart it.
            assert get(node.url + "/healthz")[0] == 200
    finally:
        database_server.start()
    for node in nodes:
        assert get(node.url + "/readyz")[0] == 200
    assert get(b.url + "/reseaux-de-villes/eurocities/")[0] == 200
