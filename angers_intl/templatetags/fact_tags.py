"""Facts on the page: the key figures band and the "En bref" box of a page (each page type
decides its facts and their words, see angers_intl/facts.py), the language of a linked
site in the reader's words, and official names marked with their language."""

from django import template
from django.utils.translation import get_language

from angers_intl import official_names
from angers_intl.choices import IN_LANGUAGE
from angers_intl.facts import say_figures_in_html

register = template.Library()


@register.inclusion_tag("components/key_figures.html")
def key_figures(page):
    return {"figures": page.key_figures(), "note": page.figures_note()}


@register.inclusion_tag("components/facts.html", takes_context=True)
def facts(context, page):
    """The "En bref" box, when the page has facts or a website to give."""
    return {"page": page, "facts": page.facts(page.linked_pages(context.get("request")))}


@register.simple_tag
def key_figure(page):
    """The one figure a card shows (``PortalPage.card_figure()``)."""
    return page.card_figure()


@register.filter
def in_language(code):
    """ "en anglais" / "in English": the language of a linked site, in the reader's words."""
    return IN_LANGUAGE.get(code, "")


@register.filter
def mark_official_names(text):
    """Give official names written in another language their own ``lang`` attribute."""
    return official_names.mark_official_names(text, get_language())


@register.filter
def with_live_figures(html, page):
    """Rich text with its figures said by the page's fields ("{membres}" → "plus de 210")."""
    live_figures = getattr(page, "live_figures", None)
    return say_figures_in_html(html, live_figures()) if live_figures else html
