"""compose.yaml and the Dockerfile describe the stack that tests/stack/ runs here (Docker
is not available on the test machines): the same services, variables and probes."""

import os
import re
from pathlib import Path
from types import SimpleNamespace

import yaml

from deploy.object_storage import ObjectStorage
from deploy.stack import Layout
from deploy.varnish import vcl

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text())
DOCKERFILE = (ROOT / "Dockerfile").read_text()
NODES = ("app1", "app2")


def test_the_stack_has_every_service_of_the_tested_layout():
    assert {"db", "redis", "storage", "prepare", "scheduler", "varnish", *NODES} <= set(COMPOSE["services"])


def test_every_node_gets_what_the_nodes_of_make_stack_get(tmp_path):
    layout = Layout({"STACK_DIR": str(tmp_path)})
    stack_node = layout.node_environment(
        "postgresql://db/angers_intl", SimpleNamespace(url="redis://redis/0"), ObjectStorage(tmp_path)
    )
    tested = set(stack_node) - set(os.environ)
    # On loopback only: plain HTTP, static files collected into the stack's folder, and the
    # storage's address in http: (a real storage serves https:, the default).
    tested -= {"HTTPS", "STATIC_ROOT", "MEDIA_S3_PUBLIC_PROTOCOL"}
    assert {
        "DATABASE_URL",
        "REDIS_URL",
        "FRONTEND_CACHE_URL",
        "TRUSTED_PROXY_COUNT",
        "MEDIA_S3_BUCKET",
    } <= tested
    for name in NODES:
        node = COMPOSE["services"][name]
        assert tested <= set(node["environment"]), name
        assert "/readyz" in " ".join(node["healthcheck"]["test"]), name
        assert node["depends_on"]["prepare"]["condition"] == "service_completed_successfully"


def test_work_done_once_runs_once():
    assert COMPOSE["services"]["prepare"]["command"][-1] == "prepare_site"
    assert "once publish_scheduled" in " ".join(COMPOSE["services"]["scheduler"]["command"])


def test_the_image_runs_a_node_as_the_tests_do():
    assert "--no-control-socket" in DOCKERFILE
    assert re.search(r"HEALTHCHECK .*\n?.*?/healthz", DOCKERFILE)
    assert "collectstatic" in DOCKERFILE and "uv sync --frozen --no-dev" in DOCKERFILE


def test_the_front_configuration_is_the_generated_one():
    hosts = COMPOSE["services"]["app1"]["environment"]["ALLOWED_HOSTS"]
    expected = vcl([f"{name}:8000" for name in NODES], host=hosts.split(",")[0], purgers=["172.16.0.0/12"])
    assert (ROOT / "deploy" / "varnish-compose" / "default.vcl").read_text() == expected


def test_every_variable_of_the_nodes_is_documented():
    documentation = (ROOT / "README.md").read_text() + (ROOT / "docs" / "deploiement.md").read_text()
    for variable in COMPOSE["services"]["app1"]["environment"]:
        assert f"`{variable}`" in documentation, variable


def test_the_front_probes_each_node_with_the_site_name():
    # A probe sent with a node's own name would get Django's 400 and mark every node sick.
    configuration = vcl(["app1:8000", "app2:8000"], host="international.angers.fr")
    assert '"Host: international.angers.fr"' in configuration
    assert '.host = "app1";' in configuration and '.host = "app2";' in configuration
