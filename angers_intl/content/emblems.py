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


# The text stays inside this square, centred in the inner ring (radius SIZE / 2 - 24):
# its corners are on the ring's inner edge, so no letter touches it.
TEXT_BOX = int((SIZE / 2 - 24 - 8) * 2 ** 0.5)
LARGEST_FONT, SMALLEST_FONT = 120, 24


def fitted_text(draw, label):
    """The label on one line, or on two lines split at a space, in the largest font that
    fits the square inside the ring: (text, font, its bounding box)."""
    candidates = [label]
    words = label.split()
    if len(words) > 1:
        middle = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
        candidates.append(" ".join(words[:middle]) + "\n" + " ".join(words[middle:]))
    best = None
    for text in candidates:
        for size in range(LARGEST_FONT, SMALLEST_FONT - 1, -2):
            font = ImageFont.load_default(size=size)
            box = draw.multiline_textbbox((SIZE / 2, SIZE / 2), text, font=font, anchor="mm", align="center", spacing=4)
            if box[2] - box[0] <= TEXT_BOX and box[3] - box[1] <= TEXT_BOX:
                if best is None or size > best[1].size:
                    best = (text, font, box)
                break
    if best is None:
        raise ValueError(f"« {label} » est trop long pour un emblème : donnez un sigle plus court.")
    return best


def emblem_png(label):
    colour = PALETTE[int(hashlib.sha1(label.encode()).hexdigest(), 16) % len(PALETTE)]
    image = PILImage.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=colour)
    draw.ellipse((24, 24, SIZE - 24, SIZE - 24), outline="white", width=4)
    text, font, _box = fitted_text(draw, label)
    draw.multiline_text((SIZE / 2, SIZE / 2), text, fill="white", font=font, anchor="mm", align="center", spacing=4)
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
