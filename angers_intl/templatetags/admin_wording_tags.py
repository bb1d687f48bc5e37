"""What the portal's overrides of Wagtail's admin templates need to name things as staff
know them (see angers_intl/upstream.py for the overrides)."""

from django import template
from django.apps import apps

from angers_intl.editorial import admin_wording

register = template.Library()


@register.filter
def app_verbose_name(app_label):
    """The section of the portal an application stands for ("Reconnaissances
    internationales"), not its code label ("recognitions")."""
    try:
        return apps.get_app_config(app_label).verbose_name
    except LookupError:
        return app_label


@register.filter
def permission_name(permission, library_label=None):
    """A right of a group named in French (see admin_wording.permission_name)."""
    return admin_wording.permission_name(permission, library_label)


@register.filter
def option_permission_name(option):
    """The French name of the right a checkbox of a permission field stands for."""
    return admin_wording.permission_name(option.data["value"].instance)


@register.filter
def permissions_object_name(content_perms):
    """The French name of what one row of Wagtail's "object permissions" table applies to
    (the row gives its rights, each with its content type)."""
    rights = [content_perms[action]["perm"] for action in ("add", "change", "delete") if action in content_perms]
    rights += [custom["perm"] for custom in content_perms.get("custom", [])]
    if not rights:
        return content_perms.get("object", "")
    return admin_wording.permission_object_name(rights[0].content_type)
