"""What staff do has only the effects they chose: a new editorial page stays out of the
footer until it is put there, a French page deleted takes its translations with it (and
says so first), translators create pages only as translations, and the sync screen offers
translators nothing it would ignore."""

import re

from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from angers_intl.models import StandardPage
from tests.conftest import assert_denied, client_for, edit_url, page_for


def footer_of(html):
    return html.split('<footer class="site-footer">', 1)[1]


# The footer ---------------------------------------------------------------------------------


def test_a_new_editorial_page_joins_the_footer_only_when_chosen(people):
    visitor = Client()
    home = page_for("home")
    assert "Mentions légales" in footer_of(visitor.get("/").content.decode())

    page = StandardPage(title="Jumelages à venir", slug="jumelages-a-venir")
    home.add_child(instance=page)
    page.save_revision().publish()
    # Published under the home page, it is a page of the site, not of the footer.
    assert visitor.get(page.url).status_code == 200
    assert "Jumelages à venir" not in footer_of(visitor.get("/").content.decode())
    # The shipped legal pages are in the footer, in French and in English.
    french_footer = footer_of(visitor.get(page_for("afccre").url).content.decode())
    for title in ("Mentions légales", "Accessibilité", "Plan du site"):
        assert title in french_footer
    assert "Legal notice" in footer_of(visitor.get(page_for("afccre", "en").url).content.decode())


def test_choosing_the_footer_changes_every_page_at_once(people):
    visitor = Client()
    legal = page_for("legal-notice")
    page = StandardPage(title="Cookies et traceurs", slug="cookies")
    legal.add_child(instance=page)
    page.save_revision().publish()
    # Pages in the page cache, before the choice.
    for url in ("/", page_for("afccre").url):
        assert "Cookies et traceurs" not in footer_of(visitor.get(url).content.decode())
        assert visitor.get(url)["X-Cache"] == "hit"

    page.show_in_footer = True
    page.save_revision().publish()
    for url in ("/", page_for("afccre").url):
        assert "Cookies et traceurs" in footer_of(visitor.get(url).content.decode())

    page = StandardPage.objects.get(pk=page.pk)
    page.show_in_footer = False
    page.save_revision().publish()
    for url in ("/", page_for("afccre").url):
        assert "Cookies et traceurs" not in footer_of(visitor.get(url).content.decode())


def test_the_footer_box_is_offered_to_editors_with_its_explanation(people):
    html = client_for(people["editor"]).get(edit_url(page_for("legal-notice"))).content.decode()
    assert "Afficher dans le pied de page" in html or "afficher dans le pied de page" in html
    assert "Une nouvelle page n&#x27;y apparaît que si vous cochez cette case." in html


# Deleting a French page ---------------------------------------------------------------------


def english_draft_of(page, title="Trial network"):
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    TranslationSource.get_or_create_from_instance(page)
    english.title = title
    english.save_revision().publish()
    return Page.objects.get(pk=english.pk).specific


def test_deleting_a_french_page_says_it_deletes_its_translations_and_does(people, trial_page):
    english = english_draft_of(trial_page)
    moderator = client_for(people["moderator"])
    delete_url = reverse("wagtailadmin_pages:delete", args=[trial_page.pk])
    screen = moderator.get(delete_url).content.decode()
    listed = screen.split("Sa traduction est supprimée avec elle", 1)[1]
    assert "Trial network" in listed and "en ligne" in listed.split("</ul>", 1)[0]

    moderator.post(delete_url)
    assert not Page.objects.filter(pk=trial_page.pk).exists()
    assert not Page.objects.filter(pk=english.pk).exists()
    assert Client().get("/en/city-networks/trial-network/").status_code == 404


def test_deleting_an_english_page_leaves_the_french_one(people, trial_page):
    english = english_draft_of(trial_page)
    moderator = client_for(people["moderator"])
    screen = moderator.get(reverse("wagtailadmin_pages:delete", args=[english.pk])).content.decode()
    assert "supprimée avec elle" not in screen
    moderator.post(reverse("wagtailadmin_pages:delete", args=[english.pk]))
    assert not Page.objects.filter(pk=english.pk).exists()
    assert Page.objects.filter(pk=trial_page.pk).exists()


def test_an_editor_may_not_delete_a_french_draft_with_a_translation_they_cannot_delete(people, content):
    editor = client_for(people["editor"])
    section = page_for("city-networks")
    from networks.models import NetworkPage

    draft = NetworkPage(title="Réseau en brouillon", slug="reseau-en-brouillon", owner=people["editor"], live=False)
    section.add_child(instance=draft)
    draft.save_revision(user=people["editor"])
    english = draft.copy_for_translation(Locale.objects.get(language_code="en"))
    response = editor.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]), follow=True)
    assert "demandez à un modérateur" in response.content.decode()
    assert Page.objects.filter(pk=draft.pk).exists() and Page.objects.filter(pk=english.pk).exists()


# Translators translate ----------------------------------------------------------------------


def test_a_translator_cannot_create_a_page_of_their_own(people):
    translator = client_for(people["translator"])
    english_section = page_for("city-networks", "en")
    add_url = reverse("wagtailadmin_pages:add", args=["networks", "networkpage", english_section.pk])
    assert_denied(translator.get(add_url))
    assert_denied(translator.post(add_url, {"title": "English only", "slug": "english-only"}))
    assert_denied(translator.get(reverse("wagtailadmin_pages:add_subpage", args=[english_section.pk])))
    assert not Page.objects.filter(slug="english-only").exists()


def test_a_translator_still_creates_a_translation(people, trial_page):
    english = Locale.objects.get(language_code="en")
    translator = client_for(people["translator"])
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]), {"locales": [english.pk]}
    )
    assert trial_page.get_translation_or_none(english) is not None


def test_a_translator_may_not_translate_into_french(people, content):
    from networks.models import NetworkPage

    french, english_locale = (Locale.objects.get(language_code=code) for code in ("fr", "en"))
    # An English page with no French version (a moderator's).
    english_only = NetworkPage(title="English only network", slug="english-only-network")
    page_for("city-networks", "en").add_child(instance=english_only)
    english_only.save_revision().publish()
    translator = client_for(people["translator"])
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[english_only.pk])
    form = translator.get(submit_url).content.decode()
    assert not re.search(rf'name="locales"[^>]*value="{french.pk}"', form)
    refused = translator.post(submit_url, {"locales": [french.pk]})
    assert refused.status_code == 403
    assert "Vous ne pouvez pas créer de traduction en" in refused.content.decode()
    assert english_only.get_translation_or_none(french) is None
    assert english_only.locale == english_locale


def test_the_sync_screen_offers_translators_no_publish_box(people, trial_page):
    english = Locale.objects.get(language_code="en")
    translator, moderator = client_for(people["translator"]), client_for(people["moderator"])
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]), {"locales": [english.pk]}
    )
    source = TranslationSource.objects.get_for_instance(trial_page)
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    screen = translator.get(sync_url).content.decode()
    assert not re.search(r'<input type="checkbox" name="publish_translations"', screen)
    assert "Publier immédiatement" not in screen
    assert "un modérateur les publiera" in screen
    # Posted anyway, the box publishes nothing.
    translator.post(sync_url, {"publish_translations": "on"})
    assert not trial_page.get_translation(english).live
    # Moderators, who publish, keep it.
    assert re.search(r'<input type="checkbox" name="publish_translations"', moderator.get(sync_url).content.decode())
    assert Translation.objects.filter(source=source, target_locale=english).exists()
