from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PreviewLinksConfig(AppConfig):
    name = "preview_links"
    verbose_name = _("Liens de prévisualisation")
