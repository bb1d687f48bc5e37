"""The admin's "Aide" menu in Chromium: the city's guides first, read inside the admin, and
a "new" badge that goes once the menu has been opened."""

import re

from tests.browser.conftest import TRANSLATOR
from tests.browser.test_admin_in_browser import log_in


def test_staff_open_the_help_menu_read_a_guide_and_the_badge_goes(portal_url, page):
    log_in(page, portal_url, *TRANSLATOR, second_factor=False)
    help_menu = page.locator("nav [aria-label], nav").get_by_role("button", name=re.compile("Aide"))
    badge = page.locator(".w-dismissible-badge--count")
    assert badge.count() == 1 and badge.is_visible()

    # Opening the menu tells the server it has been seen (PATCH /admin/dismissibles/).
    with page.expect_response(lambda response: "/admin/dismissibles/" in response.url) as seen:
        help_menu.click()
    assert seen.value.status == 200
    menu_links = page.locator("a").filter(has_text=re.compile("^Guide des"))
    assert menu_links.first.inner_text().strip() == "Guide des rédacteurs et modérateurs"

    page.get_by_role("link", name="Guide des traducteurs").click()
    page.wait_for_url(portal_url + "/admin/guides/traducteurs/")
    assert page.get_by_role("heading", level=1, name="Guide des traducteurs").is_visible()
    assert page.get_by_role("heading", level=2, name=re.compile("Trouver le travail")).is_visible()
    # The next page: no badge any more.
    assert page.locator(".w-dismissible-badge--count").count() == 0
    page.reload()
    assert page.locator(".w-dismissible-badge--count").count() == 0
