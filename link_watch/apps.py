from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LinkWatchConfig(AppConfig):
    name = "link_watch"
    verbose_name = _("Surveillance des liens")
