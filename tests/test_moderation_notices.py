"""The moderators' words reach the people they are meant for: every review e-mail carries
the moderator's comment, the dashboard shows each page where the workflow really stands,
and translators hear when their translation is published."""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from wagtail.models import Locale, TaskState, WorkflowState
from wagtail_localize.models import Translation

from tests.conftest import client_for, edit_data, edit_url

APPROVAL_COMMENT = "Publié ; pensez à mettre à jour la photo"
CHANGES_COMMENT = "Précisez l’année d’adhésion."


def with_addresses(people):
    for name, user in people.items():
        user.email = f"{name}@ville.angers.example"
        user.save()
    return people


def submit(client, page, **changes):
    return client.post(edit_url(page), edit_data(page, **changes, **{"action-submit": "1"}))


def workflow_action(client, page, action, comment):
    state = WorkflowState.objects.active().get(object_id=str(page.pk))
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk])
    return client.post(url, {"comment": comment})


def mails_to(mailoutbox, user):
    return [message for message in mailoutbox if user.email in message.to]


def shown_date(moment):
    """A date and time as the French dashboard prints it."""
    with translation.override("fr"):
        return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


# E-mails ------------------------------------------------------------------------------------


def test_the_approval_e_mail_carries_the_moderators_comment_in_french(people, trial_page, mailoutbox):
    people = with_addresses(people)
    submit(client_for(people["editor"]), trial_page, title="Réseau relu")
    mailoutbox.clear()
    workflow_action(client_for(people["moderator"]), trial_page, "approve", APPROVAL_COMMENT)
    [notice] = mails_to(mailoutbox, people["editor"])
    assert notice.body.lstrip().startswith("Bonjour")
    assert "Réseau relu" in notice.subject and "approuvée" in notice.subject
    assert f"Commentaire du modérateur : « {APPROVAL_COMMENT} »" in notice.body
    assert notice.from_email == settings.DEFAULT_FROM_EMAIL != "webmaster@localhost"


def test_the_request_for_changes_e_mail_carries_the_moderators_comment(people, trial_page, mailoutbox):
    people = with_addresses(people)
    submit(client_for(people["editor"]), trial_page, title="Réseau à revoir")
    mailoutbox.clear()
    workflow_action(client_for(people["moderator"]), trial_page, "reject", CHANGES_COMMENT)
    [notice] = mails_to(mailoutbox, people["editor"])
    assert notice.body.lstrip().startswith("Bonjour")
    assert CHANGES_COMMENT in notice.body
    assert notice.from_email == settings.DEFAULT_FROM_EMAIL != "webmaster@localhost"


def test_the_moderators_are_told_from_the_portals_address(people, trial_page, mailoutbox):
    people = with_addresses(people)
    submit(client_for(people["editor"]), trial_page, title="Réseau soumis")
    [notice] = mails_to(mailoutbox, people["moderator"])
    assert "Réseau soumis" in notice.body
    assert notice.from_email == settings.DEFAULT_FROM_EMAIL
    assert "webmaster@localhost" not in {message.from_email for message in mailoutbox}


def test_a_translator_is_told_when_a_moderator_publishes_their_translation(
    people, trial_page, mailoutbox, django_capture_on_commit_callbacks
):
    people = with_addresses(people)
    english_locale = Locale.objects.get(language_code="en")
    translator, moderator = client_for(people["translator"]), client_for(people["moderator"])
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]), {"locales": [english_locale.pk]}
    )
    english = trial_page.get_translation(english_locale)
    translation_record = Translation.objects.get(
        source__object_id=trial_page.translation_key, target_locale=english_locale
    )
    po = translation_record.export_po()
    for entry in po:
        entry.msgstr = "trial-network" if entry.msgid == trial_page.slug else f"EN {entry.msgid}"
    translation_record.import_po(po, user=people["translator"])
    mailoutbox.clear()
    # The moderator publishes it from wagtail-localize's editor, with no workflow.
    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(edit_url(english), {"action": "publish"})
    english.refresh_from_db()
    assert english.live
    [notice] = mails_to(mailoutbox, people["translator"])
    assert notice.body.lstrip().startswith("Bonjour")
    assert english.title in notice.subject and "en ligne" in notice.subject
    assert "a été publiée par" in notice.body and english.full_url in notice.body
    assert notice.from_email == settings.DEFAULT_FROM_EMAIL
    # Neither the moderator who published it nor the editors hear of it.
    assert not mails_to(mailoutbox, people["moderator"]) and not mails_to(mailoutbox, people["editor"])

    # The French page's figures change: the portal republishes the English page to follow
    # them, which is nobody's translation news.
    mailoutbox.clear()
    french = trial_page.__class__.objects.get(pk=trial_page.pk)
    french.member_count = 120
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision(user=people["moderator"]).publish(user=people["moderator"])
    english = english.__class__.objects.get(pk=english.pk)
    assert english.member_count == 120 and english.live
    assert not mails_to(mailoutbox, people["translator"])


def test_a_translator_whose_submission_is_approved_gets_one_e_mail_with_the_comment(
    people, trial_page, mailoutbox
):
    people = with_addresses(people)
    english_locale = Locale.objects.get(language_code="en")
    translator, moderator = client_for(people["translator"]), client_for(people["moderator"])
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]), {"locales": [english_locale.pk]}
    )
    english = trial_page.get_translation(english_locale)
    translation_record = Translation.objects.get(
        source__object_id=trial_page.translation_key, target_locale=english_locale
    )
    po = translation_record.export_po()
    for entry in po:
        entry.msgstr = "trial-network" if entry.msgid == trial_page.slug else f"EN {entry.msgid}"
    translation_record.import_po(po, user=people["translator"])
    translator.post(reverse("angers_intl_submit_for_review", args=[english.pk]))
    mailoutbox.clear()
    workflow_action(moderator, english, "approve", APPROVAL_COMMENT)
    english.refresh_from_db()
    assert english.live
    [notice] = mails_to(mailoutbox, people["translator"])
    assert f"Commentaire du modérateur : « {APPROVAL_COMMENT} »" in notice.body


# The dashboard ------------------------------------------------------------------------------


def test_after_a_request_for_changes_the_dashboard_says_so_and_dates_the_latest_submission(
    people, trial_page
):
    editor, moderator = client_for(people["editor"]), client_for(people["moderator"])
    submit(editor, trial_page, title="Réseau à revoir")
    state = WorkflowState.objects.active().get(object_id=str(trial_page.pk))
    # The first submission was three days ago.
    long_ago = timezone.now() - datetime.timedelta(days=3)
    WorkflowState.objects.filter(pk=state.pk).update(created_at=long_ago)
    TaskState.objects.filter(workflow_state=state).update(started_at=long_ago)

    workflow_action(moderator, trial_page, "reject", CHANGES_COMMENT)
    dashboard = moderator.get("/admin/").content.decode()
    waiting, _sep, rest = dashboard.partition("modifications demandées")
    assert "Réseau à revoir" not in waiting.split("Pages en attente de relecture", 1)[1]
    assert "Aucune page n’attend de relecture." in waiting
    assert "Réseau à revoir" in rest and "Précisez l’année d’adhésion." in rest

    # The editor resubmits: the page waits for review again, dated by this submission.
    submit(editor, trial_page, title="Réseau revu")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    dashboard = moderator.get("/admin/").content.decode()
    waiting = dashboard.split("Pages en attente de relecture", 1)[1]
    assert "Réseau revu" in waiting
    assert shown_date(state.current_task_state.started_at) in waiting
    assert shown_date(long_ago) not in waiting
    # The moderator's request stays in sight next to the page until the next decision.
    assert "Précisez l’année d’adhésion." in waiting


def test_the_editor_reads_the_moderators_last_words_on_the_dashboard(people, trial_page):
    editor, moderator = client_for(people["editor"]), client_for(people["moderator"])
    submit(editor, trial_page, title="Réseau relu")
    workflow_action(moderator, trial_page, "approve", APPROVAL_COMMENT)
    dashboard = editor.get("/admin/").content.decode()
    latest = dashboard.split("Les dernières relectures de vos pages", 1)[1]
    assert "Réseau relu" in latest and "approuvée" in latest
    assert "Publié ; pensez à mettre à jour la photo" in latest
