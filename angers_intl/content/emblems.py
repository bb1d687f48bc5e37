"""Placeholder emblems: the real logos are not ours to publish, so each organisation gets
an honest stand-in (its acronym on a plain disc) that an editor replaces in the admin."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

SIZE = 320
# Dark tones only: white text on them keeps a contrast above 7:1.
PALETTE = ["#0b4f6c", "#7a1f3d", "#2f5d1e", "#4b3a8c", "#7a4a00", "#1d4e89", "#5c2a6b"]
COLLECTION_NAME = "Emblèmes provisoires"


def emblem_png(label):
    colour = PALETTE[int(hashlib.sha1(label.encode()).hexdigest(), 16) % len(PALETTE)]
    image = PILImage.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=colour)
    draw.ellipse((24, 24, SIZE - 24, SIZE - 24), outline="white", width=4)
    font_size = min(110, int(380 / max(len(label), 1)))
    font = ImageFont.load_default(size=font_size)
    draw.text((SIZE / 2, SIZE / 2), label, fill="white", font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def create_emblem(label, organisation_name):
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=COLLECTION_NAME)
    slug = "".join(ch.lower() if ch.isalnum() else "-" for ch in label).strip("-")
    image_model = get_image_model()
    return image_model.objects.create(
        title=f"Emblème provisoire – {organisation_name}",
        description=f"Emblème provisoire de {organisation_name} ({label})",
        collection=collection,
        file=ImageFile(io.BytesIO(emblem_png(label)), name=f"emblem-{slug}.png"),
    )
