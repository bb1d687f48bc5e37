"""How the editor lays fields out, and the kinds of optional field page types declare:
one way to write a panel group, a row and an optional text or link, for every page type."""

from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


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
