"""Translators never retype blind: a French text that changed brings back its previous
translation with the change shown word by word, a French text translated on another page is
offered from the memory, and a translation that keeps an organisation's French name is
flagged. All through wagtail-localize's own round trip: publish, synchronise, translate."""

import html
import re
import time
from urllib.parse import urlencode

from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from angers_intl.editorial import translation_memory
from angers_intl.page_form import CONFIRMATION
from tests.conftest import assert_denied, client_for, edit_url, page_for
from tests.test_translation_debt import translate_fully
from tests.test_translation_workflow import editor_props

ADDED_SENTENCE = "Elle publie chaque année un annuaire de la coopération décentralisée."
FIRST_PARAGRAPH_END = "dans l’internationalisation de leur territoire."


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def english_translation(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=Locale.objects.get(language_code="en")
    )


def change_the_first_paragraph(capture):
    """An editor adds one sentence to the first paragraph of the CUF page; it is published
    and the translator synchronises the English page."""
    french = page_for("cuf")
    paragraph = french.body[0]
    assert FIRST_PARAGRAPH_END in paragraph.value.source
    # The block keeps its id, as it does when an editor changes its text in the admin.
    french.body[0] = (
        "paragraph",
        RichText(paragraph.value.source.replace(FIRST_PARAGRAPH_END, f"{FIRST_PARAGRAPH_END} {ADDED_SENTENCE}")),
        paragraph.id,
    )
    publish(french, capture)
    TranslationSource.objects.get_for_instance(french).update_from_db()
    return french


def memory_panel(response):
    """The memory's panel of the translation editor, as the translator reads it."""
    page = response.content.decode()
    found = re.search(r'<section class="translation-memory".*?</section>', page, re.S)
    return found.group(0) if found else ""


def test_a_changed_french_paragraph_brings_back_its_previous_translation_and_the_change(
    people, django_capture_on_commit_callbacks
):
    change_the_first_paragraph(django_capture_on_commit_callbacks)
    english = page_for("cuf", "en")
    translator = client_for(people["translator"])
    panel = memory_panel(translator.get(edit_url(english)))
    # The English text of the paragraph before the change, ready to take up.
    assert "Reprendre la traduction précédente" in panel
    previous_english = "Founded in {création}, Cités Unies France (CUF) brings together French local"
    assert previous_english in html.unescape(panel)
    # The French change, word by word: the added sentence is underlined, nothing struck out.
    [added] = re.findall(r"<ins>(.*?)</ins>", panel, re.S)
    assert html.unescape(added).strip() == ADDED_SENTENCE
    assert "<del>" not in panel
    assert html.unescape(panel).count("Reprendre la traduction précédente") == 1

    # One click: the paragraph is translated again, marked as to be reviewed.
    translation = english_translation(page_for("cuf"))
    before = translation.get_progress()
    form = next(
        form
        for form in re.findall(r'<form class="translation-memory__offer".*?</form>', panel, re.S)
        if "Reprendre la traduction précédente" in form
    )
    fields = dict(re.findall(r'name="(segment|offered)" value="(\d+)"', form))
    action = html.unescape(re.search(r'action="([^"]+)"', form).group(1))
    taken = translator.post(action, fields)
    assert taken.status_code == 302 and taken["Location"] == edit_url(english)
    assert translation.get_progress()[1] == before[1] + 1
    segment = StringSegment.objects.get(pk=fields["segment"])
    made = StringTranslation.objects.get(
        translation_of=segment.string, context=segment.context, locale=translation.target_locale
    )
    assert made.data.startswith(previous_english)
    assert made.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    assert made.last_translated_by == people["translator"]
    # The editor says where the text comes from, as it says of any text it did not see typed.
    screen = translator.get(edit_url(english))
    comments = [text["comment"] for text in editor_props(screen)["initialStringTranslations"]]
    assert any(comment.startswith("Traduit avec la mémoire de traduction (à revoir) le") for comment in comments)
    assert "Reprendre la traduction précédente" not in memory_panel(screen)
    assert translation_memory.taken_up_unreviewed(translation) == 1
    # The translator reviews it and saves it in the editor: it is theirs, nothing left to review.
    reviewed = translator.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            kwargs={"translation_id": translation.pk, "string_segment_id": segment.pk},
        ),
        urlencode({"value": f"{made.data} It publishes a yearbook."}),
        "application/x-www-form-urlencoded",
    )
    assert reviewed.status_code == 200, reviewed.content
    assert translation_memory.taken_up_unreviewed(translation) == 0
    # A second click changes nothing and says so.
    again = translator.post(action, fields, follow=True)
    assert "déjà traduit" in again.content.decode()
    assert StringTranslation.objects.filter(translation_of=segment.string, context=segment.context).count() == 1


def test_only_those_who_may_edit_the_translation_take_up_a_text(people, django_capture_on_commit_callbacks):
    change_the_first_paragraph(django_capture_on_commit_callbacks)
    translation = english_translation(page_for("cuf"))
    [suggestion] = [s for s in translation_memory.suggestions(translation) if s.diff]
    fields = {"segment": suggestion.segment.pk, "offered": suggestion.offers[0].string_translation.pk}
    action = reverse("angers_intl_take_up_translation", args=[translation.pk])
    # An editor writes French pages and may not touch the English ones.
    assert_denied(client_for(people["editor"]).post(action, fields))
    assert not StringTranslation.objects.filter(
        translation_of=suggestion.segment.string, locale=translation.target_locale
    ).exists()
    translator = client_for(people["translator"])
    # Only with POST; a made-up offer or segment is refused with a message, and nothing changes.
    assert translator.get(action).status_code == 405
    refused = translator.post(action, {"segment": "x", "offered": "1"})
    assert refused.status_code == 400 and "rien n’a été modifié" in refused.content.decode()
    another = StringTranslation.objects.exclude(context=suggestion.segment.context).exclude(
        translation_of=suggestion.segment.string
    ).first()
    refused = translator.post(action, {"segment": suggestion.segment.pk, "offered": another.pk})
    assert refused.status_code == 400
    assert not StringTranslation.objects.filter(
        translation_of=suggestion.segment.string, locale=translation.target_locale
    ).exists()


def test_a_french_text_translated_on_another_page_is_offered_from_the_memory(people, trial_page):
    en = Locale.objects.get(language_code="en")
    # The editor copies the summary of the CUF page onto a new page.
    cuf_summary = page_for("cuf").summary
    trial_page.summary = cuf_summary
    trial_page.save_revision().publish()
    translator = client_for(people["translator"])
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]), {"locales": [en.pk]}
    )
    english = trial_page.get_translation(en)
    panel = html.unescape(memory_panel(translator.get(edit_url(english))))
    assert "Le même texte français est déjà traduit sur le portail" in panel
    assert "Founded in {création}, Cités Unies France is the federation of French local" in panel
    assert "Reprendre cette traduction" in panel

    translation = english_translation(trial_page)
    [suggestion] = [s for s in translation_memory.suggestions(translation) if s.source_text == cuf_summary]
    [offer] = suggestion.offers
    assert offer.kind == translation_memory.MEMORY
    translator.post(
        reverse("angers_intl_take_up_translation", args=[translation.pk]),
        {"segment": suggestion.segment.pk, "offered": offer.string_translation.pk},
    )
    made = StringTranslation.objects.get(
        translation_of=suggestion.segment.string, context=suggestion.segment.context, locale=en
    )
    assert made.data == offer.string_translation.data
    assert made.tool_name == translation_memory.MEMORY_TOOL


def test_a_french_acronym_left_in_an_english_translation_is_flagged(people, content):
    terms = {term.french: term.translated for term in translation_memory.glossary("en")}
    assert terms["CGLU"] == "UCLG"
    assert terms["Cités et Gouvernements Locaux Unis"] == "United Cities and Local Governments"
    # Names written the same in both languages are no entries.
    assert "Eurocities" not in terms and "CUF" not in terms

    translation = english_translation(page_for("cuf"))
    translator = client_for(people["translator"])
    assert "Noms officiels" not in memory_panel(translator.get(edit_url(page_for("cuf", "en"))))
    # The translator keeps "CGLU" in the English summary.
    summary = translation.source.stringsegment_set.get(context__path="summary")
    StringTranslation.objects.filter(
        translation_of=summary.string, context=summary.context, locale=translation.target_locale
    ).update(
        data="Founded in {création}, Cités Unies France federates French local authorities. "
        "Its members are automatically members of CGLU."
    )
    panel = html.unescape(memory_panel(translator.get(edit_url(page_for("cuf", "en")))))
    assert "Noms officiels des organisations" in panel
    assert "le texte français nomme « CGLU », dont le nom officiel en anglais est « UCLG »" in panel

    # Submitting the translation for review says it again, and does not stop it.
    po = translation.export_po()
    for entry in po:
        entry.msgstr = entry.msgstr or entry.msgid
    translation.import_po(po)
    english = page_for("cuf", "en")
    # (The check of the figures asks its own confirmation of the page's English text.)
    submitted = translator.post(reverse("angers_intl_submit_for_review", args=[english.pk]), {CONFIRMATION: "on"})
    said = [str(message) for message in submitted.wsgi_request._messages]
    assert any("« CGLU », dont le nom officiel en anglais est « UCLG »" in message for message in said), said
    assert WorkflowState.objects.active().filter(object_id=str(english.pk)).exists()


def test_a_long_changed_paragraph_brings_back_its_translation_without_a_word_diff(
    people, django_capture_on_commit_callbacks
):
    french = page_for("cuf")
    paragraph = french.body[0]
    sentence = "Les collectivités membres échangent leurs pratiques de coopération avec leurs partenaires {n}. "
    long_text = "".join(sentence.format(n=number) for number in range(60))  # some 700 words
    french.body[0] = ("paragraph", RichText(f"<p>{long_text}</p>"), paragraph.id)
    publish(french, django_capture_on_commit_callbacks)
    TranslationSource.objects.get_for_instance(french).update_from_db()
    english = translate_fully(french, "en", django_capture_on_commit_callbacks)
    french = page_for("cuf")
    french.body[0] = ("paragraph", RichText(f"<p>{long_text.replace('partenaires 7.', 'partenaires 7 et 8.')}</p>"), paragraph.id)
    publish(french, django_capture_on_commit_callbacks)
    TranslationSource.objects.get_for_instance(french).update_from_db()

    started = time.perf_counter()
    panel = html.unescape(memory_panel(client_for(people["translator"]).get(edit_url(english))))
    assert time.perf_counter() - started < 5
    assert "Reprendre la traduction précédente" in panel
    assert "[en] " in panel and "<ins>" not in panel
    assert "trop long pour être comparé mot à mot" in panel
