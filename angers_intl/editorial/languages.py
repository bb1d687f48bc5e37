"""Opening a language of PORTAL_LANGUAGES on a running site (``manage.py add_language``):
its locale, its text search configuration, its translators' group and their rights, and
its tree, the home page as a draft translation of the French one, which translators
translate and a moderator publishes. Every step is idempotent."""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from angers_intl.search.configurations import ensure_configuration

from . import roles


class LanguageError(Exception):
    """The language cannot be opened (one sentence saying why)."""


def set_up_language(code, say=lambda message: None):
    """Open ``code`` (already listed in PORTAL_LANGUAGES); returns its home page, or None
    while the French content is not loaded."""
    if code not in settings.TRANSLATION_LANGUAGES:
        raise LanguageError(
            f"« {code} » n'est pas une langue de traduction du portail : ajoutez-la d'abord à "
            f"PORTAL_LANGUAGES (aujourd'hui {','.join(c for c, _n in settings.LANGUAGES)})."
        )
    locale, created = Locale.objects.get_or_create(language_code=code)
    say(f"Langue « {code} » : {'créée' if created else 'déjà là'}.")
    dictionary = ensure_configuration(code)
    say(
        f"Recherche : configuration {code}_unaccent ("
        + (f"racinisation {dictionary}" if dictionary != "simple" else "simple, sans racinisation")
        + ", accents ignorés)."
    )
    group = roles.create_translators_group(apps, code)
    say(f"Groupe : « {group.name} ».")
    home = translated_home(locale)
    if home is None:
        say("Pas encore de contenu français : relancez la commande après load_angers_content.")
    else:
        say(f"Arborescence : {home.url_path} ({'publiée' if home.live else 'brouillon à traduire'}).")
    roles.grant_page_permissions(apps)
    return home


def translated_home(locale):
    """The home page in ``locale``, made by wagtail-localize from the French home page
    (a draft holding the French text until translators translate it)."""
    french = Page.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).first()
    if french is None:
        return None
    existing = french.get_translation_or_none(locale)
    if existing is not None:
        return existing
    with transaction.atomic():
        source, _created = TranslationSource.get_or_create_from_instance(french.specific)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        translation.save_target(publish=False)
    return french.get_translation(locale)
