from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecognitionsConfig(AppConfig):
    name = "recognitions"
    verbose_name = _("Reconnaissances internationales")
