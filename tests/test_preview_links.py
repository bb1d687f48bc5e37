"""Preview links: someone without an account (a network's secretariat, an elected official)
reads a page's draft through a link made by whoever may edit the page; the link expires,
can be revoked, is never kept by a cache or indexed, and is written in the page's history."""

import pickle
import re
import zlib
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from deploy.varnish import vcl
from preview_links import history
from preview_links.models import MAX_DAYS, PreviewLink, hash_token
from tests.conftest import assert_denied, client_for, edit_url, page_for
from tests.page_cache_helpers import page_cache_files, warm

DRAFT_SUMMARY = "Résumé du brouillon que le secrétariat doit relire."
ENGLISH_DRAFT_SUMMARY = "Draft summary the secretariat must read."
BANNER = "Aperçu d’un brouillon — non publié"


def screen(page):
    return reverse("preview_links_page", args=[page.pk])


def save_draft(page, **fields):
    """A change saved in the admin's way but not published."""
    for name, value in fields.items():
        setattr(page, name, value)
    return page.save_revision()


def create_link(client, page, **data):
    """What the "Créer le lien" form posts; the link's address, read on the screen that follows."""
    values = {"revision": "", "days": "7", "label": "Secrétariat du réseau"}
    values.update(data)
    response = client.post(screen(page), values)
    assert response.status_code == 302, response.content.decode()[:2000]
    shown = client.get(response["Location"])
    assert shown.status_code == 200
    match = re.search(r'value="(http://testserver/apercu/[^"]+/)"', shown.content.decode())
    assert match, "the new link is shown once, on the screen"
    return match.group(1).removeprefix("http://testserver")


def page_cache_contents():
    """What each entry of the page cache holds (Django's file cache: an expiry, then a
    compressed pickle)."""
    contents = []
    for path in page_cache_files():
        with path.open("rb") as entry:
            pickle.load(entry)
            contents.append(zlib.decompress(entry.read()))
    return contents


def history_of(page, action):
    return PageLogEntry.objects.filter(page=page, action=action)


@pytest.fixture
def editor_client(people):
    return client_for(people["editor"])


# What the reader sees ---------------------------------------------------------------------


def test_a_visitor_without_account_reads_the_draft_and_not_the_live_page(content, people, editor_client, client):
    page = page_for("cuf")
    live_summary = page.summary_text
    save_draft(page, summary=DRAFT_SUMMARY)
    url = create_link(editor_client, page)

    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert DRAFT_SUMMARY in html
    assert BANNER in html
    assert '<html lang="fr"' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    # The public page is as it was, with no banner.
    public = client.get(page.url).content.decode()
    assert DRAFT_SUMMARY not in public and live_summary in public and BANNER not in public


def test_an_english_page_is_previewed_in_english(content, people, client):
    page = page_for("cuf", "en")
    save_draft(page, summary=ENGLISH_DRAFT_SUMMARY)
    translator = client_for(people["translator"])
    url = create_link(translator, page)
    html = client.get(url).content.decode()
    assert '<html lang="en"' in html
    assert ENGLISH_DRAFT_SUMMARY in html
    assert "Draft preview — not published" in html


def test_a_preview_is_never_served_from_or_stored_in_the_page_cache(content, editor_client, client):
    page = page_for("cuf")
    warm(client, [page.url])
    save_draft(page, summary=DRAFT_SUMMARY)
    url = create_link(editor_client, page)
    for _ in range(3):
        response = client.get(url)
        assert response.status_code == 200
        assert response["X-Cache"] == "skip"
        assert DRAFT_SUMMARY in response.content.decode()
    assert not any(DRAFT_SUMMARY.encode() in stored for stored in page_cache_contents())
    # The live page's shared copy never becomes the draft, nor the draft the live page.
    public = client.get(page.url)
    assert public["X-Cache"] == "hit"
    assert DRAFT_SUMMARY not in public.content.decode()


def test_the_front_never_keeps_a_preview_link():
    configuration = vcl(["app1:8000"], host="international.angers.fr")
    passed = next(line for line in configuration.splitlines() if "sessionid" in line and "req.url" in line)
    assert "apercu" in passed


def test_a_link_follows_the_latest_draft_and_a_chosen_revision_stays(content, editor_client, client):
    page = page_for("cuf")
    first = save_draft(page, summary="Première version du brouillon.")
    latest = create_link(editor_client, page)
    pinned = create_link(editor_client, page, revision=str(first.pk), label="Élu référent")
    save_draft(page, summary="Seconde version, après les remarques.")
    assert "Seconde version, après les remarques." in client.get(latest).content.decode()
    pinned_html = client.get(pinned).content.decode()
    assert "Première version du brouillon." in pinned_html
    assert "Seconde version" not in pinned_html


# Expiry and revocation --------------------------------------------------------------------


def test_an_expired_link_is_refused_in_the_page_language(content, editor_client, client, people):
    french, english = page_for("cuf"), page_for("cuf", "en")
    url = create_link(editor_client, french)
    english_url = create_link(client_for(people["translator"]), english)
    PreviewLink.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 410
    assert "Lien de prévisualisation expiré" in html and "Demandez un nouveau lien" in html
    assert DRAFT_SUMMARY not in html
    assert "no-store" in response["Cache-Control"] and response["X-Robots-Tag"] == "noindex, nofollow"

    english_response = client.get(english_url)
    assert english_response.status_code == 410
    assert '<html lang="en"' in english_response.content.decode()
    assert "Preview link expired" in english_response.content.decode()


def test_a_revoked_link_is_refused_at_once(content, editor_client, client):
    page = page_for("cuf")
    save_draft(page, summary=DRAFT_SUMMARY)
    url = create_link(editor_client, page)
    assert client.get(url).status_code == 200
    link = PreviewLink.objects.get(page=page)
    response = editor_client.post(reverse("preview_links_revoke", args=[link.pk]))
    assert response.status_code == 302
    refused = client.get(url)
    assert refused.status_code == 410
    assert "Lien de prévisualisation révoqué" in refused.content.decode()
    assert DRAFT_SUMMARY not in refused.content.decode()
    # Revoking twice changes nothing and says so.
    again = editor_client.post(reverse("preview_links_revoke", args=[link.pk]), follow=True)
    assert "déjà révoqué" in again.content.decode()


@pytest.mark.parametrize("loss", ["account closed", "no longer in any group"])
def test_a_link_stops_when_its_author_may_no_longer_edit_the_page(content, people, editor_client, client, loss):
    page = page_for("cuf")
    save_draft(page, summary=DRAFT_SUMMARY)
    url = create_link(editor_client, page)
    assert client.get(url).status_code == 200
    editor = people["editor"]
    if loss == "account closed":
        editor.is_active = False
        editor.save()
    else:
        editor.groups.clear()
    refused = client.get(url)
    assert refused.status_code == 410
    assert DRAFT_SUMMARY not in refused.content.decode()


def test_a_link_answers_reading_only(content, editor_client, client):
    page = page_for("cuf")
    save_draft(page, summary=DRAFT_SUMMARY)
    url = create_link(editor_client, page)
    assert client.post(url).status_code == 405
    assert not history_of(page, "preview_links.opened").exists()


def test_an_unknown_or_mangled_secret_is_a_clear_404(content, editor_client, client):
    url = create_link(editor_client, page_for("cuf"))
    for wrong in (url[:-5] + "/", "/apercu/x/", "/apercu/" + "a" * 300 + "/"):
        response = client.get(wrong)
        assert response.status_code == 404, wrong
        assert "Lien de prévisualisation introuvable" in response.content.decode()
        assert "no-store" in response["Cache-Control"]


# The link itself --------------------------------------------------------------------------


def test_the_secret_is_not_kept_and_a_link_lasts_a_week_by_default(content, people):
    page = page_for("cuf")
    link, token = PreviewLink.make(page, people["editor"])
    assert len(token) >= 40
    assert token not in link.token_hash and link.token_hash == hash_token(token)
    assert PreviewLink.objects.find(token) == link
    assert PreviewLink.objects.find(token + "x") is None
    assert abs(link.expires_at - (timezone.now() + timedelta(days=7))) < timedelta(minutes=1)
    for days in (0, MAX_DAYS + 1):
        with pytest.raises(ValueError):
            PreviewLink.make(page, people["editor"], days=days)


def test_the_form_refuses_a_link_longer_than_a_month(content, editor_client):
    page = page_for("cuf")
    response = editor_client.post(screen(page), {"revision": "", "days": "31", "label": ""})
    assert response.status_code == 400
    assert "Un lien dure au plus 30 jours." in response.content.decode()
    response = editor_client.post(screen(page), {"revision": "999999", "days": "7", "label": ""})
    assert response.status_code == 400
    assert not PreviewLink.objects.exists()


# Who may make one ------------------------------------------------------------------------


def test_the_editor_finds_the_screen_in_the_page_editor(content, editor_client):
    page = page_for("cuf")
    html = editor_client.get(edit_url(page)).content.decode()
    assert "Liens de prévisualisation" in html and screen(page) in html


def test_a_translator_cannot_share_a_french_page(content, people):
    page = page_for("cuf")
    translator = client_for(people["translator"])
    assert screen(page) not in translator.get(edit_url(page_for("cuf", "en"))).content.decode().replace(
        screen(page_for("cuf", "en")), ""
    )
    assert_denied(translator.get(screen(page)))
    assert_denied(translator.post(screen(page), {"revision": "", "days": "7", "label": ""}))
    assert not PreviewLink.objects.exists()
    # Nor revoke the link an editor made.
    link, _token = PreviewLink.make(page, people["editor"])
    assert_denied(translator.post(reverse("preview_links_revoke", args=[link.pk])))
    link.refresh_from_db()
    assert link.is_active


# The page's history ----------------------------------------------------------------------


def test_creation_opening_and_revocation_are_in_the_page_history(content, people, editor_client, client):
    page = page_for("cuf")
    url = create_link(editor_client, page, label="Secrétariat de CUF")
    created = history_of(page, history.CREATED).get()
    assert created.user == people["editor"]

    for _ in range(5):
        assert client.get(url).status_code == 200
    # A reload storm is one opening in the history.
    opened = history_of(page, history.OPENED).get()
    assert opened.user is None
    # An hour later, the next opening is written again.
    PreviewLink.objects.update(last_opened_at=timezone.now() - timedelta(hours=2))
    client.get(url)
    assert history_of(page, history.OPENED).count() == 2

    link = PreviewLink.objects.get(page=page)
    editor_client.post(reverse("preview_links_revoke", args=[link.pk]))
    assert history_of(page, history.REVOKED).get().user == people["editor"]

    screen_html = editor_client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Lien de prévisualisation créé pour « Secrétariat de CUF », valable jusqu’au" in screen_html
    assert "Lien de prévisualisation ouvert (lien pour « Secrétariat de CUF », créé par redactrice)" in screen_html
    assert "Lien de prévisualisation pour « Secrétariat de CUF » révoqué" in screen_html
