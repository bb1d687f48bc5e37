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
# A translator (no second factor, as translators may choose) and a moderator (who publishes,
# so has one, with the administrator's key) for the translation path.
TRANSLATOR = ("traductrice", "traductrice-password")
MODERATOR = ("moderatrice", "moderatrice-password")
STAFF_ACCOUNTS = (
    "from django.contrib.auth import get_user_model; "
    "from django.contrib.auth.models import Group; "
    "from django_otp.plugins.otp_totp.models import TOTPDevice; "
    "User = get_user_model(); "
    f"translator = User.objects.create_user({TRANSLATOR[0]!r}, password={TRANSLATOR[1]!r}, first_name='Thérèse'); "
    "translator.groups.add(Group.objects.get(name='Traducteurs')); "
    f"moderator = User.objects.create_user({MODERATOR[0]!r}, password={MODERATOR[1]!r}, first_name='Marc', "
    "email='moderation@ville.angers.example'); "
    "moderator.groups.add(Group.objects.get(name='Modérateurs')); "
    f"TOTPDevice.objects.create(user=moderator, name='Téléphone', key={ADMIN_TOTP_KEY!r}, confirmed=True)"
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


class Portal:
    def __init__(self, url, environment):
        self.url, self.environment = url, environment

    def run(self, code):
        """Run Python code in the portal's Django (``manage.py shell -c``)."""
        manage(self.environment, ["shell", "-c", code])


@pytest.fixture(scope="session")
def portal(django_db_blocker, tmp_path_factory):
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
        ["shell", "-c", STAFF_ACCOUNTS],
    )
    server = AppNode(tmp_path_factory.mktemp("log"), environment, port=port, name="portal").start()
    yield Portal(server.url, environment)
    server.stop()
    drop_database(DATABASE_NAME)


@pytest.fixture(scope="session")
def portal_url(portal):
    return portal.url


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
