"""What an entry of the content data (angers_intl/content/data/) holds, and the check run
before anything is loaded: a mistake in the data is reported in one sentence per entry,
never as half a site loaded.

An entry is a dict:

- ``key``: a name unique in the data, used by ``parent`` and by links ("afccre");
- ``type``: the page type, "app_label.ModelName" ("networks.NetworkPage");
- ``parent``: the key of the parent page, which comes earlier in the data (None: home);
- ``title`` and ``slug``: {"fr": …, "en": …}: French always, and any of the portal's other
  languages (``PORTAL_LANGUAGES``); the languages of the title are the page's languages,
  the others are left to translators;
- ``text``: {field: {"fr": …, "en": …}} for the text fields, in the page's languages; each
  other language reaches its page through wagtail-localize, as a translator's work would.
  For a field wagtail-localize copies from the French page (an acronym, a name in the
  organisation's own language), a translation that differs is set as the translator's
  override;
- ``data``: {field: value} for what has no language (numbers, years, addresses, choices);
- the page type's stream fields (``body``, ``targets``, ``levels``, ``commitments``…):
  lists of blocks, the body's as (block type, value) pairs, texts inside them as
  {"fr": …, "en": …} pairs;
- the page type's links to other pages (``founded_by_page``, ``branch_of_page``…): a key;
- ``logo``: the text of the emblem generated for the page.

Which fields are stream fields or links is read from the page type itself.
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import translation
from wagtail.fields import StreamField
from wagtail.models import Page

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
SOURCE = settings.LANGUAGE_CODE
REQUIRED = ("key", "type", "parent", "title", "slug")
OTHER_KEYS = ("text", "data", "logo")


def page_model(spec):
    try:
        model = apps.get_model(*spec["type"].split("."))
    except (LookupError, ValueError):
        return None
    return model if issubclass(model, Page) else None


def stream_fields(model):
    return tuple(field.name for field in model._meta.concrete_fields if isinstance(field, StreamField))


def page_links(model):
    """The page type's own links to another page (not Wagtail's tree fields)."""
    return tuple(
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, models.ForeignKey)
        and issubclass(field.related_model, Page)
        and field.model is not Page
        and not field.remote_field.parent_link
    )


def is_text_in_languages(value):
    """A text given per language: {"fr": …, "en": …}, French and any of the portal's others."""
    return (
        isinstance(value, dict)
        and SOURCE in value
        and set(value) <= set(LANGUAGES)
        and all(isinstance(v, str) for v in value.values())
    )


def languages_of(spec):
    """The languages the data gives a page in (those of its title), French first."""
    return tuple(code for code in LANGUAGES if code in spec["title"])


def _in_words(codes):
    """ "en français et en anglais": the languages named as the sentences below need."""
    names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    with translation.override(SOURCE):
        words = [f"en {names[code]}" for code in codes]
    return " et ".join(filter(None, [", ".join(words[:-1]), words[-1]]))


def problems(pages):
    """What is wrong with ``pages``, one sentence each; empty when they can be loaded."""
    found = []
    seen = set()
    for number, spec in enumerate(pages, start=1):
        name = spec.get("key") or f"entrée n° {number}"
        missing = [key for key in REQUIRED if key not in spec]
        if missing:
            found.append(f"« {name} » : il manque {', '.join(missing)}.")
            continue
        if spec["key"] in seen:
            found.append(f"« {name} » : cette clé est déjà prise par une autre page.")
        model = page_model(spec)
        if model is None:
            found.append(f"« {name} » : type de page inconnu « {spec['type']} ».")
            seen.add(spec["key"])
            continue
        if spec["parent"] is not None and spec["parent"] not in seen:
            found.append(f"« {name} » : la page parente « {spec['parent']} » doit venir avant.")
        if not is_text_in_languages(spec["title"]):
            found.append(
                f"« {name} » : « title » doit être donné en français, et seulement dans les langues du "
                f"portail ({', '.join(LANGUAGES)})."
            )
            seen.add(spec["key"])
            continue
        languages = set(languages_of(spec))
        if not is_text_in_languages(spec["slug"]) or set(spec["slug"]) != languages:
            found.append(f"« {name} » : « slug » doit être donné {_in_words(languages_of(spec))}.")
        for field, value in spec.get("text", {}).items():
            if not _has_field(model, field):
                found.append(f"« {name} » : le type {spec['type']} n'a pas de champ « {field} ».")
            elif not is_text_in_languages(value) or set(value) != languages:
                found.append(f"« {name} » : le texte « {field} » doit être donné {_in_words(languages_of(spec))}.")
        for field in spec.get("data", {}):
            if not _has_field(model, field):
                found.append(f"« {name} » : le type {spec['type']} n'a pas de champ « {field} ».")
        allowed = {*REQUIRED, *OTHER_KEYS, *stream_fields(model), *page_links(model)}
        for key in spec:
            if key not in allowed:
                found.append(f"« {name} » : « {key} » n'est pas une donnée du type {spec['type']}.")
        seen.add(spec["key"])
    keys = {spec.get("key") for spec in pages}
    for spec in pages:
        model = page_model(spec) if "type" in spec else None
        for field in page_links(model) if model else ():
            if spec.get(field) and spec[field] not in keys:
                found.append(f"« {spec['key']} » : « {field} » vise une page inconnue « {spec[field]} ».")
    return found


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True
