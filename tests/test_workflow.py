"""City staff at work through the admin's real views: who may do what, the review workflow, the
admin in the staff member's language."""

import json
import re

from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState

from angers_intl.editorial import roles
from networks.models import NetworkPage
from tests.conftest import assert_denied, client_for, edit_data, edit_url, page_for

# Boundaries -------------------------------------------------------------------------


def test_translator_cannot_open_a_french_page_in_the_editor(people):
    client = client_for(people["translator"])
    french = page_for("afccre")
    assert_denied(client.get(edit_url(french)))
    english = page_for("afccre", "en")
    assert client.get(edit_url(english)).status_code == 200


def test_translator_cannot_publish_or_unpublish_french_pages(people, trial_page):
    client = client_for(people["translator"])
    response = client.post(
        edit_url(trial_page), edit_data(trial_page, title="Piraté", **{"action-publish": "1"})
    )
    assert_denied(response)
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[trial_page.pk])
    assert_denied(client.post(unpublish))
    trial_page.refresh_from_db()
    assert trial_page.live and trial_page.title == "Réseau d'essai"


def test_editor_cannot_publish(people, trial_page):
    client = client_for(people["editor"])
    client.post(edit_url(trial_page), edit_data(trial_page, title="Nouveau titre", **{"action-publish": "1"}))
    trial_page.refresh_from_db()
    assert trial_page.title == "Réseau d'essai"
    assert Client().get(trial_page.url).content.decode().count("Nouveau titre") == 0


def test_editor_cannot_edit_english_pages(people):
    client = client_for(people["editor"])
    assert_denied(client.get(edit_url(page_for("afccre", "en"))))


def test_visitor_never_sees_a_draft_a_scheduled_page_or_a_preview(people, trial_page):
    import datetime

    from django.utils import timezone

    trial_page.title = "Titre du brouillon"
    trial_page.save_revision()
    visitor = Client()
    html = visitor.get(trial_page.url).content.decode()
    assert "Titre du brouillon" not in html and "Réseau d&#x27;essai" in html

    scheduled = NetworkPage(title="Réseau programmé", slug="reseau-programme")
    page_for("city-networks").add_child(instance=scheduled)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=3)
    scheduled.save_revision().publish()
    scheduled.refresh_from_db()
    assert not scheduled.live
    assert visitor.get("/reseaux-de-villes/reseau-programme/").status_code == 404

    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[trial_page.pk])
    response = visitor.get(preview)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_scheduled_page_goes_live_with_publish_scheduled(people):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    page = NetworkPage(title="Réseau bientôt en ligne", slug="reseau-bientot")
    page_for("city-networks").add_child(instance=page)
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert Client().get(page.url).status_code == 200


# Review workflow --------------------------------------------------------------------


def submit(client, page, **changes):
    return client.post(edit_url(page), edit_data(page, **changes, **{"action-submit": "1"}))


def current_task_state(page):
    state = WorkflowState.objects.active().get(object_id=str(page.pk))
    return state.current_task_state


def test_editor_submits_and_moderator_publishes(people, trial_page):
    submit(client_for(people["editor"]), trial_page, title="Réseau relu")
    task_state = current_task_state(trial_page)
    assert task_state.task.name == roles.REVIEW_TASK
    assert Client().get(trial_page.url).content.decode().count("Réseau relu") == 0

    moderator = client_for(people["moderator"])
    dashboard = moderator.get("/admin/").content.decode()
    assert "Réseau relu" in dashboard

    approve = reverse("wagtailadmin_pages:workflow_action", args=[trial_page.pk, "approve", task_state.pk])
    response = moderator.post(approve, {"comment": "Parfait."})
    assert response.status_code == 302
    trial_page.refresh_from_db()
    assert trial_page.live and trial_page.title == "Réseau relu"
    assert "Réseau relu" in Client().get(trial_page.url).content.decode()


def test_rejection_comment_reaches_the_editor(people, trial_page):
    editor = client_for(people["editor"])
    submit(editor, trial_page, title="Réseau à revoir")
    task_state = current_task_state(trial_page)
    reject = reverse("wagtailadmin_pages:workflow_action", args=[trial_page.pk, "reject", task_state.pk])
    client_for(people["moderator"]).post(reject, {"comment": "Précisez l'année de création."})
    trial_page.refresh_from_db()
    assert trial_page.title == "Réseau d'essai"
    page_html = editor.get(edit_url(trial_page)).content.decode()
    assert "Précisez l&#x27;année de création." in page_html or "Précisez l'année de création." in page_html


def test_admin_speaks_the_users_language(people):
    from wagtail.users.models import UserProfile

    user = people["editor"]
    profile = UserProfile.get_for_user(user)
    for language, word in (("en", "Dashboard"), ("fr", "Tableau de bord")):
        profile.preferred_language = language
        profile.save()
        html = client_for(user).get("/admin/").content.decode()
        assert f'<html lang="{language}"' in html
        assert word in html


def test_page_listing_flags_outdated_english_page(people, trial_page):
    en = Locale.objects.get(language_code="en")
    from wagtail_localize.operations import TranslationCreator

    TranslationCreator(None, [en]).create_translations(trial_page)
    english = trial_page.get_translation(en)
    revision = trial_page.save_revision()
    revision.publish()
    listing = client_for(people["moderator"]).get(
        reverse("wagtailadmin_explore", args=[english.get_parent().pk])
    )
    assert "Traduction à mettre à jour" in listing.content.decode()
    assert Page.objects.filter(pk=english.pk).exists()


def test_staff_can_choose_and_upload_images(people):
    editor = client_for(people["editor"])
    assert editor.get(reverse("wagtailimages:index")).status_code == 200
    assert editor.get(reverse("wagtailimages:add")).status_code == 200
    translator = client_for(people["translator"])
    assert translator.get(reverse("wagtailimages_chooser:choose")).status_code == 200


def test_content_checker_has_the_portals_rgaa_rules(people):

    html = client_for(people["editor"]).get(edit_url(page_for("afccre"))).content.decode()
    match = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S
    )
    assert match, "the content checker is not in the editor"
    configuration = json.loads(match.group(1))
    rules = {rule["id"] for rule in configuration["spec"]["rules"]}
    assert "new-window-warning" in rules
    run_only = json.dumps(configuration["options"]["runOnly"])
    assert "image-alt" in run_only and "new-window-warning" in run_only
    assert "Lien ouvrant une nouvelle fenêtre sans le dire" in json.dumps(
        configuration["messages"], ensure_ascii=False
    )
    # The portal's own header, navigation and footer are not the editor's to fix.
    excluded = json.dumps(configuration["context"]["exclude"])
    assert ".site-footer" in excluded and ".site-header" in excluded
    assert (
        '<p class="site-footer__name">'
        not in client_for(people["editor"]).get(page_for("afccre").url).content.decode()
    )


def test_the_french_admin_says_langue_and_counts_pages_in_good_french(admin_client, content):
    dashboard = admin_client.get("/admin/").content.decode()
    assert "créées dans" in dashboard and "crées dans" not in dashboard
    locales = admin_client.get(reverse("wagtaillocales:index")).content.decode()
    assert "Langues" in locales and "Régions" not in locales


def test_staff_file_images_in_a_collection_named_in_french(people):
    editor = client_for(people["editor"])
    form = editor.get(reverse("wagtailimages:add")).content.decode()
    assert "Racine" in form and ">Root<" not in form
