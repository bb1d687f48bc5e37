"""Translations that follow their French page.

What needs no translator (numbers, years, addresses, choices, logos, links: the fields
wagtail-localize synchronises) follows the French page the moment a moderator publishes
it: it is copied into each live translation, which is published again at once. Text waits
for a translator: a translation whose French text changed since its last synchronisation
is marked (``translation_behind_since``) and tells its readers so, until a translator
synchronises it and a moderator publishes it.

wagtail-localize itself copies synchronised fields only when a translator synchronises,
which left an English page showing last month's figures for as long as nobody did.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import SegmentOverride, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def text_of(page):
    """The text segments of ``page``, as wagtail-localize offers them to translators."""
    return {(s.path, s.string.data) for s in extract_segments(page) if isinstance(s, StringSegmentValue)}


def text_translated_from(source):
    """The French text the translation was last synchronised with."""
    return set(source.stringsegment_set.values_list("context__path", "string__data"))


def language_free_fields(model):
    return [
        model._meta.get_field(field.field_name)
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField)
    ]


def source_published(sender, instance, **kwargs):
    """page_published: a French page's translations follow it once the publication is
    committed; a translation published in step with its French text loses its mark."""
    page = instance.specific
    if page.locale.language_code == settings.LANGUAGE_CODE:
        transaction.on_commit(lambda: follow(page.pk))
    elif getattr(page, "translation_behind_since", None) and is_in_step(page):
        type(page).objects.filter(pk=page.pk).update(translation_behind_since=None)


def is_in_step(translation):
    """True when the translation's source holds the live French text."""
    french = Page.objects.filter(
        translation_key=translation.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    source = TranslationSource.objects.filter(
        object_id=translation.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return french is None or source is None or text_translated_from(source) == text_of(french.specific)


def follow(french_pk):
    french = Page.objects.get(pk=french_pk).specific
    source = TranslationSource.objects.filter(
        object_id=french.translation_key, locale=french.locale
    ).first()
    if source is None:
        return
    text_waits = text_translated_from(source) != text_of(french)
    for translation in french.get_translations().live().specific():
        with transaction.atomic():
            follow_in(translation, french, source, text_waits)


def follow_in(translation, french, source, text_waits):
    """Copy the language-free fields of ``french`` into the live ``translation`` (those a
    translator overrode excepted) and publish it again when anything changed."""
    overridden = set(
        SegmentOverride.objects.filter(locale=translation.locale, context__object_id=source.object_id).values_list(
            "context__path", flat=True
        )
    )
    live = translation.live_revision.as_object() if translation.live_revision else translation
    changed = False
    for field in language_free_fields(type(french)):
        if field.name in overridden:
            continue
        value = getattr(french, field.attname)
        if getattr(live, field.attname) != value:
            setattr(live, field.attname, value)
            changed = True
    if text_waits and live.translation_behind_since is None:
        live.translation_behind_since = french.last_published_at or timezone.now()
        changed = True
    if changed:
        live.save_revision(clean=False).publish()
