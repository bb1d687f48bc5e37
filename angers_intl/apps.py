from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AngersIntlConfig(AppConfig):
    name = "angers_intl"
    verbose_name = _("Angers International")

    def ready(self):
        from wagtail.signals import page_published

        from . import minor_changes
        from .caching import signals
        from .editorial import (
            admin_wording,
            following_the_source,
            notifications,
            uploads,  # noqa: F401 - registers its system check
        )

        signals.connect()
        minor_changes.connect()
        notifications.connect()
        admin_wording.use_local_dates_in_translation_comments()
        admin_wording.name_the_site_columns()
        admin_wording.join_header_titles_in_french()
        admin_wording.name_the_synchronised_language_field()
        page_published.connect(following_the_source.source_published, dispatch_uid="portal_follow_source")
