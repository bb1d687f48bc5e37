"""City networks and thematic networks the city of Angers belongs to."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from angers_intl import facts
from angers_intl.blocks import TargetsBlock
from angers_intl.choices import Theme
from angers_intl.facts import Fact, LiveFigure
from angers_intl.mixins import OrganisationIdentity
from angers_intl.models import ListingIndexPage, PortalPage
from angers_intl.navigation import tree as site_tree
from angers_intl.panels import group, optional_link, optional_text, row
from angers_intl.validators import validate_year


class NetworkIndexPage(ListingIndexPage):
    """A section listing networks: "Réseaux de villes" or "Réseaux thématiques"."""

    parent_page_types = ["angers_intl.HomePage"]
    subpage_types = ["networks.NetworkPage", "networks.ThematicNetworkPage"]

    class Meta:
        verbose_name = _("liste de réseaux")
        verbose_name_plural = _("listes de réseaux")

    @property
    def listed_models(self):
        return (NetworkPage, ThematicNetworkPage)

    @staticmethod
    def count_in_words(count):
        return ngettext("%(count)s réseau", "%(count)s réseaux", count) % {"count": count}


# Longer member descriptions ("collectivités européennes et internationales : communes, …")
# are for the page itself; a card says "membres".
CARD_LABEL_LENGTH = 40


class BaseNetworkPage(OrganisationIdentity, PortalPage):
    """Every fact a reader might compare between networks, as structured fields."""

    acronym = models.CharField(_("sigle"), max_length=20, blank=True, help_text=_("Par exemple « AFCCRE »."))
    # "AFCCRE" is copied from the French page like the official name (a translator may
    # override it where English readers know another: CGLU / UCLG).
    override_translatable_fields = [
        *OrganisationIdentity.override_translatable_fields,
        SynchronizedField("acronym", overridable=True),
    ]
    founding_year = models.PositiveSmallIntegerField(
        _("année de création"), null=True, blank=True, validators=[validate_year]
    )
    founded_by = optional_text(
        _("fondé par"),
        _("Qui l'a fondé, en toutes lettres (par exemple « des élus locaux »)."),
    )
    founded_by_page = optional_link(
        "wagtailcore.Page",
        _("fondé par (page du portail)"),
        _("Si le fondateur a sa page sur le portail : les deux pages se citent alors."),
    )
    branch_of_page = optional_link(
        "wagtailcore.Page",
        _("branche de (page du portail)"),
        _("L'organisation dont ce réseau est la branche et dont ses membres sont automatiquement membres."),
    )
    member_count = models.PositiveIntegerField(_("nombre de membres"), null=True, blank=True)
    member_count_is_minimum = models.BooleanField(
        _("« plus de »"),
        default=False,
        help_text=_("Cochez si le nombre est un minimum (« plus de 1 500 »)."),
    )
    member_description = optional_text(
        _("ce qu'est un membre"),
        _("Par exemple « collectivités territoriales » ou « villes »."),
    )
    country_count = models.PositiveSmallIntegerField(
        _("nombre de pays"), null=True, blank=True, validators=[MaxValueValidator(250)]
    )
    countries = optional_text(
        _("pays ou continents"),
        _("En toutes lettres quand il n'y a pas de nombre, par exemple « tous les continents »."),
    )
    population_count = models.PositiveBigIntegerField(
        _("population représentée (nombre d'habitants)"), null=True, blank=True
    )
    population_is_minimum = models.BooleanField(
        _("« plus de » (population)"),
        default=False,
        help_text=_("Cochez si le nombre d'habitants est un minimum (« plus d'un milliard »)."),
    )
    population_represented = optional_text(
        _("population représentée (en toutes lettres)"),
        _("Par exemple « près de 70 % de la population mondiale »."),
    )
    headquarters = optional_text(_("siège"))
    angers_role = optional_text(
        _("rôle d'Angers"),
        _("Par exemple « membre » ou « ville siège »."),
    )

    identity_panels = [
        FieldPanel("summary"),
        OrganisationIdentity.identity_panel(FieldPanel("acronym")),
        group(
            _("Création"),
            row("founding_year", "founded_by"),
            PageChooserPanel("founded_by_page", ["networks.NetworkPage", "networks.ThematicNetworkPage"]),
            PageChooserPanel("branch_of_page", ["networks.NetworkPage", "networks.ThematicNetworkPage"]),
        ),
        group(
            _("Chiffres et implantation"),
            row("member_count", "member_count_is_minimum"),
            "member_description",
            row("country_count", "countries"),
            row("population_count", "population_is_minimum"),
            "population_represented",
            row("headquarters", "scope"),
        ),
        OrganisationIdentity.figures_source_panel(),
        group(_("Angers dans ce réseau"), row("angers_role", "angers_since")),
    ]
    content_panels = Page.content_panels + identity_panels + [FieldPanel("body")]

    search_fields = PortalPage.search_fields + [
        index.SearchField("acronym", boost=3),
        index.AutocompleteField("acronym"),
        *OrganisationIdentity.identity_search_fields,
    ]
    api_fields = OrganisationIdentity.identity_api(
        "summary", "acronym", "founding_year", "founded_by", "founded_by_page", "branch_of_page", "member_count",
        "member_count_is_minimum", "member_description", "country_count", "countries", "population_count",
        "population_represented", "headquarters", "angers_role",
    )  # fmt: skip

    parent_page_types = ["networks.NetworkIndexPage"]
    subpage_types = []

    class Meta:
        abstract = True

    show_sibling_navigation = True
    # Links to other pages that both pages show (see angers_intl.navigation.tree).
    linked_page_fields = ("founded_by_page", "branch_of_page")

    @property
    def year_for_sorting(self):
        return self.founding_year

    def live_figures(self):
        """What the summary and the body may say with "{membres}", "{pays}",
        "{population}", "{création}" and "{depuis}"."""
        population = facts.population_in_words(self.population_count, minimum=self.population_is_minimum)
        member_nouns = ("membres", "membre", "members", "member", "villes", "cities",
                        *facts.words_of(self.member_description))  # fmt: skip
        return [
            LiveFigure("membres", _("nombre de membres"), self.member_count,
                       facts.count_in_words(self.member_count, self.member_count_is_minimum), member_nouns),
            LiveFigure("pays", _("nombre de pays"), self.country_count, str(self.country_count or ""),
                       ("pays", "countries")),
            LiveFigure("population", _("population représentée"), self.population_count, population,
                       ("habitants", "inhabitants", "population", "people")),
            LiveFigure("création", _("année de création"), self.founding_year, str(self.founding_year or ""),
                       is_year=True),
            self.since_figure(),
        ]  # fmt: skip

    def key_figures(self):
        figures = []
        if self.member_count is not None:
            figures.append(
                Fact(
                    self.member_description or _("membres"),
                    facts.count_in_words(self.member_count, self.member_count_is_minimum),
                )
            )
        if self.country_count:
            figures.append(facts.country_figure(self.country_count))
        if self.population_count:
            population = facts.population_in_words(self.population_count, minimum=self.population_is_minimum)
            figures.append(Fact(_("représentés"), population))
        if self.founding_year:
            figures.append(facts.founding_figure(self.founding_year))
        return figures

    def card_figure(self):
        """The figure a card shows under the name: the first key figure, its label cut to
        "membres" when the members' description is a sentence (the page gives it whole)."""
        figures = self.key_figures()
        if not figures:
            return None
        figure = figures[0]
        if self.member_count is not None and len(figure.label) > CARD_LABEL_LENGTH:
            return Fact(_("membres"), figure.value, figure.lang)
        return figure

    def facts(self, linked=None):
        """The "En bref" box: what the key figures above it do not say already.
        ``linked``: the pages this one links to and is linked from, in the page's language
        (``linked_pages()``); without it, those facts are left out."""
        linked = linked or {}
        return facts.that_apply(
            Fact(_("Sigle"), self.acronym) if self.acronym else None,
            self.official_name_fact(),
            self.founder_fact(linked.get("founder"), linked.get("founder_names", ())),
            self.linked_list_fact(_("A fondé"), linked.get("founded_pages"), with_years=True),
            self.branch_of_fact(linked.get("branch_of")),
            self.linked_list_fact(_("Branches"), linked.get("branch_pages")),
            self.members_fact(),
            Fact(_("Présence"), capfirst(self.countries)) if self.countries else None,
            self.population_fact(),
            Fact(_("Siège"), self.headquarters) if self.headquarters else None,
            self.scope_fact(),
            Fact(_("Thème"), capfirst(self.get_theme_display())) if self.theme else None,
            self.angers_role_fact(),
        )

    def founder_fact(self, founder, founder_names=()):
        """The founder's page, linked, then the founders written out; a founder both
        linked and written (under the title of its page in any language) is named once."""
        names = {founder.title, *founder_names} if founder else set()
        written = "" if self.founded_by.strip() in names else self.founded_by
        # "À l'initiative de" agrees with any founder, where "fondé(e) par" would not.
        if founder and written:
            return Fact(_("À l’initiative de"), format_html("{}, {}", facts.page_link(founder), written))
        if founder or written:
            return Fact(_("À l’initiative de"), facts.page_link(founder) if founder else written)
        return None

    @staticmethod
    def linked_list_fact(label, pages, with_years=False):
        if not pages:
            return None
        if with_years:
            return Fact(
                label, facts.inline_list(pages, lambda p: facts.with_year(facts.page_link(p), p.year))
            )
        return Fact(label, facts.inline_list(pages, facts.page_link))

    @staticmethod
    def branch_of_fact(parent):
        if parent is None:
            return None
        note = _("(ses membres en sont automatiquement membres)")
        return Fact(_("Branche de"), format_html("{} {}", facts.page_link(parent), note))

    def population_fact(self):
        """The population in words, when no count above says it already."""
        if self.population_count is None and self.population_represented:
            return Fact(_("Population représentée"), self.population_represented)
        return None

    def members_fact(self):
        """Who the members are, when no count above says it already."""
        if self.member_count is None and self.member_description:
            return Fact(_("Membres"), self.member_description)
        return None

    def angers_role_fact(self):
        if self.angers_role:
            value = capfirst(self.angers_role)
            if self.angers_since:
                value = f"{value} {_('depuis %(year)s') % {'year': self.angers_since}}"
            return Fact(_("Rôle d’Angers"), value)
        if self.angers_since:
            return Fact(_("Angers membre depuis"), str(self.angers_since))
        return None

    def get_structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "url": self.website or self.get_full_url(request),
            "description": self.summary_text,
        }
        alternate = [n for n in (self.acronym, self.own_language_name) if n and n != self.title]
        if alternate:
            data["alternateName"] = alternate
        if self.founding_year:
            data["foundingDate"] = str(self.founding_year)
        if self.headquarters:
            data["location"] = self.headquarters
        data["member"] = {"@type": "City", "name": "Angers"}
        return data

    def linked_pages(self, request):
        """Founder, parent organisation, and the networks this one founded or has as
        branches, in the page's language, whichever language the link was made in."""
        tree = site_tree.for_request(request)
        if tree is None:
            return {}
        node = tree.by_pk.get(self.pk)
        language = node.language if node else get_language()  # the page's, even in a preview
        key = str(self.translation_key)
        return {
            "founded_pages": tree.pages_linking_to(key, "founded_by_page", language),
            "branch_pages": tree.pages_linking_to(key, "branch_of_page", language),
            "founder": tree.translation_of(self.founded_by_page_id, language),
            "founder_names": {
                node.title
                for code, _name in settings.LANGUAGES
                if (node := tree.translation_of(self.founded_by_page_id, code)) is not None
            },
            "branch_of": tree.translation_of(self.branch_of_page_id, language),
        }


class NetworkPage(BaseNetworkPage):
    """One city network, e.g. AFCCRE or Cités Unies France."""

    # City networks have no theme; the shared fact box asks every network for one.
    theme = ""

    class Meta:
        verbose_name = _("réseau de villes")
        verbose_name_plural = _("réseaux de villes")


class ThematicNetworkPage(BaseNetworkPage):
    """A network around one theme, with its charter and targets (e.g. GCoM)."""

    theme = models.CharField(_("thème"), max_length=20, choices=Theme.choices, blank=True)
    charter_name = optional_text(
        _("charte ou engagement"),
        _("Le nom du texte que les membres signent, par exemple « Charte des villes éducatrices »."),
    )
    charter_summary = models.TextField(_("ce que prévoit la charte"), blank=True)
    targets = StreamField(TargetsBlock(), blank=True, verbose_name=_("objectifs et échéances"))

    content_panels = (
        Page.content_panels
        + BaseNetworkPage.identity_panels
        + [
            group(_("Thème et engagements"), "theme", "charter_name", "charter_summary", "targets"),
            FieldPanel("body"),
        ]
    )

    search_fields = BaseNetworkPage.search_fields + [
        index.SearchField("charter_name"),
        index.SearchField("charter_summary"),
        index.SearchField("targets"),
        index.FilterField("theme"),
    ]
    api_fields = BaseNetworkPage.api_fields + [
        APIField("theme"),
        APIField("charter_name"),
        APIField("charter_summary"),
        APIField("targets"),
    ]

    class Meta:
        verbose_name = _("réseau thématique")
        verbose_name_plural = _("réseaux thématiques")
