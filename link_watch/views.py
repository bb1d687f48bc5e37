"""The "Liens à vérifier" report: the broken, moved and unreachable links, grouped by the
page that shows them, with a spreadsheet export (Wagtail's ReportView)."""

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from .models import TO_CHECK, LinkOnPage

# Who may read the report: editors and moderators (migration 0002), administrators.
REPORT_PERMISSION = "link_watch.see_link_report"


def may_see_report(user):
    return user.has_perm(REPORT_PERMISSION)


class LinkReportFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        field_name="link__state",
        label=_("État"),
        choices=[(state.value, state.label) for state in TO_CHECK],
        empty_label=_("Tous"),
    )
    language = django_filters.ChoiceFilter(
        field_name="page__locale__language_code",
        label=_("Langue"),
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        empty_label=_("Toutes"),
    )

    class Meta:
        model = LinkOnPage
        fields = ["state", "language"]


def local_date(moment):
    return timezone.localtime(moment).date() if moment else None


class LinkReportView(ReportView):
    page_title = _("Liens à vérifier")
    header_icon = "link"
    results_template_name = "link_watch/report_results.html"
    index_url_name = "link_watch_report"
    index_results_url_name = "link_watch_report_results"
    filterset_class = LinkReportFilterSet
    paginate_by = 100
    export_filename = "liens-a-verifier"
    list_export = ["page", "language", "field", "url", "state", "answer", "since", "new_url", "last_checked"]
    export_headings = {
        "page": _("Page"),
        "language": _("Langue"),
        "field": _("Champ"),
        "url": _("Adresse"),
        "state": _("État"),
        "answer": _("Réponse"),
        "since": _("Depuis le"),
        "new_url": _("Nouvelle adresse"),
        "last_checked": _("Vérifié le"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return (
            LinkOnPage.objects.filter(link__state__in=TO_CHECK, page__live=True)
            .select_related("link", "page", "page__locale")
            .order_by("page__path", "link__url", "field")
        )

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, item):
        link = item.link
        return {
            "page": item.page.title,
            "language": item.page.locale.get_display_name(),
            "field": item.field,
            "url": link.url,
            "state": link.get_state_display(),
            "answer": link.answer,
            "since": local_date(link.since),
            "new_url": link.new_url,
            "last_checked": local_date(link.last_checked_at),
        }

    def decorate_paginated_queryset(self, places):
        """Each place learns whether the reader may edit its page (the portal's rules for
        translations included, which the specific page type carries)."""
        places = list(places)
        pages = Page.objects.filter(pk__in={place.page_id for place in places}).specific(defer=True)
        editable = {page.pk for page in pages if page.permissions_for_user(self.request.user).can_edit()}
        for place in places:
            place.editable = place.page_id in editable
        return places
