"""Rendered rich text, cut for a short screen."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def lead_and_rest(html):
    """(first paragraph, the paragraphs after it) of rendered rich text: the home page
    shows the first and folds the rest behind "Lire la suite". Text not already marked safe
    is escaped first, so that only safe HTML is cut."""
    html = str(conditional_escape(html))
    end = html.find("</p>")
    if end == -1:
        return mark_safe(html), ""
    end += len("</p>")
    return mark_safe(html[:end]), mark_safe(html[end:].strip())
