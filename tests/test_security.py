"""Staff accounts and private files, tried as an attacker would: through the real login
forms, views and settings. (What every request goes through: test_request_handling.py.)"""

import datetime
import re
import time
from pathlib import Path

import pytest
from django.conf import settings
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
    assert page.summary_text not in client.get(page.url).content.decode()
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
    key_after_the_password = client.session.session_key
    assert client.post("/admin/2fa/auth", {"otp_token": code, "next": "/admin/"})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    # The session is renewed at the second factor: the key known before the code opens nothing.
    assert client.session.session_key != key_after_the_password
    stale = Client()
    stale.cookies[settings.SESSION_COOKIE_NAME] = key_after_the_password
    assert stale.get("/admin/").status_code == 302


@pytest.mark.parametrize("target", ["https://example.com/", "//example.com/admin/", "javascript:alert(1)"])
def test_a_sign_in_with_a_next_address_off_the_site_lands_on_the_admin(staff, target):
    client = Client()
    response = client.post(
        "/admin/login/", {"username": "camille", "password": PASSWORD, "next": target}, follow=True
    )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/admin/")


def moderator_with_phone(username="morgane"):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = get_user_model().objects.create_user(username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=roles.MODERATORS))
    # The device signed_in_client uses.
    TOTPDevice.objects.create(user=user, name="Téléphone professionnel", confirmed=True)
    return user


def generate_backup_codes(user):
    response = signed_in_client(user).post("/admin/2fa/backup-codes")
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    return re.findall(r"<code>([a-z0-9]+)</code>", response.content.decode())


def test_a_moderator_who_lost_the_phone_signs_in_with_a_backup_code_once(db):
    moderator = moderator_with_phone()
    codes = generate_backup_codes(moderator)
    assert len(codes) == 10 and len(set(codes)) == 10
    client = Client()
    admin_login(client, "morgane", PASSWORD)
    assert "/admin/2fa/auth" in client.get("/admin/")["Location"]
    # Typed as printed, or in capitals with a space: the same code.
    typed = f"{codes[3][:4].upper()} {codes[3][4:].upper()}"
    response = client.post("/admin/2fa/auth", {"otp_token": typed, "next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    home = client.get("/admin/", follow=True).content.decode()
    assert "code de secours" in home and "il vous en reste 9" in home
    # The same code a second time: refused, and the session is not let in.
    again = Client()
    admin_login(again, "morgane", PASSWORD)
    refused = again.post("/admin/2fa/auth", {"otp_token": codes[3], "next": "/admin/"})
    assert refused.status_code == 200 and "Code incorrect" in refused.content.decode()
    assert "/admin/2fa/auth" in again.get("/admin/")["Location"]
    # Another backup code still works (once the throttling's second has passed).
    from django_otp.plugins.otp_static.models import StaticDevice

    StaticDevice.objects.get(user=moderator).throttle_reset()
    assert again.post("/admin/2fa/auth", {"otp_token": codes[0], "next": "/admin/"}).status_code == 302
    assert StaticDevice.objects.get(user=moderator).token_set.count() == 8


def test_new_backup_codes_replace_the_old_ones(db):
    moderator = moderator_with_phone()
    old = generate_backup_codes(moderator)
    new = generate_backup_codes(moderator)
    assert not set(old) & set(new)
    client = Client()
    admin_login(client, "morgane", PASSWORD)
    assert client.post("/admin/2fa/auth", {"otp_token": old[0], "next": "/admin/"}).status_code == 200
    # Shown once: the screen afterwards only counts them.
    page = signed_in_client(moderator).get("/admin/2fa/backup-codes").content.decode()
    assert "10 codes de secours inutilisés" in page and new[0] not in page


def test_a_moderator_enrols_an_authenticator_app(db):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = get_user_model().objects.create_user("morgane", password=PASSWORD)
    user.groups.add(Group.objects.get(name=roles.MODERATORS))
    client = Client()
    admin_login(client, "morgane", PASSWORD)
    page = client.get("/admin/2fa/devices/new")
    assert page.status_code == 200 and "/admin/2fa/devices/qr-code" in page.content.decode()
    qr = client.get("/admin/2fa/devices/qr-code")
    assert qr["Content-Type"] == "image/svg+xml" and b"<svg" in qr.content
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    code = f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"
    form = {"name": "Téléphone de Morgane", "otp_token": code}
    wrong_password = client.post("/admin/2fa/devices/new", {**form, "password": "pas-le-bon"})
    assert wrong_password.status_code == 200 and "Mot de passe incorrect" in wrong_password.content.decode()
    letters = client.post("/admin/2fa/devices/new", {**form, "otp_token": "abcdef", "password": PASSWORD})
    assert letters.status_code == 400 and "six chiffres" in letters.content.decode()
    # Still unconfirmed: the menu offers nothing but the set-up.
    assert "/admin/2fa/devices/new" in client.get("/admin/")["Location"]
    done = client.post("/admin/2fa/devices/new", {**form, "password": PASSWORD})
    assert done.status_code == 302 and done["Location"] == f"/admin/2fa/devices/{user.pk}"
    assert TOTPDevice.objects.get(user=user).confirmed
    assert client.get("/admin/").status_code == 200


def test_an_administrator_removes_a_lost_phone_and_its_owner_enrols_again(db):
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    moderator = moderator_with_phone()
    generate_backup_codes(moderator)
    administrator = signed_in_client(get_user_model().objects.create_superuser("alix", password=PASSWORD))
    listing = administrator.get(f"/admin/2fa/devices/{moderator.pk}").content.decode()
    assert "Téléphone" in listing and "10 codes de secours inutilisés" in listing
    device = TOTPDevice.objects.get(user=moderator)
    assert administrator.get(f"/admin/2fa/devices/{device.pk}/remove").status_code == 200
    removed = administrator.post(f"/admin/2fa/devices/{device.pk}/remove")
    assert removed.status_code == 302
    assert not TOTPDevice.objects.filter(user=moderator).exists()
    assert not StaticDevice.objects.filter(user=moderator).exists()
    client = Client()
    admin_login(client, "morgane", PASSWORD)
    assert "/admin/2fa/devices/new" in client.get("/admin/")["Location"]


def test_second_factor_screens_refuse_bad_input_in_french(db, staff):
    moderator = moderator_with_phone()
    client = Client()
    admin_login(client, "morgane", PASSWORD)
    garbage = client.post("/admin/2fa/auth", {"otp_token": "<script>!", "next": "/admin/"})
    assert garbage.status_code == 400 and "six chiffres" in garbage.content.decode()
    empty = client.post("/admin/2fa/auth", {"next": "/admin/"})
    assert empty.status_code == 400 and "Champ requis" in empty.content.decode()
    # A next address elsewhere is not followed.
    from django_otp.oath import totp

    device = moderator.totpdevice_set.get()
    code = f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"
    away = client.post("/admin/2fa/auth", {"otp_token": code, "next": "https://example.com/"})
    assert away["Location"] == "/admin/"
    # An editor sees only their own devices; nobody removes a device that does not exist.
    # (Refused as Wagtail refuses in its admin: back to the dashboard.)
    editor = signed_in_client(staff)
    refused = editor.get(f"/admin/2fa/devices/{moderator.pk}", follow=True)
    assert refused.redirect_chain == [("/admin/", 302)]
    assert editor.post(f"/admin/2fa/devices/{device.pk}/remove")["Location"] == "/admin/"
    assert moderator.totpdevice_set.exists()
    assert editor.get("/admin/2fa/devices/999999/remove").status_code == 404
    assert editor.get("/admin/2fa/devices/qr-code").status_code == 404
    assert Client().get("/admin/2fa/backup-codes")["Location"].startswith("/admin/login/")


def test_moderators_hold_the_portal_right_to_a_second_factor(db):
    from django.contrib.auth.models import Permission

    from angers_intl.permissions import REQUIRE_SECOND_FACTOR

    moderator = moderator_with_phone()
    assert moderator.has_perm(REQUIRE_SECOND_FACTOR)
    assert not get_user_model().objects.create_user("camille-2").has_perm(REQUIRE_SECOND_FACTOR)
    # wagtail-2fa's right, granted by migration 0004, was moved by migration 0010.
    assert not Permission.objects.filter(codename="enable_2fa").exists()


def test_the_grants_of_the_old_right_move_to_the_portal_right(db):
    """An existing database: groups and users holding wagtail-2fa's right keep their duty."""
    import importlib

    from django.apps import apps
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    migration = importlib.import_module("angers_intl.migrations.0010_second_factor_right_of_the_portal")
    new = Permission.objects.get(codename="require_second_factor")
    old = Permission.objects.create(
        content_type=ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")[0],
        codename="enable_2fa",
        name="Enable 2FA",
    )
    group = Group.objects.create(name="Communication")
    group.permissions.add(old)
    user = get_user_model().objects.create_user("dominique")
    user.user_permissions.add(old)
    new.delete()
    migration.forwards(apps, None)
    new = Permission.objects.get(codename="require_second_factor")
    assert list(group.permissions.all()) == [new]
    assert list(user.user_permissions.all()) == [new]
    assert not Permission.objects.filter(codename="enable_2fa").exists()
    migration.backwards(apps, None)
    assert list(group.permissions.values_list("codename", flat=True)) == ["enable_2fa"]


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
        assert page.summary_text in client.get(page.url).content.decode()

        class AwayStore:
            def __getattr__(self, name):
                def fail(*args, **kwargs):
                    raise ConnectionError("store away")

                return fail

        monkeypatch.setattr(tree, "page_cache", lambda: AwayStore())
        assert page.summary_text in client.get(page.url).content.decode()
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret-city")
        assert page.summary_text not in client.get(page.url).content.decode()


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
