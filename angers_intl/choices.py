"""The choices the page types share: where an organisation acts, on which theme, which language a name or
a website is in, how far the portal meets the accessibility standard."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Scope(models.TextChoices):
    """Where an organisation acts. The labels agree with « portée », the word they follow in
    every fact, filter and column (« Portée : européenne »)."""

    REGIONAL = "regional", _("régionale")
    NATIONAL = "national", _("nationale")
    EUROPEAN = "european", _("européenne")
    WORLDWIDE = "worldwide", _("mondiale")


class Theme(models.TextChoices):
    """What a thematic network is about (its section page filters by it)."""

    CLIMATE_ENERGY = "climate_energy", _("climat et énergie")
    EDUCATION = "education", _("éducation")
    ENVIRONMENT = "environment", _("environnement")
    SOLIDARITY = "solidarity", _("solidarité internationale")
    HEALTH = "health", _("santé et bien-vieillir")


class NameLanguage(models.TextChoices):
    """Languages an official name or a website may be in, to mark it with the right
    ``lang``; each is named in its own language, as a reader who knows it would say it."""

    FRENCH = "fr", "français"
    ENGLISH = "en", "English"
    GERMAN = "de", "Deutsch"
    SPANISH = "es", "español"
    ITALIAN = "it", "italiano"
    CATALAN = "ca", "català"


# "(en anglais)" beside a link to a site in another language than the page's, in the
# reader's words.
IN_LANGUAGE = {
    NameLanguage.FRENCH: _("en français"),
    NameLanguage.ENGLISH: _("en anglais"),
    NameLanguage.GERMAN: _("en allemand"),
    NameLanguage.SPANISH: _("en espagnol"),
    NameLanguage.ITALIAN: _("en italien"),
    NameLanguage.CATALAN: _("en catalan"),
}


class AccessibilityStatus(models.TextChoices):
    FULL = "full", _("totalement conforme")
    PARTIAL = "partial", _("partiellement conforme")
    NONE = "none", _("non conforme")
