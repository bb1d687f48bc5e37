"""Nodes starting together: the database is prepared once; timed work runs on one node."""

import subprocess
import sys

import psycopg

from tests.portal_server import ROOT, database_url, drop_database, production_environment, recreate_database

DATABASE_NAME = "angers_intl_startup"


def manage_async(environment, *command):
    return subprocess.Popen(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def publish_scheduled(environment):
    command = [sys.executable, "manage.py", "once", "publish_scheduled"]
    return subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)


def test_two_nodes_starting_together_prepare_the_database_once(tmp_path_factory):
    recreate_database(DATABASE_NAME)
    try:
        environment = production_environment(tmp_path_factory.mktemp, DATABASE_NAME)
        starting = [manage_async(environment, "prepare_site") for _ in range(2)]
        outputs = [process.communicate(timeout=600) for process in starting]
        assert [process.returncode for process in starting] == [0, 0], outputs
        # One loaded the content, the other found it there.
        said = " ".join(stdout for stdout, _stderr in outputs)
        assert "Contenu d'Angers chargé" in said and "déjà chargé" in said
        with psycopg.connect(database_url(DATABASE_NAME)) as connection:
            homes = connection.execute("SELECT count(*) FROM wagtailcore_page WHERE depth = 2").fetchone()[0]
        assert homes == 2  # French and English, not four
    finally:
        drop_database(DATABASE_NAME)


def test_timed_work_runs_on_one_node_at_a_time(nodes):
    environment = nodes[0].env
    import zlib

    key = zlib.crc32(b"angers-intl:once:publish_scheduled")
    with psycopg.connect(environment["DATABASE_URL"], autocommit=True) as other_node:
        other_node.execute("SELECT pg_advisory_lock(%s)", [key])
        skipped = publish_scheduled(environment)
        assert skipped.returncode == 0 and "autre nœud" in skipped.stdout
        other_node.execute("SELECT pg_advisory_unlock(%s)", [key])
    ran = publish_scheduled(environment)
    assert ran.returncode == 0 and "autre nœud" not in ran.stdout, ran.stderr
