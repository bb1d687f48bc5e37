"""Validators shared by the page types, with messages in the editor's language."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

FIRST_YEAR = 1800


def validate_year(value):
    """A founding or award year: from 1800 to next year at the latest."""
    if value is None:
        return
    last_year = datetime.date.today().year + 1
    if not FIRST_YEAR <= value <= last_year:
        raise ValidationError(
            _("Saisissez une année comprise entre %(first)s et %(last)s."),
            code="year_out_of_range",
            params={"first": FIRST_YEAR, "last": last_year},
        )


validate_web_url = URLValidator(
    schemes=["http", "https"],
    message=_("Saisissez une adresse web complète commençant par http:// ou https://."),
)
