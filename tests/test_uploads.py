"""Uploads and editor posts that used to hurt the site are refused, through the admin's
real views, with a message in the editor's language; good files still go through.

Test files stay small: a huge image is a PNG header declaring its size, a file over the
size limit is a valid header followed by padding."""

import io
import json
import struct
import zipfile
import zlib

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ExifTags
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from angers_intl.editorial.rich_text import MAX_LIST_DEPTH
from angers_intl.models import HomePage
from tests.conftest import page_for

TOO_MANY_PIXELS = "Cette image compte trop de pixels : 40 millions au plus."
TOO_BIG = "Ce fichier est trop gros"
IS_MARKUP = "Ce fichier est une page web (HTML), une image SVG ou un script"
MISMATCH = "Le contenu de ce fichier ne correspond pas à son extension"
UNREADABLE = "Ce texte n'a pas pu être lu"


# Files -------------------------------------------------------------------------------


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header(width, height):
    """A PNG that declares its size and holds no pixels: all Pillow needs to measure it."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IEND", b"")


def small_png():
    out = io.BytesIO()
    PillowImage.new("RGB", (40, 30), (200, 30, 40)).save(out, "PNG")
    return out.getvalue()


def small_pdf():
    """A minimal valid PDF: one empty page, with its cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def small_docx():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def over_limit(head, limit):
    return head + b"\0" * (limit + 1 - len(head))


HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def upload(name, content):
    return SimpleUploadedFile(name, content)


def root_collection_id():
    return Collection.get_first_root_node().pk


# Images ------------------------------------------------------------------------------


def upload_forms(app, chooser_prefix):
    """The three ways staff upload a file to ``app`` (wagtailimages, wagtaildocs): its add
    form, its multiple upload, and the upload form of its chooser. Each takes the signed-in
    client, a file name and the file's content, and returns the response."""

    def add_form(admin_client, name, content):
        data = {"title": "Essai", "file": upload(name, content), "collection": root_collection_id()}
        return admin_client.post(reverse(f"{app}:add"), data)

    def multiple_upload(admin_client, name, content):
        data = {"files[]": upload(name, content), "collection": root_collection_id()}
        return admin_client.post(reverse(f"{app}:add_multiple"), data, headers={"X-Requested-With": "XMLHttpRequest"})

    def chooser(admin_client, name, content):
        prefix = f"{chooser_prefix}-chooser-upload"
        data = {f"{prefix}-title": "Essai", f"{prefix}-file": upload(name, content), f"{prefix}-collection": root_collection_id()}
        return admin_client.post(reverse(f"{app}_chooser:create"), data)

    return [add_form, multiple_upload, chooser]


IMAGE_PATHS = upload_forms("wagtailimages", "image")


def refusal_text(response):
    """The page or JSON answer of an upload view, as text (JSON unescaped)."""
    assert response.status_code == 200, response.status_code
    if response["Content-Type"].startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()


@pytest.mark.parametrize("post", IMAGE_PATHS, ids=lambda post: post.__name__)
@pytest.mark.parametrize(
    "size",
    [(20000, 20000), (11000, 11000), (8001, 5000)],
    ids=["400-MP beyond Pillow's ceiling", "121 MP", "just over 40 MP"],
)
def test_an_image_with_too_many_pixels_is_refused(content, admin_client, post, size):
    count = get_image_model().objects.count()
    response = post(admin_client, "immense.png", png_header(*size))
    assert TOO_MANY_PIXELS in refusal_text(response)
    assert get_image_model().objects.count() == count


@pytest.mark.parametrize("post", IMAGE_PATHS, ids=lambda post: post.__name__)
def test_an_image_too_big_is_refused(content, admin_client, post):
    count = get_image_model().objects.count()
    content = over_limit(png_header(100, 100), settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    response = post(admin_client, "lourde.png", content)
    assert TOO_BIG in refusal_text(response)
    assert get_image_model().objects.count() == count


@pytest.mark.parametrize("post", IMAGE_PATHS, ids=lambda post: post.__name__)
def test_a_small_png_is_accepted(content, admin_client, post):
    count = get_image_model().objects.count()
    response = post(admin_client, "drapeau.png", small_png())
    assert response.status_code == ACCEPTED_STATUS[post.__name__]
    assert get_image_model().objects.count() == count + 1
    image = get_image_model().objects.latest("pk")
    assert (image.width, image.height) == (40, 30)


def photo_with_private_metadata(image_format):
    """A 40 × 30 photo, taken with the camera turned (EXIF orientation 6: shown 30 × 40),
    that says where it was taken and with what."""
    exif = PillowImage.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "Appareil de Jeanne"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (47.0, 28.0, 12.0),
        ExifTags.GPS.GPSLongitudeRef: "W",
        ExifTags.GPS.GPSLongitude: (0.0, 33.0, 15.0),
    }
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "teal").save(buffer, format=image_format, exif=exif)
    return buffer.getvalue()


@pytest.mark.parametrize("post", IMAGE_PATHS, ids=lambda post: post.__name__)
@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_a_photo_is_stored_upright_without_its_position_or_camera(content, admin_client, post, image_format):
    sent = photo_with_private_metadata(image_format)
    with PillowImage.open(io.BytesIO(sent)) as original:
        assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the photo does say where it was taken
    response = post(admin_client, f"photo.{image_format.lower()}", sent)
    assert response.status_code == ACCEPTED_STATUS[post.__name__]
    image = get_image_model().objects.latest("pk")
    assert (image.width, image.height) == (30, 40)
    with image.open_file() as stored, PillowImage.open(stored) as photo:
        assert photo.size == (30, 40)
        exif = photo.getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.Base.Make not in exif and ExifTags.Base.Orientation not in exif
    assert image.file_size == image.file.size
    for spec in ("fill-20x20|format-png", "width-30|format-webp", "width-30|format-jpeg"):
        rendition = image.get_rendition(spec)
        with rendition.file.open() as stored, PillowImage.open(stored) as version:
            assert not version.getexif(), spec


def test_a_photo_without_metadata_is_stored_as_it_was_sent(content, admin_client):
    sent = small_png()
    IMAGE_PATHS[0](admin_client, "drapeau.png", sent)
    image = get_image_model().objects.latest("pk")
    with image.open_file() as stored:
        assert stored.read() == sent


def test_the_limits_are_the_documented_ones():
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024


# Documents ---------------------------------------------------------------------------


DOCUMENT_PATHS = upload_forms("wagtaildocs", "document")

# What each way of uploading answers when it accepts the file: the add form redirects to
# the listing, the multiple upload and the choosers answer their script with JSON.
ACCEPTED_STATUS = {"add_form": 302, "multiple_upload": 200, "chooser": 200}


@pytest.mark.parametrize("post", DOCUMENT_PATHS, ids=lambda post: post.__name__)
@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("rapport.pdf", HTML, IS_MARKUP),
        ("notes.txt", b"\n  <html><body>Bonjour</body></html>", IS_MARKUP),
        ("logo.pdf", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', IS_MARKUP),
        ("liste.csv", b"#!/bin/sh\nrm -rf /\n", IS_MARKUP),
        ("rapport.pdf", small_docx(), MISMATCH),
        ("budget.xlsx", small_pdf(), MISMATCH),
        ("lettre.rtf", b"Bonjour", MISMATCH),
        ("archive.zip", b"MZ\x90\x00\x03\x00\x00\x00", MISMATCH),
        ("notes.txt", b"Bonjour\x00\x01\x02", MISMATCH),
    ],
    ids=[
        "html-as-pdf",
        "html-as-txt",
        "svg-as-pdf",
        "script-as-csv",
        "zip-as-pdf",
        "pdf-as-xlsx",
        "text-as-rtf",
        "exe-as-zip",
        "binary-as-txt",
    ],
)
def test_a_document_whose_content_does_not_match_is_refused(content, admin_client, post, name, data, message):
    count = get_document_model().objects.count()
    response = post(admin_client, name, data)
    assert message in refusal_text(response)
    assert get_document_model().objects.count() == count


@pytest.mark.parametrize("post", DOCUMENT_PATHS, ids=lambda post: post.__name__)
def test_a_document_too_big_is_refused(content, admin_client, post):
    count = get_document_model().objects.count()
    response = post(admin_client, "gros.pdf", over_limit(b"%PDF-1.4\n", settings.WAGTAILDOCS_MAX_UPLOAD_SIZE))
    assert TOO_BIG in refusal_text(response)
    assert get_document_model().objects.count() == count


@pytest.mark.parametrize("post", DOCUMENT_PATHS, ids=lambda post: post.__name__)
@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("rapport.pdf", small_pdf()),
        ("compte-rendu.docx", small_docx()),
        ("lettre.rtf", b"{\\rtf1\\ansi Bonjour}"),
        ("membres.csv", "nom;pays\nAngers;France\nSüdtirol;Italia\n".encode()),
        ("membres-excel.csv", "nom;montant\nCotisation;1 500 \u20ac\n".encode("cp1252")),
        ("lisez-moi.txt", "Réseaux de villes\r\n\tà lire\n".encode()),
    ],
    ids=["pdf", "docx", "rtf", "utf8-csv", "windows-1252-csv", "txt"],
)
def test_a_real_document_is_accepted(content, admin_client, post, name, data):
    count = get_document_model().objects.count()
    response = post(admin_client, name, data)
    assert response.status_code == ACCEPTED_STATUS[post.__name__]
    assert get_document_model().objects.count() == count + 1, refusal_text(response)[-2000:]


# Rich text ---------------------------------------------------------------------------


def contentstate(*blocks, entity_map=None):
    return json.dumps({"blocks": list(blocks), "entityMap": entity_map or {}})


def block(text="Bonjour", kind="unstyled", depth=0, **extra):
    return {
        "key": "a1b2c",
        "type": kind,
        "text": text,
        "depth": depth,
        "inlineStyleRanges": [],
        "entityRanges": [],
        **extra,
    }


HOSTILE_EDITOR_POSTS = {
    "raw html": "<p><div><script>alert(1)</script>",
    "unclosed tags": "<p><b><i>Bonjour",
    "deeply nested html": "<div>" * 50_000,
    "deeply nested json": "[" * 50_000 + "]" * 50_000,
    "json of another shape": json.dumps([1, 2, 3]),
    "blocks of another shape": json.dumps({"blocks": "abc", "entityMap": {}}),
    "missing entity": contentstate(block(entityRanges=[{"key": 7, "offset": 0, "length": 3}])),
    "list nested too deep": contentstate(block(kind="unordered-list-item", depth=10**7)),
    "negative list depth": contentstate(block(kind="unordered-list-item", depth=-1)),
}


def home_edit_data(page, intro, body):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "intro": intro,
            "body": streamfield(body),
            "comments": inline_formset([]),
        }
    )


def post_home(admin_client, intro, body=()):
    page = page_for("home")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return page, admin_client.post(url, home_edit_data(page, intro, list(body)))


def form_errors(response):
    """The edit form's errors as text, those of stream blocks included."""
    texts = []
    for errors in response.context["form"].errors.as_data().values():
        for error in errors:
            data = error.as_json_data() if hasattr(error, "as_json_data") else error.messages
            texts.append(json.dumps(data, ensure_ascii=False))
    return " ".join(texts)


def assert_refused_and_nothing_saved(page, response):
    assert response.status_code == 200
    assert UNREADABLE in form_errors(response)
    saved = HomePage.objects.get(pk=page.pk)
    assert saved.intro == page.intro
    assert saved.latest_revision_id == page.latest_revision_id
    assert saved.has_unpublished_changes == page.has_unpublished_changes


@pytest.mark.parametrize("posted", HOSTILE_EDITOR_POSTS.values(), ids=HOSTILE_EDITOR_POSTS.keys())
def test_hostile_rich_text_field_post_is_a_form_error(content, admin_client, posted):
    page, response = post_home(admin_client, posted)
    assert_refused_and_nothing_saved(page, response)


@pytest.mark.parametrize("posted", HOSTILE_EDITOR_POSTS.values(), ids=HOSTILE_EDITOR_POSTS.keys())
def test_hostile_rich_text_block_post_is_a_form_error(content, admin_client, posted):
    page, response = post_home(admin_client, rich_text("<p>Bonjour</p>"), [("paragraph", posted)])
    assert_refused_and_nothing_saved(page, response)


def test_the_refused_text_is_shown_again_as_the_editor_reads_html(content, admin_client):
    """What the editor can hold of the post is kept, the way pasted HTML is."""
    _page, response = post_home(admin_client, "<p><b>Angers</b> et ses réseaux<script>alert(1)</script>")
    form = response.context["form"]
    shown = json.loads(form.fields["intro"].widget.format_value(form["intro"].value()))
    # The script element is dropped; its words, now plain text, stay for the editor to see.
    assert [block["text"] for block in shown["blocks"]] == ["Angers et ses réseauxalert(1)"]
    assert shown["blocks"][0]["inlineStyleRanges"][0]["style"] == "BOLD"


def test_draftail_content_is_still_saved(content, admin_client):
    nested = contentstate(
        block("Un", kind="unordered-list-item"),
        block("Deux", kind="unordered-list-item", depth=MAX_LIST_DEPTH),
    )
    page, response = post_home(
        admin_client, rich_text("<p>Nouvelle introduction</p>"), [("paragraph", nested)]
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    draft = HomePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert "Nouvelle introduction" in draft.intro
    assert "Deux" in str(draft.body[0].value)
