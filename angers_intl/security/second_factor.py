"""The second factor of staff accounts, on django-otp's public API.

- Who must have one: whoever holds the "require_second_factor" right (administrators
  implicitly, moderators through their group: angers_intl/editorial/roles.py). Anyone
  else with access to the admin may add one, and must then give its code too.
- Signing in: after the password, the code screen (/admin/2fa/auth, security/login.py)
  asks for the code of the authenticator app, or a backup code.
- Enrolment (/admin/2fa/devices/new): a QR code (and the key, to type in) for a TOTP
  authenticator app; the first code it shows, and the account password, confirm it.
- The devices of an account (/admin/2fa/devices/<user id>): its owner adds or removes
  one; an administrator removes a lost one, and the owner enrols again.
- Backup codes (/admin/2fa/backup-codes): ten single-use codes, shown once, kept by a
  django-otp static device, for the day the phone is lost.
"""

from base64 import b32encode
from io import BytesIO

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import Resolver404, path, resolve, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import ListingButton

from angers_intl.permissions import REQUIRE_SECOND_FACTOR

BACKUP_DEVICE_NAME = "Codes de secours"

# Always reachable by a signed-in member of staff who has not given a code yet: the code
# screen itself, signing in and out, and what the admin's sign-in screens load.
ALWAYS_OPEN = {
    "angers_intl_second_factor_code",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}
# Reachable too while the account has no device yet: enrolling one.
OPEN_WITHOUT_DEVICE = {
    "angers_intl_second_factor_devices",
    "angers_intl_second_factor_device_new",
    "angers_intl_second_factor_qr_code",
}


def second_factor_required(user):
    return user.is_authenticated and user.has_perm(REQUIRE_SECOND_FACTOR)


def uses_the_admin(user):
    return user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")


def totp_devices(user, confirmed=True):
    return TOTPDevice.objects.devices_for_user(user, confirmed=confirmed)


def backup_device(user):
    return StaticDevice.objects.devices_for_user(user, confirmed=True).first()


def backup_codes_left(user):
    device = backup_device(user)
    return device.token_set.count() if device is not None else 0


class SecondFactorMiddleware:
    """After django-otp's OTPMiddleware: a member of staff who has a device gives its code
    before anything else; one who must have a device and has none enrols one first. Those
    who need neither (editors, translators without a device) are let through."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.redirect_before_the_code(request) or self.get_response(request)

    def redirect_before_the_code(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified() or not uses_the_admin(user):
            return None
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            url_name = None
        if url_name in ALWAYS_OPEN:
            return None
        if user_has_device(user, confirmed=True):
            return redirect_to_login(request.get_full_path(), reverse("angers_intl_second_factor_code"))
        if not second_factor_required(user) or url_name in OPEN_WITHOUT_DEVICE:
            return None
        return redirect_to_login(request.get_full_path(), reverse("angers_intl_second_factor_device_new"))


# Enrolment -------------------------------------------------------------------------------


class EnrolmentForm(forms.Form):
    name = forms.CharField(
        label=_("Nom de l’appareil"),
        max_length=64,
        initial=_("Téléphone professionnel"),
        help_text=_("Pour le reconnaître dans la liste de vos appareils."),
    )
    otp_token = forms.CharField(
        label=_("Code à six chiffres"),
        max_length=16,
        help_text=_("Le code qu’affiche l’application après avoir lu le QR code."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    password = forms.CharField(
        label=_("Mot de passe actuel"),
        help_text=_("Par sécurité, confirmez qu’il s’agit bien de votre compte."),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, request, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request, self.device = request, device

    def clean_otp_token(self):
        token = "".join(self.cleaned_data["otp_token"].split())
        if not (token.isdigit() and len(token) == 6):
            raise forms.ValidationError(_("Saisissez les six chiffres qu’affiche l’application."), code="malformed")
        return token

    def clean(self):
        # The code is used up once accepted: it is checked only once the rest is right.
        token = self.cleaned_data.get("otp_token")
        if token and not self.errors and (self.device is None or not self.device.verify_token(token)):
            self.add_error(
                "otp_token",
                forms.ValidationError(
                    _("Ce code ne correspond pas. Vérifiez l’heure du téléphone et saisissez le code affiché."),
                    code="wrong",
                ),
            )
        return self.cleaned_data

    def clean_password(self):
        password = self.cleaned_data["password"]
        # Through Django's authentication, so that django-axes counts a wrong password.
        user = authenticate(self.request, username=self.request.user.get_username(), password=password)
        if user is None or user.pk != self.request.user.pk:
            raise forms.ValidationError(_("Mot de passe incorrect."), code="wrong")
        return password


def form_status(form):
    """A wrong code or password is answered like Wagtail's sign-in (200, the form again,
    its message); a form that could not be read (a field missing, letters where a code is
    expected) is a bad request (400), with its message too."""
    wrong = all(error.code == "wrong" for errors in form.errors.as_data().values() for error in errors)
    return 200 if wrong else 400


def config_key(device):
    """The TOTP key as authenticator apps ask for it when typed in: base32, in groups of 4."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[index : index + 4] for index in range(0, len(key), 4))


@never_cache
@sensitive_post_parameters("password", "otp_token")
def device_new(request):
    user = request.user
    if request.method == "POST":
        device = totp_devices(user, confirmed=False).first()
        form = EnrolmentForm(request, device, request.POST)
        if form.is_valid():
            with transaction.atomic():
                device.name = form.cleaned_data["name"]
                device.confirmed = True
                device.save()
                totp_devices(user, confirmed=False).delete()
            if not user.is_verified():
                otp_login(request, device)
                request.session.cycle_key()  # as after the code screen (login.py)
            messages.success(
                request,
                gettext("L’appareil « %(name)s » est enregistré. Générez maintenant vos codes de secours.")
                % {"name": device.name},
            )
            return redirect("angers_intl_second_factor_devices", user_id=user.pk)
        if device is None:
            # The set-up was finished or abandoned in another tab: start again.
            messages.error(request, gettext("La configuration a expiré : scannez le nouveau QR code."))
            return redirect("angers_intl_second_factor_device_new")
        status = form_status(form)
    else:
        with transaction.atomic():
            totp_devices(user, confirmed=False).delete()
            device = TOTPDevice.objects.create(
                user=user, name=gettext("Téléphone professionnel"), confirmed=False
            )
        form = EnrolmentForm(request, device)
        status = 200
    return TemplateResponse(
        request,
        "security/device_new.html",
        {
            "form": form,
            "device": device,
            "key": config_key(device),
            "must_enrol": second_factor_required(user) and not user_has_device(user),
        },
        status=status,
    )


@never_cache
def qr_code(request):
    """The QR code of the device being set up, an SVG image (an image of the admin's own
    origin, as its Content-Security-Policy allows)."""
    device = totp_devices(request.user, confirmed=False).first()
    if device is None:
        raise Http404
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=12)
    output = BytesIO()
    image.save(output)
    return HttpResponse(output.getvalue(), content_type="image/svg+xml")


# The devices of an account -------------------------------------------------------------------


def may_manage(request, owner_id):
    """Everyone manages their own devices; administrators (who may change users) those of
    others, once they have given their own code."""
    if owner_id == request.user.pk:
        return True
    return request.user.has_perm("auth.change_user") and request.user.is_verified()


@never_cache
def device_list(request, user_id):
    if not may_manage(request, user_id):
        raise PermissionDenied
    owner = get_object_or_404(get_user_model(), pk=user_id)
    return TemplateResponse(
        request,
        "security/device_list.html",
        {
            "owner": owner,
            "own": owner.pk == request.user.pk,
            "devices": totp_devices(owner),
            "backup_codes_left": backup_codes_left(owner),
            "has_backup_codes": backup_device(owner) is not None,
            "must_enrol": owner.pk == request.user.pk and not user_has_device(owner),
        },
    )


@never_cache
def device_remove(request, pk):
    device = get_object_or_404(TOTPDevice, pk=pk, confirmed=True)
    if not may_manage(request, device.user_id):
        raise PermissionDenied
    if request.method == "POST":
        owner = device.user
        with transaction.atomic():
            device.delete()
            if not totp_devices(owner).exists():
                # No phone left: its backup codes go with it, and the account enrols again.
                StaticDevice.objects.devices_for_user(owner, confirmed=None).delete()
        messages.success(request, gettext("L’appareil « %(name)s » est supprimé.") % {"name": device.name})
        return redirect("angers_intl_second_factor_devices", user_id=owner.pk)
    return TemplateResponse(request, "security/device_remove.html", {"device": device})


# Backup codes --------------------------------------------------------------------------------


@never_cache
def backup_codes(request):
    """Shows how many backup codes are left; a POST replaces them all with new ones, shown
    this once (django-otp keeps them, each removed when it is used)."""
    user = request.user
    if not totp_devices(user).exists():
        messages.error(request, gettext("Enregistrez d’abord l’application d’authentification de votre téléphone."))
        return redirect("angers_intl_second_factor_device_new")
    if not user.is_verified():
        raise PermissionDenied
    codes = []
    if request.method == "POST":
        with transaction.atomic():
            device, _created = StaticDevice.objects.get_or_create(
                user=user, name=BACKUP_DEVICE_NAME, defaults={"confirmed": True}
            )
            StaticDevice.objects.devices_for_user(user, confirmed=None).exclude(pk=device.pk).delete()
            device.token_set.all().delete()
            codes = [StaticToken.random_token() for _index in range(settings.SECOND_FACTOR_BACKUP_CODES)]
            StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    response = render(
        request,
        "security/backup_codes.html",
        {"codes": codes, "codes_left": backup_codes_left(user), "count": settings.SECOND_FACTOR_BACKUP_CODES},
    )
    response["Cache-Control"] = "no-store"
    return response


# Under /admin/2fa/ (angers_intl/urls.py), wrapped as Wagtail wraps its admin views:
# sign-in, admin access, the staff member's language and time zone.
urlpatterns = [
    path("devices/new", require_admin_access(device_new), name="angers_intl_second_factor_device_new"),
    path("devices/qr-code", require_admin_access(qr_code), name="angers_intl_second_factor_qr_code"),
    path("devices/<int:user_id>", require_admin_access(device_list), name="angers_intl_second_factor_devices"),
    path(
        "devices/<int:pk>/remove",
        require_admin_access(device_remove),
        name="angers_intl_second_factor_device_remove",
    ),
    path("backup-codes", require_admin_access(backup_codes), name="angers_intl_second_factor_backup_codes"),
]


# What the admin shows (registered in angers_intl/wagtail_hooks.py) ----------------------------


def set_up_menu(request, menu_items):
    """Until they have given a code, staff who must have a second factor see one item in
    the menu: setting it up."""
    user = request.user
    if second_factor_required(user) and not user.is_verified():
        menu_items[:] = [
            MenuItem(
                _("Configurer la double authentification"),
                reverse("angers_intl_second_factor_devices", kwargs={"user_id": user.pk}),
                icon_name="key",
            )
        ]


def account_menu_item(request):
    return {
        "url": reverse("angers_intl_second_factor_devices", kwargs={"user_id": request.user.pk}),
        "label": _("Double authentification"),
        "help_text": _("Vos appareils d’authentification et vos codes de secours."),
    }


def user_listing_button(user, request_user):
    if request_user.has_perm("auth.change_user"):
        yield ListingButton(
            _("Double authentification"),
            reverse("angers_intl_second_factor_devices", kwargs={"user_id": user.pk}),
            icon_name="key",
            priority=100,
        )


def the_right_on_the_group_screen():
    from django.contrib.auth.models import Permission

    app_label, codename = REQUIRE_SECOND_FACTOR.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
