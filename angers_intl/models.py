"""The site shell: home page, editorial pages and the site-wide settings."""

from django.db import models
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, BodyBlock


def without_restricted(queryset):
    """Pages not hidden behind a view restriction, on themselves or an ancestor.

    Wagtail's ``.public()`` costs one query each time; this subquery costs none.
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
    )
    return queryset.exclude(Exists(restricted))


class PortalPage(Page):
    """What every public page shares: a short summary and the SEO panel.

    The summary feeds cards, search results and the meta description.
    """

    summary = models.TextField(
        _("résumé"),
        blank=True,
        max_length=300,
        help_text=_(
            "Une ou deux phrases (300 signes au plus) affichées sur les cartes, dans les "
            "résultats de recherche et par les moteurs de recherche."
        ),
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
            ],
            heading=_("Référencement"),
        ),
        FieldPanel("show_in_menus"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
    ]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def logo_alt_text(self):
        """Logos are named after the page, in the page's language."""
        from django.utils.translation import gettext

        return gettext("Logo : %(name)s") % {"name": getattr(self, "acronym", "") or self.title}

    # Detail pages offer "previous / next" links to the pages of their section.
    show_sibling_navigation = False

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.show_sibling_navigation and self.pk:
            context["previous_page"], context["next_page"] = self.sibling_pages()
        return context

    def sibling_pages(self):
        """Previous and next live pages of the same section, for reading on."""
        siblings = without_restricted(self.get_siblings().live())
        before = siblings.filter(path__lt=self.path).order_by("-path").first()
        after = siblings.filter(path__gt=self.path).order_by("path").first()
        return before, after

    def get_structured_data(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": self.title,
            "description": self.meta_description,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
        }


def editor_tabs(content_panels, promote_panels, settings_panels, *extra):
    """Content / SEO / Settings tabs, so that long pages stay readable in the admin."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            *extra,
            ObjectList(promote_panels, heading=_("Référencement")),
            ObjectList(settings_panels, heading=_("Publication"), classname="settings"),
        ]
    )


class HomePage(PortalPage):
    """The portal's home page: the city's introduction, then the three sections."""

    intro = RichTextField(
        _("introduction"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Le texte d'accueil : pourquoi Angers s'engage dans les réseaux internationaux."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("suite de la page"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    edit_handler = editor_tabs(content_panels, PortalPage.promote_panels, Page.settings_panels)
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("summary"), APIField("intro"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["networks.NetworkIndexPage", "recognitions.RecognitionIndexPage", "StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = []
        for child in without_restricted(self.get_children().live().in_menu()).specific():
            if isinstance(child, ListingIndexPage):
                sections.append({"page": child, "items": child.listed_pages()})
        context["sections"] = sections
        return context

    def get_structured_data(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": "Angers International",
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
            "publisher": {"@type": "GovernmentOrganization", "name": "Ville d'Angers"},
        }


class StandardPage(PortalPage):
    """An editorial page: legal notice, accessibility statement, personal data, site map."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("contenu"))
    show_site_map = models.BooleanField(
        _("afficher le plan du site"),
        default=False,
        help_text=_(
            "Cochez pour la page « Plan du site » : l'arborescence du portail s'affiche sous le texte."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("show_site_map"),
    ]
    edit_handler = editor_tabs(content_panels, PortalPage.promote_panels, Page.settings_panels)
    search_fields = PortalPage.search_fields + [index.SearchField("body")]
    api_fields = [APIField("summary"), APIField("body")]

    parent_page_types = ["HomePage", "StandardPage"]
    subpage_types = ["StandardPage"]

    class Meta:
        verbose_name = _("page éditoriale")
        verbose_name_plural = _("pages éditoriales")


class AccessibilityStatus(models.TextChoices):
    FULL = "full", _("totalement conforme")
    PARTIAL = "partial", _("partiellement conforme")
    NONE = "none", _("non conforme")


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Site-wide facts shown in the footer and on the legal pages."""

    accessibility_status = models.CharField(
        _("conformité au RGAA"),
        max_length=10,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.PARTIAL,
        help_text=_("Le niveau que donne la déclaration d'accessibilité ; il s'affiche en pied de page."),
    )
    contact_email = models.EmailField(_("adresse électronique de contact"), blank=True)
    contact_phone = models.CharField(_("téléphone de contact"), max_length=30, blank=True)
    postal_address = models.TextField(_("adresse postale"), blank=True)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("déclaration d'accessibilité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("La page liée depuis l'accueil et le pied de page, dans la langue du lecteur."),
    )

    panels = [
        HelpPanel(
            content=_(
                "Ces informations valent pour le français et l'anglais ; elles s'affichent en "
                "pied de chaque page."
            )
        ),
        FieldPanel("accessibility_status"),
        FieldPanel("accessibility_page"),
        FieldPanel("contact_email"),
        FieldPanel("contact_phone"),
        FieldPanel("postal_address"),
    ]

    class Meta:
        verbose_name = _("réglages du portail")


class Scope(models.TextChoices):
    REGIONAL = "regional", _("régional")
    NATIONAL = "national", _("national")
    EUROPEAN = "european", _("européen")
    WORLDWIDE = "worldwide", _("mondial")


class ListingIndexPage(PortalPage):
    """A section page that lists its children as cards, filtered and sorted from the URL.

    Subclasses name the page models they list in ``listed_models``; the children are
    fetched with one query per model, whatever their number.
    """

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    edit_handler = editor_tabs(content_panels, PortalPage.promote_panels, Page.settings_panels)
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("summary"), APIField("intro")]

    listed_models = ()

    class Meta:
        abstract = True

    def listed_pages(self):
        pages = []
        for model in self.listed_models:
            pages.extend(
                without_restricted(model.objects.child_of(self).live())
                .select_related("logo")
                .prefetch_related("logo__renditions")
            )
        return pages

    def get_context(self, request, *args, **kwargs):
        from .forms import ListingFilterForm

        context = super().get_context(request, *args, **kwargs)
        pages = self.listed_pages()
        form = ListingFilterForm(request.GET or None, pages=pages)
        context["filter_form"] = form
        context["listed_pages"] = form.apply(pages)
        context["total_count"] = len(pages)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", {}).get("filter_form")
        if form is not None and form.is_bound and not form.is_valid():
            response.status_code = 400
        return response
