"""Parts of pages rendered once per state of what they show, then kept by each worker.

A page's content changes when it is published; its links, official names and facts drawn
from other pages change when those are published; the footer changes with the site's
settings. Every such change starts a new generation of the site tree (see
``angers_intl.navigation.tree``), so a fragment kept under the generation its request read
is never older than the page cache itself, on any worker or node.

These are Wagtail's fragment tags (``wagtailcache``, ``wagtailpagecache``: previews are
never cached) that always vary on that generation and on the language, so that no
template can forget either. The HTML is kept in ``CACHES["template_fragments"]``.
"""

from django import template
from django.template import Variable
from django.utils.translation import get_language
from wagtail.templatetags.wagtail_cache import WagtailCacheNode, WagtailPageCacheNode

from angers_intl.navigation import tree as site_tree

register = template.Library()

VERSION_VAR = "portal_fragment_version"
SITE_VAR = "portal_fragment_site"


class _VersionedFragment:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.vary_on.append(Variable(VERSION_VAR))

    def render(self, context):
        request = context.get("request")
        current = site_tree.generation_of(request) if request is not None else None
        if current is None:
            # No request, or no site: nothing says when the fragment would be stale.
            return self.nodelist.render(context)
        with context.update({VERSION_VAR: f"{current}:{get_language()}"}):
            return super().render(context)


class SiteFragmentNode(_VersionedFragment, WagtailCacheNode):
    """A fragment that is the same on every page of a site and language (the footer)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.vary_on.append(Variable(SITE_VAR))

    def render(self, context):
        request = context.get("request")
        tree = site_tree.for_request(request) if request is not None else None
        if tree is None or tree.site is None:
            return self.nodelist.render(context)
        with context.update({SITE_VAR: tree.site.pk}):
            return super().render(context)


class PageFragmentNode(_VersionedFragment, WagtailPageCacheNode):
    """A fragment of one page (its content), kept until the page or the site changes:
    Wagtail adds the page's ``cache_key`` (id, address, last publication) and site."""


def _fragment_tag(name, node_class):
    def parse(parser, token):
        bits = token.split_contents()
        if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
            raise template.TemplateSyntaxError(f'Usage: {{% {name} "fragment name" %}}…{{% end{name} %}}')
        nodelist = parser.parse((f"end{name}",))
        parser.delete_first_token()
        # Kept no longer than the tree they read from (an explicit None would be forever).
        timeout = parser.compile_filter(str(site_tree.TREE_SECONDS))
        return node_class(nodelist, timeout, bits[1][1:-1], [], None)

    register.tag(name, parse)


_fragment_tag("site_fragment", SiteFragmentNode)
_fragment_tag("page_fragment", PageFragmentNode)

