"""Accent-folding text search for both languages, and the English locale.

PostgreSQL's ``french`` configuration stems but keeps accents, so « reseau » would not
find « réseau ». ``fr_unaccent`` and ``en_unaccent`` pass words through ``unaccent``
before stemming them in their language.
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

CONFIGS = {"fr_unaccent": "french", "en_unaccent": "english"}


def create_configs_sql():
    statements = []
    for name, base in CONFIGS.items():
        statements.append(
            f"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
                    CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {base});
                    ALTER TEXT SEARCH CONFIGURATION {name}
                        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {base}_stem;
                END IF;
            END $$;
            """
        )
    return "\n".join(statements)


def drop_configs_sql():
    return "\n".join(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name};" for name in CONFIGS)


def create_english_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="fr")
    Locale.objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [
        ("angers_intl", "0001_initial"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [
        UnaccentExtension(),
        migrations.RunSQL(create_configs_sql(), drop_configs_sql()),
        migrations.RunPython(create_english_locale, migrations.RunPython.noop),
    ]
