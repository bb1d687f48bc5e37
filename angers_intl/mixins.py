"""What networks and recognitions share: how an organisation is named, where it is, and
since when Angers takes part. One declaration of the fields, with their panel, search and
API fields, so that both page types read, index and publish them the same way; and the
words their facts are said in: each page type's ``key_figures()`` and ``facts()`` return
``Fact``s, which templates/components/key_figures.html and facts.html render as they are.
"""

from dataclasses import dataclass

from django.db import models
from django.db.models.query_utils import DeferredAttribute
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from .blocks import BodyBlock
from .choices import NameLanguage, Scope
from .editorial.validators import validate_web_url, validate_year
from .opendata.fields import FactsField


def panel(item):
    return FieldPanel(item) if isinstance(item, str) else item


def group(heading, *items):
    """Fields that belong together in the editor, under ``heading`` (a name stands for its
    FieldPanel)."""
    return MultiFieldPanel([panel(item) for item in items], heading=heading)


def row(*items):
    """Short fields side by side."""
    return FieldRowPanel([panel(item) for item in items])


def optional_text(verbose_name, help_text=""):
    """A line of text editors may leave empty."""
    return models.CharField(verbose_name, max_length=255, blank=True, help_text=help_text)


def optional_link(to, verbose_name, help_text):
    """A link to another page or an image that editors may leave empty; deleting what it
    points to empties it rather than deleting the page."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


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
        _("Qui les donne, par exemple « Cités Unies France » ; la page l'indique sous les chiffres clés."),
    )
    figures_year = models.PositiveSmallIntegerField(
        _("année des chiffres"),
        null=True,
        blank=True,
        validators=[validate_year],
        help_text=_("L'année à laquelle les chiffres se rapportent (« données 2024 »)."),
    )

    # Each page type adds its own fields around these.
    identity_search_fields = [
        index.SearchField("own_language_name", boost=2),
        index.SearchField("body"),
        index.FilterField("scope"),
    ]
    identity_api_fields = ("own_language_name", "own_language", "scope", "angers_since", "website", "logo", "body")

    class Meta:
        abstract = True

    @staticmethod
    def identity_api(*names):
        """The API fields of a page type: its own ``names``, the shared ones, and the facts
        its readers see (``facts()``, in the page's language)."""
        fields = [APIField(name) for name in (*names, *OrganisationIdentity.identity_api_fields)]
        return [*fields, APIField("facts", serializer=FactsField())]

    @staticmethod
    def figures_source_panel():
        return group(_("Source des chiffres"), row("figures_source", "figures_year"))

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


def synchronise_names(model):
    """Give ``model`` wagtail-localize's own choice of translatable fields, except that
    the acronym and the name in the organisation's own language are copied from the French
    page instead of being offered to translators: "AFCCRE" is not text to translate. A
    translator may still override one where English readers know another (CGLU / UCLG)."""
    # A recognition's acronym is a property, not a field.
    names = [n for n in ("acronym", "own_language_name") if isinstance(getattr(model, n, None), DeferredAttribute)]
    fields = [field for field in get_translatable_fields(model) if field.field_name not in names]
    model.translatable_fields = [*fields, *(SynchronizedField(name, overridable=True) for name in names)]


@dataclass(frozen=True)
class Fact:
    """One fact as a reader sees it: what it is, its value (text, or HTML built with
    format_html below), and the value's language where it is not the page's."""

    label: str
    value: str
    lang: str = ""


def facts(*candidates):
    """The facts that apply, in order (a page type lists ``None`` for a missing one)."""
    return [fact for fact in candidates if fact is not None]


def other_language(code):
    """``code`` when a passage in that language needs its own ``lang`` attribute."""
    return code if code and code != get_language() else ""


def page_link(page):
    return format_html('<a href="{}">{}</a>', page.url, page.title)


def inline_list(items, item_html):
    """``items`` as one short list on a line, each written by ``item_html(item)``."""
    entries = format_html_join("", "<li>{}</li>", ((item_html(item),) for item in items))
    return format_html('<ul class="inline-list">{}</ul>', entries)


def with_year(text, year):
    return format_html("{} ({})", text, year) if year else text


def population_in_words(value, minimum=False):
    """A head count in words; a ``minimum`` is said as such ("plus d'un milliard
    d'habitants", "over 1 billion inhabitants")."""
    if value in (None, ""):
        return ""
    value = int(value)
    if minimum:
        if value == 1_000_000_000:
            return gettext("plus d’un milliard d’habitants")
        return gettext("plus de %(population)s") % {"population": population_in_words(value)}
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
    return gettext("plus de %(n)s") % {"n": grouped(value)}


def grouped(value):
    """1500 → "1 500" in French, "1,500" in English."""
    return number_format(value, force_grouping=True)


def country_figure(count):
    return Fact(ngettext("pays", "pays", count), str(count))


def founding_figure(year):
    return Fact(gettext("année de création"), str(year))
