"""The portal boots on PostgreSQL, in French at / and English at /en/."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def test_database_is_postgresql(db):
    assert connection.vendor == "postgresql"


def test_both_locales_exist_after_migrate(db):
    from wagtail.models import Locale

    assert set(Locale.objects.values_list("language_code", flat=True)) == {"fr", "en"}


@pytest.mark.parametrize(
    ("url", "language", "text"),
    [
        ("/", "fr", "coopération internationale"),
        ("/en/", "en", "international cooperation"),
    ],
)
def test_home_pages_render_in_their_language(content, client, url, language, text):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert text in html


def test_admin_shows_login_page(db, client):
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_system_checks_are_clean(db):
    call_command("check", fail_level="WARNING")


def test_no_missing_migrations(db):
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def _import_production_settings(database_url="postgresql://nobody@127.0.0.1:1/none", **env):
    environment = {
        k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DATABASE_URL", "EMBEDDED_DATABASE")
    }
    environment.update(env)
    if database_url:
        # The database is never reached: settings only parse its URL.
        environment["DATABASE_URL"] = database_url
    return subprocess.run(
        [sys.executable, "-c", "import angers_intl.settings.production"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_settings_refuse_to_start_without_secret_key():
    result = _import_production_settings()
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_refuse_to_start_without_a_database_server():
    result = _import_production_settings(database_url=None, SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "DATABASE_URL is not set" in result.stderr


def test_production_settings_pass_deploy_checks():
    environment = {k: v for k, v in os.environ.items()}
    environment.update(
        DJANGO_SETTINGS_MODULE="angers_intl.settings.production",
        SECRET_KEY="x" * 60 + "-production-like-secret-key-for-the-check",
        ALLOWED_HOSTS="international.angers.fr",
        DATABASE_URL="postgresql://nobody@127.0.0.1:1/none",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_liveness_asks_nothing_and_readiness_checks_what_pages_need(db, client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/healthz").json() == {"status": "ok"}
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache:default": "ok", "cache:pages": "ok", "storage": "ok"},
    }


def test_the_development_site_points_at_the_port_served(db, settings):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", 8000
    site.save()
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8077"
    call_command("point_site_here", stdout=open(os.devnull, "w"))
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("127.0.0.1", 8077)
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8077"
