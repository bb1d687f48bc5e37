from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AngersIntlConfig(AppConfig):
    name = "angers_intl"
    verbose_name = _("Angers International")

    def ready(self):
        from . import mixins, official_names
        from .caching import signals
        from .editorial import uploads  # noqa: F401 - registers its system check

        signals.connect()
        # Once every model is loaded: wagtail-localize reads the fields of each.
        for model in official_names.organisation_page_models():
            mixins.synchronise_names(model)
