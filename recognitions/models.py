"""International labels, prizes and accreditations awarded to the city of Angers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from angers_intl.blocks import BodyBlock, TargetsBlock
from angers_intl.choices import NameLanguage, Scope
from angers_intl.models import ListingIndexPage, PortalPage
from angers_intl.validators import validate_web_url, validate_year

from .blocks import LevelsBlock


class RecognitionIndexPage(ListingIndexPage):
    """The "Reconnaissance internationale" section."""

    parent_page_types = ["angers_intl.HomePage"]
    subpage_types = ["recognitions.RecognitionPage"]

    class Meta:
        verbose_name = _("liste de reconnaissances")
        verbose_name_plural = _("listes de reconnaissances")

    @property
    def listed_models(self):
        return (RecognitionPage,)


class RecognitionPage(PortalPage):
    """A label, prize or accreditation: who awards it, its levels, what Angers obtained."""

    own_language_name = models.CharField(
        _("nom dans sa langue"),
        max_length=255,
        blank=True,
        help_text=_(
            "Le nom officiel dans la langue de l'organisme, par exemple « Tree Cities of the World »."
        ),
    )
    own_language = models.CharField(_("langue de ce nom"), max_length=5, choices=NameLanguage.choices, default="fr")
    awarding_body = models.CharField(
        _("organisme qui le décerne"),
        max_length=255,
        blank=True,
        help_text=_("Par exemple « Organisation mondiale de la santé »."),
    )
    year_created = models.PositiveSmallIntegerField(
        _("année de création"), null=True, blank=True, validators=[validate_year]
    )
    rewards = models.TextField(_("ce qu'il récompense"), blank=True, help_text=_("Une ou deux phrases."))
    scope = models.CharField(_("portée"), max_length=20, choices=Scope.choices, blank=True)
    levels = StreamField(LevelsBlock(), blank=True, verbose_name=_("niveaux"))
    angers_since = models.PositiveSmallIntegerField(
        _("Angers le détient depuis"), null=True, blank=True, validators=[validate_year]
    )
    commitments = StreamField(TargetsBlock(), blank=True, verbose_name=_("engagements et échéances"))
    website = models.URLField(_("site officiel"), blank=True, max_length=500, validators=[validate_web_url])
    website_language = models.CharField(
        _("langue du site officiel"), max_length=5, choices=NameLanguage.choices, blank=True
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("emblème"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Son texte alternatif est la description de l'image."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("présentation"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("own_language_name"), FieldPanel("own_language")]),
                FieldPanel("logo"),
                FieldRowPanel([FieldPanel("website"), FieldPanel("website_language")]),
            ],
            heading=_("Identité"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("awarding_body"), FieldPanel("year_created")]),
                FieldPanel("scope"),
                FieldPanel("rewards"),
            ],
            heading=_("Le label ou le prix"),
        ),
        MultiFieldPanel(
            [FieldPanel("angers_since"), FieldPanel("levels"), FieldPanel("commitments")],
            heading=_("Angers et ce label"),
        ),
        FieldPanel("body"),
    ]

    search_fields = PortalPage.search_fields + [
        index.SearchField("own_language_name", boost=2),
        index.SearchField("awarding_body"),
        index.SearchField("rewards"),
        index.SearchField("body"),
        index.FilterField("scope"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("own_language_name"),
        APIField("own_language"),
        APIField("awarding_body"),
        APIField("year_created"),
        APIField("rewards"),
        APIField("scope"),
        APIField("levels"),
        APIField("angers_since"),
        APIField("commitments"),
        APIField("website"),
        APIField("logo"),
        APIField("body"),
    ]

    parent_page_types = ["recognitions.RecognitionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("reconnaissance internationale")
        verbose_name_plural = _("reconnaissances internationales")

    show_sibling_navigation = True

    @property
    def acronym(self):
        return ""

    def get_structured_data(self, request):
        award = self.title
        if self.obtained_levels:
            award += " – " + ", ".join(level["name"] for level in self.obtained_levels)
        about = {
            "@type": "WebPage",
            "name": self.title,
            "url": self.get_full_url(request),
            "description": self.summary,
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

    @property
    def obtained_levels(self):
        return [block.value for block in self.levels if block.value.get("obtained")]
