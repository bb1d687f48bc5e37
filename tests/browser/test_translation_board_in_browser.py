"""The "Suivi des traductions" board on a phone (320 px wide), in Chromium: the page does not
scroll sideways; the table does, inside a region a keyboard reaches and a screen reader names."""

from tests.browser.conftest import TRANSLATOR
from tests.browser.test_admin_in_browser import log_in


def test_the_translation_board_fits_a_phone(portal_url, phone):
    log_in(phone, portal_url, *TRANSLATOR, second_factor=False)
    phone.goto(portal_url + "/admin/reports/suivi-des-traductions/")
    region = phone.get_by_role("region", name="État des traductions des pages françaises publiées, par langue")
    assert region.is_visible()
    # The page itself is no wider than the screen; the table scrolls in its region.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    region.focus()
    assert phone.evaluate("document.activeElement.getAttribute('role')") == "region"
    # The state is said in words in each cell.
    assert phone.get_by_role("cell").filter(has_text="à jour").count() > 0
