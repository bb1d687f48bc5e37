"""Browser tests: Debian's Chromium, driven by Playwright, against a real portal.

The portal runs as in production (tests/portal_server.py), on a database of its own
that is not emptied between tests, unlike the databases of the other tests.
"""

import shutil
import time

import pytest

from deploy.servers import AppNode, free_port
from tests.portal_server import drop_database, manage, production_environment, recreate_database

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


@pytest.fixture(scope="session")
def portal_url(django_db_blocker, tmp_path_factory):
    recreate_database(DATABASE_NAME)
    port = free_port()
    environment = production_environment(
        tmp_path_factory.mktemp,
        DATABASE_NAME,
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
        ADMIN_USERNAME=ADMIN_USERNAME,
        ADMIN_PASSWORD=ADMIN_PASSWORD,
    )
    manage(
        environment,
        ["migrate", "--no-input"],
        ["collectstatic", "--no-input"],
        ["load_angers_content"],
        ["ensure_admin"],
        ["shell", "-c", ADMIN_TOTP_DEVICE],
    )
    server = AppNode(tmp_path_factory.mktemp("log"), environment, port=port, name="portal").start()
    yield server.url
    server.stop()
    drop_database(DATABASE_NAME)


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
