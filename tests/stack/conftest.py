"""The portal past one machine, on this one: the servers of `make stack` (deploy/servers.py)
on the loopback interface, with a PostgreSQL server of their own so that a test can stop
it: PostgreSQL, Redis, moto's S3 server, two app nodes, and Varnish for the front tests."""

import pytest

from deploy.object_storage import ObjectStorage
from deploy.servers import AppNode, Front, PostgresServer, RedisServer
from tests.portal_server import manage, production_environment

EDITOR = ("camille", "vue-sur-la-maine-2026")
CREATE_EDITOR = (
    "from django.contrib.auth import get_user_model; from django.contrib.auth.models import Group; "
    f"user = get_user_model().objects.create_user({EDITOR[0]!r}, password={EDITOR[1]!r}); "
    "user.groups.add(Group.objects.get(name='Rédacteurs'))"
)


def running(server):
    """A fixture's body: the server started for the tests, stopped after them."""
    yield server.start()
    server.stop()


@pytest.fixture(scope="session")
def database_server(tmp_path_factory):
    yield from running(PostgresServer(tmp_path_factory.mktemp("postgresql")))


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    yield from running(RedisServer(tmp_path_factory.mktemp("redis")))


@pytest.fixture(scope="session")
def object_storage(tmp_path_factory):
    yield from running(ObjectStorage(tmp_path_factory.mktemp("storage")))


@pytest.fixture(scope="session")
def nodes(tmp_path_factory, database_server, redis_server, object_storage):
    """Two app nodes sharing the database, Redis and the storage, as two machines would."""
    environment = production_environment(
        tmp_path_factory.mktemp,
        DATABASE_URL=database_server.create_database("angers_intl_stack", recreate=True),
        REDIS_URL=redis_server.url,
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        **object_storage.portal_environment(),
    )
    manage(
        environment,
        ["migrate", "--no-input"],
        ["collectstatic", "--no-input"],
        ["load_angers_content"],
        ["shell", "-c", CREATE_EDITOR],
    )
    logs = tmp_path_factory.mktemp("logs")
    started = []
    try:
        for name in ("a", "b"):
            # Each node has a media folder of its own, which must stay empty: files live in the storage.
            media = str(tmp_path_factory.mktemp(f"media-{name}"))
            started.append(AppNode(logs, {**environment, "MEDIA_ROOT": media}, name=f"node-{name}").start())
        yield started
    finally:
        # Whatever happened, no node outlives the tests.
        for node in started:
            node.stop()


@pytest.fixture(scope="module")
def front(nodes, tmp_path_factory):
    """Varnish in front of the two nodes, which purge it (FRONTEND_CACHE_URL) on every change."""
    varnish = Front(tmp_path_factory.mktemp("varnish"), nodes).start()
    yield varnish
    varnish.stop()
