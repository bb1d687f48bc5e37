"""A real portal for the tests that need one: the environment of a production node (run
under gunicorn by deploy.servers.AppNode), static files collected, on a database of its own,
with the Angers content loaded by the real commands. Used by the browser and stack tests."""

import os
import subprocess
import sys
from pathlib import Path

import psycopg
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]


def database_url(database):
    """DATABASE_URL of the test server, pointed at another database."""
    db = settings.DATABASES["default"]
    host = db.get("HOST") or db.get("OPTIONS", {}).get("host", "")
    port = f":{db['PORT']}" if db.get("PORT") else ""
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    if host.startswith("/"):
        return f"postgresql://{user}{password}@/{database}?host={host}"
    return f"postgresql://{user}{password}@{host}{port}/{database}"


def recreate_database(name):
    with psycopg.connect(database_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(name):
    with psycopg.connect(database_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_environment(folders, database=None, **overrides):
    """The environment of a production node on loopback, on ``database`` of the test server
    (or DATABASE_URL among ``overrides``); ``folders`` makes temporary folders."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "angers_intl.settings.production",
        "SECRET_KEY": "portal-tests-" + "x" * 50,
        "HTTPS": "0",
        "SERVE_MEDIA": "1",
        **({"DATABASE_URL": database_url(database)} if database else {}),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "MEDIA_ROOT": str(folders("media")),
        "PAGE_CACHE_DIR": str(folders("page-cache")),
        "STATIC_ROOT": str(folders("static")),
        **overrides,
    }


def manage(environment, *commands):
    for command in commands:
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=environment,
            check=True,
            capture_output=True,
        )
