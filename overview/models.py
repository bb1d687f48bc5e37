"""Pages that show every network and recognition at once, from their structured fields:
the comparison tables and the timeline. Publishing any network or recognition changes
them (``shows_every_organisation``: see angers_intl/caching/plan.py)."""

from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from angers_intl.blocks import RICH_TEXT_FEATURES
from angers_intl.models import PortalPage

from . import comparison, exports, timeline


class OverviewPage(PortalPage):
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("summary"), APIField("intro")]

    parent_page_types = ["angers_intl.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    shows_every_organisation = True

    class Meta:
        abstract = True

    def organisations(self):
        """(networks, recognitions): the live public ones in this page's language, by title."""
        language = self.locale.language_code
        return [exports.organisations(dataset, language) for dataset in ("networks", "recognitions")]


class ComparisonPage(OverviewPage):
    """"Comparer les réseaux": every network and recognition in a table, sortable by each
    column through links in the URL."""

    class Meta:
        verbose_name = _("page de comparaison")
        verbose_name_plural = _("pages de comparaison")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        networks, recognitions = self.organisations()
        query = request.GET
        try:
            context["tables"] = self.tables(networks, recognitions, query)
        except comparison.UnknownSort as error:
            # An address no header gives: the tables in their first order, and why.
            context["sort_error"] = str(error)
            context["tables"] = self.tables(networks, recognitions, QueryDict())
        return context

    @staticmethod
    def tables(networks, recognitions, query):
        return [
            comparison.Table("networks", _("Les réseaux"), comparison.NETWORK_COLUMNS, networks, query),
            comparison.Table(
                "recognitions", _("Les distinctions"), comparison.RECOGNITION_COLUMNS, recognitions, query
            ),
        ]

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", {}).get("sort_error"):
            response.status_code = 400
        return response


class OpenDataPage(OverviewPage):
    """"Données ouvertes": the networks and recognitions to download (CSV, JSON and their
    Table Schema, overview/exports.py) under the Licence Ouverte, and the read-only API."""

    class Meta:
        verbose_name = _("page des données ouvertes")
        verbose_name_plural = _("pages des données ouvertes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code
        counts = {name: exports.count(name, language) for name in exports.datasets()}
        context["downloads"] = [
            {
                "name": name,
                "title": title,
                "count": counts[name],
                "files": {
                    extension.replace(".", "_"): reverse(
                        "open_data_download", kwargs={"dataset": name, "extension": extension}
                    )
                    for extension in (*exports.FORMATS, "schema.json")
                },
            }
            for name, title in (("networks", _("Les réseaux")), ("recognitions", _("Les distinctions")))
        ]
        context["licence"] = exports.LICENCE
        # From the Site record, not the request: the page is cached and served to everyone,
        # so a visitor's Host or X-Forwarded-Proto must not write its addresses.
        site = self.get_site()
        context["api_root"] = (site.root_url if site else "") + "/api/v2/"
        return context


class TimelinePage(OverviewPage):
    """"Repères": the founding years and Angers' memberships and distinctions, in order."""

    class Meta:
        verbose_name = _("page de repères chronologiques")
        verbose_name_plural = _("pages de repères chronologiques")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = self.organisations()
        context["years"] = timeline.by_year(*organisations)
        return context
