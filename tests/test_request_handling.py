"""What every request goes through: the methods allowed, the Content-Security-Policy, the
request's id in the answer and the logs, and how a repeated error is logged."""

import logging
import sys

import pytest

from angers_intl.operations.request_log import BriefFormatter, RepeatedErrorFilter


@pytest.mark.parametrize("method", ["TRACE", "PUT", "DELETE", "PATCH", "CONNECT"])
def test_unused_methods_get_405(content, client, method):
    response = client.generic(method, "/")
    assert response.status_code == 405
    assert "GET" in response["Allow"]


def test_admin_and_public_pages_carry_their_content_security_policy(content, client, admin_client):
    public = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in public and "unsafe-inline" not in public
    response = admin_client.get("/admin/")
    admin = response["Content-Security-Policy"]
    assert "default-src 'self'" in admin and "object-src 'none'" in admin and "https:" not in admin
    # The strict script policy, reported only, until Wagtail's editor needs no inline script.
    assert "script-src 'self';" in response["Content-Security-Policy-Report-Only"] + ";"
    assert "gravatar" not in admin_client.get("/admin/").content.decode()


def test_each_response_names_its_request_for_the_logs(content, client):
    first, second = client.get("/"), client.get("/")
    assert first["X-Request-ID"] != second["X-Request-ID"]
    # A visitor cannot name their request; the portal's own proxy can.
    assert client.get("/", HTTP_X_REQUEST_ID="front-1234abcd")["X-Request-ID"] != "front-1234abcd"


def test_the_front_proxy_names_the_request(content, client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client.get("/", HTTP_X_REQUEST_ID="front-1234abcd")["X-Request-ID"] == "front-1234abcd"
    assert client.get("/", HTTP_X_REQUEST_ID="<script>")["X-Request-ID"] != "<script>"


def test_a_repeated_error_keeps_its_traceback_once_and_is_mailed_once():
    """A database outage fails every request the same way: the log tells it in full once,
    then in one line per request, and the administrators get one e-mail."""
    console_filter, mail_filter = RepeatedErrorFilter(window=60), RepeatedErrorFilter(window=60, drop=True)
    RepeatedErrorFilter.last_told.clear()
    formatter = BriefFormatter("%(message)s")

    def record():
        try:
            raise ConnectionError("database away")
        except ConnectionError:
            return logging.LogRecord("django.request", logging.ERROR, __file__, 1, "Internal Server Error", (), sys.exc_info())

    lines, mails = [], 0
    for _ in range(5):
        error = record()
        # Each handler sees the same record, console first.
        if console_filter.filter(error):
            lines.append(formatter.format(error))
        mails += mail_filter.filter(error)
    assert "Traceback" in lines[0]
    assert all("Traceback" not in line and "database away" in line for line in lines[1:])
    assert mails == 1
