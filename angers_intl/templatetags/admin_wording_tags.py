"""What the portal's overrides of Wagtail's admin templates need to name things as staff
know them (see angers_intl/upstream.py for the overrides)."""

from django import template
from django.apps import apps

register = template.Library()


@register.filter
def app_verbose_name(app_label):
    """The section of the portal an application stands for ("Reconnaissances
    internationales"), not its code label ("recognitions")."""
    try:
        return apps.get_app_config(app_label).verbose_name
    except LookupError:
        return app_label
