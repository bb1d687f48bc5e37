"""Staff accounts and private files, tried as an attacker would: through the real login
forms, views and settings. (What every request goes through: test_request_handling.py.)"""

import datetime
import time
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from angers_intl.editorial import roles
from tests.conftest import page_for, signed_in_client

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "vue-sur-la-maine-2026"


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user("camille", email="camille@example.org", password=PASSWORD)
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    return user


def admin_login(client, username, password, address="192.0.2.10", **headers):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


# Password guessing ---------------------------------------------------------------------


def test_the_sixth_wrong_password_is_locked_out_and_then_even_the_right_one(staff):
    client = Client()
    for attempt in range(5):
        response = admin_login(client, "camille", f"wrong-{attempt}")
        assert response.status_code == 200, attempt
        assert "_auth_user_id" not in client.session
    locked = admin_login(client, "camille", "wrong-6")
    assert locked.status_code == 429
    assert "Connexion bloquée" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    refused = admin_login(client, "camille", PASSWORD)
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lock_out_ends_after_the_cool_off(staff, settings):
    client = Client()
    for attempt in range(6):
        admin_login(client, "camille", f"wrong-{attempt}")
    from axes.models import AccessAttempt

    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16))
    assert admin_login(client, "camille", PASSWORD).status_code == 302


def test_a_lock_out_concerns_one_user_from_one_address(staff):
    """Colleagues behind the city's shared address keep signing in."""
    get_user_model().objects.create_user("dominique", password=PASSWORD)
    for attempt in range(6):
        admin_login(Client(), "camille", f"wrong-{attempt}", address="192.0.2.10")
    assert admin_login(Client(), "dominique", PASSWORD, address="192.0.2.10").status_code == 302
    assert admin_login(Client(), "camille", PASSWORD, address="198.51.100.7").status_code == 302


def test_a_proxy_count_set_too_high_never_turns_garbage_into_an_address(staff, settings):
    settings.TRUSTED_PROXY_COUNT = 3
    response = Client().post(
        "/admin/login/", {"username": "camille", "password": "wrong"}, HTTP_X_FORWARDED_FOR="not-an-address"
    )
    assert response.status_code == 200


def test_behind_trusted_proxies_the_client_address_is_read_from_x_forwarded_for(staff, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    for attempt in range(6):
        # The attacker also writes a header of their own, hoping to pass for someone else.
        forged = f"198.51.100.{attempt}, 203.0.113.5"
        admin_login(Client(), "camille", f"wrong-{attempt}", proxy, HTTP_X_FORWARDED_FOR=forged)
    # The attacker's address is locked, not the proxy every visitor comes through.
    elsewhere = admin_login(Client(), "camille", PASSWORD, proxy, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert elsewhere.status_code == 302
    attacker = admin_login(Client(), "camille", PASSWORD, proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert attacker.status_code == 429


def test_the_page_password_form_is_locked_out_too(content):
    page = page_for("eurocities")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret-city")
    action = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    client = Client()
    client.get(page.url)
    for attempt in range(5):
        response = client.post(action, {"password": f"guess-{attempt}", "return_url": page.url})
        assert response.status_code == 200, attempt
    assert client.post(action, {"password": "guess-6", "return_url": page.url}).status_code == 429
    right = client.post(action, {"password": "secret-city", "return_url": page.url})
    assert right.status_code == 429
    assert page.summary not in client.get(page.url).content.decode()
    # Another visitor, elsewhere, is not concerned.
    other = Client()
    other.get(page.url, REMOTE_ADDR="198.51.100.7")
    response = other.post(
        action, {"password": "secret-city", "return_url": page.url}, REMOTE_ADDR="198.51.100.7"
    )
    assert response.status_code == 302


def test_the_front_end_login_form_is_locked_out_too(content, staff):
    client = Client()
    for attempt in range(6):
        client.post("/_util/login/", {"username": "camille", "password": f"wrong-{attempt}"})
    response = client.post("/_util/login/", {"username": "camille", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


# Second factor -------------------------------------------------------------------------


def test_an_administrator_without_a_second_factor_is_sent_to_set_one_up(db):
    get_user_model().objects.create_superuser("alix", password=PASSWORD)
    client = Client()
    assert admin_login(client, "alix", PASSWORD).status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert "/admin/2fa/devices/new" in response["Location"]


def test_a_moderator_without_a_second_factor_is_sent_to_set_one_up(db):
    user = get_user_model().objects.create_user("morgane", password=PASSWORD)
    user.groups.add(Group.objects.get(name=roles.MODERATORS))
    client = Client()
    admin_login(client, "morgane", PASSWORD)
    assert "/admin/2fa/devices/new" in client.get("/admin/")["Location"]


def test_an_editor_may_work_without_a_second_factor(staff):
    client = Client()
    admin_login(client, "camille", PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_an_administrator_with_a_device_must_give_its_code(db):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = get_user_model().objects.create_superuser("alix", password=PASSWORD)
    device = TOTPDevice.objects.create(user=user, name="Téléphone", confirmed=True)
    client = Client()
    admin_login(client, "alix", PASSWORD)
    assert "/admin/2fa/auth" in client.get("/admin/")["Location"]
    wrong = client.post("/admin/2fa/auth", {"otp_token": "000000", "next": "/admin/"})
    assert wrong.status_code == 200 and client.get("/admin/").status_code == 302
    # django-otp makes each failure wait a little longer before the next try.
    device.throttle_reset()
    code = f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"
    assert client.post("/admin/2fa/auth", {"otp_token": code, "next": "/admin/"})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


# Passwords and sessions ----------------------------------------------------------------


def test_short_staff_passwords_are_refused(staff):
    with pytest.raises(ValidationError):
        from django.contrib.auth.password_validation import validate_password

        validate_password("Angers49", staff)


def test_the_first_administrator_password_goes_through_the_same_rules(db, monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "Angers49")
    with pytest.raises(CommandError, match="ADMIN_PASSWORD"):
        call_command("ensure_admin")
    assert not get_user_model().objects.filter(is_superuser=True).exists()


def test_an_idle_staff_session_ends(staff, monkeypatch):
    client = signed_in_client(staff)
    assert client.get("/admin/").status_code == 200
    later = time.time() + 61 * 60
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert "_auth_user_id" not in client.session


def test_the_editor_left_open_does_not_keep_a_session_alive(staff, monkeypatch):
    """The page editor pings the server every few seconds while its tab is open."""
    client = signed_in_client(staff)
    start = time.time()
    client.get("/admin/")
    for minutes in range(1, 62):
        monkeypatch.setattr(time, "time", lambda minutes=minutes: start + minutes * 60)
        client.post("/admin/editing-sessions/ping/wagtailcore.page/1/0/")
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_editor_with_unsaved_changes_keeps_the_session(staff, monkeypatch):
    """The editor's pings say when the form holds unsaved changes: that is work, which an
    expired session would lose on saving."""
    client = signed_in_client(staff)
    start = time.time()
    client.get("/admin/")
    for minutes in range(1, 62):
        monkeypatch.setattr(time, "time", lambda minutes=minutes: start + minutes * 60)
        client.post("/admin/editing-sessions/ping/wagtailcore.page/1/0/", {"is_editing": "1"})
    assert client.get("/admin/").status_code == 200


def test_an_expired_session_on_the_public_site_just_shows_the_page(content, staff, monkeypatch):
    client = signed_in_client(staff)
    client.get("/")
    later = time.time() + 61 * 60
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.get("/")
    assert response.status_code == 200 and "wagtail-userbar" not in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_staff_session_ends_after_a_working_day_even_when_busy(staff, monkeypatch):
    client = signed_in_client(staff)
    start = time.time()
    for minutes in range(0, 11 * 60, 50):
        monkeypatch.setattr(time, "time", lambda minutes=minutes: start + minutes * 60)
        response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


# Private documents ---------------------------------------------------------------------


def test_a_private_document_is_unreachable_anonymously_by_any_address(content, client, settings):
    settings.SERVE_MEDIA = True  # as under `make serve`, where Django serves the images
    private = Collection.get_first_root_node().add_child(name="Dossiers internes")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    document = get_document_model().objects.create(
        title="Note interne", collection=private, file=ContentFile(b"internal note", name="note-interne.txt")
    )
    refused = client.get(document.url)
    assert refused.status_code == 302 and refused["Location"].startswith("/_util/login/")
    name = document.file.name  # documents/note-interne….txt
    # Outside the image folders: no such address. Climbing out of one: a bad request.
    for address, status in (
        (f"/media/{name}", 404),
        (f"/media/images/../{name}", 400),
        (f"/media/images/%2e%2e/{name}", 400),
        (f"/media/original_images/../{name}", 400),
        (f"/media/images/..%2f{name}", 400),
    ):
        response = client.get(address)
        assert response.status_code == status, address
        assert b"internal note" not in b"".join(getattr(response, "streaming_content", [response.content]))
    # Staff who may see the collection get it through the document view.
    staff_client = signed_in_client(get_user_model().objects.create_superuser("alix", password=PASSWORD))
    assert b"internal note" in b"".join(staff_client.get(document.url).streaming_content)


def test_images_are_served_without_a_web_server_only_when_asked(content, client, settings):
    logo = page_for("cuf").logo
    address = logo.file.url
    settings.SERVE_MEDIA = True
    assert client.get(address).status_code == 200
    settings.SERVE_MEDIA = False
    assert client.get(address).status_code == 404


def test_a_private_collection_password_is_locked_out_too(content):
    private = Collection.get_first_root_node().add_child(name="Dossiers du conseil")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type="password", password="conseil-2026"
    )
    document = get_document_model().objects.create(
        title="Ordre du jour", collection=private, file=ContentFile(b"agenda", name="ordre-du-jour.txt")
    )
    action = f"/documents/authenticate_with_password/{restriction.pk}/"
    client = Client()
    for attempt in range(5):
        response = client.post(action, {"password": f"guess-{attempt}", "return_url": document.url})
        assert response.status_code == 200, attempt
    assert client.post(action, {"password": "guess-6", "return_url": document.url}).status_code == 429
    assert client.post(action, {"password": "conseil-2026", "return_url": document.url}).status_code == 429
    assert b"agenda" not in b"".join(getattr(client.get(document.url), "streaming_content", [b""]))


def test_a_restriction_is_enforced_at_once_even_without_the_shared_store(content, client, monkeypatch):
    """With Redis or the cache folder away, no worker may keep serving a page as public
    after it has been given a password."""
    from angers_intl.navigation import tree

    page = page_for("eurocities")
    settings_off = {"WAGTAIL_CACHE": False}
    from django.test import override_settings

    with override_settings(**settings_off):
        assert page.summary in client.get(page.url).content.decode()

        class AwayStore:
            def __getattr__(self, name):
                def fail(*args, **kwargs):
                    raise ConnectionError("store away")

                return fail

        monkeypatch.setattr(tree, "page_cache", lambda: AwayStore())
        assert page.summary in client.get(page.url).content.decode()
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret-city")
        assert page.summary not in client.get(page.url).content.decode()


# Forms ----------------------------------------------------------------------------------


def test_a_csrf_failure_is_explained_in_the_visitor_language(content, staff):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "camille", "password": PASSWORD})
    assert response.status_code == 403
    assert "Formulaire expiré" in response.content.decode()
    english = client.post("/en/_util/login/", {"username": "camille", "password": PASSWORD})
    assert english.status_code == 403
    assert "Form expired" in english.content.decode()


def test_the_second_factor_set_up_is_named_in_the_staff_language(db):
    get_user_model().objects.create_superuser("alix", password=PASSWORD)
    client = Client()
    admin_login(client, "alix", PASSWORD)
    page = client.get("/admin/2fa/devices/new", follow=True).content.decode()
    assert "Configurer la double authentification" in page and "2FA Setup" not in page
