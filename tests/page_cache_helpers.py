"""What the page cache tests share: the pages to warm and how to read the cache's answer
(the ``X-Cache`` header it adds to each response)."""

from pathlib import Path

from django.conf import settings

from tests.conftest import page_for

# Pages of the Angers content (keys of angers_intl/content/data/), in both languages.
EVERY_PAGE = [
    "home",
    "city-networks",
    "afccre",
    "cuf",
    "uclg",
    "eurocities",
    "pdlci",
    "thematic-networks",
    "gcom",
    "recognitions",
    "europe-prize",
    "legal-notice",
    "site-map",
]


def urls_of(*keys):
    return [page_for(key, language).url for key in keys for language in ("fr", "en")]


def warm(client, urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert client.get(url)["X-Cache"] == "hit", url


def cache_states(client, urls):
    return {url: client.get(url)["X-Cache"] for url in urls}


def page_cache_files():
    return list(Path(settings.CACHES["pages"]["LOCATION"]).glob("*.djcache"))


def publish_change(key, language="fr", **fields):
    page = page_for(key, language)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page
