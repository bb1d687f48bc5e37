"""The processes a benchmark run starts, and the guarantee that it stops them all.

Each server runs in its own process group (its own session), so that stopping it reaches
gunicorn's workers too, and a Ctrl-C in the terminal reaches the benchmark alone, which
then stops them in order instead of leaving them to die half-way.
"""

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# The stack's servers (deploy/servers.py) are shared with `make stack` and the tests.
sys.path.insert(0, str(ROOT))

from deploy.servers import HOST, free_port  # noqa: E402

# Joins the embedded PostgreSQL (starting it if nobody runs it) and keeps it running until
# the benchmark closes this process's stdin: the portal is restarted between modes, and
# without a holder the server would be stopped and started again each time.
HOLD_DATABASE = """
import sys
from pathlib import Path
from angers_intl.embedded_db import database_url
print(database_url(Path.cwd()), flush=True)
sys.stdin.read()
"""


def secret_key():
    """The key of `make serve`, created the same way when it is missing."""
    path = ROOT / ".data" / "secret_key"
    if not path.is_file() or not path.read_text().strip():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50) + "\n")
    return path.read_text().strip()


def portal_env(database_url, page_cache=True):
    """The environment of `make serve`; the page cache as configured, or switched off."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="angers_intl.settings.production",
        HTTPS="0",
        SERVE_MEDIA="1",
        SECRET_KEY=secret_key(),
        ALLOWED_HOSTS=f"{HOST},localhost",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    env.pop("PAGE_CACHE", None)
    if not page_cache:
        env["PAGE_CACHE"] = "off"
    return env


class Process:
    """A child in its own session, with its output kept in a file for error messages."""

    def __init__(self, name, args, env=None, cwd=ROOT, stdin=None):
        self.name = name
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(
            args,
            cwd=cwd,
            env=env,
            stdin=stdin,
            stdout=subprocess.PIPE if stdin else self.log,
            stderr=self.log,
            start_new_session=True,
            text=True,
        )

    def log_tail(self, lines=25):
        self.log.seek(0)
        return "\n".join(self.log.read().splitlines()[-lines:])

    def stop(self, grace=30):
        """SIGTERM to the whole group (gunicorn finishes its requests), SIGKILL if it lingers."""
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                print(f"{self.name} did not stop within {grace} s: killed.", file=sys.stderr)
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()


class Gunicorn(Process):
    """A WSGI application under gunicorn as `make serve` runs it: same workers, no access log."""

    def __init__(self, name, app, env, chdir=None):
        self.port = free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        workers = os.environ.get("WEB_CONCURRENCY", "2")
        args = [
            str(BIN / "gunicorn"),
            app,
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            workers,
            "--no-control-socket",
        ]
        if chdir:
            args += ["--chdir", str(chdir)]
        super().__init__(name, args, env=env)

    def wait_ready(self, path="/", timeout=120):
        """Until the server answers anything at all; the warm-up takes care of the rest."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"{self.name} exited with status {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.base_url + path, timeout=10):
                    return
            except urllib.error.HTTPError:
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.25)
        raise SystemExit(f"{self.name} did not answer within {timeout} s:\n{self.log_tail()}")


class DatabaseHolder(Process):
    """Keeps the embedded PostgreSQL up for the whole run; nothing when DATABASE_URL is set."""

    def __init__(self):
        super().__init__("database holder", [sys.executable, "-c", HOLD_DATABASE], stdin=subprocess.PIPE)
        self.url = self.proc.stdout.readline().strip()
        if not self.url:
            self.proc.wait()
            raise SystemExit(f"The embedded PostgreSQL did not start:\n{self.log_tail()}")

    def stop(self, grace=60):
        """Closing stdin lets it exit normally: the embedded server stops if nobody else uses it."""
        with contextlib.suppress(OSError):
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            super().stop()
        self.log.close()
