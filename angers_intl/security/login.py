"""Signing in to the admin: the code screen of the second factor, the guard that counts
guesses on Wagtail's password forms, and the page shown to a locked-out address.

The code screen (wagtail-2fa) as django-otp now requires it: since django-otp 1.7.5 a code
must be checked against one named device: trying each of a user's devices in turn counted
a failure against every other one. wagtail-2fa 1.8's form asks for the code only; this one
names the device, which staff choose only when they have registered several (a phone and
a spare, say).
"""

from axes.handlers.proxy import AxesProxyHandler
from django import forms
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user
from wagtail.documents.views.serve import authenticate_with_password as document_authenticate_with_password
from wagtail.views import authenticate_with_password as wagtail_authenticate_with_password
from wagtail_2fa.forms import TokenForm
from wagtail_2fa.views import LoginView


class SecondFactorForm(TokenForm):
    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.fields["otp_token"].label = _("Code à six chiffres de votre application d’authentification")
        self.devices = list(devices_for_user(user, confirmed=True)) if user.is_authenticated else []
        if len(self.devices) > 1:
            self.fields["otp_device"] = forms.ChoiceField(
                label=_("Appareil"), choices=[(device.persistent_id, device.name) for device in self.devices]
            )

    @property
    def extra_fields(self):
        return [(name, self[name]) for name in ("otp_device",) if name in self.fields]

    def clean(self):
        if len(self.devices) == 1:
            self.cleaned_data["otp_device"] = self.devices[0].persistent_id
        return super().clean()


class SecondFactorView(LoginView):
    form_class = SecondFactorForm


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
