"""Uploaded images and documents, checked before they are stored.

Images: Wagtail measures an image by decoding all of it (Willow loads it into Pillow), so
a large photo cost seconds and hundreds of megabytes before being refused, and one
declaring more than twice Pillow's own limit raised DecompressionBombError: a server
error. Here the size is read from the file's header and anything above
WAGTAILIMAGES_MAX_IMAGE_PIXELS is a form error before a single pixel is decoded.

Documents: Wagtail only looks at the extension; an HTML page named ``.pdf`` was accepted
and served from the site's own address. The content must match the extension.

Photographs: a camera or a phone writes where and with what a photo was taken (EXIF: GPS
position, camera, owner's name) into the file, and Wagtail serves the original and keeps
that metadata in some renditions (PNG, WebP). Every uploaded raster image is re-encoded
without it; its orientation is applied to the pixels first, so that the photo stays upright.

Both forms are Wagtail's own, set as the base of every upload form (single, multiple,
chooser) by WAGTAILIMAGES_IMAGE_FORM_BASE and WAGTAILDOCS_DOCUMENT_FORM_BASE.
"""

import io
import os
import re

import filetype
from django.conf import settings
from django.core.checks import Error, register
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from PIL import ImageOps
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

IMAGE_TOO_MANY_PIXELS = _(
    "Cette image compte trop de pixels : %(limit)s millions au plus. "
    "Réduisez ses dimensions avant de l'envoyer."
)
DOCUMENT_IS_MARKUP = _(
    "Ce fichier est une page web (HTML), une image SVG ou un script : ces fichiers ne sont "
    "pas acceptés comme documents, quel que soit leur nom."
)
DOCUMENT_CONTENT_MISMATCH = _(
    "Le contenu de ce fichier ne correspond pas à son extension « .%(extension)s ». "
    "Enregistrez-le dans ce format, puis envoyez-le de nouveau."
)


# Images --------------------------------------------------------------------------------


def image_header_pixels(file):
    """Pixels the image declares (width × height × frames), read without decoding it.

    Raises PIL.Image.DecompressionBombError when the header alone exceeds Pillow's own
    ceiling, and OSError or SyntaxError when Pillow cannot read the header.
    """
    file.seek(0)
    try:
        with PillowImage.open(file) as image:
            return image.width * image.height * getattr(image, "n_frames", 1)
    finally:
        file.seek(0)


# The formats re-encoded without their metadata, with what keeps their quality.
REENCODED_FORMATS = {
    "JPEG": {"quality": 92},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 92},
    "TIFF": {},
}
PRIVATE_INFO_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop")


def carries_private_metadata(image):
    return bool(image.getexif()) or any(key in image.info for key in PRIVATE_INFO_KEYS)


def without_private_metadata(file):
    """The uploaded ``file``, re-encoded without EXIF, XMP or comments, upright; or the
    same file when it carries none (or is not a still raster image Pillow can write)."""
    file.seek(0)
    try:
        with PillowImage.open(file) as image:
            options = REENCODED_FORMATS.get(image.format)
            if options is None or getattr(image, "n_frames", 1) > 1 or not carries_private_metadata(image):
                return file
            image_format = image.format
            upright = ImageOps.exif_transpose(image)
            keep = {key: image.info[key] for key in ("icc_profile", "dpi") if key in image.info}
            buffer = io.BytesIO()
            # Saving with no ``exif`` argument writes none; ``keep`` holds the colour profile
            # and the resolution, which describe the pixels, not the person.
            upright.save(buffer, format=image_format, **options, **keep)
    finally:
        file.seek(0)
    cleaned = SimpleUploadedFile(file.name, buffer.getvalue(), content_type=getattr(file, "content_type", None))
    cleaned.image = getattr(file, "image", None)
    return cleaned


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, measuring the image from its header and storing it without
    the photographer's private metadata."""

    def clean(self, data, initial=None):
        file = super().clean(data, initial)
        if file is None or file is False or file is initial or not hasattr(file, "seek"):
            return file
        return without_private_metadata(file)

    def check_image_pixel_size(self, f):
        if self.max_image_pixels is None:
            return
        try:
            pixels = image_header_pixels(f)
        except PillowImage.DecompressionBombError:
            pixels = None
        except (OSError, SyntaxError, ValueError) as exc:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from exc
        if pixels is None or pixels > self.max_image_pixels:
            limit = self.max_image_pixels / 1_000_000
            raise ValidationError(
                IMAGE_TOO_MANY_PIXELS,
                code="file_too_many_pixels",
                params={"limit": number_format(int(limit) if limit.is_integer() else round(limit, 1))},
            )


class CheckedImageForm(BaseImageForm):
    """The base of every image form of the admin (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the file field itself (its formfield callback wins over the
        # base form's fields); the same field is rebuilt as a CheckedImageField.
        field = self.fields.get("file")
        if field is not None:
            self.fields["file"] = CheckedImageField(
                label=field.label,
                required=field.required,
                max_length=field.max_length,
                allow_empty_file=field.allow_empty_file,
                widget=field.widget,
            )


# Documents -----------------------------------------------------------------------------

# What filetype finds at the start of each allowed kind of document. Word, Excel and
# PowerPoint files are ZIP archives; filetype names them only when their first entries
# show it, so a plain "zip" is accepted for them too. Keynote files are ZIP archives.
ZIP_BASED = {"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"}
BINARY_DOCUMENT_KINDS = {
    "pdf": {"pdf"},
    "docx": {"docx", "zip"},
    "xlsx": {"xlsx", "zip"},
    "pptx": {"pptx", "zip"},
    "odt": {"odt", "zip"},
    "key": {"zip"},
    "zip": ZIP_BASED,
    "rtf": {"rtf"},
}
TEXT_DOCUMENTS = {"csv", "txt"}
CHECKED_EXTENSIONS = set(BINARY_DOCUMENT_KINDS) | TEXT_DOCUMENTS

HEAD_SIZE = 8192  # what filetype reads
CHUNK_SIZE = 1024 * 1024

# Markup a browser would render, or a script: "<" then a letter, "!" (doctype, comment)
# or "?" (XML, so SVG), or a "#!" line, after any byte-order mark and blank space.
MARKUP_OR_SCRIPT = re.compile(rb"\A(?:\xef\xbb\xbf)?[\t\n\x0c\r ]*(?:<[A-Za-z!?]|#!)")
# Text has no control characters but tab, line feed, form feed and carriage return.
# Every byte decodes as Latin-1 (and Windows-1252, Excel's CSV in French), so UTF-8 or
# not, control bytes are what set a binary file apart from text.
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


def file_extension(name):
    return os.path.splitext(name)[1].lower().lstrip(".")


def is_text(file):
    file.seek(0)
    try:
        while chunk := file.read(CHUNK_SIZE):
            if CONTROL_BYTES.search(chunk):
                return False
        return True
    finally:
        file.seek(0)


def validate_document_content(file):
    """Refuse markup and scripts whatever their name, and any document whose content does
    not match its extension. Extensions without a rule are left to WAGTAILDOCS_EXTENSIONS
    (the system check below makes sure every allowed one has a rule)."""
    extension = file_extension(file.name)
    file.seek(0)
    head = file.read(HEAD_SIZE)
    file.seek(0)
    if MARKUP_OR_SCRIPT.match(head):
        raise ValidationError(DOCUMENT_IS_MARKUP, code="document_is_markup")
    if extension in TEXT_DOCUMENTS:
        matches = is_text(file)
    elif extension in BINARY_DOCUMENT_KINDS:
        kind = filetype.guess(head)
        matches = kind is not None and kind.extension in BINARY_DOCUMENT_KINDS[extension]
    else:
        return
    if not matches:
        raise ValidationError(
            DOCUMENT_CONTENT_MISMATCH, code="document_content_mismatch", params={"extension": extension}
        )


class CheckedDocumentForm(BaseDocumentForm):
    """The base of every document form of the admin (WAGTAILDOCS_DOCUMENT_FORM_BASE).
    The size limit is Wagtail's own field's (WAGTAILDOCS_MAX_UPLOAD_SIZE)."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        # A new upload; the stored file of a document being edited was checked on upload.
        if file and "file" in self.changed_data:
            validate_document_content(file)
        return file


@register()
def every_allowed_document_is_checked(app_configs, **kwargs):
    unchecked = sorted(set(getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or []) - CHECKED_EXTENSIONS)
    if not unchecked:
        return []
    return [
        Error(
            f"WAGTAILDOCS_EXTENSIONS allows {', '.join(unchecked)}, whose content nothing checks.",
            hint="Add a rule for it in angers_intl/editorial/uploads.py, or remove it from WAGTAILDOCS_EXTENSIONS.",
            id="angers_intl.E001",
        )
    ]
