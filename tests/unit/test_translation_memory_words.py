"""The translation memory's pure parts, no database, no network: the French change word by
word, and the official names protected from the machine translators and given back."""

import time

from django.test import override_settings
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.strings import StringValue

from angers_intl.editorial.machine_translation import (
    DEEPL_PROTECTION,
    LIBRETRANSLATE_PROTECTION,
    GlossaryDeepLTranslator,
    GlossaryLibreTranslator,
)
from angers_intl.editorial.translation_memory import (
    SAME_TEXT_THRESHOLD,
    Term,
    names_missing_from,
    similarity,
    too_long_to_diff,
    word_diff,
)

NAMES = {"CGLU": "UCLG", "Cités et Gouvernements Locaux Unis": "United Cities and Local Governments"}


def test_added_words_are_inserted_and_removed_words_deleted():
    diff = word_diff("Angers est membre de CGLU.", "Angers est membre actif de CGLU depuis 2004.")
    assert diff == "Angers est membre <ins>actif</ins> de CGLU <ins>depuis 2004</ins>."
    assert word_diff("Angers, ville active.", "Angers, ville.") == "Angers, ville <del>active</del>."
    assert word_diff("Une ville.", "Une cité.") == "Une <del>ville</del><ins>cité</ins>."
    assert word_diff("Même texte.", "Même texte.") == "Même texte."


def test_the_spaces_of_the_new_text_are_kept_and_stay_outside_the_marks():
    assert word_diff("Angers jumelée.", "Angers,  ville jumelée.\n") == "Angers<ins>,  ville</ins> jumelée.\n"
    assert word_diff("Ancienne ville jumelée", "ville jumelée") == "<del>Ancienne</del> ville jumelée"
    assert word_diff("", "Une ville.") == "<ins>Une ville.</ins>"


def paragraph(words, seed):
    """A long French-looking paragraph: words from a small vocabulary, as real texts repeat theirs."""
    vocabulary = "la ville d’Angers est membre du réseau depuis , et les élus y siègent . chaque année".split()
    return " ".join(vocabulary[(index * seed + index // 7) % len(vocabulary)] for index in range(words))


def test_a_two_thousand_word_paragraph_is_compared_at_once():
    old = paragraph(2000, 3)
    new = old.replace("réseau", "grand réseau", 5) + " Une phrase ajoutée."
    started = time.perf_counter()
    diff = word_diff(old, new)
    score = similarity(old, new)
    assert time.perf_counter() - started < 1
    assert diff.count("<ins>grand</ins>") == 5 and diff.endswith("<ins>Une phrase ajoutée.</ins>")
    assert score > SAME_TEXT_THRESHOLD
    # Too long for the translation editor to show the change word by word.
    assert too_long_to_diff(old, new) and not too_long_to_diff("Angers.", "Angers, ville.")


def test_a_long_text_unrelated_to_another_is_told_apart_at_once():
    started = time.perf_counter()
    assert similarity(paragraph(2000, 3), "Tout autre chose : " * 300) < SAME_TEXT_THRESHOLD
    assert time.perf_counter() - started < 1


def test_every_word_of_the_diff_is_escaped():
    diff = word_diff("<b>x</b> & y", "<script>alert(1)</script> & y")
    assert "<script>" not in diff and "<b>" not in diff
    assert "<ins>script</ins>&gt;" in diff and "&amp; y" in diff


def test_names_are_given_to_deepl_in_a_tag_it_leaves_alone_and_taken_back_out():
    html = 'Angers est membre de <a id="a1">CGLU</a> (Cités et Gouvernements Locaux Unis), pas de CGLUX.'
    sent = DEEPL_PROTECTION.protect(html, NAMES)
    assert sent == (
        'Angers est membre de <a id="a1"><angers-name>UCLG</angers-name></a> '
        "(<angers-name>United Cities and Local Governments</angers-name>), pas de CGLUX."
    )
    # What the service sends back keeps the tags; the portal removes them.
    returned = sent.replace("Angers est membre de", "Angers is a member of").replace("pas de", "not")
    assert DEEPL_PROTECTION.release(returned) == (
        'Angers is a member of <a id="a1">UCLG</a> (United Cities and Local Governments), not CGLUX.'
    )


def test_names_in_attributes_are_left_alone_and_libretranslate_gets_code_elements():
    html = '<a id="CGLU">voir CGLU</a>'
    sent = LIBRETRANSLATE_PROTECTION.protect(html, NAMES)
    assert sent == '<a id="CGLU">voir <code data-nom-officiel="">UCLG</code></a>'
    assert LIBRETRANSLATE_PROTECTION.release(sent.replace("voir", "see")) == '<a id="CGLU">see UCLG</a>'
    # A text without names, or no glossary, goes as it is.
    assert LIBRETRANSLATE_PROTECTION.protect("Angers", NAMES) == "Angers"
    assert LIBRETRANSLATE_PROTECTION.protect("CGLU", {}) == "CGLU"


def test_names_with_characters_html_escapes_are_found_in_segment_html():
    assert DEEPL_PROTECTION.protect("Ville &amp; Co", {"Ville & Co": "Town & Co"}) == (
        "<angers-name>Town &amp; Co</angers-name>"
    )


def test_a_translation_that_names_the_organisation_in_any_of_its_official_forms_is_fine():
    term = Term("CGLU", "UCLG", "en", ("United Cities and Local Governments", "UCLG", "Cités et Gouvernements Locaux Unis"))
    assert names_missing_from("Membre de CGLU.", "Member of CGLU.", [term]) == [term]
    assert names_missing_from("Membre de CGLU.", "Member of UCLG.", [term]) == []
    assert names_missing_from("Membre de CGLU.", "Member of United Cities and Local Governments.", [term]) == []
    # "CGLUX" is not "CGLU".
    assert names_missing_from("Membre de CGLUX.", "Member of CGLUX.", [term]) == []


def test_the_portal_translators_are_wagtail_localizes_own_with_the_glossary():
    deepl = {"CLASS": "angers_intl.editorial.machine_translation.GlossaryDeepLTranslator", "OPTIONS": {"AUTH_KEY": "k"}}
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=deepl):
        translator = get_machine_translator()
    assert isinstance(translator, GlossaryDeepLTranslator) and translator.display_name == "DeepL"

    class Locale:
        def __init__(self, code):
            self.language_code = code

    parameters = translator.get_parameters(Locale("fr"), Locale("en"), [StringValue("CGLU")])
    assert parameters["ignore_tags"] == "angers-name" and parameters["tag_handling"] == "xml"
    libre = {
        "CLASS": "angers_intl.editorial.machine_translation.GlossaryLibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": "http://127.0.0.1:5000", "API_KEY": ""},
    }
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=libre):
        assert isinstance(get_machine_translator(), GlossaryLibreTranslator)
