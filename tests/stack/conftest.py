"""The portal past one machine, on this one: real servers on the loopback interface
(Redis from Debian, app nodes under gunicorn on the test PostgreSQL server)."""

import subprocess
import time

import pytest
import redis

from tests.portal_server import (
    Gunicorn,
    debian_program,
    drop_database,
    free_port,
    manage,
    production_environment,
    recreate_database,
)

DATABASE_NAME = "angers_intl_stack"
EDITOR = ("camille", "vue-sur-la-maine-2026")
CREATE_EDITOR = (
    "from django.contrib.auth import get_user_model; from django.contrib.auth.models import Group; "
    f"user = get_user_model().objects.create_user({EDITOR[0]!r}, password={EDITOR[1]!r}); "
    "user.groups.add(Group.objects.get(name='Rédacteurs'))"
)


class RedisServer:
    def __init__(self, folder):
        self.program = debian_program("redis-server", "redis-server")
        self.port = free_port()
        self.folder = folder
        self.process = None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        # No snapshot, no append-only file: a cache, nothing to keep.
        self.process = subprocess.Popen(
            [self.program, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return self
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def nodes(django_db_blocker, tmp_path_factory, redis_server):
    """Two app nodes sharing the database and Redis, as two machines would."""
    recreate_database(DATABASE_NAME)
    environment = production_environment(
        DATABASE_NAME, tmp_path_factory.mktemp, REDIS_URL=redis_server.url, WAGTAILADMIN_BASE_URL="http://127.0.0.1"
    )
    manage(
        environment,
        ["migrate", "--no-input"],
        ["collectstatic", "--no-input"],
        ["load_angers_content"],
        ["shell", "-c", CREATE_EDITOR],
    )
    logs = tmp_path_factory.mktemp("logs")
    started = [Gunicorn(environment, logs / f"node-{name}.log").start() for name in ("a", "b")]
    yield started
    for node in started:
        node.stop()
    drop_database(DATABASE_NAME)
