"""City staff in Chromium: log in, find the editorial panel, translate in wagtail-localize."""

from tests.browser.conftest import ADMIN_PASSWORD, ADMIN_USERNAME, current_totp_code


def log_in(page, portal_url):
    page.goto(portal_url + "/admin/login/")
    page.fill("#id_username", ADMIN_USERNAME)
    page.fill("#id_password", ADMIN_PASSWORD)
    page.locator("button[type=submit]").click()
    # Administrators give the code of their authenticator app next.
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
