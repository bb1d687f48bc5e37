"""What the admin's delete screen says a deletion takes with it."""

from django import template

from angers_intl.editorial.deletion import translations_deleted_with

register = template.Library()


@register.simple_tag
def translations_deleted_along(page):
    """The translations deleted with ``page`` (angers_intl/editorial/deletion.py)."""
    return translations_deleted_with(page)
