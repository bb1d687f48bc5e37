"""Translations that follow their French page.

What needs no translator (numbers, years, addresses, choices, logos, links: the fields
wagtail-localize synchronises) follows the French page the moment a moderator publishes
it: it is copied into each live translation, which is published again at once. Text waits
for a translator: a translation whose French text changed since its last synchronisation
is marked (``translation_behind_since``) and tells its readers so, until a translator
synchronises it and a moderator publishes it. A publication marked "Modification mineure"
(angers_intl/minor_changes.py) marks nothing: its figures follow, its typo fix waits quietly
for the next synchronisation.

wagtail-localize itself copies synchronised fields only when a translator synchronises,
which left an English page showing last month's figures for as long as nobody did.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import SegmentOverride, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from angers_intl import minor_changes, upstream
from angers_intl.signals import live_page_changed

logger = logging.getLogger(__name__)


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
        transaction.on_commit(lambda: follow.enqueue(page.pk))
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


@task()
def follow(french_pk):
    """The translations of French page ``french_pk`` take its language-free fields, and are
    marked when its text changed. A task (Django's tasks framework, through the django-tasks
    backport until Django 6): it runs at once with the immediate backend the portal is
    configured with (``TASKS``), and can move to a worker without changing this code."""
    french = Page.objects.get(pk=french_pk).specific
    source = TranslationSource.objects.filter(object_id=french.translation_key, locale=french.locale).first()
    if source is None:
        return
    fields = language_free_fields(type(french))
    keep_language_free_fields(source, french, fields)
    text_waits = text_translated_from(source) != text_of(french) and not minor_changes.is_minor(
        french.live_revision_id
    )
    followed = set(source.translations.filter(enabled=True).values_list("target_locale_id", flat=True))
    # Aliases follow their page by themselves; a translation whose synchronisation was
    # stopped is left as its translator made it.
    translations = french.get_translations().live().filter(alias_of__isnull=True, locale_id__in=followed)
    for translation in translations.specific():
        try:
            with transaction.atomic():
                follow_in(translation, french, source, fields, text_waits)
        except Exception:  # noqa: BLE001 - the French page is published; tell, do not fail it
            logger.exception("The translation %s could not follow its French page %s", translation.pk, french.pk)


def keep_language_free_fields(source, french, fields):
    """Write the French page's language-free values into the translation source too:
    wagtail-localize copies them from there whenever a translation is saved, and would
    otherwise bring back the old figures until someone synchronises. Its text stays as it
    was: it is what the translation was made from."""
    current = french.serializable_data()
    upstream.update_translation_source_fields(
        source, {field.name: current[field.name] for field in fields if field.name in current}
    )


def follow_in(translation, french, source, fields, text_waits):
    """Copy the language-free fields of ``french`` into the live ``translation`` (those a
    translator overrode excepted), and mark it when its text waits for a translator."""
    overridden = set(
        SegmentOverride.objects.filter(locale=translation.locale, context__object_id=source.object_id).values_list(
            "context__path", flat=True
        )
    )
    values = {
        field.attname: getattr(french, field.attname)
        for field in fields
        if field.name not in overridden and getattr(translation, field.attname) != getattr(french, field.attname)
    }
    # Read from the page's row: the live revision may hold a mark cleared since.
    if text_waits and translation.translation_behind_since is None:
        values["translation_behind_since"] = french.last_published_at or timezone.now()
    if not values:
        return
    if translation.workflow_in_progress or translation.has_unpublished_changes:
        # A translator's draft or a review in progress: publishing would push the draft
        # aside or cancel the review. The live page alone takes the new values.
        type(translation).objects.filter(pk=translation.pk).update(**values)
        translation.refresh_from_db()
        live_page_changed.send(sender=type(translation), instance=translation)
        return
    live = translation.live_revision.as_object() if translation.live_revision else translation
    for name, value in values.items():
        setattr(live, name, value)
    live.translation_behind_since = values.get("translation_behind_since", translation.translation_behind_since)
    live.save_revision(clean=False).publish()
