from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AngersIntlConfig(AppConfig):
    name = "angers_intl"
    verbose_name = _("Angers International")

    def ready(self):
        from .editorial import uploads  # noqa: F401 - registers its system check
        from .caching import signals

        signals.connect()
