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
