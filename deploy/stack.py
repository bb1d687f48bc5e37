"""The portal's production stack on this machine, on 127.0.0.1 (`make stack`, `make stack-stop`).

    python -m deploy.stack start    # PostgreSQL, Redis, S3 stand-in, the app nodes, Varnish
    python -m deploy.stack status
    python -m deploy.stack stop

The same layout as compose.yaml and docs/deploiement.md: identical app nodes without local
state, sharing the database, Redis (pages, caches, sessions) and the object storage, with
Varnish in front, purged by the nodes on every change. Migrations and the content loader
run once (prepare_site holds a lock in the database); each node runs the scheduler, and
each minute's pass runs on one node only.

Ports and the data folder come from the environment (defaults in brackets):
STACK_DIR [.data/stack], STACK_PORT [8080, Varnish], STACK_NODE_PORTS [8001,8002, one port
per node], STACK_POSTGRES_PORT [5433], STACK_REDIS_PORT [6380], STACK_STORAGE_PORT [9000].
The PIDs are kept in STACK_DIR/stack.json, which `stop` reads.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from deploy.environment import node_environment, secret_key
from deploy.object_storage import ObjectStorage
from deploy.servers import (
    HOST,
    ROOT,
    AppNode,
    Front,
    PostgresServer,
    RedisServer,
    Server,
    ServerError,
    Supervisor,
    process_alive,
    stop_process,
)

DATABASE_NAME = "angers_intl"


class Layout:
    """Where everything of the stack lives: folder and ports, from the environment."""

    def __init__(self, environ=os.environ):
        self.folder = Path(environ.get("STACK_DIR") or ROOT / ".data" / "stack").resolve()
        self.front_port = int(environ.get("STACK_PORT", "8080"))
        self.node_ports = [
            int(port) for port in environ.get("STACK_NODE_PORTS", "8001,8002").split(",") if port.strip()
        ]
        self.postgres_port = int(environ.get("STACK_POSTGRES_PORT", "5433"))
        self.redis_port = int(environ.get("STACK_REDIS_PORT", "6380"))
        self.storage_port = int(environ.get("STACK_STORAGE_PORT", "9000"))
        self.state = self.folder / "stack.json"
        self.front_url = f"http://{HOST}:{self.front_port}"

    def ports(self):
        return [self.postgres_port, self.redis_port, self.storage_port, *self.node_ports, self.front_port]

    def node_environment(self, database_url, redis, storage):
        """What every app node gets: the same variables as compose.yaml's nodes, on loopback."""
        return node_environment(
            secret_key(self.folder / "secret_key"),
            database_url=database_url,
            redis_url=redis.url,
            storage=storage,
            site_url=self.front_url,
            front_url=self.front_url,
            # Hashed by collectstatic once, as in the image; read by WhiteNoise on every node.
            STATIC_ROOT=str(self.folder / "static"),
        )


class Scheduler(Server):
    """The scheduler beside a node (manage.py run_scheduler)."""

    listens = False

    def __init__(self, folder, environment, name):
        self.name = name
        super().__init__(folder)
        self.env = environment

    def command(self):
        return [sys.executable, "manage.py", "run_scheduler"]

    def environment(self):
        return self.env

    def ready(self):
        return True


def manage(environment, *arguments):
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    if result.returncode:
        raise ServerError(
            f"manage.py {' '.join(arguments)} a échoué :\n{result.stdout[-2000:]}{result.stderr[-3000:]}"
        )
    return result.stdout


def read_state(layout):
    try:
        return json.loads(layout.state.read_text())
    except (OSError, ValueError):
        return {"servers": []}


def running_servers(layout):
    return [
        server for server in read_state(layout)["servers"] if server["pid"] and process_alive(server["pid"])
    ]


def ports_in_use(layout):
    import socket

    taken = []
    for port in layout.ports():
        with socket.socket() as sock:
            # As the servers do: a port with connections just closed (TIME_WAIT) is free.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((HOST, port))
            except OSError:
                taken.append(port)
    return taken


def start(layout):
    if running_servers(layout):
        raise ServerError(f"La pile tourne déjà ({layout.front_url}) : `make stack-stop` l'arrête.")
    taken = ports_in_use(layout)
    if taken:
        raise ServerError(
            f"Port(s) déjà pris sur {HOST} : {', '.join(map(str, taken))}. "
            "Choisissez-en d'autres (STACK_PORT, STACK_NODE_PORTS, STACK_POSTGRES_PORT, STACK_REDIS_PORT, STACK_STORAGE_PORT)."
        )
    layout.folder.mkdir(parents=True, exist_ok=True)
    supervisor = Supervisor()

    def launch(server):
        print(f"  {server.name} : {HOST}:{server.port}" if server.port else f"  {server.name}", flush=True)
        supervisor.start(server)
        write_state(layout, supervisor.servers)
        return server

    try:
        print(f"Démarrage de la pile dans {layout.folder} :", flush=True)
        postgres = launch(PostgresServer(layout.folder / "postgresql", layout.postgres_port))
        database_url = postgres.create_database(DATABASE_NAME)
        redis = launch(RedisServer(layout.folder / "redis", layout.redis_port))
        storage = launch(ObjectStorage(layout.folder / "storage", layout.storage_port, keep=True))
        environment = layout.node_environment(database_url, redis, storage)
        print("  fichiers statiques, migrations et contenu (une seule fois pour tous les nœuds)…", flush=True)
        manage(environment, "collectstatic", "--no-input", "--verbosity", "0")
        print(manage(environment, "prepare_site").strip())
        print(manage(environment, "ensure_admin").strip() or "  (compte administrateur déjà créé)")
        nodes = []
        for number, port in enumerate(layout.node_ports, start=1):
            nodes.append(launch(AppNode(layout.folder / "logs", environment, port, name=f"node{number}")))
            launch(Scheduler(layout.folder / "logs", environment, name=f"scheduler{number}"))
        launch(Front(layout.folder / "varnish", nodes, port=layout.front_port))
    except BaseException:
        # Left running on success (`make stack-stop` stops them by PID), stopped on failure.
        supervisor.stop(grace=10)
        layout.state.unlink(missing_ok=True)
        raise
    print(f"\nAngers International (Varnish devant {len(nodes)} nœuds) : {layout.front_url}/")
    print(f"Administration : {layout.front_url}/admin/   Arrêt : make stack-stop")


def write_state(layout, servers):
    layout.state.write_text(
        json.dumps({"front": layout.front_url, "servers": [s.record() for s in servers]}, indent=2)
    )


def stop(layout):
    servers = read_state(layout)["servers"]
    if not servers:
        print("Aucune pile en marche.")
        return
    # Front first, the database last: nobody is left talking to a server that has gone.
    for server in reversed(servers):
        if server["pid"] and process_alive(server["pid"]):
            print(f"Arrêt de {server['name']} (PID {server['pid']})", flush=True)
            stop_process(server["pid"], signal.Signals(server["stop_signal"]))
    layout.state.unlink(missing_ok=True)


def status(layout):
    servers = read_state(layout)["servers"]
    if not servers:
        print("Aucune pile en marche.")
        return 1
    for server in servers:
        state = "en marche" if server["pid"] and process_alive(server["pid"]) else "arrêté"
        port = f"{HOST}:{server['port']}" if server["port"] else ""
        print(f"{server['name']:<12} {port:<16} PID {server['pid']:<8} {state}")
    print(f"Site : {read_state(layout)['front']}/")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["start", "stop", "status"])
    action = parser.parse_args().action
    layout = Layout()
    if action == "start":
        start(layout)
    elif action == "stop":
        stop(layout)
    else:
        sys.exit(status(layout))


if __name__ == "__main__":
    main()
