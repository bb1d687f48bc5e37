"""What an entry of the content data (angers_intl/content/data/) holds, and the check run
before anything is loaded: a mistake in the data is reported in one sentence per entry,
never as half a site loaded.

An entry is a dict:

- ``key``: a name unique in the data, used by ``parent`` and by links ("afccre");
- ``type``: the page type, "app_label.ModelName" ("networks.NetworkPage");
- ``parent``: the key of the parent page, which comes earlier in the data (None: home);
- ``title`` and ``slug``: {"fr": …, "en": …};
- ``text``: {field: {"fr": …, "en": …}} for the text fields; the English side reaches
  the English page through wagtail-localize, as a translator's work would. For a field
  wagtail-localize copies from the French page (an acronym, a name in the organisation's
  own language), an English side that differs is set as the translator's override;
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
from wagtail.fields import StreamField
from wagtail.models import Page

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
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


def _in_both_languages(value):
    return isinstance(value, dict) and set(value) == set(LANGUAGES) and all(isinstance(v, str) for v in value.values())


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
        for key in ("title", "slug"):
            if not _in_both_languages(spec[key]):
                found.append(f"« {name} » : « {key} » doit être donné en français et en anglais.")
        for field, value in spec.get("text", {}).items():
            if not _has_field(model, field):
                found.append(f"« {name} » : le type {spec['type']} n'a pas de champ « {field} ».")
            elif not _in_both_languages(value):
                found.append(f"« {name} » : le texte « {field} » doit être donné en français et en anglais.")
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
