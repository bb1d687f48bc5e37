"""The rich-text editor's input, read so that content it cannot hold is a form error.

Draftail posts its content as JSON (contentstate) in a hidden input; Wagtail converts it
to HTML while reading the form, before any field cleans it, so a post holding anything
else (raw HTML, broken JSON, blocks of the wrong shape) used to end in a server error.
The widget below keeps such a post as an ``UnreadableRichText``, which the form field
then refuses with a message in the editor's language, for RichTextField and for the
"Texte" block of the page bodies alike (both build their field with this widget, see
WAGTAILADMIN_RICH_TEXT_EDITORS in the settings).
"""

import json

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from draftjs_exporter.error import ExporterException
from wagtail.admin.rich_text.editors.draftail import DraftailRichTextArea

UNREADABLE_RICH_TEXT = _(
    "Ce texte n'a pas pu être lu : il ne vient pas de l'éditeur de texte du portail. "
    "Vérifiez-le ci-dessous, puis enregistrez de nouveau."
)

# Draftail nests lists a level or two; converting deeper lists recurses once per level,
# and a list claiming millions of levels kept a worker busy for minutes.
MAX_LIST_DEPTH = 10


class UnreadableRichText:
    """Posted editor content that is not Draftail's: CharField.clean() turns every value
    into text with str(), which here raises the form error."""

    def __init__(self, posted):
        self.posted = posted

    def __str__(self):
        raise ValidationError(UNREADABLE_RICH_TEXT, code="unreadable_rich_text")

    def __repr__(self):
        return f"<UnreadableRichText {self.posted[:40]!r}>"


def check_contentstate(contentstate):
    """Raise ValueError unless the decoded JSON has the shape Draftail gives it, so the
    conversion to HTML never meets a value it was not written for."""
    if contentstate is None:
        return
    if not isinstance(contentstate, dict) or not isinstance(contentstate.get("blocks"), list):
        raise ValueError("not a contentstate")
    entity_map = contentstate.get("entityMap", {})
    if not isinstance(entity_map, dict) or not all(
        isinstance(entity, dict)
        and isinstance(entity.get("type"), str)
        and isinstance(entity.get("data"), dict)
        for entity in entity_map.values()
    ):
        raise ValueError("entityMap of the wrong shape")
    for block in contentstate["blocks"]:
        if not isinstance(block, dict) or not isinstance(block.get("text"), str):
            raise ValueError("block of the wrong shape")
        depth = block.get("depth", 0)
        if type(depth) is not int or not 0 <= depth <= MAX_LIST_DEPTH:
            raise ValueError("list depth out of range")
        for ranges in (block.get("inlineStyleRanges", []), block.get("entityRanges", [])):
            if not isinstance(ranges, list) or not all(
                isinstance(r, dict)
                and type(r.get("offset")) is int
                and type(r.get("length")) is int
                and r["offset"] >= 0
                and r["length"] >= 0
                for r in ranges
            ):
                raise ValueError("range of the wrong shape")
        for entity_range in block.get("entityRanges", []):
            if str(entity_range.get("key")) not in entity_map:
                raise ValueError("range naming a missing entity")


class CheckedDraftailRichTextArea(DraftailRichTextArea):
    """Wagtail's Draftail editor, which hands an unreadable post to the field to refuse."""

    def value_from_datadict(self, data, files, name):
        posted = data.get(name)
        if posted is None:
            return None
        if not posted.strip():
            return ""
        try:
            check_contentstate(json.loads(posted))
            return self.converter.to_database_format(posted)
        # RecursionError: JSON or lists nested deeper than Python recurses.
        except (
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            IndexError,
            RecursionError,
            ExporterException,
        ):
            return UnreadableRichText(posted)

    def format_value(self, value):
        if isinstance(value, UnreadableRichText):
            # Shown again as the editor reads pasted HTML: what the allowed features can
            # hold is kept, the rest dropped, so nothing typed is lost without being seen.
            try:
                return self.converter.from_database_format(value.posted)
            except Exception:  # noqa: BLE001 - an empty editor is the fallback for any content
                return self.converter.from_database_format("")
        return super().format_value(value)
