"""International labels, prizes and accreditations awarded to the city of Angers."""

from django.db import models
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from angers_intl import facts, official_names
from angers_intl.blocks import TargetsBlock
from angers_intl.facts import Fact, LiveFigure
from angers_intl.mixins import OrganisationIdentity
from angers_intl.models import ListingIndexPage, PortalPage
from angers_intl.panels import group, optional_text, row
from angers_intl.validators import validate_year

from .blocks import LevelsBlock


class RecognitionIndexPage(ListingIndexPage):
    """The "Reconnaissance internationale" section."""

    parent_page_types = ["angers_intl.HomePage"]
    subpage_types = ["recognitions.RecognitionPage"]

    class Meta:
        verbose_name = _("liste de reconnaissances")
        verbose_name_plural = _("listes de reconnaissances")

    @staticmethod
    def count_in_words(count):
        return ngettext("%(count)s reconnaissance", "%(count)s reconnaissances", count) % {"count": count}

    @property
    def listed_models(self):
        return (RecognitionPage,)


class RecognitionPage(OrganisationIdentity, PortalPage):
    """A label, prize or accreditation: who awards it, its levels, what Angers obtained."""

    awarding_body = optional_text(
        _("organisme qui le décerne"),
        _("Par exemple « Organisation mondiale de la santé »."),
    )
    year_created = models.PositiveSmallIntegerField(
        _("année de création"), null=True, blank=True, validators=[validate_year]
    )
    rewards = models.TextField(_("ce qu'il récompense"), blank=True, help_text=_("Une ou deux phrases."))
    levels = StreamField(LevelsBlock(), blank=True, verbose_name=_("niveaux"))
    commitments = StreamField(TargetsBlock(), blank=True, verbose_name=_("engagements et échéances"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        OrganisationIdentity.identity_panel(logo_heading=_("emblème")),
        group(_("Le label ou le prix"), row("awarding_body", "year_created"), "scope", "rewards"),
        group(
            _("Angers et ce label"),
            FieldPanel("angers_since", heading=_("Angers le détient depuis")),
            "levels",
            "commitments",
        ),
        OrganisationIdentity.figures_source_panel(),
        FieldPanel("body"),
    ]

    search_fields = PortalPage.search_fields + [
        index.SearchField("awarding_body"),
        index.SearchField("rewards"),
        *OrganisationIdentity.identity_search_fields,
    ]
    api_fields = OrganisationIdentity.identity_api(
        "summary", "awarding_body", "year_created", "rewards", "levels", "commitments"
    )

    parent_page_types = ["recognitions.RecognitionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("reconnaissance internationale")
        verbose_name_plural = _("reconnaissances internationales")

    show_sibling_navigation = True

    def get_structured_data(self, request):
        award = self.title
        if self.obtained_levels:
            award += " – " + ", ".join(level["name"] for level in self.obtained_levels)
        about = {
            "@type": "WebPage",
            "name": self.title,
            "url": self.get_full_url(request),
            "description": self.summary_text,
        }
        if self.awarding_body:
            about["publisher"] = {"@type": "Organization", "name": self.awarding_body}
        return {
            "@context": "https://schema.org",
            "@type": "City",
            "name": "Angers",
            "award": award,
            "subjectOf": about,
        }

    @property
    def year_for_sorting(self):
        return self.year_created

    def live_figures(self):
        """What the summary and the body may say with "{création}" and "{depuis}"."""
        return [
            LiveFigure("création", _("année de création"), self.year_created, str(self.year_created or ""),
                       is_year=True),
            self.since_figure(),
        ]  # fmt: skip

    def key_figures(self):
        # The levels Angers obtained are named in the fact box, not counted: a count says
        # little without their names.
        return [facts.founding_figure(self.year_created)] if self.year_created else []

    def facts(self, linked=None):
        """The "En bref" box: what the key figures above it do not say already (a
        recognition links to no other page: ``linked`` is unused)."""
        obtained = self.obtained_levels
        return facts.that_apply(
            self.official_name_fact(),
            Fact(_("Décerné par"), self.marked(self.awarding_body)) if self.awarding_body else None,
            self.scope_fact(),
            Fact(
                _("Niveaux obtenus par Angers"),
                facts.inline_list(
                    obtained, lambda level: facts.with_year(level["name"], level["year_obtained"])
                ),
            )
            if obtained
            else None,
            Fact(_("Angers distinguée depuis"), str(self.angers_since)) if self.angers_since else None,
        )

    @staticmethod
    def marked(text):
        return official_names.mark_official_names(text, get_language())

    @property
    def obtained_levels(self):
        return [block.value for block in self.levels if block.value.get("obtained")]
