"""The embedded PostgreSQL explains its failures in one sentence."""

import json
import os

import pytest

from angers_intl import embedded_db


def test_dead_processes_are_pruned_from_the_handle_list(tmp_path):
    handles = tmp_path / ".handle_pids.json"
    dead_pid = 2**22 + 12345  # above Linux's pid_max default
    handles.write_text(json.dumps([os.getpid(), dead_pid]))
    embedded_db._prune_dead_pids(tmp_path)
    assert json.loads(handles.read_text()) == [os.getpid()]


def test_data_folder_of_another_version_gets_a_clear_message(tmp_path):
    (tmp_path / "PG_VERSION").write_text("16\n")
    (tmp_path / "log").write_text("FATAL:  database files are incompatible with server\n")
    message = embedded_db._explain_failure(tmp_path, RuntimeError("pg_ctl failed"))
    assert "PostgreSQL 16, not 18" in message
    assert "make reset-db" in message
    assert "incompatible" in message


def test_full_disk_gets_a_clear_message(tmp_path):
    (tmp_path / "log").write_text("FATAL: could not write: No space left on device\n")
    message = embedded_db._explain_failure(tmp_path, OSError("write failed"))
    assert "disk" in message and "full" in message


def test_start_failure_exits_with_a_sentence_not_a_traceback(tmp_path):
    # A real start attempt on a data folder left by another PostgreSQL version.
    data_dir = tmp_path / "pg18"
    data_dir.mkdir()
    (data_dir / "PG_VERSION").write_text("17\n")
    with pytest.raises(SystemExit) as excinfo:
        embedded_db.start_server(data_dir)
    message = str(excinfo.value.code)
    assert "PostgreSQL 17, not 18" in message
    assert "Traceback" not in message


# Stopping `make run` as a service manager does ----------------------------------------------


def postgres_processes_of(data_dir):
    import psutil

    found = []
    for process in psutil.process_iter(attrs=["name", "cmdline"]):
        if process.info["name"] == "postgres" and str(data_dir) in " ".join(process.info["cmdline"] or ()):
            found.append(process)
    return found


def make_run_server_line(port):
    """The last command of `make run`: the scheduler beside the development server, in the
    shell that stops the scheduler with the server (as `make -n run` prints it)."""
    import subprocess

    printed = subprocess.run(
        ["make", "-n", "run", "HOST=127.0.0.1", f"PORT={port}"],
        cwd=embedded_db.Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return printed[printed.index("export HOST=") :]


def test_sigterm_to_make_run_stops_the_embedded_database():
    """A service manager or a CI timeout stops `make run` by sending SIGTERM to its process
    group: the development server, its reloader's child and the scheduler all leave, and the
    embedded PostgreSQL must leave with them, as with Ctrl-C (or `make reset-db` refuses)."""
    import shutil
    import signal
    import subprocess
    import tempfile
    import time
    import urllib.request

    from deploy.servers import free_port

    root = embedded_db.Path(__file__).resolve().parents[1]
    (root / ".data").mkdir(exist_ok=True)
    data_dir = embedded_db.Path(tempfile.mkdtemp(prefix="sigterm-pg-", dir=root / ".data"))
    port = free_port()
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "WAGTAILADMIN_BASE_URL")
    }
    environment["EMBEDDED_PG_DATA"] = str(data_dir)
    server = subprocess.Popen(
        ["/bin/bash", "-c", make_run_server_line(port)],
        cwd=root,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            assert server.poll() is None, "the development server stopped by itself"
            assert time.monotonic() < deadline, "the development server did not start"
            time.sleep(1)
        assert postgres_processes_of(data_dir), "the embedded database should be running"

        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        deadline = time.monotonic() + 60
        while postgres_processes_of(data_dir) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert postgres_processes_of(data_dir) == []
        # What `make reset-db` looks at before removing the folder.
        assert not (data_dir / "postmaster.pid").exists()
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
        for process in postgres_processes_of(data_dir):
            process.kill()
        shutil.rmtree(data_dir, ignore_errors=True)
