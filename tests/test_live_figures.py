"""A figure is written once: the text says it through its field, on every page, in both
languages, in the API and the open data; and the text is checked against the fields
before a page is submitted or published, by an editor or a translator."""

import html
import re

from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from overview.exports import download_urls

from .conftest import client_for, edit_data, edit_url, page_for

# "200" said of Eurocities' members: "plus de 200 villes membres", "over 200 member cities".
TWO_HUNDRED_MEMBERS = re.compile(r"(?<![\d\u00a0\u202f ,.])200[\s\u00a0\u202f-]+(villes|membres|member|cities)")


def every_public_text(client):
    """Every live page of both languages, the API's pages and the open data files."""
    texts = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        texts[page.url] = response.content.decode()
    listing = client.get("/api/v2/pages/", {"fields": "*", "limit": 20, "type": "networks.NetworkPage"})
    texts["api listing"] = listing.content.decode()
    for item in listing.json()["items"]:
        texts[f"api {item['id']}"] = client.get(f"/api/v2/pages/{item['id']}/").content.decode()
    for language in ("fr", "en"):
        for url in download_urls(language):
            texts[url] = client.get(url).content.decode()
    return {where: html.unescape(text) for where, text in texts.items()}


def test_a_new_member_count_changes_every_sentence_in_both_languages(
    content, client, django_capture_on_commit_callbacks
):
    french = page_for("eurocities")
    french.member_count = 210
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()

    texts = every_public_text(client)
    stale = [where for where, text in texts.items() if TWO_HUNDRED_MEMBERS.search(text)]
    assert stale == []
    # The summary, the body and the key figure all say the new count, in each language.
    french_page = texts[french.url]
    assert french_page.count("plus de 210 villes membres") >= 2
    english_page = texts[page_for("eurocities", "en").url]
    assert english_page.count("over 210 member cities") >= 2
    assert "plus de 210 villes membres" in texts[page_for("city-networks").url]  # its card
    assert not any("{membres}" in text or "{création}" in text for text in texts.values())


def test_the_api_says_the_figures_of_the_summary_and_the_body(content, client):
    english = page_for("eurocities", "en")
    data = client.get(f"/api/v2/pages/{english.pk}/").json()
    assert data["summary"].startswith("Since 1986, Eurocities")
    assert "over 200 member cities" in str(data["body"]) and "{membres}" not in str(data["body"])


def test_the_shipped_text_contradicts_no_field(content):
    """What the content says in numbers is what its fields say, in both languages
    (Cités Unies France quotes its own, different count: the page explains it)."""
    from django.utils import translation

    from angers_intl import figure_check
    from angers_intl.content.data import PAGES

    contradictions = {}
    for spec in PAGES:
        for language in ("fr", "en"):
            page = page_for(spec["key"], language)
            with translation.override(language):
                found = figure_check.blocking(figure_check.findings(page))
            if found:
                contradictions[(spec["key"], language)] = [finding.message for finding in found]
    assert set(contradictions) == {("cuf", "fr"), ("cuf", "en")}, contradictions
    assert all("3" in " ".join(messages) for messages in contradictions.values())


# The editor ---------------------------------------------------------------------------------


def submitted(page):
    return WorkflowState.objects.active().filter(object_id=str(page.pk)).exists()


def test_an_editor_who_types_a_contradicting_figure_is_warned_before_it_goes_further(people, trial_page):
    editor = client_for(people["editor"])
    summary = "Un réseau de plus de 250 villes membres."
    data = edit_data(trial_page, summary=summary, member_count="210", member_count_is_minimum="on")

    refused = editor.post(edit_url(trial_page), {**data, "action-submit": "action-submit"})
    assert refused.status_code == 200
    text = html.unescape(refused.content.decode())
    assert (
        "Le texte (le résumé) dit « plus de 250 villes membres », le champ « nombre de membres » dit plus de 210."
        in text
    )
    assert not submitted(trial_page)

    # A draft is kept as typed, and the editor finds the warning when coming back to it.
    editor.post(edit_url(trial_page), data)
    trial_page.refresh_from_db()
    assert trial_page.get_latest_revision_as_object().summary == summary
    screen = html.unescape(editor.get(edit_url(trial_page)).content.decode())
    assert "Vérification des chiffres" in screen and "dit « plus de 250 villes membres »" in screen

    # Written through the field, it is accepted and follows the field.
    editor.post(edit_url(trial_page), {**data, "summary": "Un réseau de {membres} villes membres.",
                                       "action-submit": "action-submit"})  # fmt: skip
    assert submitted(trial_page)
    trial_page.refresh_from_db()
    assert trial_page.get_latest_revision_as_object().summary_text == "Un réseau de plus de 210 villes membres."


def test_a_number_meant_to_differ_is_confirmed_once_checked(people, trial_page):
    moderator = client_for(people["moderator"])
    data = edit_data(trial_page, summary="Son rival compte 900 membres.", member_count="210")
    assert moderator.post(edit_url(trial_page), {**data, "action-publish": "action-publish"}).status_code == 200
    trial_page.refresh_from_db()
    assert trial_page.summary != "Son rival compte 900 membres."
    moderator.post(
        edit_url(trial_page), {**data, "action-publish": "action-publish", "figures_confirmed": "on"}
    )
    trial_page.refresh_from_db()
    assert trial_page.summary == "Son rival compte 900 membres." and trial_page.live


def test_a_placeholder_the_page_has_no_figure_for_is_refused(people, trial_page):
    moderator = client_for(people["moderator"])
    data = edit_data(trial_page, summary="Un réseau de {membre} villes et de {pays} pays.", member_count="12")
    text = html.unescape(
        moderator.post(edit_url(trial_page), {**data, "action-publish": "action-publish"}).content.decode()
    )
    assert "Le résumé cite {membre}, qui n’est pas un chiffre de cette page" in text
    assert "Le résumé cite {pays}, mais le champ « nombre de pays » est vide." in text


# The translator -----------------------------------------------------------------------------


def test_a_translation_that_contradicts_the_fields_is_not_submitted_unchecked(people, trial_page, mailoutbox):
    trial_page.member_count = 210
    trial_page.summary = "Un réseau de {membres} villes membres."
    trial_page.save_revision().publish()
    english = trial_page.copy_for_translation(Locale.objects.get(language_code="en"))
    source, _created = TranslationSource.get_or_create_from_instance(trial_page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=english.locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {
            trial_page.title: "Trial network",
            trial_page.summary: "A network of 250 member cities.",
            trial_page.slug: "trial-network",
        }.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    translator = client_for(people["translator"])
    submit_url = reverse("angers_intl_submit_for_review", args=[english.pk])

    refused = translator.post(submit_url, follow=True)
    text = html.unescape(refused.content.decode())
    assert "Le texte (le résumé) dit « 250 member cities », le champ « nombre de membres » dit 210." in text
    assert not submitted(english)
    # The moderator reviewing it in the translation editor would see the same.
    assert "dit « 250 member cities »" in html.unescape(translator.get(edit_url(english)).content.decode())

    po = translation.export_po()
    for entry in po:
        if entry.msgid == trial_page.summary:
            entry.msgstr = "A network of {membres} member cities."
    translation.import_po(po)
    translator.post(submit_url)
    assert submitted(english)
    draft = Page.objects.get(pk=english.pk).specific.get_latest_revision_as_object()
    assert draft.summary_text == "A network of 210 member cities."


def test_the_check_reads_numbers_as_prose_writes_them():
    """Unit: the words around a number decide which field it is about."""
    from types import SimpleNamespace

    from django.utils import translation

    from angers_intl import figure_check
    from angers_intl.facts import LiveFigure

    members = LiveFigure("membres", "nombre de membres", 1500, "plus de 1 500", ("membres", "members", "collectivités"))
    population = LiveFigure("population", "population", 130_000_000, "130 millions", ("habitants", "inhabitants"))
    founded = LiveFigure("création", "année de création", 1951, "1951", is_year=True)

    def check(text):
        page = SimpleNamespace(summary=text, live_figures=lambda: [members, population, founded])
        # The messages of the French admin, whatever language an earlier test left active.
        with translation.override("fr"):
            return [(finding.blocking, finding.message) for finding in figure_check.findings(page)]

    assert check("Plus de 1\u00a0500 collectivités, 130 millions d’habitants.") == [
        (False, "Le texte (le résumé) écrit « Plus de 1 500 collectivités » en chiffres : écrivez "
         "{membres} pour qu’il suive le champ « nombre de membres »."),
        (False, "Le texte (le résumé) écrit « 130 millions d’habitants » en chiffres : écrivez "
         "{population} pour qu’il suive le champ « population »."),
    ]  # fmt: skip
    assert check("Fondée en 1952 par des élus.")[0][0] is True
    assert check("Elle compte 1,600 members and 140 million inhabitants.") == [
        (True, "Le texte (le résumé) dit « 1,600 members », le champ « nombre de membres » dit plus de 1 500."),
        (True, "Le texte (le résumé) dit « 140 million inhabitants », le champ « population » dit 130 millions."),
    ]
    # Numbers about something else, and years not said as a founding, are left alone.
    assert check("Depuis 1992, plus de 30 ans d’expérience, 20 personnes, 200 000 visites.") == []
    assert check("{membres} collectivités.") == []
