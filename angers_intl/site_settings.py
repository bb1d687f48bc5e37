"""The site-wide settings editors keep in "Réglages du portail": the accessibility status
and the contact of the international relations service, shown in every footer."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .choices import AccessibilityStatus
from .panels import group, optional_link, row


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
    contact_service = models.CharField(
        _("service à contacter"),
        max_length=200,
        blank=True,
        default="Relations internationales, Ville d'Angers",
        help_text=_("Le service qui répond aux lecteurs, tel que les pages françaises le nomment."),
    )
    contact_service_en = models.CharField(
        _("service à contacter, en anglais"),
        max_length=200,
        blank=True,
        default="International relations, City of Angers",
        help_text=_("Le même service, tel que les pages anglaises le nomment."),
    )
    contact_email = models.EmailField(_("adresse électronique de contact"), blank=True)
    contact_phone = models.CharField(_("téléphone de contact"), max_length=30, blank=True)
    postal_address = models.TextField(_("adresse postale"), blank=True)
    accessibility_page = optional_link(
        "wagtailcore.Page",
        _("déclaration d'accessibilité"),
        _("La page liée depuis l'accueil et le pied de page, dans la langue du lecteur."),
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
        group(
            _("Contact des relations internationales, en pied de page et sous chaque réseau et distinction"),
            row("contact_service", "contact_service_en"),
            row("contact_email", "contact_phone"),
            "postal_address",
        ),
    ]

    class Meta:
        verbose_name = _("réglages du portail")
        # Django's plural adds an "s" to the whole name ("réglages du portails").
        verbose_name_plural = _("réglages du portail")

    def contact_service_in(self, language):
        """The service's name in ``language`` (the French name when it has no other)."""
        if language != settings.LANGUAGE_CODE and self.contact_service_en:
            return self.contact_service_en
        return self.contact_service

    @property
    def contact_phone_uri(self):
        """The phone number as a link that works from abroad too: "02 41 05 40 00" is
        tel:+33241054000."""
        digits = "".join(ch for ch in self.contact_phone if ch.isdigit())
        if self.contact_phone.strip().startswith("+"):
            return f"tel:+{digits}"
        if len(digits) == 10 and digits.startswith("0"):
            return f"tel:+33{digits[1:]}"
        return f"tel:{digits}"

    @property
    def has_contact(self):
        return bool(self.contact_email or self.contact_phone or self.postal_address)
