"""Browser tests: Debian's Chromium, driven by Playwright, against a real portal.

The portal runs as in production (gunicorn, production settings, DEBUG off, static
files collected and served by WhiteNoise), on a database of its own on the test
PostgreSQL server, with the Angers content loaded by the real command. It is not
emptied between tests, unlike the databases of the other tests.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DATABASE_NAME = "angers_intl_browser"
ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "browser-tests-password"
# The administrator's authenticator app: a TOTP device with a key known to the tests.
ADMIN_TOTP_KEY = "3132333435363738393031323334353637383930"
ADMIN_TOTP_DEVICE = (
    "from django.contrib.auth import get_user_model; "
    "from django_otp.plugins.otp_totp.models import TOTPDevice; "
    f"TOTPDevice.objects.get_or_create(user=get_user_model().objects.get(username={ADMIN_USERNAME!r}), "
    f"name='Téléphone', defaults={{'key': {ADMIN_TOTP_KEY!r}, 'confirmed': True}})"
)


_used_steps = set()


def current_totp_code():
    """The code the authenticator app shows now. A code is accepted once only (django-otp
    refuses a replay), so a second sign-in within the same 30 seconds waits for the next."""
    from django_otp.oath import totp

    while int(time.time()) // 30 in _used_steps:
        time.sleep(1)
    _used_steps.add(int(time.time()) // 30)
    return f"{totp(bytes.fromhex(ADMIN_TOTP_KEY)):06d}"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_url(database):
    """DATABASE_URL of the test server, pointed at another database."""
    db = settings.DATABASES["default"]
    host = db.get("HOST") or db.get("OPTIONS", {}).get("host", "")
    port = f":{db['PORT']}" if db.get("PORT") else ""
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    if host.startswith("/"):
        return f"postgresql://{user}{password}@/{database}?host={host}"
    return f"postgresql://{user}{password}@{host}{port}/{database}"


@pytest.fixture(scope="session")
def portal_url(django_db_blocker, tmp_path_factory):
    admin_url = _server_url("postgres")
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    port = _free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "angers_intl.settings.production",
        "SECRET_KEY": "browser-tests-" + "x" * 50,
        "HTTPS": "0",
        "SERVE_MEDIA": "1",
        "DATABASE_URL": _server_url(DATABASE_NAME),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "MEDIA_ROOT": str(tmp_path_factory.mktemp("media")),
        "PAGE_CACHE_DIR": str(tmp_path_factory.mktemp("page-cache")),
        "STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "ADMIN_USERNAME": ADMIN_USERNAME,
        "ADMIN_PASSWORD": ADMIN_PASSWORD,
    }
    manage = [sys.executable, "manage.py"]
    commands = (
        ["migrate", "--no-input"],
        ["collectstatic", "--no-input"],
        ["load_angers_content"],
        ["ensure_admin"],
        ["shell", "-c", ADMIN_TOTP_DEVICE],
    )
    for command in commands:
        subprocess.run(manage + command, cwd=ROOT, env=environment, check=True, capture_output=True)
    log = tmp_path_factory.mktemp("log") / "gunicorn.log"
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    server = subprocess.Popen(
        [
            gunicorn,
            "angers_intl.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--no-control-socket",
            "--error-logfile",
            str(log),
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError(f"The portal did not start:\n{log.read_text()[-3000:]}") from None
            time.sleep(0.3)
    yield url
    server.terminate()
    server.wait(timeout=20)
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    tab = context.new_page()
    yield tab
    context.close()
