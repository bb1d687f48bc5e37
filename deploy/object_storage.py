"""moto's S3 server standing in for the city's object storage, started like the other
servers of the stack (see servers.py), with the bucket and policy of docs/deploiement.md."""

import json
import os
import urllib.request

from .servers import BIN, HOST, Server, answers


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


class ObjectStorage(Server):
    """moto's S3 server, the same protocol as the city's storage service.

    moto keeps objects in memory. With ``keep=True`` it also writes every request to
    ``folder/recording.jsonl`` and replays that file when it starts again, so that the
    images of a stack stopped and started again are still there (a real service keeps them).
    """

    name = "storage"
    BUCKET = "angers-intl-media"
    REGION = "eu-west-3"
    ACCESS_KEY = ("portal", "portal-secret")

    def __init__(self, folder, port=None, keep=False):
        super().__init__(folder, port)
        self.endpoint = f"http://{HOST}:{self.port}"
        self.recording = self.folder / "recording.jsonl" if keep else None

    def command(self):
        return [str(BIN / "moto_server"), "-H", HOST, "-p", str(self.port)]

    def environment(self):
        if self.recording is None:
            return None
        return {**os.environ, "MOTO_ENABLE_RECORDING": "1", "MOTO_RECORDER_FILEPATH": str(self.recording)}

    def ready(self):
        return answers(self.endpoint + "/moto-api/", timeout=1)

    def start(self):
        replay = self.recording is not None and self.recording.exists()
        super().start()
        if replay:
            # The replay is not recorded again; new requests are appended after it.
            control = urllib.request.Request(
                self.endpoint + "/moto-api/recorder/replay-recording", method="POST"
            )
            urllib.request.urlopen(control, timeout=300).close()
        else:
            import boto3

            client = boto3.client("s3", **self.credentials())
            client.create_bucket(
                Bucket=self.BUCKET, CreateBucketConfiguration={"LocationConstraint": self.REGION}
            )
            client.put_bucket_policy(Bucket=self.BUCKET, Policy=json.dumps(public_images_policy(self.BUCKET)))
        return self

    def credentials(self):
        return {
            "endpoint_url": self.endpoint,
            "region_name": self.REGION,
            "aws_access_key_id": self.ACCESS_KEY[0],
            "aws_secret_access_key": self.ACCESS_KEY[1],
        }

    def portal_environment(self):
        """The MEDIA_S3_* variables of a node using this storage."""
        return {
            "MEDIA_S3_BUCKET": self.BUCKET,
            "MEDIA_S3_ENDPOINT_URL": self.endpoint,
            "MEDIA_S3_REGION": self.REGION,
            "MEDIA_S3_ACCESS_KEY_ID": self.ACCESS_KEY[0],
            "MEDIA_S3_SECRET_ACCESS_KEY": self.ACCESS_KEY[1],
            # Visitors fetch images from the storage's public address (a CDN's, in production).
            "MEDIA_S3_PUBLIC_DOMAIN": f"{HOST}:{self.port}/{self.BUCKET}",
            "MEDIA_S3_PUBLIC_PROTOCOL": "http:",
        }
