"""The public read-only API (/api/v2/): hostile requests get a 4xx, never a 500; only
GET, HEAD and OPTIONS; anonymous clients are throttled; only public pages and the
images they use are listed."""

import pytest
from django.core.cache import cache
from rest_framework.throttling import AnonRateThrottle
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from angers_intl.opendata.api import PublicImagesAPIViewSet, PublicPagesAPIViewSet
from networks.models import NetworkPage
from recognitions.models import RecognitionPage

from .conftest import page_for

PAGES = "/api/v2/pages/"
IMAGES = "/api/v2/images/"
NUL = "\x00"
HUGE = "9" * 26


@pytest.fixture(autouse=True)
def throttle_out_of_the_way(monkeypatch):
    """Every test starts with a clean throttle history and a rate it cannot reach; the
    history lives in the default cache, which outlives a test."""
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "100000/minute"})
    cache.clear()
    yield
    cache.clear()


def filter_names(viewset, model):
    return viewset.get_available_fields(model, db_fields_only=True)


def nul_in_every_filter():
    cases = [(PAGES, {name: NUL}) for name in filter_names(PublicPagesAPIViewSet, Page)]
    for model in (NetworkPage, RecognitionPage):
        type_name = f"{model._meta.app_label}.{model.__name__}"
        cases += [
            (PAGES, {"type": type_name, name: NUL}) for name in filter_names(PublicPagesAPIViewSet, model)
        ]
    cases += [(IMAGES, {name: NUL}) for name in filter_names(PublicImagesAPIViewSet, get_image_model())]
    operations = ("search", "order", "fields", "type", "child_of", "ancestor_of", "descendant_of")
    operations += ("translation_of", "locale", "site", "limit", "offset", "search_operator")
    cases += [(PAGES, {name: NUL}) for name in operations]
    cases += [(PAGES, {name: "x" + NUL + "y"}) for name in operations]
    cases += [(IMAGES, {name: NUL}) for name in ("search", "order", "fields", "limit", "offset")]
    return cases


HOSTILE = [
    # Finding an object by something that is not an id.
    (PAGES + "find/", {"id": "abc"}),
    (PAGES + "find/", {"id": NUL}),
    (PAGES + "find/", {"id": "-1"}),
    (PAGES + "find/", {"id": HUGE}),
    (PAGES + "find/", {"id": "1.5"}),
    (PAGES + "find/", {"id": ""}),
    (PAGES + "find/", {"html_path": "/" + NUL + "/"}),
    (PAGES + "find/", {"html_path": "/nope/" * 2000}),
    (PAGES + "find/", {"html_path": "/%00/%ff/"}),
    (PAGES + "find/", {}),
    (IMAGES + "find/", {"id": "abc"}),
    (IMAGES + "find/", {"id": HUGE}),
    (PAGES + HUGE + "/", {}),
    (IMAGES + HUGE + "/", {}),
    # Paging.
    (PAGES, {"offset": HUGE}),
    (PAGES, {"offset": "-1"}),
    (PAGES, {"offset": "abc"}),
    (PAGES, {"offset": "1e9"}),
    (PAGES, {"offset": "10000000"}),
    (PAGES, {"limit": HUGE}),
    (PAGES, {"limit": "-1"}),
    (PAGES, {"limit": "abc"}),
    (PAGES, {"limit": "1000"}),
    (IMAGES, {"offset": HUGE}),
    (IMAGES, {"limit": HUGE}),
    # Search.
    (PAGES, {"search": "a" * 10_000}),
    (PAGES, {"search": "angers " * 1500}),
    (PAGES, {"search": "x", "search_operator": "xor"}),
    (PAGES, {"search": "x", "search_operator": "'; DROP TABLE wagtailcore_page; --"}),
    (PAGES, {"search": "x", "order": "random"}),
    (IMAGES, {"search": "a" * 10_000}),
    (IMAGES, {"search": "x", "search_operator": "nope"}),
    # Field filters with values of the wrong kind.
    (PAGES, {"id": "abc"}),
    (PAGES, {"first_published_at": "yesterday"}),
    (PAGES, {"first_published_at": "2024-13-45"}),
    (PAGES, {"show_in_menus": "maybe"}),
    (PAGES, {"alias_of": "abc"}),
    (PAGES, {"type": "networks.NetworkPage", "founding_year": "abc"}),
    (PAGES, {"type": "networks.NetworkPage", "founding_year": HUGE}),
    (PAGES, {"type": "networks.NetworkPage", "founded_by_page": "abc"}),
    (PAGES, {"type": "networks.NetworkPage", "logo": "x"}),
    (PAGES, {"type": "networks.NetworkPage", "member_count": "-" + HUGE}),
    (IMAGES, {"width": "abc"}),
    (IMAGES, {"width": HUGE}),
    # Unknown parameters and fields.
    (PAGES, {"nope": "1"}),
    (PAGES, {"<script>alert(1)</script>": "1"}),
    (PAGES, {"fields": "nope"}),
    (PAGES, {"fields": "title(id)"}),
    (PAGES, {"fields": "*,title"}),
    (PAGES, {"fields": "-*"}),
    (PAGES, {"fields": "a(" * 5000}),
    (PAGES, {"fields": "parent"}),
    (PAGES, {"fields": ",".join(["title"] * 2000)}),
    (PAGES, {"type": "networks.NetworkPage", "fields": "founded_by_page(" * 50 + "id" + ")" * 50}),
    (PAGES, {"type": "networks.NetworkPage", "fields": "logo(*,nope)"}),
    (IMAGES, {"fields": "nope"}),
    (IMAGES, {"fields": "a(" * 5000}),
    # Ordering.
    (PAGES, {"order": "nope"}),
    (PAGES, {"order": "title; DROP TABLE wagtailcore_page"}),
    (PAGES, {"order": "-"}),
    (PAGES, {"order": "--title"}),
    (PAGES, {"order": "title,"}),
    (PAGES, {"order": "random", "offset": "1"}),
    (PAGES, {"order": "random,title"}),
    (PAGES, {"order": "locale__language_code"}),
    (PAGES, {"order": "path"}),
    (IMAGES, {"order": "file"}),
    # Page types.
    (PAGES, {"type": "nope.Nothing"}),
    (PAGES, {"type": "auth.User"}),
    (PAGES, {"type": "networks"}),
    (PAGES, {"type": "a.b.c"}),
    (PAGES, {"type": ","}),
    (PAGES, {"type": "."}),
    (PAGES, {"type": ",".join(["networks.NetworkPage"] * 300)}),
    # Tree filters.
    (PAGES, {"child_of": "abc"}),
    (PAGES, {"child_of": "-5"}),
    (PAGES, {"child_of": HUGE}),
    (PAGES, {"descendant_of": "abc"}),
    (PAGES, {"descendant_of": HUGE}),
    (PAGES, {"child_of": "root", "descendant_of": "root"}),
    (PAGES, {"ancestor_of": "abc"}),
    (PAGES, {"ancestor_of": HUGE}),
    (PAGES, {"translation_of": "abc"}),
    (PAGES, {"translation_of": HUGE}),
    (PAGES, {"translation_of": "1e3"}),
    # Locales and sites.
    (PAGES, {"locale": "xx"}),
    (PAGES, {"locale": "fr" * 3000}),
    (PAGES, {"locale": "../../etc/passwd"}),
    (PAGES, {"site": "nope.example"}),
    (PAGES, {"site": "localhost:abc"}),
    (PAGES, {"site": "localhost:" + HUGE}),
    (PAGES, {"site": ":"}),
    # Percent-encoded garbage and very long query strings.
    (PAGES + "?title=%ff%fe%00", None),
    (PAGES + "?%00=1", None),
    (PAGES + "?search=%C0%AF&order=%00", None),
    (PAGES + "?offset=%EF%BC%91", None),
    (PAGES + "?" + "&".join(f"x{number}=1" for number in range(1200)), None),
    (PAGES + "?title=" + "%41" * 30_000, None),
    (PAGES + "?format=nope", None),
    *nul_in_every_filter(),
]


def case_id(case):
    path, params = case
    text = path if params is None else f"{path}?{'&'.join(f'{k}={v}' for k, v in params.items())}"
    return text.replace(NUL, "<NUL>")[:80]


@pytest.mark.parametrize("path, params", HOSTILE, ids=[case_id(case) for case in HOSTILE])
def test_hostile_request_gets_a_4xx_and_a_short_json_message(content, client, path, params):
    response = client.get(path, params) if params is not None else client.get(path)
    assert 400 <= response.status_code < 500, response.content[:300]
    assert response.status_code != 429
    assert response["Content-Type"].startswith("application/json")
    message = response.json()["message"]
    assert NUL not in message and "<script>" not in message and len(message) < 300


@pytest.mark.parametrize("path", [PAGES + "abc/", PAGES + "-1/", PAGES + "%00/", IMAGES + "abc/"])
def test_ids_that_are_not_numbers_find_no_address(content, client, path):
    assert client.get(path).status_code == 404


def test_a_normal_request_still_gets_the_data(content, client):
    response = client.get(PAGES, {"type": "networks.NetworkPage", "fields": "acronym,logo", "limit": 5})
    assert response.status_code == 200
    body = response.json()
    assert body["meta"]["total_count"] > 5 and len(body["items"]) == 5
    assert all("acronym" in item and "logo" in item for item in body["items"])

    afccre = page_for("afccre")
    found = client.get(PAGES + "find/", {"id": afccre.pk})
    assert found.status_code == 302
    detail = client.get(found["Location"])
    assert detail.status_code == 200 and detail.json()["title"] == afccre.title

    assert client.get(PAGES, {"search": "jumelage", "search_operator": "and"}).status_code == 200
    assert client.get(PAGES, {"child_of": "root", "locale": "en", "order": "-title"}).status_code == 200
    assert client.get(PAGES, {"offset": 2, "limit": 2, "order": "id"}).status_code == 200
    assert client.get(PAGES + "find/", {"html_path": afccre.url}).status_code == 302


@pytest.mark.parametrize(
    "params",
    [
        {"search": "x", "order": "title"},
        {"search": "x", "title": "x"},
        {"search": "%C0%AF\u202e\u00e9t\u00e9"},
        {"title": "<script>alert(1)</script>"},
        {"first_published_at": "2020-01-01T00:00:00+00:00"},
        {"offset": "0", "limit": "0"},
        {"type": "networks.NetworkPage,recognitions.RecognitionPage"},
        {"type": "networks.NetworkPage", "founding_year": "1951", "member_count_is_minimum": "true"},
    ],
)
def test_odd_but_valid_requests_get_a_200(content, client, params):
    assert client.get(PAGES, params).status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", [PAGES, PAGES + "find/", IMAGES])
def test_the_api_is_read_only(content, client, method, path):
    assert getattr(client, method)(path, {}, content_type="application/json").status_code == 405


def test_detail_views_are_read_only_too(content, client):
    detail = f"{PAGES}{page_for('afccre').pk}/"
    assert client.delete(detail).status_code == 405
    assert client.put(detail, {}, content_type="application/json").status_code == 405
    assert client.head(detail).status_code == 200
    assert client.options(detail).status_code == 200


def test_anonymous_clients_are_throttled_by_address(content, client, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})
    for _ in range(3):
        assert client.get(PAGES).status_code == 200
    throttled = client.get(IMAGES)
    assert throttled.status_code == 429 and int(throttled["Retry-After"]) > 0
    assert client.get(PAGES, REMOTE_ADDR="203.0.113.9").status_code == 200


def test_a_client_cannot_escape_the_throttle_by_naming_another_address(content, client, monkeypatch, settings):
    """Behind nginx, X-Forwarded-For ends with the address nginx saw: what the client
    wrote before it is not trusted."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})
    statuses = [
        client.get(PAGES, HTTP_X_FORWARDED_FOR=f"10.0.0.{number}, 198.51.100.7").status_code
        for number in range(5)
    ]
    assert statuses == [200, 200, 200, 429, 429]


def test_the_throttle_rate_comes_from_the_settings():
    from django.conf import settings

    assert settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["anon"]
    assert PublicPagesAPIViewSet.throttle_classes == [AnonRateThrottle]
    assert PublicImagesAPIViewSet.throttle_classes == [AnonRateThrottle]


def listed(client, **params):
    response = client.get(PAGES, {"limit": 20, **params})
    assert response.status_code == 200
    return response.json()


def test_pages_lists_only_live_pages_without_view_restriction(content, client):
    restricted, unpublished, public = page_for("afccre"), page_for("eurocities"), page_for("cuf")
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="secret")
    unpublished.unpublish()
    for page in (restricted, unpublished):
        assert listed(client, id=page.pk)["meta"]["total_count"] == 0
        assert client.get(f"{PAGES}{page.pk}/").status_code == 404
        assert client.get(PAGES + "find/", {"id": page.pk}).status_code == 404
        assert client.get(PAGES + "find/", {"html_path": page.url}).status_code == 404
    assert listed(client, id=public.pk)["meta"]["total_count"] == 1
    assert client.get(f"{PAGES}{public.pk}/").status_code == 200


def test_a_restricted_section_hides_its_pages(content, client):
    section = page_for("cuf").get_parent()
    before = listed(client, type="networks.NetworkPage", locale="fr")["meta"]["total_count"]
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    assert before > 0
    assert listed(client, type="networks.NetworkPage", locale="fr")["meta"]["total_count"] == 0
    assert client.get(PAGES, {"child_of": section.pk}).status_code == 400


def test_a_linked_page_that_is_not_public_shows_as_null(content, client):
    cuf = page_for("cuf")
    detail = f"{PAGES}{cuf.pk}/"
    assert client.get(detail).json()["branch_of_page"]["id"] == page_for("uclg").pk
    page_for("uclg").unpublish()
    assert client.get(detail).json()["branch_of_page"] is None
    items = listed(client, type="networks.NetworkPage", id=cuf.pk, fields="branch_of_page")["items"]
    assert items[0]["branch_of_page"] is None


def image_ids(client):
    response = client.get(IMAGES, {"limit": 20})
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}


def test_images_lists_only_images_used_on_public_pages(content, client):
    from wagtail.images.tests.utils import get_test_image_file

    unused = get_image_model().objects.create(title="Unused", file=get_test_image_file())
    recognition = page_for("tree-cities")
    logo = recognition.logo
    assert logo.pk in image_ids(client)
    assert unused.pk not in image_ids(client)
    assert client.get(f"{IMAGES}{unused.pk}/").status_code == 404
    assert client.get(IMAGES + "find/", {"id": unused.pk}).status_code == 404

    # The logo follows its pages: restricted in French, unpublished in English.
    PageViewRestriction.objects.create(page=recognition, restriction_type="login")
    page_for("tree-cities", "en").unpublish()
    assert logo.pk not in image_ids(client)
    assert client.get(f"{IMAGES}{logo.pk}/").status_code == 404


def test_image_fields_of_pages_link_to_a_listed_image(content, client):
    afccre = page_for("afccre")
    logo = client.get(f"{PAGES}{afccre.pk}/").json()["logo"]
    assert logo["id"] == afccre.logo_id
    image = client.get(logo["meta"]["detail_url"])
    assert image.status_code == 200 and image.json()["meta"]["download_url"]


def test_an_image_is_listed_once_a_published_page_uses_it(
    content, client, django_capture_on_commit_callbacks
):
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="New emblem", file=get_test_image_file())
    page = page_for("afccre")
    page.logo = image
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    assert image.pk not in image_ids(client)
    with django_capture_on_commit_callbacks(execute=True):
        page.get_latest_revision().publish()
    assert image.pk in image_ids(client)


def test_a_visitor_who_gave_a_page_password_still_gets_public_pages_only(content, client):
    """The password opens the page in the browser, not in answers that look public."""
    page = page_for("eurocities")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret-city")
    client.get(page.url)
    client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "secret-city", "return_url": page.url},
    )
    assert page.summary_text in client.get(page.url).content.decode()
    listed = {item["id"] for item in client.get(PAGES, {"type": "networks.NetworkPage", "limit": 20}).json()["items"]}
    assert page.pk not in listed
    assert client.get(f"{PAGES}{page.pk}/").status_code == 404
