"""Build the Angers content tree in French and translate it into the other languages the
content data gives (English).

The French pages are created and published first, one page per transaction, parents
first. Each translated page is then made by wagtail-localize itself: the French page
becomes a translation source, its PO file is exported, filled from the text of the
content data in that language (``data/``, checked first by ``schema.py``) and imported
back, and the translation is published; again one page per transaction, parents first
(translating a parent and its child in the same transaction corrupts the tree). A
translator who opens an English page finds it fully translated and in sync with its
source. A language of the portal the data does not give (``PORTAL_LANGUAGES``) is left
to translators.
"""

import json
import uuid

from django.apps import apps
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from angers_intl.editorial import roles
from angers_intl.models import HomePage
from angers_intl.site_settings import PortalSettings
from reviews.checks import record_review
from reviews.models import PageReview
from reviews.pages import is_reviewed

from . import schema
from .data import PORTAL_SETTINGS
from .emblems import COLLECTION_NAME, create_emblem

BLOCK_NAMESPACE = uuid.UUID("1c7a4f0e-58f4-4c39-9a57-5e0f8a3f6b21")
SOURCE_LANGUAGE = settings.LANGUAGE_CODE


class ContentError(Exception):
    """The content data or the database is not in a state the loader can work with."""


def _block_id(*parts):
    return str(uuid.uuid5(BLOCK_NAMESPACE, "/".join(str(p) for p in parts)))


def _pick(value, language):
    """A {"fr": …, "en": …} text gives one language; anything else is language-free."""
    if schema.is_text_in_languages(value):
        return value[language]
    return value


def _localize_struct(value, language):
    return {key: _pick(item, language) for key, item in value.items()}


def stream_data(spec, field, language, pages_by_key):
    """Raw StreamField data with ids derived from the page key, identical in both languages
    so that wagtail-localize pairs each English segment with its French source."""
    key = spec["key"]
    items = spec.get(field) or []
    data = []
    for index, item in enumerate(items):
        if field == "body":
            block_type, value = item
        elif field == "levels":
            block_type, value = "level", item
        else:
            block_type, value = "target", item
        block_id = _block_id(key, field, index)
        if block_type == "paragraph":
            raw = _pick(value, language)
        elif block_type == "key_figures":
            raw = {
                "figures": [
                    {
                        "type": "item",
                        "id": _block_id(key, field, index, position),
                        "value": _localize_struct(figure, language),
                    }
                    for position, figure in enumerate(value)
                ]
            }
        elif block_type == "link":
            target = pages_by_key.get(value.get("page"))
            raw = {
                "page": target.pk if target else None,
                "url": value.get("url", ""),
                "text": _pick(value.get("text", ""), language),
            }
        else:
            raw = _localize_struct(value, language)
        data.append({"type": block_type, "value": raw, "id": block_id})
    return data


def references(spec):
    """Keys of the other pages a page links to (relations and link blocks)."""
    keys = {spec[name] for name in schema.page_links(schema.page_model(spec)) if spec.get(name)}
    for item in spec.get("body") or []:
        if item[0] == "link" and item[1].get("page"):
            keys.add(item[1]["page"])
    return keys


def build_page(spec, language, pages_by_key):
    """An unsaved page instance of ``spec`` in ``language``."""
    model = schema.page_model(spec)
    fields = {
        "title": spec["title"][language],
        "slug": spec["slug"][language],
        **{name: value[language] for name, value in spec.get("text", {}).items()},
        **spec.get("data", {}),
    }
    for name in schema.stream_fields(model):
        if name in spec:
            fields[name] = stream_data(spec, name, language, pages_by_key)
    for name in schema.page_links(model):
        if spec.get(name) in pages_by_key:
            fields[name] = pages_by_key[spec[name]]
    # Section pages are in the menu; any other page only when its data says so.
    fields.setdefault("show_in_menus", spec["type"].endswith("IndexPage"))
    return model(**fields)


def translated_strings(spec, french_page, pages_by_key, language):
    """{(context path, French text): text in ``language``} for every segment of the page."""
    translated = build_page(spec, language, pages_by_key)
    translated.pk = french_page.pk
    source_segments = [s for s in extract_segments(french_page) if isinstance(s, StringSegmentValue)]
    target_segments = [s for s in extract_segments(translated) if isinstance(s, StringSegmentValue)]
    if len(source_segments) != len(target_segments):
        raise ContentError(
            f"« {spec['key']} » : le texte « {language} » n'a pas la même structure que le texte "
            f"français ({len(target_segments)} segments au lieu de {len(source_segments)})."
        )
    pairs = {}
    for source, target in zip(source_segments, target_segments, strict=True):
        if source.path != target.path:
            raise ContentError(f"« {spec['key']} » : segments non alignés ({source.path}).")
        pairs[(source.path, source.string.data)] = target.string.data
    return pairs


def translated_overrides(spec, language):
    """{field: value in ``language``} for the fields wagtail-localize copies from the French
    page (synchronised) where the translation differs: the translator's override (UCLG for
    CGLU)."""
    synchronised = {
        field.field_name
        for field in get_translatable_fields(schema.page_model(spec))
        if isinstance(field, SynchronizedField)
    }
    return {
        name: value[language]
        for name, value in spec.get("text", {}).items()
        if name in synchronised and value[language] != value[SOURCE_LANGUAGE]
    }


class ContentLoader:
    def __init__(self, stdout=None, pages=None):
        if pages is None:
            from .data import PAGES as pages
        errors = schema.problems(pages)
        if errors:
            raise ContentError("Les données du contenu sont à corriger :\n" + "\n".join(errors))
        self.pages = pages
        self.stdout = stdout
        self.fr = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        # The languages the data translates into, each with its locale.
        self.targets = {
            language: Locale.objects.get_or_create(language_code=language)[0]
            for language in settings.TRANSLATION_LANGUAGES
            if any(language in schema.languages_of(spec) for spec in pages)
        }
        self.created = 0
        self.translated = 0

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # State of the database -------------------------------------------------------

    @staticmethod
    def home_page():
        return HomePage.objects.filter(locale__language_code=SOURCE_LANGUAGE).first()

    @staticmethod
    def edited_by_people():
        """True once a person has saved a page or a translation: the loader then stays away."""
        return (
            Revision.page_revisions.filter(user__isnull=False).exists()
            or StringTranslation.objects.filter(last_translated_by__isnull=False).exists()
        )

    def is_complete(self):
        pages = self._existing_pages()
        return len(pages) == len(self.pages) and all(
            pages[spec["key"]].live
            and all(
                pages[spec["key"]].get_translation_or_none(self.targets[language]) is not None
                for language in schema.languages_of(spec)[1:]
            )
            for spec in self.pages
        )

    def _existing_pages(self):
        found = {}
        for spec in self.pages:
            parent = found.get(spec["parent"]) if spec["parent"] else Page.get_first_root_node()
            if parent is None:
                continue
            page = (
                Page.objects.child_of(parent)
                .filter(slug=spec["slug"][SOURCE_LANGUAGE], locale=self.fr)
                .first()
            )
            if page is not None:
                found[spec["key"]] = page.specific
        return found

    # Building ---------------------------------------------------------------------

    def load(self):
        pages_by_key = self._existing_pages()
        self._remove_wagtail_welcome_page()
        waiting = []
        for spec in self.pages:
            if spec["key"] not in pages_by_key:
                pages_by_key[spec["key"]] = self._create_french_page(spec, pages_by_key)
                if not references(spec) <= pages_by_key.keys():
                    waiting.append(spec)
        # Links to pages created after the page itself.
        for spec in waiting:
            self._link_french_page(spec, pages_by_key)
        # The shipped facts were checked the day they were loaded, by nobody in particular.
        for page in pages_by_key.values():
            if is_reviewed(page):
                record_review(page)
        self._configure_site(pages_by_key)
        for spec in self.pages:
            for language in schema.languages_of(spec)[1:]:
                self._translate(spec, pages_by_key[spec["key"]], pages_by_key, language)
        self._configure_settings(pages_by_key)
        # The roles' rights hang on the home page of each language tree.
        roles.grant_page_permissions(apps)
        return pages_by_key

    @staticmethod
    def _remove_wagtail_welcome_page():
        # Wagtail's first migration creates a plain "Welcome" page as the site's root.
        for page in Page.objects.filter(
            depth=2, content_type__model="page", content_type__app_label="wagtailcore"
        ):
            if not page.get_children().exists():
                with transaction.atomic():
                    Site.objects.filter(root_page=page).delete()
                    page.delete()

    def _create_french_page(self, spec, pages_by_key):
        with transaction.atomic():
            page = build_page(spec, SOURCE_LANGUAGE, pages_by_key)
            page.locale = self.fr
            if spec.get("logo"):
                page.logo = create_emblem(spec["logo"], spec["title"][SOURCE_LANGUAGE])
            parent = pages_by_key[spec["parent"]] if spec["parent"] else Page.get_first_root_node()
            parent.add_child(instance=page)
            page.save_revision().publish()
        self.created += 1
        self.say(f"  créée : {page.url_path}")
        return page

    def _link_french_page(self, spec, pages_by_key):
        with transaction.atomic():
            page = pages_by_key[spec["key"]]
            complete = build_page(spec, SOURCE_LANGUAGE, pages_by_key)
            model = schema.page_model(spec)
            for name in schema.page_links(model) + schema.stream_fields(model):
                if name in spec:
                    setattr(page, name, getattr(complete, name))
            page.save_revision().publish()

    def _configure_site(self, pages_by_key):
        from urllib.parse import urlsplit

        from django.conf import settings

        home = pages_by_key["home"]
        site = Site.objects.filter(is_default_site=True).first()
        # The site's address gives the absolute URLs of the sitemap, canonical and
        # hreflang links; editors correct it under Settings > Sites in production.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        with transaction.atomic():
            if site is None:
                Site.objects.create(
                    hostname=address.hostname or "localhost",
                    port=address.port or (443 if address.scheme == "https" else 80),
                    root_page=home,
                    is_default_site=True,
                    site_name="Angers International",
                )
            elif site.root_page_id != home.pk:
                site.root_page = home
                site.site_name = "Angers International"
                if site.hostname == "localhost" and address.hostname:
                    site.hostname = address.hostname
                    site.port = address.port or (443 if address.scheme == "https" else 80)
                site.save()

    def _translate(self, spec, french_page, pages_by_key, language):
        locale = self.targets[language]
        existing = french_page.get_translation_or_none(locale)
        with transaction.atomic():
            source, _created = TranslationSource.get_or_create_from_instance(french_page)
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            if existing is not None and translation.get_progress()[0] == translation.get_progress()[1]:
                return
            pairs = translated_strings(spec, french_page, pages_by_key, language)
            po = translation.export_po()
            for entry in po:
                translated = pairs.get((entry.msgctxt, entry.msgid))
                if translated is None:
                    raise ContentError(f"« {spec['key']} » : pas de traduction pour {entry.msgctxt}.")
                entry.msgstr = translated
            warnings = translation.import_po(po, tool_name="Contenu initial du portail")
            if warnings:
                raise ContentError(f"« {spec['key']} » : {warnings}")
            for name, value in translated_overrides(spec, language).items():
                SegmentOverride.objects.update_or_create(
                    locale=locale,
                    context=TranslationContext.objects.get(object_id=source.object_id, path=name),
                    defaults={"data_json": json.dumps(value)},
                )
            translation.save_target(publish=True)
        # save_target hides validation errors: check that the page is really there.
        translated_page = french_page.get_translation_or_none(locale)
        if translated_page is None or not translated_page.live:
            raise ContentError(f"« {spec['key']} » : la page « {language} » n'a pas pu être publiée.")
        self.translated += 1
        self.say(f"  traduite : {translated_page.url_path}")

    def _configure_settings(self, pages_by_key):
        site = Site.objects.get(is_default_site=True)
        portal = PortalSettings.for_site(site)
        if portal.accessibility_page_id is None and "accessibility" in pages_by_key:
            portal.accessibility_page = pages_by_key["accessibility"]
            for name, value in PORTAL_SETTINGS.items():
                setattr(portal, name, getattr(portal, name) or value)
            portal.save()

    # Reset ------------------------------------------------------------------------

    @staticmethod
    def delete_everything():
        """Remove every page below the root and the placeholder emblems."""
        from wagtail.images import get_image_model

        for page in Page.objects.filter(depth=2):
            with transaction.atomic():
                Site.objects.filter(root_page=page).delete()
                page.delete()
        TranslationSource.objects.all().delete()
        PageReview.objects.all().delete()
        get_image_model().objects.filter(collection__name=COLLECTION_NAME).delete()
