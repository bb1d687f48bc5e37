"""The city's guides (docs/guide-*.md) in the admin's help menu, read inside the admin, and
the help menu's "new" badge that staff can dismiss."""

import json
import re
import shutil
from pathlib import Path, PurePosixPath

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.users.models import UserProfile

from angers_intl.editorial import guides
from tests.conftest import client_for, make_user

DOCS = Path(settings.BASE_DIR) / "docs"


def unpack(packed):
    """The admin sidebar's props, as Wagtail packs them with telepath (strings seen twice
    are sent once with an _id, then as a _ref to it)."""
    ids = {}

    def walk(node):
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "_ref" in node:
            return ids[node["_ref"]]
        if "_val" in node:
            value = node["_val"]
        elif "_list" in node:
            value = [walk(item) for item in node["_list"]]
        elif "_dict" in node:
            value = {key: walk(item) for key, item in node["_dict"].items()}
        elif "_type" in node:
            value = {"_type": node["_type"], "_args": [walk(item) for item in node.get("_args", [])]}
        else:
            value = {key: walk(item) for key, item in node.items() if key != "_id"}
        if "_id" in node:
            ids[node["_id"]] = value
        return value

    return walk(packed)


def sidebar_help_items(response):
    """The items of the help menu as the admin's sidebar draws them (its JSON props)."""
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', response.content.decode(), re.S
    )
    data = unpack(json.loads(props.group(1)))
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("_type") == "wagtail.sidebar.SubMenuItem" and node["_args"][0]["name"] == "help":
                found.extend(item["_args"][0] for item in node["_args"][1])
                return
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    assert found, "no help menu in the sidebar"
    return found


@pytest.fixture
def editor(content):
    from angers_intl.editorial import roles

    return make_user("redactrice", roles.EDITORS)


def test_the_help_menu_offers_the_city_guides_first(editor):
    response = client_for(editor).get("/admin/")
    items = sidebar_help_items(response)
    labels = [item["label"] for item in items]
    assert labels[:2] == ["Guide des rédacteurs et modérateurs", "Guide des traducteurs"]
    # Wagtail's own guide stays, after them.
    assert any("guide.wagtail.org" in item["url"] for item in items[2:])
    assert items[0]["url"] == reverse("angers_intl_guide", args=["redacteurs"])


def test_staff_read_the_editors_guide_inside_the_admin(editor):
    response = client_for(editor).get(reverse("angers_intl_guide", args=["redacteurs"]))
    assert response.status_code == 200
    page = response.content.decode()
    # Inside Wagtail's admin (its sidebar), titled by the guide, once.
    assert 'id="wagtail-sidebar-props"' in page
    assert page.count("<h1") == 1 and "Guide des rédacteurs et des modérateurs" in page
    # Headings carry the ids the guides' own links use; the tables are tables.
    assert 'id="qui-fait-quoi"' in page and 'id="où-ranger-chaque-page"' in page
    assert "<table>" in page
    translators = client_for(editor).get(reverse("angers_intl_guide", args=["traducteurs"]))
    assert 'id="1-trouver-le-travail-à-faire"' in translators.content.decode()


def test_the_guides_are_for_signed_in_staff_only(content, client):
    url = reverse("angers_intl_guide", args=["redacteurs"])
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.get(reverse("angers_intl_guide_image", args=["img/logo.png"])).status_code == 302


def test_an_unknown_guide_or_a_file_outside_the_images_is_not_found(editor):
    client = client_for(editor)
    assert client.get("/admin/guides/deploiement/").status_code == 404
    # Only images of docs/ are served, never the other files (deployment notes).
    assert client.get(reverse("angers_intl_guide_image", args=["deploiement.md"])).status_code == 404
    assert client.get("/admin/guides/images/../pyproject.toml").status_code == 404
    assert client.get("/admin/guides/images/%2e%2e/README.md").status_code == 404


def test_the_image_address_never_leads_out_of_docs(editor, docs_copy, tmp_path):
    """An absolute path, encoded or not, or a symbolic link in docs/ pointing elsewhere:
    the image of another file of the server (a private document) is never served."""
    secret = tmp_path / "scan-confidentiel.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\n confidentiel")
    (docs_copy / "img").mkdir()
    (docs_copy / "img" / "lien.png").symlink_to(secret)
    client = client_for(editor)
    for address in (
        "/admin/guides/images/" + str(secret),
        "/admin/guides/images/" + str(secret).replace("/", "%2F"),
        "/admin/guides/images/img/lien.png",
        "/admin/guides/images/img/..%5C..%5C" + secret.name,
    ):
        assert client.get(address).status_code == 404, address


@pytest.fixture
def docs_copy(tmp_path, settings):
    """A checkout whose docs/ is a copy of the real one, to add files to."""
    shutil.copytree(DOCS, tmp_path / "docs")
    settings.BASE_DIR = tmp_path
    return tmp_path / "docs"


def english_admin(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return client_for(user)


def test_staff_who_read_the_admin_in_english_are_told_the_guide_is_french(editor):
    response = english_admin(editor).get(reverse("angers_intl_guide", args=["traducteurs"]))
    page = response.content.decode()
    assert "This guide is not available in your language yet: here is the French version." in page
    assert '<article class="portal-guide" lang="fr">' in page
    assert "Trouver le travail à faire" in page


def test_an_english_guide_in_docs_en_is_shown_to_english_admins(editor, docs_copy):
    from angers_intl.editorial import roles

    (docs_copy / "en").mkdir()
    (docs_copy / "en" / "guide-traducteurs.md").write_text(
        "# Translators' guide\n\n## Finding the work\n\nSee [the editors' guide](../guide-redacteurs.md#qui-fait-quoi).\n",
        encoding="utf-8",
    )
    page = english_admin(editor).get(reverse("angers_intl_guide", args=["traducteurs"])).content.decode()
    assert "Translators&#x27; guide" in page or "Translators' guide" in page
    assert '<article class="portal-guide" lang="en">' in page
    assert "not available in your language" not in page
    assert 'href="{}#qui-fait-quoi"'.format(reverse("angers_intl_guide", args=["redacteurs"])) in page
    # French staff keep the French guide.
    french = client_for(make_user("traductrice", roles.TRANSLATORS)).get(reverse("angers_intl_guide", args=["traducteurs"]))
    assert "Trouver le travail à faire" in french.content.decode()


def test_a_guide_is_rendered_again_when_its_file_changes(editor, docs_copy):
    import os

    client = client_for(editor)
    url = reverse("angers_intl_guide", args=["redacteurs"])
    guide = docs_copy / "guide-redacteurs.md"
    assert "Une section toute neuve" not in client.get(url).content.decode()
    guide.write_text(guide.read_text(encoding="utf-8") + "\n## Une section toute neuve\n", encoding="utf-8")
    stat = guide.stat()
    os.utime(guide, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert 'id="une-section-toute-neuve"' in client.get(url).content.decode()


def test_images_of_docs_are_served_to_staff(editor, docs_copy):
    (docs_copy / "img").mkdir()
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
    (docs_copy / "img" / "menu.png").write_bytes(png)
    (docs_copy / "guide-redacteurs.md").write_text("# Guide\n\n![Le menu Aide](img/menu.png)\n", encoding="utf-8")
    client = client_for(editor)
    page = client.get(reverse("angers_intl_guide", args=["redacteurs"])).content.decode()
    image_url = reverse("angers_intl_guide_image", args=["img/menu.png"])
    assert f'src="{image_url}"' in page and 'alt="Le menu Aide"' in page
    response = client.get(image_url)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == png


# Rendering --------------------------------------------------------------------------------


def test_raw_html_and_script_links_in_a_guide_are_not_run(db):
    rendered = guides.render_markdown(
        "# Titre\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n"
        "[piège](javascript:alert(1)) [ailleurs](https://www.angers.fr/)\n"
    )
    assert rendered.title == "Titre"
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html
    assert "<img" not in rendered.html
    assert "javascript:" not in rendered.html.replace("[piège](javascript:alert(1))", "")
    assert '<a href="https://www.angers.fr/">ailleurs</a>' in rendered.html


def test_links_between_guides_and_to_other_docs(db):
    rendered = guides.render_markdown(
        "Voir [les traducteurs](guide-traducteurs.md#2-créer), [le déploiement](deploiement.md) "
        "et [hors de docs](../../etc/passwd), [plus bas](#qui-fait-quoi).\n\n![Schéma hors de docs](../schema.png)\n\n"
        "## Qui fait quoi\n\n## Qui fait quoi\n",
        PurePosixPath(),
    )
    html = rendered.html
    # (The fragment percent-encoded, as browsers match it against the heading's id.)
    assert f'href="{reverse("angers_intl_guide", args=["traducteurs"])}#2-cr%C3%A9er"' in html
    # A file staff cannot open keeps its words, without a link leading nowhere.
    assert "le déploiement" in html and "deploiement.md" not in html
    assert "hors de docs" in html and "passwd" not in html
    assert "Schéma hors de docs" in html and "schema.png" not in html
    assert 'href="#qui-fait-quoi"' in html
    assert 'id="qui-fait-quoi"' in html and 'id="qui-fait-quoi-1"' in html


# The help menu's "new" badge ---------------------------------------------------------------


def unseen_help_items(client):
    """The help menu's items still marked new for this member of staff (the badge counts them)."""
    items = sidebar_help_items(client.get("/admin/"))
    return [
        item["name"]
        for item in items
        if "data-w-dismissible-id-value" in item["attrs"] and "data-w-dismissible-dismissed-value" not in item["attrs"]
    ]


def test_staff_dismiss_the_help_menu_badge(editor):
    client = client_for(editor)
    unseen = unseen_help_items(client)
    assert len(unseen) == 2, unseen  # Wagtail's "What's new" and its editor guide
    # What Wagtail's sidebar sends when the menu is opened, with its CSRF token.
    client.handler.enforce_csrf_checks = True
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    response = client.patch(
        reverse("wagtailadmin_dismissibles"),
        json.dumps({"help": True, **{name: True for name in unseen}}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == 200
    assert unseen_help_items(client) == []


def test_patch_stays_refused_elsewhere_and_without_csrf(editor, client):
    staff = client_for(editor)
    for address in ("/", "/admin/", "/admin/pages/", "/admin/dismissibles/extra/", "/en/"):
        assert staff.patch(address, "{}", content_type="application/json").status_code == 405, address
    # Signed out: Wagtail's sign-in, nothing recorded.
    response = client.patch(reverse("wagtailadmin_dismissibles"), '{"help": true}', content_type="application/json")
    assert response.status_code in (302, 403)
    # Anything but a JSON object: a clear refusal, nothing recorded.
    for body in ("[1]", '"help"', "{", "[" * 200_000, json.dumps({"help": "x" * 1_000_000})):
        response = staff.patch(reverse("wagtailadmin_dismissibles"), body, content_type="application/json")
        assert response.status_code == 400 and "objet JSON" in response.content.decode()
    # Without the CSRF token: refused.
    staff.handler.enforce_csrf_checks = True
    response = staff.patch(reverse("wagtailadmin_dismissibles"), '{"help": true}', content_type="application/json")
    assert response.status_code == 403
    assert UserProfile.get_for_user(editor).dismissibles == {}
