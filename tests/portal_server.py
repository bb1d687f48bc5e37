"""A real portal for the tests that need one: gunicorn with the production settings,
static files collected, on a database of its own on the test PostgreSQL server, with the
Angers content loaded by the real commands. Used by the browser and stack tests."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


def production_environment(database, folders, **overrides):
    """The environment of a production node on loopback; ``folders`` makes temporary folders."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "angers_intl.settings.production",
        "SECRET_KEY": "portal-tests-" + "x" * 50,
        "HTTPS": "0",
        "SERVE_MEDIA": "1",
        "DATABASE_URL": database_url(database),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "MEDIA_ROOT": str(folders("media")),
        "PAGE_CACHE_DIR": str(folders("page-cache")),
        "STATIC_ROOT": str(folders("static")),
        **overrides,
    }


def manage(environment, *commands):
    for command in commands:
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=environment, check=True, capture_output=True
        )


class Gunicorn:
    """One app node: started, waited for on /healthz, stopped."""

    def __init__(self, environment, log, port=None):
        self.environment = environment
        self.log = log
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        self.process = subprocess.Popen(
            [
                gunicorn,
                "angers_intl.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--no-control-socket",
                "--error-logfile",
                str(self.log),
            ],
            cwd=ROOT,
            env=self.environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=2)
                return self
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.process.kill()
                    raise RuntimeError(f"The portal did not start:\n{self.log.read_text()[-3000:]}") from None
                time.sleep(0.3)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=20)


def debian_program(program, package):
    """The path of a program from a Debian package, installed when missing."""
    path = shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/bin")
    if path is None:
        subprocess.run(["apt-get", "update", "-qq"], check=True, capture_output=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", package],
            check=True,
            capture_output=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        path = shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/bin")
    return path
