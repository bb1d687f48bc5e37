"""The code screen of the second factor (wagtail-2fa), as django-otp now requires it.

Since django-otp 1.7.5 a code must be checked against one named device: trying each of a
user's devices in turn counted a failure against every other one. wagtail-2fa 1.8's form
asks for the code only; this one names the device, which staff choose only when they
have registered several (a phone and a spare, say).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user
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
