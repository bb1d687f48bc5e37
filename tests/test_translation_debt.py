"""The "Suivi des traductions" board and the "Modification mineure" box, as translators,
editors and moderators use them: a page behind its French source for so many days, a page
never translated, one under review, the filters, who sees which language, a constant number
of queries; a French typo fixed and marked minor leaves every translation up to date (board,
dashboard and readers), an ordinary change makes them behind."""

import re
from datetime import timedelta
from html import unescape

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, PageLogEntry, Workflow, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from angers_intl.editorial import roles
from angers_intl.editorial.translation_status import OUTDATED, translation_statuses
from angers_intl.minor_changes import MinorChange
from networks.models import NetworkPage
from tests.conftest import assert_denied, client_for, edit_data, edit_url, make_user, page_for

BOARD = "/admin/reports/suivi-des-traductions/"


# Reading the board as its reader does ---------------------------------------------------------


def text_of(html):
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def board_cells(html, page):
    """The cells of ``page``'s row: {language: (state, words a reader sees, the cell's link)}."""
    row = re.search(rf'<tr data-debt-page="{page.pk}">(.*?)</tr>', html, re.S)
    if row is None:
        return None
    return {
        language: (state, text_of(cell), re.search(r'<a href="([^"]+)"', cell).group(1))
        for state, language, cell in re.findall(
            r'<td data-debt-state="([^"]+)" data-debt-language="([^"]+)">(.*?)</td>', row.group(1), re.S
        )
    }


def board(client, **filters):
    response = client.get(BOARD, filters)
    assert response.status_code == 200
    return response.content.decode()


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def translate_fully(page, language, capture, user=None, publish_it=True):
    """Translate every segment of ``page`` through wagtail-localize's PO round trip."""
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"{entry.msgid}-{language}" if entry.msgid == page.slug else f"[{language}] {entry.msgid}"
    translation.import_po(po)
    with capture(execute=True):
        translation.save_target(user=user, publish=publish_it)
    return page.get_translation(locale)


# The board --------------------------------------------------------------------------------------


def test_a_page_behind_its_french_source_shows_how_many_days(
    content, admin_client, django_capture_on_commit_callbacks
):
    french = page_for("eurocities")
    french.summary = "Le réseau des grandes villes européennes, fondé en 1986 à Rotterdam."
    publish(french, django_capture_on_commit_callbacks)
    # The translation was last synchronised twenty days ago; the change was published six
    # days ago; every earlier publication came before the synchronisation.
    now = timezone.now()
    latest = PageLogEntry.objects.filter(page=french, action="wagtail.publish").latest("timestamp")
    PageLogEntry.objects.filter(page=french).exclude(pk=latest.pk).update(timestamp=now - timedelta(days=30))
    PageLogEntry.objects.filter(pk=latest.pk).update(timestamp=now - timedelta(days=6))
    TranslationSource.objects.filter(object_id=french.translation_key).update(
        last_updated_at=now - timedelta(days=20)
    )

    html = board(admin_client)
    state, words, link = board_cells(html, french)["en"]
    assert state == "outdated" and "en retard depuis 6 jours" in words
    # The cell opens wagtail-localize's translation editor of the English page.
    assert link == edit_url(page_for("eurocities", "en"))
    # The section is named under the page.
    assert "Réseaux de villes" in html
    # A page whose translation followed is up to date.
    state, words, _link = board_cells(html, page_for("uclg"))["en"]
    assert state == "up_to_date" and "à jour" in words


def test_never_translated_incomplete_and_in_review(
    people, trial_page, admin_client, django_capture_on_commit_callbacks
):
    state, words, link = board_cells(board(admin_client), trial_page)["en"]
    assert state == "missing" and "jamais traduite" in words
    # The cell leads to wagtail-localize's "Traduire" action.
    assert link == reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk])

    # The translator starts the English page: every segment waits.
    translator = client_for(people["translator"])
    en = Locale.objects.get(language_code="en")
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]), {"locales": [en.pk]}
    )
    source = TranslationSource.objects.get_for_instance(trial_page)
    segments = source.stringsegment_set.count()
    state, words, _link = board_cells(board(admin_client), trial_page)["en"]
    assert state == "incomplete" and f"{segments} segments à traduire" in words

    # Translated and handed to the review workflow: "en relecture".
    english = translate_fully(
        trial_page, "en", django_capture_on_commit_callbacks, user=people["translator"], publish_it=False
    )
    Workflow.objects.get(name=roles.REVIEW_WORKFLOW).start(english, people["translator"])
    assert WorkflowState.objects.active().filter(object_id=str(english.pk)).exists()
    state, words, link = board_cells(board(admin_client), trial_page)["en"]
    assert state == "in_review" and "en relecture" in words
    assert link == edit_url(english)
    # Who translated it is said in the cell.
    assert "par traducteur" in words


def test_filters_by_section_language_and_translator(
    people, trial_page, admin_client, django_capture_on_commit_callbacks
):
    recognition = page_for("recognitions")
    city_networks = page_for("city-networks")
    html = board(admin_client, section=city_networks.pk)
    assert board_cells(html, page_for("eurocities")) is not None
    assert board_cells(html, recognition) is None

    html = board(admin_client, language="en")
    assert set(board_cells(html, page_for("eurocities"))) == {"en"}

    translate_fully(trial_page, "en", django_capture_on_commit_callbacks, user=people["translator"])
    html = board(admin_client, translator=people["translator"].pk)
    assert board_cells(html, trial_page) is not None
    assert board_cells(html, page_for("eurocities")) is None
    # A language nobody may choose is refused by the form, not shown.
    html = board(admin_client, language="xx")
    assert "Sélectionnez un choix valide" in html or "Select a valid choice" in html


def test_translators_moderators_and_administrators_see_it_editors_do_not(people, admin_client):
    for reader in ("translator", "moderator"):
        client = client_for(people[reader])
        assert client.get(BOARD).status_code == 200
        assert BOARD in client.get("/admin/").content.decode()
    editor = client_for(people["editor"])
    assert_denied(editor.get(BOARD))
    assert BOARD not in editor.get("/admin/").content.decode()


def test_the_board_offers_no_blank_spreadsheet(content, admin_client):
    page = admin_client.get(BOARD).content.decode()
    assert "export=xlsx" not in page and "export=csv" not in page
    response = admin_client.get(BOARD, {"export": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")


def test_the_board_is_accessible_and_fits_a_narrow_screen(content, admin_client):
    html = board(admin_client)
    assert '<caption id="debt-board-caption"' in html
    assert 'role="region" aria-labelledby="debt-board-caption" tabindex="0"' in html
    assert '<th scope="col">Page française</th>' in html and '<th scope="row"' in html
    assert "w-overflow-x-auto" in html


def test_the_board_reads_a_constant_number_of_queries(content, admin_client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            board(admin_client)
        return len(captured)

    queries()  # the first request fills the caches of content types, locales and sites
    before = queries()
    section = page_for("city-networks")
    for number in range(6):
        page = NetworkPage(title=f"Réseau {number}", slug=f"reseau-{number}", summary="Un réseau de plus.")
        section.add_child(instance=page)
        page.save_revision().publish()
    assert queries() == before
    # Pinned: the session, the user and their groups, the filters' choices, the pages, and
    # the six grouped reads of translation_status.
    assert before == 18, before


# "Modification mineure" ---------------------------------------------------------------------


def reader_notice(client, page):
    return "may be behind" in client.get(page.url).content.decode()


def test_a_minor_french_publication_leaves_translations_up_to_date_an_ordinary_one_does_not(
    people, trial_page, client, django_capture_on_commit_callbacks
):
    english = translate_fully(trial_page, "en", django_capture_on_commit_callbacks)
    assert english.live
    moderator = client_for(people["moderator"])
    # The box is in the editor of a French page, not in a translation's.
    assert 'name="minor_change"' in moderator.get(edit_url(trial_page)).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(
            edit_url(trial_page),
            edit_data(trial_page, summary="Un réseau pour essayer !", minor_change="on", **{"action-publish": "1"}),
        )
    trial_page.refresh_from_db()
    assert trial_page.summary == "Un réseau pour essayer !"
    assert MinorChange.objects.filter(revision=trial_page.live_revision).exists()
    english = page_for_pk(english)
    assert english.translation_behind_since is None and not reader_notice(client, english)
    assert trial_page.pk not in {status.source_page.pk for status in translation_statuses()}
    state, words, _link = board_cells(board(client_for(people["translator"])), trial_page)["en"]
    assert state == "up_to_date" and "à jour" in words

    # An ordinary change: every translation is behind again, readers are told.
    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(
            edit_url(trial_page),
            edit_data(trial_page, summary="Un réseau pour essayer, revu.", **{"action-publish": "1"}),
        )
    english = page_for_pk(english)
    assert english.translation_behind_since is not None and reader_notice(client, english)
    assert {s.source_page.pk: s.status for s in translation_statuses()}[trial_page.pk] == OUTDATED
    state, words, _link = board_cells(board(client_for(people["translator"])), trial_page)["en"]
    assert state == "outdated" and "en retard depuis aujourd’hui" in words


def test_the_mark_holds_through_the_review_workflow(
    people, trial_page, client, django_capture_on_commit_callbacks
):
    english = translate_fully(trial_page, "en", django_capture_on_commit_callbacks)
    editor, moderator = client_for(people["editor"]), client_for(people["moderator"])
    # The editor fixes a typo, ticks the box and submits the page to the review.
    editor.post(
        edit_url(trial_page),
        edit_data(trial_page, summary="Un réseau, pour essayer.", minor_change="on", **{"action-submit": "1"}),
    )
    state = WorkflowState.objects.active().get(object_id=str(trial_page.pk))
    # The moderator approving from the editor sees the box as the editor left it.
    form = moderator.get(edit_url(trial_page)).content.decode()
    assert re.search(r'<input[^>]*name="minor_change"[^>]*checked', form)
    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(
            reverse("wagtailadmin_pages:workflow_action", args=[trial_page.pk, "approve", state.current_task_state.pk]),
            {"comment": ""},
        )
    trial_page.refresh_from_db()
    assert trial_page.summary == "Un réseau, pour essayer." and not trial_page.has_unpublished_changes
    english = page_for_pk(english)
    assert english.translation_behind_since is None and not reader_notice(client, english)
    assert trial_page.pk not in {status.source_page.pk for status in translation_statuses()}


def approve(moderator, page, capture):
    state = WorkflowState.objects.active().get(object_id=str(page.pk))
    with capture(execute=True):
        moderator.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk]),
            {"comment": ""},
        )


def history(client, page):
    return text_of(client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode())


def test_a_published_revision_is_never_marked_minor_after_the_fact(
    people, trial_page, django_capture_on_commit_callbacks
):
    translate_fully(trial_page, "en", django_capture_on_commit_callbacks)
    editor, moderator = client_for(people["editor"]), client_for(people["moderator"])
    editor.post(
        edit_url(trial_page),
        edit_data(trial_page, summary="Le réseau a changé de président et de statuts.", **{"action-submit": "1"}),
    )
    approve(moderator, trial_page, django_capture_on_commit_callbacks)
    trial_page.refresh_from_db()
    live = trial_page.live_revision
    assert live.user == people["editor"] and trial_page.latest_revision_id == live.pk
    assert board_cells(board(client_for(people["translator"])), trial_page)["en"][0] == "outdated"

    # The editor saves a draft "over" the live revision, the box ticked: Wagtail accepts the
    # draft, the publication stays an ordinary one.
    saved = editor.post(
        edit_url(trial_page),
        edit_data(trial_page, summary=trial_page.summary, minor_change="on", overwrite_revision_id=str(live.pk)),
        follow=True,
    )
    assert saved.status_code == 200 and "n’a pas été retenue" in saved.content.decode()
    assert not MinorChange.objects.filter(revision_id=live.pk).exists()
    assert board_cells(board(client_for(people["translator"])), trial_page)["en"][0] == "outdated"
    assert "modification mineure" not in history(moderator, trial_page)

    # Nor is the mark of a minor publication taken off afterwards.
    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(
            edit_url(trial_page),
            edit_data(trial_page, summary="Un réseau, pour essayer.", minor_change="on", **{"action-publish": "1"}),
        )
    trial_page.refresh_from_db()
    live = trial_page.live_revision
    assert MinorChange.objects.filter(revision_id=live.pk).exists()
    client_for(people["moderator"]).post(
        edit_url(trial_page),
        edit_data(trial_page, summary=trial_page.summary, overwrite_revision_id=str(live.pk)),
    )
    assert MinorChange.objects.filter(revision_id=live.pk).exists()


def test_a_minor_mark_covers_only_a_publication_whose_every_draft_is_marked(
    people, trial_page, django_capture_on_commit_callbacks
):
    translate_fully(trial_page, "en", django_capture_on_commit_callbacks)
    editor, moderator = client_for(people["editor"]), client_for(people["moderator"])
    # Draft 1 changes a fact, unmarked; draft 2 adds a comma, marked, and is submitted.
    editor.post(edit_url(trial_page), edit_data(trial_page, summary="Le réseau a changé de président."))
    submitted = editor.post(
        edit_url(trial_page),
        edit_data(trial_page, summary="Le réseau a changé de président !", minor_change="on", **{"action-submit": "1"}),
        follow=True,
    )
    # The editor is told the box was not kept; the moderator's editor shows it unticked.
    assert "n’a pas été retenue" in submitted.content.decode()
    assert not re.search(r'<input[^>]*name="minor_change"[^>]*checked', moderator.get(edit_url(trial_page)).content.decode())
    approve(moderator, trial_page, django_capture_on_commit_callbacks)
    assert board_cells(board(client_for(people["translator"])), trial_page)["en"][0] == "outdated"
    assert "Marquée comme modification mineure" not in history(moderator, trial_page)

    # Translated again, then a comma alone, marked: the moderator reads the mark in the
    # page's history before approving, and the translations stay up to date.
    trial_page.refresh_from_db()
    TranslationSource.update_or_create_from_instance(trial_page)
    translate_fully(trial_page, "en", django_capture_on_commit_callbacks)
    assert board_cells(board(client_for(people["translator"])), trial_page)["en"][0] == "up_to_date"
    editor.post(
        edit_url(trial_page),
        edit_data(trial_page, summary="Le réseau a changé de président.", minor_change="on", **{"action-submit": "1"}),
    )
    assert "Marquée comme modification mineure" in history(moderator, trial_page)
    approve(moderator, trial_page, django_capture_on_commit_callbacks)
    assert board_cells(board(client_for(people["translator"])), trial_page)["en"][0] == "up_to_date"

    # A draft marked, then unmarked by its author: the history says so too.
    editor.post(edit_url(trial_page), edit_data(trial_page, summary="Le réseau, revu.", minor_change="on"))
    trial_page.refresh_from_db()
    editor.post(
        edit_url(trial_page),
        edit_data(trial_page, summary="Le réseau, revu.", overwrite_revision_id=str(trial_page.latest_revision_id)),
    )
    assert "Marque « modification mineure » retirée" in history(moderator, trial_page)


def test_a_translator_of_one_language_sees_the_board_in_that_language(content):
    translator = make_user("translator-en", roles.TRANSLATORS)
    html = board(client_for(translator))
    assert set(board_cells(html, page_for("eurocities"))) == {"en"}


def page_for_pk(page):
    return type(page).objects.get(pk=page.pk)
