"""What the unit tests build pages with, without a database."""

from django.contrib.contenttypes.models import ContentType


def unsaved(model, **fields):
    """A page in memory. Wagtail looks up a new page's content type in the database; a
    stand-in keeps these tests away from it."""
    stand_in = ContentType(pk=1, app_label=model._meta.app_label, model=model._meta.model_name)
    return model(content_type=stand_in, **fields)
