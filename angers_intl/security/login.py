"""Signing in to the admin: the code screen of the second factor, the guard that counts
guesses on Wagtail's password forms, and the page shown to a locked-out address.

The code screen as django-otp now requires it: since django-otp 1.7.5 a code must be
checked against one named device: trying each of a user's devices in turn counted a
failure against every other one (and ``match_token`` is no longer recommended). The form
therefore names the device: the authenticator app for a six-digit code, chosen by staff
only when they have registered several (a phone and a spare, say), or the backup codes
(angers_intl/security/second_factor.py) for any other code; each is checked with
``django_otp.verify_token`` and throttled by its own device.
"""

import re

from axes.handlers.proxy import AxesProxyHandler
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import verify_token
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.documents.views.serve import authenticate_with_password as document_authenticate_with_password
from wagtail.views import authenticate_with_password as wagtail_authenticate_with_password

from .second_factor import backup_device, form_status, totp_devices

# A TOTP code: six digits. A backup code (django-otp's StaticToken): letters and digits.
TOTP_CODE = re.compile(r"^[0-9]{6}$")
BACKUP_CODE = re.compile(r"^[a-z0-9]{4,16}$")


class SecondFactorForm(forms.Form):
    otp_token = forms.CharField(
        label=_("Code à six chiffres de votre application d’authentification, ou code de secours"),
        max_length=32,
        widget=forms.TextInput(attrs={"autofocus": "autofocus", "autocomplete": "one-time-code"}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.devices = list(totp_devices(user)) if user.is_authenticated else []
        self.backup = backup_device(user) if user.is_authenticated else None
        self.device = None
        if len(self.devices) > 1:
            # Not needed for a backup code: not required.
            self.fields["otp_device"] = forms.ChoiceField(
                label=_("Appareil"),
                choices=[(device.persistent_id, device.name) for device in self.devices],
                required=False,
            )

    @property
    def extra_fields(self):
        return [(name, self[name]) for name in ("otp_device",) if name in self.fields]

    def chosen_device(self, token):
        if TOTP_CODE.match(token):
            if len(self.devices) == 1:
                return self.devices[0]
            chosen = self.cleaned_data.get("otp_device")
            return next((device for device in self.devices if device.persistent_id == chosen), None)
        if BACKUP_CODE.match(token):
            return self.backup
        raise forms.ValidationError(
            _("Saisissez les six chiffres de l’application, ou un code de secours."), code="malformed"
        )

    def clean(self):
        token = re.sub(r"[\s-]", "", self.cleaned_data.get("otp_token", "")).lower()
        if not token:
            return self.cleaned_data
        device = self.chosen_device(token)
        if device is None:
            raise forms.ValidationError(_("Code incorrect."), code="wrong")
        allowed, details = device.verify_is_allowed()
        if not allowed:
            # django-otp doubles the wait after each wrong code (1, 2, 4, 8… seconds).
            wait = 1
            if details and details.get("locked_until"):
                wait = max(1, int((details["locked_until"] - timezone.now()).total_seconds()) + 1)
            raise forms.ValidationError(
                ngettext(
                    "Trop de codes erronés : attendez %(seconds)d seconde avant de réessayer.",
                    "Trop de codes erronés : attendez %(seconds)d secondes avant de réessayer.",
                    wait,
                )
                % {"seconds": wait},
                code="wrong",
            )
        self.device = verify_token(self.user, device.persistent_id, token)
        if self.device is None:
            raise forms.ValidationError(_("Code incorrect."), code="wrong")
        return self.cleaned_data


def safe_next_url(request):
    url = request.POST.get("next", request.GET.get("next", ""))
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters("otp_token")
def second_factor_code(request):
    """The code screen, after the password (angers_intl/security/second_factor.py sends
    staff here)."""
    form = SecondFactorForm(request.user, request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            otp_login(request, form.device)
            # A new session key for the fully signed-in session: a key learnt between the
            # password and the code (a shared computer, a leaked log) opens nothing.
            request.session.cycle_key()
            if form.device == form.backup:
                left = form.backup.token_set.count()
                messages.warning(
                    request,
                    ngettext(
                        "Vous vous êtes connecté avec un code de secours ; il vous en reste %(count)d. "
                        "Remplacez votre appareil perdu dans « Compte » > « Double authentification ».",
                        "Vous vous êtes connecté avec un code de secours ; il vous en reste %(count)d. "
                        "Remplacez votre appareil perdu dans « Compte » > « Double authentification ».",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(safe_next_url(request))
        status = form_status(form)
    return TemplateResponse(
        request,
        "security/second_factor_code.html",
        {"form": form, "next": safe_next_url(request), "page_title": gettext("Double authentification")},
        status=status,
    )


def counted_password_form(password_view, restriction_kind):
    """Wagtail's password form of a page or a private collection, counted by django-axes
    like the login forms.

    Wagtail checks these passwords itself, without Django's authentication, so axes would
    not see the guesses: each wrong password is reported as a failed login on the
    restriction (the "user name" axes counts), and a locked-out address gets axes' answer.
    """

    def view(request, *args, **kwargs):
        restriction_id = kwargs.get("page_view_restriction_id") or kwargs.get("restriction_id")
        credentials = {"username": f"{restriction_kind}-password:{restriction_id}"}
        if request.method == "POST" and not AxesProxyHandler.is_allowed(request, credentials):
            return login_locked_out(request, None, credentials)
        response = password_view(request, *args, **kwargs)
        # A right password redirects to the page or document; a wrong one shows the form again.
        if request.method == "POST" and response.status_code == 200:
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            if not AxesProxyHandler.is_allowed(request, credentials):
                return login_locked_out(request, None, credentials)
        return response

    return view


authenticate_with_password = counted_password_form(wagtail_authenticate_with_password, "page")
authenticate_with_collection_password = counted_password_form(document_authenticate_with_password, "collection")


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: a page in the visitor's language that
    says for how long, with axes' status (429)."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    return render(
        request,
        "lockout.html",
        {"page_title": gettext("Connexion bloquée"), "cooloff_minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form (``WAGTAILADMIN_USER_LOGIN_FORM``) with its password field
    labelled: Wagtail's declares the field without a label, which Django then makes from the
    field's name, in English ("Password"), whatever the admin's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mot de passe")
