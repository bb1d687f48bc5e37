"""A translator in Chromium opens the translation editor of a page whose French text changed:
the previous English translation and the French change, word by word, are there, and one
click brings the translation back, marked to be reviewed."""

import pytest

from tests.browser.conftest import ADMIN_TOTP_KEY
from tests.browser.test_admin_in_browser import log_in

TRANSLATOR = ("traducteur-memoire", "traducteur-memoire-password")
ADDED = "Il publie une lettre chaque mois."

# A French page translated into English and published, then changed by one sentence and
# synchronised, as an editor, a translator and a moderator would have done it; and a
# translator who signs in with the code of their authenticator app. Removed afterwards, so
# that the other tests find the Angers content as loaded.
CHANGED_PAGE = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from networks.models import NetworkPage

section = Page.objects.get(slug="reseaux-de-villes", locale__language_code="fr")
page = NetworkPage(title="Réseau de la mémoire", slug="reseau-de-la-memoire", summary="Un réseau de villes qui se souviennent.")
section.add_child(instance=page)
page.save_revision().publish()
source, _created = TranslationSource.get_or_create_from_instance(page)
translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="en"), enabled=True)
english = {{
    "Réseau de la mémoire": "Memory Network",
    "Un réseau de villes qui se souviennent.": "A network of cities that remember.",
    "reseau-de-la-memoire": "memory-network",
}}
po = translation.export_po()
for entry in po:
    entry.msgstr = english[entry.msgid]
translation.import_po(po)
translation.save_target(publish=True)
page = NetworkPage.objects.get(pk=page.pk)
page.summary = "Un réseau de villes qui se souviennent. {ADDED}"
page.save_revision().publish()
TranslationSource.objects.get(pk=source.pk).update_from_db()
user = get_user_model().objects.create_user({TRANSLATOR[0]!r}, password={TRANSLATOR[1]!r})
user.groups.add(Group.objects.get(name="Traducteurs"))
TOTPDevice.objects.create(user=user, name="Téléphone", key={ADMIN_TOTP_KEY!r}, confirmed=True)
"""
REMOVE_CHANGED_PAGE = f"""
from django.contrib.auth import get_user_model
from wagtail.models import Page
for page in Page.objects.filter(slug__in=["reseau-de-la-memoire", "memory-network"]).order_by("-depth"):
    page.delete()
get_user_model().objects.filter(username={TRANSLATOR[0]!r}).delete()
"""


@pytest.fixture
def changed_page(portal):
    portal.run(CHANGED_PAGE)
    yield
    portal.run(REMOVE_CHANGED_PAGE)


def test_a_translator_sees_the_previous_translation_and_the_french_change(portal_url, page, changed_page):
    log_in(page, portal_url, *TRANSLATOR, second_factor=True)
    page.goto(portal_url + "/admin/pages/search/?q=Memory")
    page.locator("a[href$='/edit/']").filter(has_text="Memory Network").first.click()
    page.get_by_text("Traduction français → anglais").first.wait_for(timeout=20_000)

    memory = page.locator("section.translation-memory")
    assert memory.get_by_role("heading", name="Mémoire de traduction").is_visible()
    # The previous English translation of the summary…
    assert memory.get_by_text("A network of cities that remember.", exact=True).is_visible()
    # …and the French change: the added sentence underlined, nothing struck out.
    added = memory.locator(".translation-memory__diff ins")
    assert added.inner_text().strip() == ADDED
    assert added.evaluate("element => getComputedStyle(element).textDecorationLine") == "underline"
    assert memory.locator(".translation-memory__diff del").count() == 0
    page.screenshot(path="/tmp/translation-memory.png", full_page=False)

    # One click: back in the editor, the summary translated again and marked to be reviewed.
    memory.get_by_role("button", name="Reprendre la traduction précédente").click()
    page.get_by_text("Traduction reprise de la mémoire, à revoir").wait_for(timeout=20_000)
    page.get_by_text("Traduction français → anglais").first.wait_for(timeout=20_000)
    assert page.get_by_text("Traduit avec la mémoire de traduction (à revoir)").first.is_visible()
    assert not page.get_by_role("button", name="Reprendre la traduction précédente").count()
