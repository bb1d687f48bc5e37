"""Every external address the live pages show, found by walking the fields of every page
type rather than by naming them: a URL field, a rich text field (the ``<a href>`` of its
HTML), a StreamField (its rich text and URL blocks, at any depth), and the same fields on
the objects a page holds in an inline panel. A page type that gains a URL field is covered
without a change here.

External means http or https, on another host than the portal's own sites (Wagtail's
Site records and WAGTAILADMIN_BASE_URL).
"""

from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db import models
from django.utils import translation
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Site, get_page_models

WEB_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalised(address):
    """``address`` as the check records it (no fragment, no surrounding spaces), or None
    when it is not an absolute http(s) address with a host."""
    try:
        parts = urlsplit(address.strip())
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except (ValueError, AttributeError):
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


def host_of(address):
    return (urlsplit(address).hostname or "").lower()


class OwnSites:
    """The portal's own addresses: a link to one of them is not a partner link."""

    def __init__(self):
        self.addresses = set()
        for site in Site.objects.all():
            self.addresses.add((site.hostname.lower(), site.port))
        base = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "")
        if base.hostname:
            self.addresses.add((base.hostname.lower(), base.port or DEFAULT_PORTS.get(base.scheme, 80)))

    def __contains__(self, address):
        parts = urlsplit(address)
        host = (parts.hostname or "").lower()
        port = parts.port or DEFAULT_PORTS[parts.scheme]
        for own_host, own_port in self.addresses:
            if host != own_host:
                continue
            # A site on the standard ports is the same site in http and https.
            if port == own_port or (own_port in (80, 443) and port in (80, 443)):
                return True
        return False


class _Hrefs(HTMLParser):
    """The addresses of the ``<a href>`` of a rich text; Wagtail's links to pages and
    documents carry a ``linktype`` and an id instead."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href") and "linktype" not in attributes:
            self.found.append(attributes["href"])


def addresses_in_html(html):
    parser = _Hrefs()
    parser.feed(html or "")
    parser.close()
    return parser.found


def addresses_in_block(block, value):
    """The addresses a block's value shows: its rich texts' links and its URLs, at any depth."""
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield from addresses_in_html(getattr(value, "source", value))
    elif isinstance(block, blocks.URLBlock):
        if value:
            yield value
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from addresses_in_block(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from addresses_in_block(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from addresses_in_block(child.block, child.value)


def addresses_in_object(instance):
    """(field label, address) for every address the fields of ``instance`` show."""
    for field in instance._meta.concrete_fields:
        label = str(field.verbose_name)
        value = getattr(instance, field.attname, None)
        if not value:
            continue
        if isinstance(field, models.URLField):
            yield label, value
        elif isinstance(field, RichTextField):
            for address in addresses_in_html(value):
                yield label, address
        elif isinstance(field, StreamField):
            for child in value:
                for address in addresses_in_block(child.block, child.value):
                    yield f"{label} › {child.block.label}", address


def addresses_on_page(page):
    """(field label, address) for every address ``page`` (a specific page) shows, its
    inline objects' included."""
    yield from addresses_in_object(page)
    for relation in get_all_child_relations(type(page)):
        for child in getattr(page, relation.get_accessor_name()).all():
            for label, address in addresses_in_object(child):
                yield f"{child._meta.verbose_name} › {label}", address


def external_links():
    """{address: {(page id, field label)}} for every external address the live pages of
    every language show. Labels are in French, the admin's language."""
    own = OwnSites()
    found = defaultdict(set)
    with translation.override(settings.LANGUAGE_CODE):
        for model in get_page_models():
            for page in model.objects.exact_type(model).live().order_by("path"):
                for label, raw in addresses_on_page(page):
                    address = normalised(raw)
                    if address and address not in own:
                        found[address].add((page.pk, label[:200]))
    return dict(found)
