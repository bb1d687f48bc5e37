"""What a citizen's browser or a search engine gets from the public pages."""

import gzip
import io
import json
import re
from pathlib import Path

import pytest
from PIL import Image as PillowImage
from wagtail.models import Page, Site

from networks.models import NetworkPage
from tests.conftest import page_for

ROOT = Path(__file__).resolve().parent.parent


def live_pages():
    return Page.objects.filter(depth__gt=1).live().specific()


def test_every_page_has_hreflang_links_for_its_translations(content, client):
    for page in live_pages():
        html = client.get(page.url).content.decode()
        for translation in page.get_translations(inclusive=True).live():
            code = translation.locale.language_code
            assert f'hreflang="{code}" href="{translation.full_url}"' in html, page.url
        assert 'hreflang="x-default"' in html, page.url


def test_sitemap_lists_both_languages_with_alternates(content, client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    expected = {page.full_url for page in live_pages()}
    assert set(locations) == expected
    assert any("/en/" in url for url in locations)
    afccre_fr, afccre_en = page_for("afccre"), page_for("afccre", "en")
    entry = xml.split(f"<loc>{afccre_en.full_url}</loc>")[1].split("</url>")[0]
    assert f'hreflang="fr" href="{afccre_fr.full_url}"' in entry
    assert f'hreflang="en" href="{afccre_en.full_url}"' in entry
    assert f'hreflang="x-default" href="{afccre_fr.full_url}"' in entry
    assert re.search(r"<lastmod>\d{4}-\d{2}-\d{2}</lastmod>", entry)


def test_robots_txt_points_to_the_sitemap_of_the_site_record(content, client):
    site = Site.objects.get(is_default_site=True)
    body = client.get("/robots.txt", headers={"X-Forwarded-Proto": "gopher"}).content.decode()
    assert f"Sitemap: {site.root_url}/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert "gopher" not in body


def test_the_open_data_page_gives_the_api_address_of_the_site_record(content, client):
    site = Site.objects.get(is_default_site=True)
    page = page_for("open-data")
    html = client.get(page.url, headers={"X-Forwarded-Proto": "gopher"}).content.decode()
    assert f"<code>{site.root_url}/api/v2/</code>" in html
    assert "gopher" not in html


def test_favicon_ico_is_the_portal_icon(db, client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert "public" in response["Cache-Control"]
    with PillowImage.open(io.BytesIO(response.content)) as icon:
        assert icon.format == "ICO" and (32, 32) in icon.info["sizes"]


def test_language_switcher_leads_to_the_translation(content, client):
    html = client.get(page_for("uclg").url).content.decode()
    english = page_for("uclg", "en")
    assert f'<a href="{english.url}" lang="en" hreflang="en">English</a>' in html


def test_language_switcher_falls_back_to_nearest_translated_ancestor(content, client):
    section = page_for("city-networks")
    untranslated = NetworkPage(title="Réseau sans traduction", slug="reseau-sans-traduction")
    section.add_child(instance=untranslated)
    untranslated.save_revision().publish()
    html = client.get(untranslated.url).content.decode()
    english_section = page_for("city-networks", "en")
    assert f'href="{english_section.url}" lang="en" hreflang="en"' in html
    assert client.get(english_section.url).status_code == 200


def test_search_outside_the_page_tree_switches_to_the_same_view(content, client):
    html = client.get("/recherche/", {"q": "climat"}).content.decode()
    assert 'href="/en/search/?q=climat" lang="en"' in html


@pytest.mark.parametrize(
    "query",
    ["", "x" * 10_000, "'; DROP TABLE wagtailcore_page; --", "\x00\x01\x02", "réseau)(&|!:*", "<script>"],
)
def test_absurd_search_queries_give_a_normal_page(content, client, query):
    pages = Page.objects.count()
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    main = response.content.decode().split("<main", 1)[1]
    # The query is shown back as text, never as markup, and nothing was run with it.
    assert "<script>" not in main
    if query == "<script>":
        assert "&lt;script&gt;" in main
    assert Page.objects.count() == pages


def test_search_results_stay_in_the_visitors_language(content, client):
    french = client.get("/recherche/", {"q": "Eurocities"}).content.decode()
    english = client.get("/en/search/", {"q": "Eurocities"}).content.decode()
    french_results = french.split("<main")[1]
    english_results = english.split("<main")[1]
    assert page_for("eurocities").url in french_results
    assert page_for("eurocities", "en").url not in french_results
    assert page_for("eurocities", "en").url in english_results
    assert page_for("eurocities").url not in english_results


def test_search_uses_each_languages_stemming(content, client):
    assert page_for("edcities").url in client.get("/recherche/", {"q": "éducatrice"}).content.decode()
    assert page_for("edcities", "en").url in client.get("/en/search/", {"q": "educating"}).content.decode()
    assert page_for("tree-cities", "en").url in client.get("/en/search/", {"q": "tree"}).content.decode()


def test_empty_result_offers_suggestions(content, client):
    html = client.get("/recherche/", {"q": "zzzqqq"}).content.decode()
    assert "Aucun résultat pour « zzzqqq »" in html and "0 résultat" not in html
    assert page_for("city-networks").url in html


def result_titles(html):
    main = html.split("<main", 1)[1]
    return [re.sub(r"<[^>]+>", "", title) for title in re.findall(r'class="card__title"><a href="[^"]*">(.*?)</a>', main)]


@pytest.mark.parametrize(
    ("typed", "key"),
    [("eurocitys", "eurocities"), ("educatrice", "edcities"), ("Eurocitis", "eurocities")],
)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_mistyped_word_still_finds_its_page(content, client, typed, key, language):
    search_url = "/recherche/" if language == "fr" else "/en/search/"
    html = client.get(search_url, {"q": typed}).content.decode()
    assert page_for(key, language).url in html.split("<main", 1)[1]


def test_a_correction_is_offered_and_said(content, client):
    html = client.get("/recherche/", {"q": "eurocitys"}).content.decode()
    assert "Aucune page ne contient « eurocitys »" in html
    assert 'Vouliez-vous dire <a href="/recherche/?q=Eurocities">Eurocities</a> ?' in html
    english = client.get("/en/search/", {"q": "educatrice"}).content.decode()
    assert "Did you mean" in english and "/en/search/?q=Educating" in english
    # A word close to nothing is not "corrected" into an unrelated one.
    assert "Vouliez-vous dire" not in client.get("/recherche/", {"q": "zzzqqq"}).content.decode()


def test_results_name_their_section_and_mark_the_words_found(content, client):
    html = client.get("/recherche/", {"q": "reseau"}).content.decode()
    main = html.split("<main", 1)[1]
    assert '<p class="card__section"><span class="visually-hidden">Rubrique : </span>Réseaux de villes</p>' in main
    assert "<mark>Réseaux</mark> de villes" in main
    assert result_titles(html).count("Eurocities") == 1
    # A word found inside a title is escaped like the rest of it.
    assert "<mark><" not in main
    # A short word marks only itself, not every word that starts like it.
    short = client.get("/recherche/", {"q": "les villes"}).content.decode().split("<main", 1)[1]
    assert "<mark>villes</mark>" in short.casefold()
    assert not re.search(r"<mark>les\w", short, re.IGNORECASE)


def test_the_search_page_names_its_two_search_landmarks_apart(content, client):
    html = client.get("/recherche/", {"q": "climat"}).content.decode()
    names = re.findall(r'<form[^>]*role="search"[^>]*aria-label="([^"]+)"', html)
    assert len(names) == 2 and len(set(names)) == 2


def test_the_language_switcher_keeps_the_filters(content, client):
    html = client.get(page_for("city-networks").url, {"scope": "regional"}).content.decode()
    assert f'href="{page_for("city-networks", "en").url}?scope=regional" lang="en"' in html


def test_section_filters_and_sorting_travel_in_the_url(content, client):
    section = page_for("city-networks")
    html = client.get(section.url, {"scope": "worldwide"}).content.decode()
    assert page_for("uclg").url in html
    assert page_for("afccre").url not in html
    by_year = client.get(section.url, {"sort": "year"}).content.decode()
    positions = [by_year.index(page_for(key).url) for key in ("afccre", "cuf", "eurocities", "uclg")]
    assert positions == sorted(positions)


def test_unknown_filter_value_is_a_400_with_a_message(content, client):
    response = client.get(page_for("city-networks").url, {"scope": "galactic"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html and 'id="id_scope-error"' in html


def test_missing_pages_answer_404_in_the_visitors_language(db, client):
    french = client.get("/nulle-part/")
    english = client.get("/en/nowhere/")
    assert french.status_code == english.status_code == 404
    assert '<html lang="fr"' in french.content.decode() and "Page introuvable" in french.content.decode()
    assert '<html lang="en"' in english.content.decode() and "Page not found" in english.content.decode()


def test_structured_data_describes_the_page(content, client):
    html = client.get(page_for("uclg", "en").url).content.decode()
    blocks = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    types = {block["@type"] for block in blocks}
    assert {"BreadcrumbList", "Organization"} <= types
    award = client.get(page_for("europe-prize").url).content.decode()
    assert '"award"' in award


def test_public_pages_forbid_inline_scripts_and_styles(content, client):
    response = client.get(page_for("afccre").url)
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    html = response.content.decode()
    assert not re.search(r"<script(?![^>]*application/ld\+json)[^>]*>[^<]", html)
    assert " style=" not in html


def test_external_links_that_open_a_new_window_say_so(content, client):
    for language, warning in (("fr", "Ouvre une nouvelle fenêtre"), ("en", "Opens in a new window")):
        html = client.get(page_for("afccre", language).url).content.decode()
        for link in re.findall(r'<a [^>]*target="_blank"[^>]*>.*?</a>', html, re.S):
            assert warning in link, link


def test_official_names_in_another_language_are_marked(content, client):
    html = client.get(page_for("cuf", "en").url).content.decode()
    assert '<span lang="fr">Cités Unies France</span>' in html


def test_detail_page_weighs_under_60_kb_compressed(content, client):
    html = client.get(page_for("cuf").url).content
    css = (ROOT / "static" / "css" / "portal.css").read_bytes()
    total = len(gzip.compress(html)) + len(gzip.compress(css))
    assert total < 60_000, total


def test_api_serves_the_structured_facts(content, client):
    response = client.get(
        "/api/v2/pages/",
        {"type": "networks.NetworkPage", "fields": "acronym,founding_year,member_count,scope"},
    )
    assert response.status_code == 200
    items = {item["acronym"]: item for item in response.json()["items"]}
    assert items["AFCCRE"]["founding_year"] == 1951
    assert items["AFCCRE"]["member_count"] == 1500
    assert items["UCLG"]["scope"] == "worldwide"


def test_api_serves_the_facts_readers_see_in_the_pages_language(content, client):
    for language, founded_by, members in (("fr", "À l’initiative de", "Présence"), ("en", "Founded by", "Presence")):
        uclg = page_for("uclg", language)
        facts = client.get(f"/api/v2/pages/{uclg.pk}/", {"fields": "facts"}).json()["facts"]
        by_label = {fact["label"]: fact for fact in facts}
        assert by_label[founded_by]["value"] == page_for("cuf", language).title
        assert by_label[founded_by]["language"] == language
        # The same box, in the same order, as on the page itself.
        html = client.get(uclg.url).content.decode()
        positions = [html.index(f"<dt>{fact['label']}</dt>") for fact in facts]
        assert positions == sorted(positions) and members in by_label


def test_api_rejects_bad_parameters_with_a_400(content, client):
    assert client.get("/api/v2/pages/", {"type": "nope.Nothing"}).status_code == 400
    assert client.get("/api/v2/pages/", {"limit": "-3"}).status_code == 400


def test_footer_and_home_link_the_accessibility_statement(content, client):
    for language in ("fr", "en"):
        statement = page_for("accessibility", language)
        html = client.get(page_for("home", language).url).content.decode()
        assert html.count(f'href="{statement.url}"') >= 2, language


def test_server_error_page_speaks_the_visitors_language_without_the_database(rf):
    from django.utils import translation

    from angers_intl.public.views import server_error

    for language, text in (
        ("fr", "Le portail rencontre un problème"),
        ("en", "The portal has run into a problem"),
    ):
        with translation.override(language):
            response = server_error(rf.get("/"))
        html = response.content.decode()
        assert response.status_code == 500
        assert f'<html lang="{language}"' in html and text in html


def test_every_detail_page_and_footer_give_the_international_relations_contact(content, client):
    from angers_intl.site_settings import PortalSettings

    portal = PortalSettings.objects.get()
    portal.contact_email = "relations.internationales@ville.angers.example"
    portal.save()
    for language, service in (("fr", "Relations internationales, Ville d&#x27;Angers"), ("en", "International relations, City of Angers")):
        for key in ("eurocities", "tree-cities"):
            html = client.get(page_for(key, language).url).content.decode()
            box = html.split('<aside class="contact-box"', 1)[1].split("</aside>", 1)[0]
            assert service in box and 'href="tel:+33241054000"' in box
            assert 'href="mailto:relations.internationales@ville.angers.example"' in box
            assert service in html.split("<footer", 1)[1]
    # An editor renames the service: every page says the new name at once.
    portal.contact_service = "Direction des relations internationales"
    portal.save()
    assert "Direction des relations internationales" in client.get(page_for("uclg").url).content.decode()
