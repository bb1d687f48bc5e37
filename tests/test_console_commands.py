"""What the console commands of the README tell and do: the first administrator learns how
to sign in, second factor included; `make serve` gives the site its own address."""

import io
import os
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Site

from deploy.servers import free_port
from tests.portal_server import database_url

ROOT = Path(__file__).resolve().parents[1]


def ensure_admin():
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_the_first_start_says_how_to_sign_in_second_factor_included(db, monkeypatch, settings):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8042"
    told = ensure_admin()
    assert "identifiant « admin », mot de passe « " in told
    assert "http://127.0.0.1:8042/admin/" in told
    assert "application d’authentification" in told and "QR code" in told
    assert "code à six chiffres" in told and "codes de secours" in told

    # Started again before anyone signed in: the steps are still ahead, the password is not shown.
    again = ensure_admin()
    assert "mot de passe « " not in again
    assert "application d’authentification" in again and "http://127.0.0.1:8042/admin/" in again

    # Once the administrator has an authenticator app, nothing more to say.
    TOTPDevice.objects.create(user=get_user_model().objects.get(username="admin"), name="Téléphone", confirmed=True)
    assert ensure_admin() == ""


def make_dry_run(target, port):
    """The commands `make <target>` runs (make -n), one logical line each."""
    printed = subprocess.run(
        ["make", "-n", target, "HOST=127.0.0.1", f"PORT={port}"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return printed.replace("\\\n", " ").splitlines()


def test_make_run_tells_the_first_administrator_the_address_it_serves():
    line = next(line for line in make_dry_run("run", 8123) if "ensure_admin" in line)
    assert "PORT=8123" in line


@pytest.mark.django_db
def test_make_serve_points_the_site_at_its_own_address(content, tmp_path):
    """After `make run` (port 8000), `make serve PORT=…` must not keep 8000 in canonical and
    hreflang links: it runs point_site_here with the address gunicorn serves."""
    lines = make_dry_run("serve", port := free_port())
    point = next(line for line in lines if "point_site_here" in line)
    gunicorn = next(line for line in lines if "gunicorn angers_intl.wsgi" in line)
    assert lines.index(point) < lines.index(gunicorn)
    assert f'--site-url "http://127.0.0.1:{port}"' in point and f'--site-url "http://127.0.0.1:{port}"' in gunicorn

    site = Site.objects.get(is_default_site=True)
    before = (site.hostname, site.port)
    # The node's environment, on the tests' database, with folders of its own.
    environment = {name: value for name, value in os.environ.items() if name != "DJANGO_SETTINGS_MODULE"}
    environment.update(
        DATABASE_URL=database_url(settings.DATABASES["default"]["NAME"]),
        PAGE_CACHE_DIR=str(tmp_path / "page-cache"),
        MEDIA_ROOT=str(tmp_path / "media"),
        STATIC_ROOT=str(tmp_path / "static"),
    )

    def run(line):
        subprocess.run(["/bin/bash", "-c", line], cwd=ROOT, env=environment, check=True, capture_output=True)

    try:
        run(point)
        site = Site.objects.get(pk=site.pk)
        assert (site.hostname, site.port) == ("127.0.0.1", port)
        assert site.root_url == f"http://127.0.0.1:{port}"
    finally:
        # The site as the other tests know it (the change was made by another connection).
        hostname, old_port = before
        run(point.replace(f"http://127.0.0.1:{port}", f"http://{hostname}:{old_port}"))
    assert (Site.objects.get(pk=site.pk).hostname, Site.objects.get(pk=site.pk).port) == before
