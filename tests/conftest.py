"""Shared fixtures: a throwaway PostgreSQL (see angers_intl/settings/test.py) holding the
Angers content, loaded once per session by the real management command, with every
language of the portal the content data does not give opened by `add_language`."""

import os

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

# tests/three_languages/ runs only with a third language (`make test` runs it second,
# with the settings of angers_intl/settings/test_three_languages.py).
THREE_LANGUAGES = "angers_intl.settings.test_three_languages"
collect_ignore = [] if os.environ.get("DJANGO_SETTINGS_MODULE") == THREE_LANGUAGES else ["three_languages"]


def load_content():
    """The Angers content, as `make run` loads it, then the languages it does not give
    opened as `manage.py add_language` opens them (their home page left to translators)."""
    from django.conf import settings

    from angers_intl.content import schema
    from angers_intl.content.data import PAGES

    call_command("load_angers_content", verbosity=0)
    given = {code for spec in PAGES for code in schema.languages_of(spec)}
    for code in settings.TRANSLATION_LANGUAGES:
        if code not in given:
            call_command("add_language", code, verbosity=0)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_content()


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test starts with empty caches: the database is rolled back between tests,
    the caches would not be."""
    from django.core.cache import caches

    from angers_intl.caching import store
    from angers_intl.navigation import tree

    store.forget_everything()
    tree.forget()
    caches["template_fragments"].clear()


def ensure_content():
    from angers_intl.models import HomePage

    if not HomePage.objects.exists():
        load_content()


@pytest.fixture
def content(db):
    """The Angers content (reloaded for transactional tests, which empty the database)."""
    ensure_content()


@pytest.fixture
def content_tx(transactional_db):
    ensure_content()


@pytest.fixture
def client():
    return Client()


def signed_in_client(user):
    """A client signed in as ``user`` who has also given the code of their authenticator
    app (their second factor), as staff do when they sign in."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="Téléphone professionnel", defaults={"confirmed": True}
    )
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def admin_client(db, admin_user):
    """pytest-django's administrator, through the second factor like every administrator."""
    return signed_in_client(admin_user)


def page_by_slug(slug, language="fr"):
    return Page.objects.get(slug=slug, locale__language_code=language).specific


def spec_for(key):
    from angers_intl.content.data import PAGES

    return next(spec for spec in PAGES if spec["key"] == key)


def page_for(key, language="fr"):
    """The page of the Angers content known by its key in angers_intl/content/data/."""
    spec = spec_for(key)
    return Page.objects.get(slug=spec["slug"][language], locale__language_code=language).specific


# City staff at work in the admin ----------------------------------------------------------


def make_user(username, group_name=None):
    user = get_user_model().objects.create_user(username=username, password="x" * 12)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def client_for(user):
    return signed_in_client(user)


@pytest.fixture
def people(content):
    from angers_intl.editorial import roles

    return {
        "editor": make_user("redactrice", roles.EDITORS),
        "moderator": make_user("moderateur", roles.MODERATORS),
        "translator": make_user("traducteur", roles.TRANSLATORS),
    }


@pytest.fixture
def trial_page(content):
    """A French network page with an empty body, easy to post from the admin's form."""
    from networks.models import NetworkPage

    section = page_for("city-networks")
    page = NetworkPage(title="Réseau d'essai", slug="reseau-d-essai", summary="Un réseau pour essayer.")
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


def edit_data(page, **changes):
    """What the admin's edit form posts for a network page with an empty body."""
    values = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "own_language": page.own_language,
        "body": streamfield([]),
        "comments": inline_formset([]),
    }
    values.update(changes)
    return nested_form_data(values)


def assert_denied(response):
    """Wagtail refuses a forbidden admin view with a 403, or, for a full page, by sending
    the user back to the dashboard with "Sorry, you do not have permission"."""
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
        messages = [str(m) for m in response.wsgi_request._messages]
        assert any("autorisations" in m or "permission" in m for m in messages), messages
    else:
        assert response.status_code == 403


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])
