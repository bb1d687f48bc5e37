"""A moderator shares a draft in Chromium: the preview link made in the admin opens, in a
browser that never signed in, on the draft's text under the "not published" banner."""

from tests.browser.conftest import MODERATOR
from tests.browser.test_admin_in_browser import log_in, new_tab, trial_page  # noqa: F401 - fixtures

DRAFT = """
from wagtail.models import Page
page = Page.objects.get(slug="reseau-des-villes-jumelles", locale__language_code="fr").specific
page.summary = "Un résumé que le secrétariat du réseau doit relire."
page.save_revision()
"""


def test_a_moderator_shares_a_draft_that_a_visitor_without_account_reads(portal, portal_url, new_tab, trial_page):  # noqa: F811
    portal.run(DRAFT)
    moderator = new_tab()
    log_in(moderator, portal_url, *MODERATOR)
    moderator.goto(portal_url + "/admin/pages/search/?q=villes+jumelles")
    moderator.locator("a[href$='/edit/']").filter(has_text="Réseau des villes jumelles").first.click()
    moderator.wait_for_url(lambda url: url.endswith("/edit/"))
    # The page header's "…" menu leads to the page's preview links.
    moderator.locator("#w-slim-header-buttons button").first.click()
    moderator.get_by_role("link", name="Liens de prévisualisation").click()
    moderator.wait_for_url(lambda url: "/liens-de-previsualisation/" in url)
    moderator.get_by_label("Destinataire (facultatif)").fill("Secrétariat du réseau")
    assert moderator.get_by_label("Valable pendant (jours)").input_value() == "7"
    moderator.get_by_role("button", name="Créer le lien").click()
    address = moderator.locator("#preview-link-url").input_value()
    assert "/apercu/" in address
    assert moderator.get_by_role("cell", name="Secrétariat du réseau").is_visible()

    # Someone who never signed in opens the link in a browser of their own.
    visitor = new_tab()
    response = visitor.goto(address)
    assert response.status == 200
    assert visitor.get_by_text("Un résumé que le secrétariat du réseau doit relire.").is_visible()
    assert visitor.get_by_text("Aperçu d’un brouillon — non publié").is_visible()
    assert "no-store" in response.headers["cache-control"]
    # The public page has not changed.
    visitor.goto(portal_url + "/reseaux-de-villes/reseau-des-villes-jumelles/")
    assert visitor.get_by_text("Un réseau pour essayer.").first.is_visible()
    assert not visitor.get_by_text("Un résumé que le secrétariat").count()
