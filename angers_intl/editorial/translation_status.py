"""Where each translation of each live French page stands: missing, behind its French source,
with segments still untranslated, translated but not yet published, under review, or up to
date. The dashboard's panels ask for one language (``translation_statuses``: what needs
someone), the translation debt board for several (``translation_states``: every page, every
language). The same six grouped queries, whatever the number of pages and languages.

"Behind" counts from the first French publication after the translation's last
synchronisation that was not marked "Modification mineure" (angers_intl/minor_changes.py):
a typo fixed in French leaves the translations up to date.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Count, F, Min, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Page, PageLogEntry, WorkflowState
from wagtail_localize.models import StringSegment, TranslationSource

from angers_intl import minor_changes

MISSING = "missing"
OUTDATED = "outdated"
INCOMPLETE = "incomplete"
READY = "ready"
IN_REVIEW = "in_review"
UP_TO_DATE = "up_to_date"

LABELS = {
    MISSING: _("pas encore traduite"),
    OUTDATED: _("page française modifiée depuis la dernière synchronisation"),
    INCOMPLETE: _("segments à traduire"),
    READY: _("traduite, en attente de publication par un modérateur"),
    IN_REVIEW: _("en relecture"),
    UP_TO_DATE: _("à jour"),
}

# What Wagtail logs each time a page is published (also when a scheduled one goes live).
PUBLISHED = "wagtail.publish"


@dataclass
class PageTranslationStatus:
    """One French page in one translation language."""

    source_page: Page
    target_page: Page | None
    status: str
    language: str = ""
    # The first French publication (not minor) the translation has not followed yet.
    behind_since: datetime | None = None
    segments_to_translate: int = 0
    # A review workflow is running on the translation.
    in_review: bool = False
    translation_source_id: int | None = None

    @property
    def label(self):
        return LABELS[self.status]

    @property
    def state(self):
        """The one state the debt board shows: the review first, then the status."""
        return IN_REVIEW if self.in_review else self.status

    @property
    def days_behind(self):
        if self.behind_since is None:
            return None
        return (timezone.now() - self.behind_since).days

    @property
    def state_label(self):
        if self.state == MISSING:
            return _("jamais traduite")
        if self.state == OUTDATED:
            days = self.days_behind
            if not days:
                return _("en retard depuis aujourd’hui")
            return ngettext("en retard depuis %(days)s jour", "en retard depuis %(days)s jours", days) % {
                "days": days
            }
        if self.state == INCOMPLETE:
            return _("à compléter")
        if self.state == READY:
            return _("traduite, à publier")
        return LABELS[self.state]

    @property
    def translator(self):
        """Who last translated the page (the author of its latest revision), or else its owner."""
        if self.target_page is None:
            return None
        revision = self.target_page.latest_revision
        if revision is not None and revision.user is not None:
            return revision.user
        return self.target_page.owner


def translation_statuses(source_language=None, target_language=None):
    """Status of every live source page whose translation into ``target_language`` needs
    work (up to date and under review left out, as the dashboard shows them)."""
    target_language = target_language or settings.TRANSLATION_LANGUAGES[0]
    return [
        status
        for _page, states in translation_states([target_language], source_language)
        for status in states.values()
        if status.status != UP_TO_DATE
    ]


def translation_states(languages, source_language=None, sources=None):
    """Every live source page (``sources``, already read, or all of them) with its status in
    each of ``languages``: a list of ``(page, {language: PageTranslationStatus})`` in the
    order of the tree."""
    source_language = source_language or settings.LANGUAGE_CODE
    if sources is None:
        sources = Page.objects.filter(locale__language_code=source_language, depth__gt=1).live().order_by("path")
    sources = list(sources)
    keys = [page.translation_key for page in sources]
    targets = {
        (page.translation_key, page.locale.language_code): page
        for page in Page.objects.filter(translation_key__in=keys, locale__language_code__in=languages).select_related(
            "locale", "owner", "latest_revision__user"
        )
    }
    translation_sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=keys, locale__language_code=source_language
        ).annotate(
            segment_count=Count("stringsegment", distinct=True),
        )
    }
    translated = {
        (source_id, language): count
        for source_id, language, count in StringSegment.objects.filter(
            source__in=list(translation_sources.values()),
            string__translations__locale__language_code__in=languages,
            string__translations__context=F("context"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale__language_code")
        .annotate(count=Count("id", distinct=True))
        .values_list("source_id", "string__translations__locale__language_code", "count")
    }
    behind_since = first_publications_not_followed([page.pk for page in sources], source_language)
    in_review = set(
        WorkflowState.objects.filter(
            base_content_type__app_label="wagtailcore",
            base_content_type__model="page",
            status=WorkflowState.STATUS_IN_PROGRESS,
            object_id__in=[str(page.pk) for page in targets.values()],
        ).values_list("object_id", flat=True)
    )
    results = []
    for page in sources:
        source = translation_sources.get(page.translation_key)
        states = {}
        for language in languages:
            target = targets.get((page.translation_key, language))
            since = behind_since.get(page.pk)
            to_translate = 0
            if source is not None:
                to_translate = max(source.segment_count - translated.get((source.pk, language), 0), 0)
            if target is None:
                status = MISSING
            elif source is not None and since is not None:
                status = OUTDATED
            elif source is not None and to_translate:
                status = INCOMPLETE
            elif not target.live or target.has_unpublished_changes:
                status = READY
            else:
                status = UP_TO_DATE
            states[language] = PageTranslationStatus(
                page,
                target,
                status,
                language=language,
                behind_since=since if status == OUTDATED else None,
                segments_to_translate=to_translate if target is not None else 0,
                in_review=target is not None and str(target.pk) in in_review,
                translation_source_id=source.pk if source is not None else None,
            )
        results.append((page, states))
    return results


def first_publications_not_followed(page_ids, source_language):
    """For each of the source pages ``page_ids``, the first of its publications since its
    translations were last synchronised that was not a minor change (one query)."""
    synchronised_at = TranslationSource.objects.filter(
        object_id=OuterRef("page__translation_key"), locale__language_code=source_language
    ).values("last_updated_at")[:1]
    return dict(
        PageLogEntry.objects.filter(page_id__in=page_ids, action=PUBLISHED)
        .exclude(revision_id__in=minor_changes.minor_revision_ids())
        .annotate(synchronised_at=Subquery(synchronised_at))
        .filter(timestamp__gt=F("synchronised_at"))
        .values("page_id")
        .annotate(since=Min("timestamp"))
        .values_list("page_id", "since")
    )
