"""Every language of PORTAL_LANGUAGES, not only French and English: its locale and its
text search configuration (``<code>_unaccent``: its PostgreSQL stemmer, or ``simple``
when there is none, with ``unaccent``). Idempotent; a language added to a running site
later is set up by ``manage.py add_language`` (docs/deploiement.md)."""

from django.conf import settings
from django.db import migrations

from angers_intl.search.configurations import ensure_configuration


def set_up_languages(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
        ensure_configuration(code, using=schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("angers_intl", "0010_second_factor_right_of_the_portal"),
    ]

    operations = [
        migrations.RunPython(set_up_languages, migrations.RunPython.noop),
    ]
