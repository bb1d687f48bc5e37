"""The interface speaks English under /en/: every interface text has its translation,
and the compiled catalogue matches its source."""

from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parent.parent / "locale" / "en" / "LC_MESSAGES"


def test_every_interface_text_is_translated():
    po = polib.pofile(str(LOCALE / "django.po"))
    untranslated = [entry.msgid for entry in po if not entry.translated()]
    assert untranslated == []
    assert not [entry.msgid for entry in po if "fuzzy" in entry.flags]


def test_compiled_catalogue_matches_its_source():
    po = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in polib.pofile(str(LOCALE / "django.po"))}
    mo = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in polib.mofile(str(LOCALE / "django.mo"))}
    assert {k: v for k, v in mo.items() if k[1]} == po


def test_translation_editor_publish_button_reads_well_in_french(admin_client):
    script = admin_client.get("/admin/localize/jsi18n/").content.decode()
    assert '"Publish in ": "Publier en "' in script
