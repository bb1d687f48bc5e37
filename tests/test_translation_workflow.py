"""The translation round trip as translators and moderators live it: a French change flags the
translation, the PO file and the segment editor bring it back, and only moderators delete,
stop or convert a translation."""

import html
import io
import json
import re
from urllib.parse import urlencode

import polib
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from angers_intl.editorial import roles
from angers_intl.editorial.translation_status import OUTDATED, READY, translation_statuses
from tests.conftest import assert_denied, client_for, edit_data, edit_url, page_for

# Translation round trip -------------------------------------------------------------


def test_french_change_flags_english_and_po_round_trip_updates_it(
    people, trial_page, django_capture_on_commit_callbacks
):
    en = Locale.objects.get(language_code="en")
    translator = client_for(people["translator"])
    moderator = client_for(people["moderator"])

    # The translator creates the English version (a draft) through wagtail-localize.
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk])
    translator.post(submit_url, {"locales": [en.pk]})
    english = trial_page.get_translation(en)
    assert not english.live

    # An editor's change is published by a moderator: the English page falls behind.
    moderator.post(
        edit_url(trial_page), edit_data(trial_page, summary="Un réseau revu.", **{"action-publish": "1"})
    )
    trial_page.refresh_from_db()
    assert trial_page.summary == "Un réseau revu."
    statuses = {s.source_page.pk: s.status for s in translation_statuses()}
    assert statuses[trial_page.pk] == OUTDATED
    assert "Réseau d&#x27;essai" in translator.get("/admin/").content.decode()

    # The translator syncs (without being offered to publish), then works on the PO file.
    source = TranslationSource.objects.get_for_instance(trial_page)
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    form = translator.get(sync_url)
    assert form.status_code == 200
    synced = translator.post(sync_url, {"publish_translations": "on"})
    # They land in the translation editor of the English page, where the new text waits.
    assert synced["Location"] == edit_url(english)
    english.refresh_from_db()
    assert not english.live
    assert trial_page.pk not in {s.source_page.pk for s in translation_statuses() if s.status == OUTDATED}

    translation = Translation.objects.get(source=source, target_locale=en)
    download = translator.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    english_texts = {
        "Réseau d'essai": "Trial network",
        "reseau-d-essai": "trial-network",
        "Un réseau revu.": "A reviewed network.",
    }
    for entry in po:
        entry.msgstr = english_texts[entry.msgid]
    upload_url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    back = edit_url(english)

    # A broken file and a file of another page change nothing.
    for bad in (b"\x00\xff not a po file", str(polib.POFile()).encode(), b'msgid "x"\nmsgstr'):
        response = translator.post(upload_url, {"file": io.BytesIO(bad), "next": back})
        assert response.status_code == 302
        assert translation.get_progress()[1] == 0
    assert translator.post(upload_url, {"next": back}).status_code == 302

    uploaded = io.BytesIO(str(po).encode())
    uploaded.name = "reseau.po"
    translator.post(upload_url, {"file": uploaded, "next": back})
    assert translation.get_progress() == (3, 3)
    # Fully translated but still a draft: the moderators' dashboard asks for a review.
    statuses = {s.source_page.pk: s.status for s in translation_statuses()}
    assert statuses[trial_page.pk] == READY
    assert "Relire et publier" in moderator.get("/admin/").content.decode()

    # The translator may not publish; a moderator does, from wagtail-localize's editor.
    assert_denied(translator.post(edit_url(english), {"action": "publish"}))
    # wagtail-localize publishes when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(edit_url(english), {"action": "publish"})
    english.refresh_from_db()
    assert english.live
    html = Client().get(english.url).content.decode()
    assert "Trial network" in html and "A reviewed network." in html
    assert english.url.startswith("/en/city-networks/trial-network/")


def test_bad_po_upload_says_why(people, trial_page):
    en = Locale.objects.get(language_code="en")
    translator = client_for(people["translator"])
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]), {"locales": [en.pk]}
    )
    source = TranslationSource.objects.get_for_instance(trial_page)
    translation = Translation.objects.get(source=source, target_locale=en)
    upload_url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    response = translator.post(upload_url, {"file": io.BytesIO(str(polib.POFile()).encode())}, follow=True)
    assert response.status_code == 200
    assert "n’a pas été téléchargé depuis cette traduction" in response.content.decode()


def test_machine_translation_button_only_with_a_provider(people):
    translator = client_for(people["translator"])
    english = page_for("afccre", "en")
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None):
        assert "&quot;machineTranslator&quot;: null" in translator.get(edit_url(english)).content.decode()
    html = translator.get(edit_url(english)).content.decode()
    assert "&quot;machineTranslator&quot;: {" in html


# A translator translates; deleting, stopping and converting belong to moderators --------


def draft_translation(trial_page):
    """The English draft of a new French page, as "Traduire cette page" leaves it."""
    english = trial_page.copy_for_translation(Locale.objects.get(language_code="en"))
    TranslationSource.get_or_create_from_instance(trial_page)
    return english


def test_a_translator_cannot_delete_stop_or_convert_a_translation(people, trial_page):
    english = draft_translation(trial_page)
    source, _created = TranslationSource.get_or_create_from_instance(trial_page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=english.locale, defaults={"enabled": True}
    )
    translator = client_for(people["translator"])
    # They may edit the draft, which Wagtail would also let them delete.
    assert translator.get(edit_url(english)).status_code == 200
    assert_denied(translator.get(reverse("wagtailadmin_pages:delete", args=[english.pk])))
    assert_denied(translator.post(reverse("wagtailadmin_pages:delete", args=[english.pk])))
    assert Page.objects.filter(pk=english.pk).exists()
    assert_denied(translator.post(reverse("wagtail_localize:stop_translation", args=[translation.pk])))
    assert Translation.objects.get(pk=translation.pk).enabled
    assert_denied(translator.post(reverse("wagtail_localize:convert_to_alias", args=[english.pk])))
    assert Page.objects.get(pk=english.pk).alias_of_id is None
    # The translation editor offers them no delete button.
    editor_html = translator.get(edit_url(english)).content.decode()
    assert '"canDelete": false' in editor_html.replace("&quot;", '"')

    moderator = client_for(people["moderator"])
    moderator.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    assert not Translation.objects.get(pk=translation.pk).enabled


def test_english_is_ticked_when_it_is_the_only_language_left(people, trial_page):
    translator = client_for(people["translator"])
    form = translator.get(reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]))
    english = Locale.objects.get(language_code="en")
    assert form.status_code == 200
    assert re.search(
        rf'<input[^>]*name="locales"[^>]*value="{english.pk}"[^>]*checked', form.content.decode()
    )
    # Sent as shown, it creates the English page at once.
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]), {"locales": [english.pk]}
    )
    assert trial_page.get_translation_or_none(english) is not None


def test_a_translator_submits_a_finished_translation_and_a_moderator_publishes_it(
    people, trial_page, mailoutbox
):
    en = Locale.objects.get(language_code="en")
    people["moderator"].email = "moderation@ville.angers.example"
    people["moderator"].save()
    translator, moderator = client_for(people["translator"]), client_for(people["moderator"])
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]), {"locales": [en.pk]}
    )
    english = trial_page.get_translation(en)
    assert not english.live
    # They translate every segment and save the translation, without publishing it.
    translation = Translation.objects.get(source__object_id=trial_page.translation_key, target_locale=en)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"EN {entry.msgid}" if entry.msgid != trial_page.slug else "trial-network"
    translation.import_po(po)
    translation.save_target(user=people["translator"], publish=False)
    # The dashboard offers the translator to hand the page over, not to publish it.
    submit_url = reverse("angers_intl_submit_for_review", args=[english.pk])
    assert submit_url in translator.get("/admin/").content.decode()
    assert translator.get(submit_url).status_code == 200
    translator.post(submit_url)
    state = WorkflowState.objects.active().get(object_id=str(english.pk))
    assert state.current_task_state.task.name == roles.REVIEW_TASK
    # The moderators are told by e-mail.
    assert any("moderation@ville.angers.example" in message.to for message in mailoutbox)
    # Written as a city writes: "Bonjour", in French.
    notice = next(message for message in mailoutbox if "moderation@ville.angers.example" in message.to)
    assert notice.body.lstrip().startswith("Bonjour") and "Salut" not in notice.body
    assert english.title in " ".join(message.subject + message.body for message in mailoutbox)
    # Submitting twice changes nothing; a French page cannot be sent this way.
    translator.post(submit_url)
    assert WorkflowState.objects.filter(object_id=str(english.pk)).count() == 1
    assert_denied(translator.post(reverse("angers_intl_submit_for_review", args=[trial_page.pk])))
    # Sent back for changes, the translator submits it again: the same review goes on.
    moderator.post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[english.pk, "reject", state.current_task_state.pk]
        ),
        {"comment": "Please check the summary."},
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert translator.post(submit_url).status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # The moderator approves: the English page is published.
    task_state = state.current_task_state
    moderator.post(
        reverse("wagtailadmin_pages:workflow_action", args=[english.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    english.refresh_from_db()
    assert english.live


# The translation editor as a translator uses it ----------------------------------------------


def editor_props(response):
    return json.loads(html.unescape(re.search(r'data-props="([^"]*)"', response.content.decode()).group(1)))


def test_a_translator_translates_segment_by_segment_and_submits_the_page_they_built(people, trial_page):
    english = draft_translation(trial_page)
    translation, _created = Translation.objects.get_or_create(
        source=TranslationSource.objects.get(object_id=trial_page.translation_key),
        target_locale=english.locale,
        defaults={"enabled": True},
    )
    translator = client_for(people["translator"])
    screen = translator.get(edit_url(english))
    props = editor_props(screen)
    # No address for the actions a translator may not take; the way to hand the page over.
    assert props["links"]["convertToAliasUrl"] is None and props["links"]["stopTranslationUrl"] is None
    submit_url = reverse("angers_intl_submit_for_review", args=[english.pk])
    assert submit_url in screen.content.decode()
    assert editor_props(client_for(people["moderator"]).get(edit_url(english)))["links"]["stopTranslationUrl"]

    segments = {segment["source"]: segment for segment in props["segments"] if segment["type"] == "string"}
    english_texts = {
        "Réseau d'essai": "Trial network",
        "Un réseau pour essayer.": "A network to try things with.",
    }
    for source, text in english_texts.items():
        # The editor saves each segment with PUT (allowed in the admin, refused elsewhere).
        saved = translator.put(
            segments[source]["editUrl"], urlencode({"value": text}), "application/x-www-form-urlencoded"
        )
        assert saved.status_code == 201, saved.content
    # The slug is left: the page cannot be submitted yet, and the translator is told why.
    refused = translator.post(submit_url, follow=True)
    assert "Il reste 1 segment à traduire" in refused.content.decode()
    assert not WorkflowState.objects.active().filter(object_id=str(english.pk)).exists()

    translator.put(
        segments["reseau-d-essai"]["editUrl"],
        urlencode({"value": "trial-network"}),
        "application/x-www-form-urlencoded",
    )
    translator.post(submit_url)
    assert WorkflowState.objects.active().filter(object_id=str(english.pk)).exists()
    # The moderators review the page built from the translated segments, not the French copy.
    draft = Page.objects.get(pk=english.pk).specific.get_latest_revision_as_object()
    assert (draft.title, draft.summary, draft.slug) == (
        "Trial network",
        "A network to try things with.",
        "trial-network",
    )
    review_screen = translator.get(edit_url(english)).content.decode()
    assert "Cette traduction est en relecture" in review_screen and submit_url not in review_screen
