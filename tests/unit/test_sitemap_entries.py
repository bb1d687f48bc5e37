"""A page's entry in sitemap.xml: its address and its translations as hreflang
alternates, French as x-default. No database: the translations are stand-ins."""

from types import SimpleNamespace

from angers_intl.models import StandardPage
from tests.unit.stand_ins import unsaved


def page_in(language, url):
    return SimpleNamespace(locale=SimpleNamespace(language_code=language), get_full_url=lambda request: url)


def test_a_sitemap_entry_names_every_translation_and_the_french_one_as_default(monkeypatch):
    french, english = page_in("fr", "https://x/mentions-legales/"), page_in("en", "https://x/en/legal-notice/")
    monkeypatch.setattr("angers_intl.models.translations_for_sitemap", lambda request, page: [french, english])
    page = unsaved(StandardPage, title="Mentions légales")
    page.get_full_url = lambda request=None: "https://x/mentions-legales/"
    [entry] = page.get_sitemap_urls(request=object())
    assert entry["location"] == "https://x/mentions-legales/"
    assert entry["alternates"] == [
        {"lang_code": "fr", "location": "https://x/mentions-legales/"},
        {"lang_code": "en", "location": "https://x/en/legal-notice/"},
        {"lang_code": "x-default", "location": "https://x/mentions-legales/"},
    ]
    # A page without translation has no alternates to announce.
    monkeypatch.setattr("angers_intl.models.translations_for_sitemap", lambda request, page: [french])
    assert page.get_sitemap_urls(request=object())[0]["alternates"] == []
