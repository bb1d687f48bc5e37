"""The portal on a phone (375 × 667) and on a desktop (1280 pixels), in both languages:
a compact header whose menu opens and closes from the keyboard, a home page of at most
four screens, the "En bref" box within the first two screens of a detail page."""

import pytest

from angers_intl.content.data import PAGES
from tests.browser.test_public_pages_in_browser import url_of

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 900}
DETAIL_KEYS = [spec["key"] for spec in PAGES if spec["type"].split(".")[1] in ("NetworkPage", "ThematicNetworkPage", "RecognitionPage")]


@pytest.fixture
def tab(browser):
    contexts = []

    def open_tab(viewport):
        contexts.append(browser.new_context(viewport=viewport, is_mobile=viewport is PHONE, has_touch=viewport is PHONE))
        return contexts[-1].new_page()

    yield open_tab
    for context in contexts:
        context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_phone_header_is_compact_and_its_menu_works_from_the_keyboard(portal_url, tab, language):
    phone = tab(PHONE)
    phone.goto(portal_url + url_of("home", language))
    assert phone.locator("header.site-header").bounding_box()["height"] <= 120
    menu = phone.locator("#main-nav-list")
    toggle = phone.locator(".main-nav__toggle")
    assert toggle.is_visible() and not menu.is_visible()
    # Tab to the button (after the skip link, the portal's name and the other language).
    for _ in range(10):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.classList.contains('main-nav__toggle')"):
            break
    assert phone.evaluate("document.activeElement.classList.contains('main-nav__toggle')")
    phone.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and menu.is_visible()
    assert phone.locator("#main-nav-list a").first.is_visible()
    phone.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false" and not menu.is_visible()
    assert phone.evaluate("document.activeElement.classList.contains('main-nav__toggle')")
    phone.keyboard.press("Space")
    assert toggle.get_attribute("aria-expanded") == "true"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_on_a_desktop_the_menu_shows_without_a_button(portal_url, tab, language):
    desktop = tab(DESKTOP)
    desktop.goto(portal_url + url_of("home", language))
    assert not desktop.locator(".main-nav__toggle").is_visible()
    assert desktop.locator("#main-nav-list").is_visible()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_without_javascript_the_phone_menu_shows_whole(portal_url, browser, language):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        phone = context.new_page()
        phone.goto(portal_url + url_of("home", language))
        assert phone.locator("#main-nav-list a").first.is_visible()
        assert not phone.locator(".main-nav__toggle").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_home_page_is_at_most_four_phone_screens(portal_url, tab, language):
    phone = tab(PHONE)
    phone.goto(portal_url + url_of("home", language))
    height = phone.evaluate("document.documentElement.scrollHeight")
    assert height <= 4 * PHONE["height"], height
    # Every section is still there, with all its cards.
    for key in ("city-networks", "thematic-networks", "recognitions"):
        assert phone.locator(f'.home-section h2 a[href$="{url_of(key, language)}"]').is_visible()
    assert phone.locator(".home-section .card").count() == len(DETAIL_KEYS)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_en_bref_starts_within_the_first_two_phone_screens(portal_url, tab, language):
    phone = tab(PHONE)
    with_facts = 0
    for key in DETAIL_KEYS:
        phone.goto(portal_url + url_of(key, language))
        facts = phone.locator(".detail__facts")
        if not facts.count():
            continue  # a page with neither facts nor website shows no box
        with_facts += 1
        assert facts.bounding_box()["y"] < 2 * PHONE["height"], key
    assert with_facts >= len(DETAIL_KEYS) - 2
