"""What a visitor meets in Chromium, in French and in English."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import spec_for

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# One page of each type, by its key in the Angers content.
PAGE_KEYS = [
    "home",
    "city-networks",
    "afccre",
    "cuf",
    "thematic-networks",
    "gcom",
    "recognitions",
    "europe-prize",
    "legal-notice",
    "accessibility",
    "site-map",
    "compare",
    "timeline",
    "open-data",
]


def url_of(key, language):
    """Public address of a content page, from its slugs (parents first)."""
    parts = []
    spec = spec_for(key)
    while spec["parent"]:
        parts.insert(0, spec["slug"][language])
        spec = spec_for(spec["parent"])
    prefix = "/" if language == "fr" else "/en/"
    return prefix + "".join(f"{part}/" for part in parts)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_page_has_no_wcag_violation(portal_url, page, key, language):
    response = page.goto(portal_url + url_of(key, language))
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in results.response["violations"]]
    assert violations == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_search_and_error_pages_have_no_wcag_violation(portal_url, page, language):
    prefix = "" if language == "fr" else "/en"
    search = "/recherche/" if language == "fr" else "/search/"
    for path, status in ((f"{prefix}{search}?q=climat", 200), (f"{prefix}/page-absente/", 404)):
        response = page.goto(portal_url + path)
        assert response.status == status
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.response["violations"] == [], path


def test_keyboard_reaches_main_content_through_skip_link(portal_url, page):
    page.goto(portal_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Aller au contenu"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-48px"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    inside_main = page.evaluate("document.querySelector('main').contains(document.activeElement)")
    assert inside_main


def test_focus_is_visible(portal_url, page):
    page.goto(portal_url + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")


def test_switching_language_from_a_detail_page_lands_on_its_translation(portal_url, page):
    page.goto(portal_url + url_of("uclg", "fr"))
    page.get_by_role("navigation", name="Choix de la langue").get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert page.url == portal_url + url_of("uclg", "en")
    assert page.get_attribute("html", "lang") == "en"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    page.wait_for_load_state()
    assert page.url == portal_url + url_of("uclg", "fr")


@pytest.mark.parametrize(
    ("language", "accented", "plain"),
    [("fr", "coopération", "cooperation"), ("fr", "réseau", "reseau"), ("en", "Cités", "Cites")],
)
def test_accented_and_plain_words_find_the_same_pages(portal_url, page, language, accented, plain):
    prefix = "" if language == "fr" else "/en"
    search = "/recherche/" if language == "fr" else "/search/"
    found = []
    for word in (accented, plain):
        page.goto(f"{portal_url}{prefix}{search}")
        page.get_by_role("main").get_by_role("searchbox").fill(word)
        page.get_by_role("main").get_by_role("searchbox").press("Enter")
        page.wait_for_load_state()
        found.append(page.locator("main .card__title a").evaluate_all("links => links.map(a => a.href)"))
    assert found[0], f"nothing found for {accented}"
    assert found[0] == found[1]


@pytest.mark.parametrize(
    ("path", "language", "title"),
    [
        ("/nulle-part/", "fr", "Page introuvable"),
        ("/en/nowhere/", "en", "Page not found"),
    ],
)
def test_missing_page_shows_404_in_the_visitors_language(portal_url, page, path, language, title):
    response = page.goto(portal_url + path)
    assert response.status == 404
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").inner_text() == title
    assert page.get_by_role("navigation").first.is_visible()


def test_pages_fit_a_320_pixel_screen(portal_url, phone):
    for key in ("home", "afccre", "europe-prize"):
        phone.goto(portal_url + url_of(key, "fr"))
        overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, key


def test_logos_load_with_their_size(portal_url, page):
    page.goto(portal_url + url_of("city-networks", "en"))
    page.evaluate("document.querySelectorAll('img').forEach(img => img.loading = 'eager')")
    page.wait_for_load_state("networkidle")
    images = page.evaluate(
        "Array.from(document.images).map(img => [img.currentSrc, img.naturalWidth, img.getAttribute('width')])"
    )
    assert len(images) == 5
    for source, natural_width, width in images:
        assert natural_width > 0, source
        assert width == "96"
        assert source.endswith((".avif", ".webp")), source
