"""The portal past one machine, on this one: the servers of `make stack` (deploy/servers.py)
on the loopback interface, with a PostgreSQL server of their own so that a test can stop
it: PostgreSQL, Redis, moto's S3 server, two app nodes, and Varnish for the front tests.
Each fixture stops what it started, however the tests end."""

import pytest

from deploy.object_storage import ObjectStorage
from deploy.servers import AppNode, Front, PostgresServer, RedisServer, Supervisor
from tests.portal_server import manage, production_environment

EDITOR = ("camille", "vue-sur-la-maine-2026")
CREATE_EDITOR = (
    "from django.contrib.auth import get_user_model; from django.contrib.auth.models import Group; "
    f"user = get_user_model().objects.create_user({EDITOR[0]!r}, password={EDITOR[1]!r}); "
    "user.groups.add(Group.objects.get(name='Rédacteurs'))"
)


def running(server):
    """A fixture's body: the server started for the tests, stopped after them."""
    with server:
        yield server


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
        database_url=database_server.create_database("angers_intl_stack", recreate=True),
        redis_url=redis_server.url,
        storage=object_storage,
        site_url="http://127.0.0.1",
    )
    manage(
        environment,
        ["migrate", "--no-input"],
        ["collectstatic", "--no-input"],
        ["load_angers_content"],
        ["shell", "-c", CREATE_EDITOR],
    )
    logs = tmp_path_factory.mktemp("logs")
    with Supervisor() as supervisor:
        for name in ("a", "b"):
            # Each node has a media folder of its own, which must stay empty: files live in the storage.
            media = str(tmp_path_factory.mktemp(f"media-{name}"))
            supervisor.start(AppNode(logs, {**environment, "MEDIA_ROOT": media}, name=f"node-{name}"))
        yield list(supervisor.servers)


@pytest.fixture(scope="module")
def front(nodes, tmp_path_factory):
    """Varnish in front of the two nodes, which purge it (FRONTEND_CACHE_URL) on every change."""
    yield from running(Front(tmp_path_factory.mktemp("varnish"), nodes))
