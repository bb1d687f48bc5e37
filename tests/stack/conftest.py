"""The portal past one machine, on this one: real servers on the loopback interface
(Redis from Debian, moto's S3 server standing in for the object storage, app nodes under
gunicorn on the test PostgreSQL server)."""

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import redis

from tests.portal_server import (
    Gunicorn,
    debian_program,
    drop_database,
    free_port,
    manage,
    production_environment,
    recreate_database,
)

DATABASE_NAME = "angers_intl_stack"
EDITOR = ("camille", "vue-sur-la-maine-2026")
CREATE_EDITOR = (
    "from django.contrib.auth import get_user_model; from django.contrib.auth.models import Group; "
    f"user = get_user_model().objects.create_user({EDITOR[0]!r}, password={EDITOR[1]!r}); "
    "user.groups.add(Group.objects.get(name='Rédacteurs'))"
)


class RedisServer:
    def __init__(self, folder):
        self.program = debian_program("redis-server", "redis-server")
        self.port = free_port()
        self.folder = folder
        self.process = None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        # No snapshot, no append-only file: a cache, nothing to keep.
        self.process = subprocess.Popen(
            [self.program, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return self
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


def public_images_policy(bucket):
    """The bucket policy of docs/deploiement.md: anyone may read images and renditions,
    nobody may read documents except through the portal's credentials."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicImages",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [f"arn:aws:s3:::{bucket}/images/*", f"arn:aws:s3:::{bucket}/original_images/*"],
            }
        ],
    }


class ObjectStorage:
    """moto's S3 server: the same protocol as the city's storage service."""

    BUCKET = "angers-intl-media"

    def __init__(self):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        server = str(Path(sys.executable).with_name("moto_server"))
        self.process = subprocess.Popen(
            [server, "-H", "127.0.0.1", "-p", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(self.endpoint, timeout=1)
                break
            except urllib.error.HTTPError:
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        import boto3

        client = boto3.client("s3", **self.credentials())
        client.create_bucket(Bucket=self.BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"})
        client.put_bucket_policy(Bucket=self.BUCKET, Policy=json.dumps(public_images_policy(self.BUCKET)))
        return self

    def credentials(self):
        return {
            "endpoint_url": self.endpoint,
            "region_name": "eu-west-3",
            "aws_access_key_id": "portal-tests",
            "aws_secret_access_key": "portal-tests-secret",
        }

    def environment(self):
        return {
            "MEDIA_S3_BUCKET": self.BUCKET,
            "MEDIA_S3_ENDPOINT_URL": self.endpoint,
            "MEDIA_S3_REGION": "eu-west-3",
            "MEDIA_S3_ACCESS_KEY_ID": "portal-tests",
            "MEDIA_S3_SECRET_ACCESS_KEY": "portal-tests-secret",
            # Visitors fetch images from the storage's public address (a CDN's, in production).
            "MEDIA_S3_PUBLIC_DOMAIN": f"127.0.0.1:{self.port}/{self.BUCKET}",
            "MEDIA_S3_PUBLIC_PROTOCOL": "http:",
        }

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture(scope="session")
def object_storage():
    storage = ObjectStorage().start()
    yield storage
    storage.stop()


@pytest.fixture(scope="session")
def nodes(django_db_blocker, tmp_path_factory, redis_server, object_storage):
    """Two app nodes sharing the database and Redis, as two machines would."""
    recreate_database(DATABASE_NAME)
    environment = production_environment(
        DATABASE_NAME,
        tmp_path_factory.mktemp,
        REDIS_URL=redis_server.url,
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        **object_storage.environment(),
    )
    manage(
        environment,
        ["migrate", "--no-input"],
        ["collectstatic", "--no-input"],
        ["load_angers_content"],
        ["shell", "-c", CREATE_EDITOR],
    )
    logs = tmp_path_factory.mktemp("logs")
    # Each node has a media folder of its own, which must stay empty: files live in the storage.
    started = []
    try:
        for name in ("a", "b"):
            node = Gunicorn({**environment, "MEDIA_ROOT": str(tmp_path_factory.mktemp(f"media-{name}"))}, logs / f"node-{name}.log")
            started.append(node.start())
        yield started
    finally:
        # Whatever happened, no node outlives the tests.
        for node in started:
            node.stop()
        drop_database(DATABASE_NAME)
