"""The identity networks and recognitions share: how an organisation is named, where it
is, and since when Angers takes part. One declaration of the fields, with their panel,
search and API fields, so that both page types read, index and publish them the same way.
"""

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .blocks import BodyBlock
from .choices import NameLanguage, Scope
from .facts import BodyField, Fact, FactsField, LiveFigure, SummaryField, other_language
from .panels import group, optional_link, optional_text, row
from .validators import validate_web_url, validate_year


class OrganisationIdentity(models.Model):
    own_language_name = optional_text(
        _("nom dans sa langue"),
        _(
            "Le nom officiel dans la langue de l'organisation, par exemple « Cités Unies France » "
            "ou « Tree Cities of the World »."
        ),
    )
    own_language = models.CharField(
        _("langue de ce nom"), max_length=5, choices=NameLanguage.choices, default=NameLanguage.FRENCH
    )
    website = models.URLField(_("site officiel"), blank=True, max_length=500, validators=[validate_web_url])
    website_language = models.CharField(
        _("langue du site officiel"),
        max_length=5,
        choices=NameLanguage.choices,
        blank=True,
        help_text=_("Indiquée aux lecteurs quand elle diffère de celle de la page."),
    )
    logo = optional_link(
        "wagtailimages.Image",
        _("logo"),
        _("Son texte alternatif est la description de l'image."),
    )
    scope = models.CharField(_("portée"), max_length=20, choices=Scope.choices, blank=True)
    angers_since = models.PositiveSmallIntegerField(
        _("Angers y participe depuis"), null=True, blank=True, validators=[validate_year]
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("présentation"))
    figures_source = optional_text(
        _("source des chiffres"),
        _(
            "Qui les donne : l'organisation elle-même pour ses propres chiffres (« Eurocities »), la Ville "
            "d'Angers pour ce qu'elle seule indique ; la page l'indique sous les chiffres clés."
        ),
    )
    facts_source = optional_text(
        _("source des informations"),
        _(
            "Qui dit ce que donnent l'encadré « En bref » et le texte, par exemple « la Ville d'Angers » ; "
            "la page l'indique sous l'encadré."
        ),
    )
    figures_year = models.PositiveSmallIntegerField(
        _("année des chiffres"),
        null=True,
        blank=True,
        validators=[validate_year],
        help_text=_("L'année à laquelle les chiffres se rapportent (« données 2024 »)."),
    )

    # The name in the organisation's own language is copied from the French page rather than
    # offered to translators ("Cités Unies France" is not text to translate); a translator
    # may still override it where English readers know another name. wagtail-localize's
    # declared way: ``override_translatable_fields`` (its fields.get_translatable_fields).
    override_translatable_fields = [SynchronizedField("own_language_name", overridable=True)]

    # Each page type adds its own fields around these.
    identity_search_fields = [
        index.SearchField("own_language_name", boost=2),
        index.SearchField("body"),
        index.FilterField("scope"),
    ]
    identity_api_fields = (
        "own_language_name",
        "own_language",
        "scope",
        "angers_since",
        "website",
        "logo",
        "body",
    )

    class Meta:
        abstract = True

    @staticmethod
    def identity_api(*names):
        """The API fields of a page type: its own ``names``, the shared ones, and the facts
        its readers see (``facts()``, in the page's language)."""
        said = {"summary": SummaryField, "body": BodyField}  # their figures said by the fields
        fields = [
            APIField(name, serializer=said[name]()) if name in said else APIField(name)
            for name in (*names, *OrganisationIdentity.identity_api_fields)
        ]
        return [*fields, APIField("facts", serializer=FactsField())]

    @staticmethod
    def figures_source_panel():
        return group(_("Sources"), row("figures_source", "figures_year"), "facts_source")

    def since_figure(self):
        """ "{depuis}": the year Angers joined or obtained it."""
        return LiveFigure(
            "depuis", gettext("Angers y participe depuis"), self.angers_since, str(self.angers_since or "")
        )

    def figures_note(self):
        """Where the key figures come from and when: "Selon Cités Unies France, données 2024"."""
        if self.figures_source and self.figures_year:
            return gettext("Selon %(source)s, données %(year)s") % {
                "source": self.figures_source,
                "year": self.figures_year,
            }
        if self.figures_source:
            return gettext("Selon %(source)s") % {"source": self.figures_source}
        if self.figures_year:
            return gettext("Données %(year)s") % {"year": self.figures_year}
        return ""

    def facts_note(self):
        """Who says what the "En bref" box says: "Selon la Ville d'Angers"."""
        return gettext("Selon %(source)s") % {"source": self.facts_source} if self.facts_source else ""

    @property
    def shows_own_language_name(self):
        """The name in its own language, under the title, when it says something else."""
        same = self.own_language_name.replace("’", "'").casefold() == self.title.replace("’", "'").casefold()
        return bool(self.own_language_name) and not same

    def official_name_fact(self):
        """The name in its own language, unless it only repeats the page's title."""
        if self.shows_own_language_name:
            return Fact(_("Nom officiel"), self.own_language_name, other_language(self.own_language))
        return None

    def scope_fact(self):
        return Fact(_("Portée"), capfirst(self.get_scope_display())) if self.scope else None

    @staticmethod
    def identity_panel(*first, logo_heading=None):
        """The "Identité" group: ``first`` (an acronym, say), the name in its own
        language, the logo (called ``logo_heading`` where another word fits better) and
        the website."""
        return group(
            _("Identité"),
            *first,
            row("own_language_name", "own_language"),
            FieldPanel("logo", heading=logo_heading or ""),
            row("website", "website_language"),
        )
