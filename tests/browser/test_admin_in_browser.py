"""City staff in Chromium: log in, find the editorial panel, translate in wagtail-localize,
hand a translation to the moderators who publish it."""

import pytest

from tests.browser.conftest import (
    ADMIN_PASSWORD,
    ADMIN_USERNAME,
    MODERATOR,
    TRANSLATOR,
    current_totp_code,
)


def log_in(page, portal_url, username=ADMIN_USERNAME, password=ADMIN_PASSWORD, second_factor=True):
    page.goto(portal_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("button[type=submit]").click()
    if second_factor:
        # Administrators and moderators give the code of their authenticator app next.
        page.wait_for_url(lambda url: "/admin/2fa/auth" in url)
        page.fill("#id_otp_token", current_totp_code())
        page.locator("button[type=submit], input[type=submit]").first.click()
    page.wait_for_url(portal_url + "/admin/")


def test_staff_member_logs_in_and_opens_the_translation_editor(portal_url, page):
    log_in(page, portal_url)
    assert page.get_by_role("heading", name="Suivi éditorial").is_visible()

    # The English version of a network page opens in wagtail-localize's segment editor,
    # which offers the PO file round trip.
    page.goto(portal_url + "/admin/pages/search/?q=AFCCRE")
    page.locator("a[href$='/edit/']").filter(has_text="French Association").first.click()
    download = page.locator("text=Télécharger un fichier PO").first
    download.wait_for(timeout=20_000)
    assert download.is_visible()
    assert "French Association of the Council" in page.content()


def test_the_admin_runs_under_its_content_security_policy(portal_url, page):
    """Every screen staff use daily works with the admin's policy enforced: the browser
    refuses no script, style, image, frame or connection. (The strict report-only policy
    still names Wagtail's inline scripts; that is its purpose.)"""
    refused = []

    def note(message):
        if "Content Security Policy" in message.text and "report-only" not in message.text:
            refused.append(message.text)

    page.on("console", note)
    log_in(page, portal_url)
    screens = [
        "/admin/",
        "/admin/pages/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/users/",
        "/admin/settings/",
    ]
    for screen in screens:
        response = page.goto(portal_url + screen)
        assert "default-src 'self'" in response.headers["content-security-policy"], screen
        page.wait_for_load_state("networkidle")
    # The page editor: Draftail, StreamField, choosers and the live preview panel.
    page.goto(portal_url + "/admin/pages/search/?q=Eurocities")
    page.locator("a[href$='/edit/']").first.click()
    page.locator("[data-w-tabs-target], .w-tabs").first.wait_for(timeout=20_000)
    page.wait_for_load_state("networkidle")
    preview = page.locator("button[data-side-panel-toggle='preview']")
    if preview.count():
        preview.first.click()
        page.wait_for_timeout(1500)
    assert refused == [], "\n".join(refused)


# A French network page published without its English version, removed afterwards so that
# the other tests find the Angers content as loaded.
TRIAL_PAGE = """
from wagtail.models import Page
from networks.models import NetworkPage
section = Page.objects.get(slug="reseaux-de-villes", locale__language_code="fr")
page = NetworkPage(title="Réseau des villes jumelles", slug="reseau-des-villes-jumelles", summary="Un réseau pour essayer.")
section.add_child(instance=page)
page.save_revision().publish()
"""
REMOVE_TRIAL_PAGE = """
from wagtail.models import Page
for page in Page.objects.filter(slug__in=["reseau-des-villes-jumelles", "twin-towns-network"]).order_by("-depth"):
    page.delete()
"""
ENGLISH = {
    "Réseau des villes jumelles": "Twin Towns Network",
    "Un réseau pour essayer.": "A network to try things with.",
    "reseau-des-villes-jumelles": "twin-towns-network",
}


@pytest.fixture
def trial_page(portal):
    portal.run(TRIAL_PAGE)
    yield
    portal.run(REMOVE_TRIAL_PAGE)


@pytest.fixture
def new_tab(browser):
    """Tabs of separate browsers (one per person), closed after the test."""
    contexts = []

    def open_tab():
        contexts.append(browser.new_context(viewport={"width": 1280, "height": 900}))
        return contexts[-1].new_page()

    yield open_tab
    for context in contexts:
        context.close()


def test_a_translator_translates_a_page_and_a_moderator_publishes_it(portal_url, new_tab, trial_page):
    translator = new_tab()
    log_in(translator, portal_url, *TRANSLATOR, second_factor=False)
    # The dashboard lists the French page without an English version.
    row = translator.locator("tr", has_text="Réseau des villes jumelles")
    row.get_by_role("link", name="Créer la traduction").click()
    # English, the only language to translate into, is ticked already.
    assert translator.get_by_label("anglais").is_checked()
    translator.locator("form [type=submit]").last.click()
    # The translation editor, in French, down to the texts it writes outside gettext.
    translator.get_by_text("Traduction français → anglais").first.wait_for(timeout=20_000)
    assert translator.locator(".w-sr-only", has_text="Plus d’actions").count()
    assert not translator.get_by_text("More actions").count()
    # Without the actions a translator may not take; with the way to hand the page over.
    assert not translator.get_by_text("Convertir en alias de page").count()
    assert not translator.get_by_text("Arrêter la synchronisation").is_visible()
    # Each text, tab by tab: "Traduire", type the English, "Enregistrer".
    for tab in ("Contenu", "Référencement"):
        translator.get_by_role("tab", name=tab).click()
        untranslated = translator.locator("li.incomplete:visible")
        while (left := untranslated.count()) > 0:
            source = untranslated.first.locator("p").first.inner_text()
            # The segment's own list item (the innermost holding its text), which stays put
            # while it is edited.
            segment = translator.locator("li", has=translator.get_by_text(source, exact=True)).last
            segment.get_by_role("button", name="Traduire").click()
            segment.locator("textarea").fill(ENGLISH[source])
            segment.get_by_role("button", name="Enregistrer").click()
            translator.wait_for_function(
                "count => [...document.querySelectorAll('li.incomplete')]"
                ".filter(item => item.checkVisibility()).length < count",
                arg=left,
            )
    assert not translator.get_by_text("Erreur du serveur").count()
    # Handed to the moderators from the editor.
    translator.get_by_role("link", name="Soumettre à relecture").click()
    translator.locator("form [type=submit]", has_text="Soumettre à relecture").click()
    translator.get_by_text("Cette traduction est en relecture").wait_for()

    moderator = new_tab()
    log_in(moderator, portal_url, *MODERATOR)
    # The moderator finds it awaiting their review, approves it: the English page is published.
    awaiting = moderator.locator("tr", has_text="Twin Towns Network").last
    awaiting.get_by_role("button").last.click()
    moderator.get_by_role("button", name="Approuver", exact=True).click()
    moderator.get_by_text("Aucune page n’attend de relecture.").wait_for()
    reader = new_tab()
    response = reader.goto(portal_url + "/en/city-networks/twin-towns-network/")
    assert response.status == 200
    assert reader.get_by_role("heading", level=1).inner_text() == "Twin Towns Network"
