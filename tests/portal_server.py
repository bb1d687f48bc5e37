"""A real portal for the tests that need one: the environment of a production node (built
by deploy/environment.py, run under gunicorn by deploy.servers.AppNode), static files
collected, on a database of its own, with the Angers content loaded by the real commands.
Used by the browser and stack tests."""

import subprocess
import sys
from pathlib import Path

import psycopg
from django.conf import settings

from deploy.environment import node_environment

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


def production_environment(folders, database=None, **parameters):
    """The environment of a production node on loopback, on ``database`` of the test server
    (or the ``database_url`` among ``parameters``), with folders of its own made by
    ``folders``; other ``parameters`` go to node_environment (Redis, storage, variables)."""
    if database:
        parameters["database_url"] = database_url(database)
    return node_environment(
        "portal-tests-" + "x" * 50,
        MEDIA_ROOT=str(folders("media")),
        PAGE_CACHE_DIR=str(folders("page-cache")),
        STATIC_ROOT=str(folders("static")),
        **parameters,
    )


def manage(environment, *commands):
    for command in commands:
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=environment,
            check=True,
            capture_output=True,
        )
