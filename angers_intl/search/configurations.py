"""One text search configuration per language of the portal: ``<code>_unaccent``.

Each folds accents (``unaccent``) then stems the words with PostgreSQL's stemmer for the
language (``french``, ``english``, ``german``…). A language PostgreSQL has no stemmer
for gets ``simple`` with ``unaccent``: whole words, accents folded, no stemming.
``ensure_configuration`` is idempotent: migrations run it for every configured language,
and ``manage.py add_language`` for a new one.
"""

from django.db import connection

# PostgreSQL's Snowball stemmers, by language code (pg_ts_config names).
STEMMERS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}


def configuration_name(language_code):
    """``fr_unaccent``, ``de_unaccent``, ``zh_hans_unaccent``."""
    return f"{language_code.lower().replace('-', '_')}_unaccent"


def ensure_configuration(language_code, using=None):
    """Create the language's configuration when it is missing; return the dictionary it
    stems with (``german_stem``), or ``simple`` when PostgreSQL has no stemmer for it."""
    name = configuration_name(language_code)
    with (using or connection).cursor() as cursor:
        stemmer = STEMMERS.get(language_code.split("-")[0])
        dictionary = "simple"
        if stemmer:
            cursor.execute("SELECT 1 FROM pg_ts_dict WHERE dictname = %s", [f"{stemmer}_stem"])
            if cursor.fetchone():
                dictionary = f"{stemmer}_stem"
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
        if cursor.fetchone() is None:
            base = stemmer if dictionary != "simple" else "simple"
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {base})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
            )
    return dictionary
