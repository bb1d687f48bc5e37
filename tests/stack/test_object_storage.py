"""Media in the object storage: a file uploaded through one node is served, with its
renditions, whoever serves the page; documents stay behind Wagtail's view."""

import json
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

from deploy.servers import ROOT
from tests.stack.test_shared_state import get

UPLOAD = """
import io, json
from django.core.files.images import ImageFile
from django.core.files.base import ContentFile
from PIL import Image as Picture
from wagtail.images import get_image_model
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
buffer = io.BytesIO(); Picture.new("RGB", (640, 480), (200, 30, 40)).save(buffer, "PNG")
image = get_image_model().objects.create(title="Place du Ralliement", file=ImageFile(buffer, name="ralliement.png"))
rendition = image.get_rendition("fill-160x160|format-webp")
private = Collection.get_first_root_node().add_child(name="Dossiers internes")
CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
document = get_document_model().objects.create(
    title="Note interne", collection=private, file=ContentFile(b"internal note", name="note-interne.txt"))
print(json.dumps({"original": image.file.url, "rendition": rendition.url, "document": document.url,
                  "document_file": document.file.name}))
"""


def run_on(node, code):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=node.env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_media_uploaded_through_one_node_are_served_from_the_storage(nodes, object_storage):
    a, b = nodes
    uploaded = run_on(a, UPLOAD)
    # Plain public addresses, without expiring signatures, on the storage's own address.
    for name in ("original", "rendition"):
        url = uploaded[name]
        assert url.startswith(object_storage.endpoint) and "Signature" not in url and "?" not in url
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200 and len(response.read()) > 100
    # The document's file itself is not public in the storage.
    try:
        urllib.request.urlopen(
            f"{object_storage.endpoint}/{object_storage.BUCKET}/{uploaded['document_file']}"
        )
        raise AssertionError("a private document is readable in the storage")
    except urllib.error.HTTPError as refused:
        assert refused.code == 403
    # No node keeps a file of its own.
    for node in nodes:
        assert not any(Path(node.env["MEDIA_ROOT"]).rglob("*.*"))
    # The private document: refused to visitors on either node, never redirected to the storage.
    for node in (a, b):
        status, headers, _body = get(node.url + uploaded["document"])
        assert status in (302, 403)
        assert object_storage.endpoint not in headers.get("Location", "")
    assert get(b.url + "/readyz")[0] == 200


def test_browsers_may_show_images_from_the_storage(nodes, object_storage):
    # The images of a page come from the storage's address: the page's policy must allow it,
    # and the admin's too (image choosers, previews).
    for path in ("/", "/admin/login/"):
        policy = get(nodes[1].url + path)[1]["Content-Security-Policy"]
        img_src = next(part for part in policy.split(";") if part.strip().startswith("img-src"))
        assert object_storage.endpoint in img_src.split(), (path, img_src)
