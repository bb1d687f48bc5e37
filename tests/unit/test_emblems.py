"""The placeholder emblems show each organisation's whole acronym, inside their ring and
large enough to read on a card (96 pixels)."""

import io
import math

import pytest
from PIL import Image, ImageDraw

from angers_intl.content import emblems
from angers_intl.content.data import PAGES

LABELS = sorted({spec["logo"] for spec in PAGES if spec.get("logo")})
RING = emblems.SIZE / 2 - 24


@pytest.mark.parametrize("label", LABELS)
def test_the_whole_label_fits_inside_the_ring(label):
    draw = ImageDraw.Draw(Image.new("RGBA", (emblems.SIZE, emblems.SIZE)))
    text, font, (left, top, right, bottom) = emblems.fitted_text(draw, label)
    assert text.replace("\n", " ") == label  # nothing cut
    centre = emblems.SIZE / 2
    for x, y in ((left, top), (right, top), (left, bottom), (right, bottom)):
        assert math.hypot(x - centre, y - centre) < RING, (label, x, y)
    # At least 10 pixels high on a 96-pixel card.
    assert font.size * 96 / emblems.SIZE >= 10, label


def test_labels_are_the_organisations_acronyms_not_cut_words():
    assert {"Eurocities", "Tree Cities", "GCoM", "EdCities"} <= set(LABELS)
    assert not {"EUROC", "TREE", "EUROPE"} & set(LABELS)


def test_an_emblem_is_a_square_png_with_a_transparent_corner():
    image = Image.open(io.BytesIO(emblems.emblem_png("Eurocities")))
    assert image.size == (emblems.SIZE, emblems.SIZE)
    assert image.getpixel((0, 0))[3] == 0


def test_a_label_too_long_for_any_font_is_refused_with_a_message():
    with pytest.raises(ValueError, match="trop long"):
        emblems.fitted_text(ImageDraw.Draw(Image.new("RGBA", (10, 10))), "W" * 80)
