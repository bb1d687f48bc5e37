"""The French admin reads as French written for city staff: the screens translators and
editors use, and the e-mails they receive, scanned for English."""

import html
import io
import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from tests.conftest import client_for, edit_data

# Words of English that are not also French: any of them in a French screen is a text
# left untranslated ("Status", "None", "More actions", "November", "English"...).
ENGLISH_WORDS = set(
    """the and of to with by for from your you this that is are has have been more status none
    name root edit delete save cancel publish draft live translation translated search add view
    show hide close open submit settings help locked owner updated created choose select upload
    filter clear previous next loading error warning yes no english french january february march
    april may june july august september october november december ago hours days user account
    log out sign preview history sync copy move unpublish workflow task review approve reject title
    revision compare lock unlock snippets toggle sidebar any all new latest current item items drag
    here""".split()
)

LANGUAGE_NAMES = {name for _code, name in settings.LANGUAGES}


class ReadableText(HTMLParser):
    """What a user reads or hears on a screen: its texts, the labels of its controls, and
    the texts wagtail-localize's editor draws from its data (labels, help, comments).
    Content is left out: it is checked by the translators, not by this scan."""

    SKIP = {"script", "style", "template"}
    VOID = {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
    SPOKEN = ("aria-label", "title", "placeholder", "alt", "data-w-tooltip-content-value")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self._skipping, self._tag = [], 0, None

    def handle_starttag(self, tag, attrs):
        attrs, self._tag = dict(attrs), tag
        if self._skipping or tag in self.SKIP or ("hidden" in attrs and attrs.get("role") != "tabpanel"):
            # Hidden tab panels are a click away; other hidden elements are never shown.
            self._skipping += tag not in self.VOID
            return
        self.texts += [attrs[name] for name in self.SPOKEN if attrs.get(name)]
        if attrs.get("data-props"):
            self.texts += translation_editor_texts(json.loads(attrs["data-props"]))

    def handle_endtag(self, tag):
        if self._skipping and tag not in self.VOID:
            self._skipping -= 1

    def handle_data(self, data):
        # A language is offered in its own words ("English" among the admin's languages).
        if self._tag == "option" and data.strip() in LANGUAGE_NAMES:
            return
        if not self._skipping and data.strip():
            self.texts.append(data)


def translation_editor_texts(props):
    texts = [tab["label"] for tab in props.get("tabs", [])]
    texts += [props[key]["displayName"] for key in ("sourceLocale", "locale") if key in props]
    for segment in props.get("segments", []):
        location = segment.get("location") or {}
        texts += [location.get("field") or "", location.get("fieldHelpText") or ""]
    texts += [translation.get("comment") or "" for translation in props.get("initialStringTranslations", [])]
    return texts


def content_texts():
    """The texts of the pages themselves, which the admin quotes in its own sentences."""
    texts = set()
    for page in Page.objects.specific():
        texts.update({page.title, page.draft_title, page.slug, page.seo_title})
        texts.update(getattr(page, field, "") or "" for field in ("summary", "acronym", "own_language_name"))
    return sorted({" ".join(text.split()) for text in texts if len(text or "") > 2}, key=len, reverse=True)


def english_texts(texts, content):
    found = set()
    for text in texts:
        # Addresses and codes mixing letters and digits (a key, a backup code) are not words.
        text = " ".join(re.sub(r"https?://\S+|\b(?=\w*\d)(?=\w*[^\W\d])\w+\b", " ", text).split())
        for quoted in content:
            text = text.replace(quoted, " ")
        if {word.lower() for word in re.findall(r"[^\W\d_]+", text)} & ENGLISH_WORDS:
            found.add(text)
    return sorted(found)


def english_on_screens(client, urls):
    content = content_texts()
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        parser = ReadableText()
        parser.feed(response.content.decode())
        if english := english_texts(parser.texts, content):
            found[url] = english
    return found


@pytest.fixture
def translation_in_review(people, trial_page, mailoutbox):
    """The English page of the trial page, translated by uploading a PO file and submitted
    for review by the translator; the moderators have an e-mail address."""
    english_locale = Locale.objects.get(language_code="en")
    for person in people.values():
        person.email = f"{person.username}@ville.angers.example"
        person.save()
    translator = client_for(people["translator"])
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[trial_page.pk]),
        {"locales": [english_locale.pk]},
    )
    english = trial_page.get_translation(english_locale)
    translation = Translation.objects.get(
        source__object_id=trial_page.translation_key, target_locale=english_locale
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "trial-network" if entry.msgid == trial_page.slug else f"Trial {entry.msgid}"
    upload = io.BytesIO(str(po).encode())
    upload.name = "trial.po"
    translator.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    translation.save_target(user=people["translator"], publish=False)
    translator.post(reverse("angers_intl_submit_for_review", args=[english.pk]))
    return english


def test_the_screens_a_translator_uses_are_in_french(people, translation_in_review):
    english = translation_in_review
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[english.get_parent().pk]),
        reverse("wagtailadmin_explore", args=[Page.objects.get(depth=2, locale=english.locale).pk]),
        reverse("wagtailadmin_pages:edit", args=[english.pk]),
        reverse("wagtailadmin_pages:history", args=[english.pk]),
        reverse("wagtailadmin_pages:search") + "?q=network",
        reverse("wagtailadmin_account"),
        reverse("translation_debt_board"),
    ]
    assert english_on_screens(client_for(people["translator"]), urls) == {}


def test_the_screens_an_editor_uses_are_in_french(people, trial_page):
    editor = client_for(people["editor"])
    editor.post(
        edit_url := reverse("wagtailadmin_pages:edit", args=[trial_page.pk]),
        edit_data(trial_page, **{"action-submit": "1"}),
    )
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[Page.objects.get(depth=2, locale__language_code="fr").pk]),
        reverse("wagtailadmin_explore", args=[trial_page.get_parent().pk]),
        edit_url,
        reverse("wagtailadmin_pages:add_subpage", args=[trial_page.get_parent().pk]),
        reverse("wagtailadmin_pages:history", args=[trial_page.pk]),
        reverse("wagtailadmin_pages:search") + "?q=réseau",
        reverse("wagtailimages:index"),
        reverse("wagtailimages:add_multiple"),
        reverse("wagtaildocs:index"),
        reverse("wagtailadmin_account"),
    ]
    assert english_on_screens(editor, urls) == {}


def test_the_search_names_what_it_found(people, trial_page):
    results = (
        client_for(people["editor"])
        .get(reverse("wagtailadmin_pages:search"), {"q": "réseau"})
        .content.decode()
    )
    assert re.search(r"1-\d+ sur \d+ pages", results) and not re.search(r"sur \d+ None", results)


class TranslationEditorData(HTMLParser):
    """The data wagtail-localize's editor draws its screen from (its ``data-props``)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.props = None

    def handle_starttag(self, tag, attrs):
        if (props := dict(attrs).get("data-props")) and self.props is None:
            self.props = json.loads(props)


# Three days whose month is written differently: with an accent (escaped in the editor's
# JSON), with a "û", and with none; and a month end, where a time zone could change the day.
TRANSLATION_DAYS = [
    (datetime(2026, 12, 3, 9, 30, tzinfo=UTC), "3 décembre 2026"),
    (datetime(2027, 8, 31, 21, 45, tzinfo=UTC), "31 août 2027"),
    (datetime(2027, 2, 28, 23, 30, tzinfo=UTC), "1 mars 2027"),  # 00:30 in Paris
]


@pytest.mark.parametrize(("translated_at", "day_in_french"), TRANSLATION_DAYS)
def test_translated_texts_say_when_and_how_in_french(
    people, translation_in_review, translated_at, day_in_french
):
    english = translation_in_review
    StringTranslation.objects.filter(translation_of__isnull=False, locale=english.locale).update(
        updated_at=translated_at
    )
    editor_screen = client_for(people["translator"]).get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    data = TranslationEditorData()
    data.feed(editor_screen.content.decode())
    comments = {translation["comment"] for translation in data.props["initialStringTranslations"]}
    assert comments == {f"Traduit avec un fichier PO le {day_in_french}"}


def test_the_translation_editor_texts_outside_gettext_have_their_french(people, translation_in_review):
    translator = client_for(people["translator"])
    editor_screen = translator.get(
        reverse("wagtailadmin_pages:edit", args=[translation_in_review.pk])
    ).content.decode()
    assert "js/admin/translation_editor_wording" in editor_screen
    catalogue = translator.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    assert '"More actions": "Plus d\\u2019actions"' in catalogue
    assert '"%(source)s to %(target)s translation": "Traduction %(source)s \\u2192 %(target)s"' in catalogue


def test_a_moderator_who_approves_a_page_is_told_so(people, trial_page):
    edit_url = reverse("wagtailadmin_pages:edit", args=[trial_page.pk])
    client_for(people["editor"]).post(edit_url, edit_data(trial_page, **{"action-submit": "1"}))
    response = client_for(people["moderator"]).post(
        edit_url,
        edit_data(trial_page, **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
        follow=True,
    )
    # Not that the page "a été mise à jour", as Wagtail says after any action.
    told = [" ".join(html.unescape(str(message)).split()) for message in response.context["messages"]]
    assert told == ["La page « Réseau d'essai » a été approuvée et publiée."]


def test_notification_emails_read_as_a_city_writes(people, translation_in_review, mailoutbox):
    """The moderators are told of the submitted translation, the translator of its approval."""
    state = WorkflowState.objects.active().get(object_id=str(translation_in_review.pk))
    client_for(people["moderator"]).post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[translation_in_review.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    assert {address for message in mailoutbox for address in message.to} >= {
        "moderateur@ville.angers.example",
        "traducteur@ville.angers.example",
    }
    for message in mailoutbox:
        assert message.body.lstrip().startswith("Bonjour")
        assert english_texts([message.subject, *message.body.splitlines()], content_texts()) == []


def test_the_screens_an_administrator_uses_are_in_french(admin_client, content):
    urls = [
        reverse("wagtailsites:index"),
        reverse("wagtaillocales:index"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_groups:index"),
        reverse("wagtailadmin_workflows:index"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_collections:index"),
    ]
    assert english_on_screens(admin_client, urls) == {}


def test_the_second_factor_screens_are_in_french(admin_client, admin_user, people):
    """The code screen, enrolment, the devices of an account, backup codes, and the right
    on the moderators' group screen."""
    from django.contrib.auth.models import Group
    from django.test import Client
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from angers_intl.editorial import roles

    admin_client.post(reverse("angers_intl_second_factor_backup_codes"))
    device = TOTPDevice.objects.filter(user=admin_user).first()
    urls = [
        reverse("angers_intl_second_factor_device_new"),
        reverse("angers_intl_second_factor_devices", args=[admin_user.pk]),
        reverse("angers_intl_second_factor_devices", args=[people["moderator"].pk]),
        reverse("angers_intl_second_factor_device_remove", args=[device.pk]),
        reverse("angers_intl_second_factor_backup_codes"),
    ]
    assert english_on_screens(admin_client, urls) == {}
    # (Django's own rights on that screen are named in English: only the portal's is checked.)
    group_screen = reverse("wagtailusers_groups:edit", args=[Group.objects.get(name=roles.MODERATORS).pk])
    assert "Doit utiliser la double authentification pour se connecter" in admin_client.get(group_screen).content.decode()
    signed_in_without_code = Client()
    signed_in_without_code.force_login(people["moderator"])
    assert english_on_screens(signed_in_without_code, [reverse("angers_intl_second_factor_code")]) == {}
    codes = admin_client.post(reverse("angers_intl_second_factor_backup_codes")).content.decode()
    parser = ReadableText()
    parser.feed(codes)
    assert english_texts(parser.texts, content_texts()) == []


def test_the_page_search_is_for_signed_in_staff(client, content):
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "réseau"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
