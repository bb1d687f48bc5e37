"""City staff in Chromium: log in, find the editorial panel, translate in wagtail-localize."""

from tests.browser.conftest import ADMIN_PASSWORD, ADMIN_USERNAME


def log_in(page, portal_url):
    page.goto(portal_url + "/admin/login/")
    page.fill("#id_username", ADMIN_USERNAME)
    page.fill("#id_password", ADMIN_PASSWORD)
    page.locator("button[type=submit]").click()
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
