"""Wagtail's PostgreSQL search, with each page indexed in its own language.

French pages are indexed with the ``fr_unaccent`` text search configuration and English
pages with ``en_unaccent`` (both made by a migration of this app): each language gets its
own stemmer, and neither cares about accents. The search view queries with the
configuration of the visitor's language and filters results by locale.
"""

from collections import defaultdict

from django.conf import settings
from wagtail.search.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

# Per language, the text search configuration a migration of angers_intl creates.
SEARCH_CONFIGS = {"fr": "fr_unaccent", "en": "en_unaccent"}


def search_config_for(language_code):
    source = SEARCH_CONFIGS[settings.LANGUAGE_CODE]
    return SEARCH_CONFIGS.get((language_code or settings.LANGUAGE_CODE)[:2], source)


class LocalizedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        from wagtail.models import Locale

        # One query for the locales, not one per object.
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_language = defaultdict(list)
        for obj in objs:
            by_language[languages.get(getattr(obj, "locale_id", None))].append(obj)
        default_config = self.backend.config
        for language, group in by_language.items():
            self.backend.config = search_config_for(language) if language else default_config
            try:
                super().add_items(model, group)
            finally:
                self.backend.config = default_config


class SearchBackend(PostgresSearchBackend):
    index_class = LocalizedPostgresIndex
