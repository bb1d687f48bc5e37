"""What networks and recognitions share: how an organisation is named, where it is, and
since when Angers takes part. One declaration of the fields, with their panel, search and
API fields, so that both page types read, index and publish them the same way; and the
words their key figures are said in (each page type's ``key_figures()`` picks the figures).
"""

from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from .blocks import BodyBlock
from .choices import NameLanguage, Scope
from .editorial.validators import validate_web_url, validate_year


class OrganisationIdentity(models.Model):
    own_language_name = models.CharField(
        _("nom dans sa langue"),
        max_length=255,
        blank=True,
        help_text=_(
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
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Son texte alternatif est la description de l'image."),
    )
    scope = models.CharField(_("portée"), max_length=20, choices=Scope.choices, blank=True)
    angers_since = models.PositiveSmallIntegerField(
        _("Angers y participe depuis"), null=True, blank=True, validators=[validate_year]
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("présentation"))

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
    def identity_panel(*first, logo_heading=None):
        """The "Identité" group: ``first`` (an acronym, say), the name in its own
        language, the logo (called ``logo_heading`` where another word fits better) and
        the website."""
        return MultiFieldPanel(
            [
                *first,
                FieldRowPanel([FieldPanel("own_language_name"), FieldPanel("own_language")]),
                FieldPanel("logo", heading=logo_heading or ""),
                FieldRowPanel([FieldPanel("website"), FieldPanel("website_language")]),
            ],
            heading=_("Identité"),
        )


def population_in_words(value):
    if value in (None, ""):
        return ""
    value = int(value)
    if value >= 1_000_000_000 and value % 100_000_000 == 0:
        count = value / 1_000_000_000
        shown = number_format(count, decimal_pos=0 if count.is_integer() else 1)
        return ngettext("%(n)s milliard d’habitants", "%(n)s milliards d’habitants", int(count)) % {
            "n": shown
        }
    if value >= 1_000_000 and value % 100_000 == 0:
        count = value / 1_000_000
        shown = number_format(count, decimal_pos=0 if count.is_integer() else 1)
        return ngettext("%(n)s million d’habitants", "%(n)s millions d’habitants", int(count)) % {"n": shown}
    return ngettext("%(n)s habitant", "%(n)s habitants", value) % {
        "n": number_format(value, force_grouping=True)
    }


def at_least(value):
    """A minimum count as readers say it: "plus de 1 500", "over 1,500"."""
    return gettext("plus de %(n)s") % {"n": number_format(value, force_grouping=True)}


def country_figure(count):
    return {"value": str(count), "label": ngettext("pays", "pays", count)}


def founding_figure(year):
    return {"value": str(year), "label": gettext("année de création")}
