"""The pages every section is built from: PortalPage (what every public page shares and
every protocol the shell reads, with its default), the section listing, the home page and
the editorial page."""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod
from wagtailcache.cache import WagtailCacheMixin

from .blocks import RICH_TEXT_FEATURES, BodyBlock
from .facts import say_figures
from .listing_filters import ListingFilterForm
from .minor_changes import MinorChange  # noqa: F401 - a model
from .navigation import tree as site_tree
from .navigation.every_language import translations_for_sitemap
from .page_form import CheckedPageForm, FigureCheckPanel, MinorChangePanel
from .panels import group
from .permissions import SecondFactorPolicy, TranslationPermissionTester  # noqa: F401 - a model

# The site-wide settings are a model of this app: Django registers them with its models.
from .site_settings import PortalSettings  # noqa: F401


class PortalPage(WagtailCacheMixin, Page):
    """What every public page shares: a short summary and the SEO panel.

    wagtail-cache's mixin marks pages behind a view restriction (and their password
    form) private, so that no shared cache ever keeps them.

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

    # Checks the text against the fields before a page is submitted or published.
    base_form_class = CheckedPageForm

    promote_panels = [
        group(_("Référencement"), "slug", "seo_title", "search_description"),
        FieldPanel("show_in_menus"),
    ]

    search_fields = Page.search_fields + [
        # The summary as readers see it, figures said.
        index.SearchField("summary_text"),
    ]

    # Set on a translation whose French text changed since a translator last synchronised
    # it; readers are told (see angers_intl/editorial/following_the_source.py).
    translation_behind_since = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return TranslationPermissionTester(user, self)

    def get_admin_display_title(self):
        """The title in the admin's page listings, marked while the translation's text is
        behind its French page."""
        title = super().get_admin_display_title()
        if self.translation_behind_since:
            return _("%(title)s (texte en retard sur le français)") % {"title": title}
        return title

    @property
    def meta_description(self):
        return self.search_description or self.summary_text

    @property
    def summary_text(self):
        """The summary as readers see it, its figures said by their fields
        (``live_figures()``, angers_intl/facts.py)."""
        return say_figures(self.summary, self.live_figures())

    @property
    def logo_alt_text(self):
        """Logos are named after the page, in the page's language."""
        return gettext("Logo : %(name)s") % {"name": self.acronym or self.title}

    # --- What the shell reads of every page type, each with its default ------------------
    # Page types override these; nothing reads a page type's attributes otherwise.

    # Fields of the page type that link to other pages (founded by, branch of): the site
    # tree records them, so both pages show the link (angers_intl/navigation/tree.py).
    linked_page_fields = ()
    # Shows every network and recognition at once (comparison, timeline): such pages are
    # purged with any of them (angers_intl/caching/plan.py).
    shows_every_organisation = False
    # The short name readers know an organisation by ("AFCCRE"): a field of the network
    # page types, none elsewhere.
    acronym = ""

    @property
    def year_for_sorting(self):
        """The year a section sorts its cards by ("année de création"); None sorts last."""
        return None

    def card_figure(self):
        """The one figure a card shows under the name: the first key figure by default."""
        figures = self.key_figures()
        return figures[0] if figures else None

    # Query parameters the page reads. Others are dropped before the page cache looks the
    # address up; a page given parameters it does not read is not stored.
    query_parameters = frozenset()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if set(request.GET) - self.query_parameters:
            response["Cache-Control"] = "no-cache"
        return response

    def get_view_restrictions(self):
        """Wagtail's own answer (this page's and its ancestors' restrictions, read from the
        database, never from a cache), asked once per page object: Wagtail's serve check
        and the page cache's privacy check both ask while serving one request, and each
        request has a page object of its own."""
        restrictions = self.__dict__.get("_view_restrictions_read")
        if restrictions is None:
            restrictions = super().get_view_restrictions()
            len(restrictions)  # evaluated now: asking again reads the result, not the database
            self.__dict__["_view_restrictions_read"] = restrictions
        return restrictions

    # Detail pages offer "previous / next" links to the pages of their section.
    show_sibling_navigation = False

    def live_figures(self):
        """The figures of the page's fields that its text may say with a placeholder
        ("{membres}"), as ``LiveFigure``s in the current language. None on a plain page."""
        return []

    def key_figures(self):
        """The figures worth a glance on cards and at the top of the page
        (angers_intl.facts.Fact, in the reader's language, biggest first). None on a
        plain page."""
        return []

    def facts(self, linked=None):
        """The facts of the "En bref" box, in order (``Fact``s). None on a plain page."""
        return []

    def figures_note(self):
        """Where the key figures come from, and when (see OrganisationIdentity)."""
        return ""

    def linked_pages(self, request):
        """Other pages the facts name, in the page's language (see networks)."""
        return {}

    @cached_classmethod
    def get_edit_handler(cls):
        """The same three tabs for every page type (Content, SEO, Publishing), built from
        the type's own panels, so that long pages stay readable and no type repeats them."""
        tabs = TabbedInterface(
            [
                ObjectList([FigureCheckPanel(), *cls.content_panels, MinorChangePanel()], heading=_("Contenu")),
                ObjectList(cls.promote_panels, heading=_("Référencement")),
                ObjectList(cls.settings_panels, heading=_("Publication"), classname="settings"),
            ],
            base_form_class=cls.base_form_class,
        )
        return tabs.bind_to_model(cls)

    def get_sitemap_urls(self, request=None):
        """This page in sitemap.xml, with each translation as an hreflang alternate and the
        French one as ``x-default``."""
        translations = translations_for_sitemap(request, self) if request is not None else [self]
        alternates = []
        if len(translations) > 1:
            alternates = [
                {"lang_code": page.locale.language_code, "location": page.get_full_url(request)}
                for page in translations
            ]
            source = next((a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None)
            if source:
                alternates.append({"lang_code": "x-default", "location": source["location"]})
        return [
            {
                "location": self.get_full_url(request),
                "lastmod": self.last_published_at or self.latest_revision_created_at,
                "alternates": alternates,
            }
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.show_sibling_navigation and self.pk:
            context["previous_page"], context["next_page"] = self.sibling_pages(request)
        return context

    def sibling_pages(self, request):
        """Previous and next live public pages of the same section, for reading on."""
        tree = site_tree.for_request(request)
        parent = tree.by_path.get(self.path[: -self.steplen]) if tree else None
        if parent is None:
            return None, None
        siblings = [node for node in tree.children(parent) if not node.restricted and node.pk != self.pk]
        before = [node for node in siblings if node.path < self.path]
        after = [node for node in siblings if node.path > self.path]
        return (before[-1] if before else None), (after[0] if after else None)

    def get_structured_data(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": self.title,
            "description": self.meta_description,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
        }


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
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("summary"), APIField("intro"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "networks.NetworkIndexPage",
        "recognitions.RecognitionIndexPage",
        "overview.ComparisonPage",
        "overview.TimelinePage",
        "overview.OpenDataPage",
        "StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")

    def get_context(self, request, *args, **kwargs):
        """The sections of the menu that list pages, each with its cards: one query per
        section type and one per listed page type, whatever their number."""
        context = super().get_context(request, *args, **kwargs)
        tree = site_tree.for_request(request)
        home = tree.by_pk.get(self.pk) if tree else None
        nodes = [n for n in tree.children(home) if n.show_in_menus and not n.restricted] if home else []
        pks_by_model = {}
        for node in nodes:
            pks_by_model.setdefault(apps.get_model(node.model), []).append(node.pk)
        found = {}
        for model, pks in pks_by_model.items():
            if issubclass(model, ListingIndexPage):
                found.update((page.pk, page) for page in model.objects.filter(pk__in=pks))
        indexes = [found[node.pk] for node in nodes if node.pk in found]
        listed = ListingIndexPage.pages_listed_by(indexes, tree)
        context["sections"] = [{"page": index, "items": listed[index.pk]} for index in indexes]
        # The pages that show every network and recognition (comparison, timeline, open
        # data): linked under the sections.
        context["overviews"] = (
            [
                node
                for node in tree.children(home)
                if node.model.startswith("overview.") and not node.restricted
            ]
            if home
            else []
        )
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

    show_in_footer = models.BooleanField(
        _("afficher dans le pied de page"),
        default=False,
        help_text=_(
            "Cochez pour les pages que le pied de chaque page doit lier (mentions légales, "
            "accessibilité, données personnelles, plan du site). Une nouvelle page n'y "
            "apparaît que si vous cochez cette case."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("show_site_map"),
    ]
    promote_panels = PortalPage.promote_panels + [FieldPanel("show_in_footer")]
    search_fields = PortalPage.search_fields + [index.SearchField("body")]
    api_fields = [APIField("summary"), APIField("body")]

    parent_page_types = ["HomePage", "StandardPage"]
    subpage_types = ["StandardPage"]

    class Meta:
        verbose_name = _("page éditoriale")
        verbose_name_plural = _("pages éditoriales")


class ListingIndexPage(PortalPage):
    """A section page that lists its children as cards, filtered and sorted from the URL.

    Subclasses name the page models they list in ``listed_models``; the children are
    fetched with one query per model, whatever their number.
    """

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("summary"), APIField("intro")]

    listed_models = ()
    query_parameters = frozenset(ListingFilterForm.base_fields)

    class Meta:
        abstract = True

    @staticmethod
    def pages_listed_by(indexes, tree):
        """{index pk: its live public children of its listed models}, one query per model.

        The logos come with the pages; their renditions from Wagtail's rendition cache.
        """
        listed = {section.pk: [] for section in indexes}
        parents_by_model = {}
        for section in indexes:
            for model in section.listed_models:
                parents_by_model.setdefault(model, []).append(section)
        for model, parents in parents_by_model.items():
            children = Q()
            for parent in parents:
                children |= Q(path__startswith=parent.path, depth=parent.depth + 1)
            for page in model.objects.live().filter(children).select_related("logo").order_by("path"):
                node = tree.by_pk.get(page.pk) if tree else None
                if tree is not None and (node is None or node.restricted):
                    continue
                parent = next(p for p in parents if page.path.startswith(p.path))
                listed[parent.pk].append(page)
        return listed

    def get_template(self, request, *args, **kwargs):
        # Wagtail names a template after each page type; every section page has one layout.
        return "layouts/listing_page.html"

    def listed_pages(self, request):
        return self.pages_listed_by([self], site_tree.for_request(request))[self.pk]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = self.listed_pages(request)
        form = ListingFilterForm(request.GET or None, pages=pages)
        context["filter_form"] = form
        context["listed_pages"] = form.apply(pages)
        context["total_count"] = len(pages)
        context["count_in_words"] = self.count_in_words(len(context["listed_pages"]))
        return context

    @staticmethod
    def count_in_words(count):
        """How many cards the section shows, named as the section names them ("5 réseaux")."""
        return ngettext("%(count)s page", "%(count)s pages", count) % {"count": count}

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", {}).get("filter_form")
        if form is not None and form.is_bound and not form.is_valid():
            response.status_code = 400
        return response
