"""Wagtail's PostgreSQL search, with each page indexed in its own language.

Each language's pages are indexed with its own text search configuration, ``fr_unaccent``
for French, ``en_unaccent`` for English, ``de_unaccent`` for German (made by migrations
and ``manage.py add_language``, see ``configurations.py``): each language gets its own
stemmer (or none, ``simple``, when PostgreSQL has none for it), and none cares about
accents. The search view queries with the configuration of the visitor's language and
filters results by locale.
"""

from collections import defaultdict

from django.conf import settings
from wagtail.search.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

from .configurations import configuration_name


def search_config_for(language_code):
    """The configuration of one of the portal's languages ("de-at" is searched as "de");
    French for anything else."""
    languages = {code for code, _name in settings.LANGUAGES}
    code = (language_code or settings.LANGUAGE_CODE).lower()
    if code not in languages:
        code = code.split("-")[0]
    return configuration_name(code if code in languages else settings.LANGUAGE_CODE)


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
