"""Which translated pages (of one language: English, German…) need someone: missing, behind
their French source, with segments still untranslated (translators), or translated but not
yet published (moderators). Three grouped queries, whatever the number of pages."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, F
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.models import StringSegment, TranslationSource

MISSING = "missing"
OUTDATED = "outdated"
INCOMPLETE = "incomplete"
READY = "ready"

LABELS = {
    MISSING: _("pas encore traduite"),
    OUTDATED: _("page française modifiée depuis la dernière synchronisation"),
    INCOMPLETE: _("segments à traduire"),
    READY: _("traduite, en attente de publication par un modérateur"),
}


@dataclass
class PageTranslationStatus:
    source_page: Page
    target_page: Page | None
    status: str

    @property
    def label(self):
        return LABELS[self.status]


def translation_statuses(source_language=None, target_language=None):
    """Status of every live source page whose translation needs work."""
    source_language = source_language or settings.LANGUAGE_CODE
    target_language = target_language or settings.TRANSLATION_LANGUAGES[0]
    sources = list(
        Page.objects.filter(locale__language_code=source_language, depth__gt=1).live().order_by("path")
    )
    keys = [page.translation_key for page in sources]
    targets = {
        page.translation_key: page
        for page in Page.objects.filter(translation_key__in=keys, locale__language_code=target_language)
    }
    translation_sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=keys, locale__language_code=source_language
        ).annotate(
            segment_count=Count("stringsegment", distinct=True),
        )
    }
    translated = dict(
        StringSegment.objects.filter(
            source__in=list(translation_sources.values()),
            string__translations__locale__language_code=target_language,
            string__translations__context=F("context"),
            string__translations__has_error=False,
        )
        .values("source_id")
        .annotate(count=Count("id", distinct=True))
        .values_list("source_id", "count")
    )
    results = []
    for page in sources:
        target = targets.get(page.translation_key)
        source = translation_sources.get(page.translation_key)
        if target is None:
            status = MISSING
        elif (
            source is not None and page.last_published_at and page.last_published_at > source.last_updated_at
        ):
            status = OUTDATED
        elif source is not None and translated.get(source.pk, 0) < source.segment_count:
            status = INCOMPLETE
        elif not target.live or target.has_unpublished_changes:
            status = READY
        else:
            continue
        results.append(PageTranslationStatus(page, target, status))
    return results
