"""Find the page of an address in the site tree instead of walking the tree in SQL.

Wagtail's router asks the database for the site's root in the visitor's language, then
for each segment of the address its child and that child's specific page: two queries a
level. The site tree (``tree.py``) already maps every live address to its page, so one
query fetches the specific page. Addresses the tree does not know (drafts, pages behind
a view restriction, 404s) go through Wagtail's own serve view.

The tree only finds the page: who may see it is decided as Wagtail decides it, by every
``before_serve_page`` hook, Wagtail's view-restriction check among them, which reads the
restrictions from the database on each request. A restriction added a moment ago is then
enforced even while the tree (kept up to an hour, shared by every worker) still lists the
page as public, or when a purge of the caches failed.
"""

from functools import cache

from django.apps import apps
from django.http import HttpResponse
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.images import get_image_model

from . import tree as site_tree


@cache
def _images_of(model):
    """The page's image fields (logos): fetched with the page, in the same query."""
    image_model = get_image_model()
    return tuple(
        field.name
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is image_model
    )


def page_of_address(request):
    """The live specific page the site tree maps the request's address to, or None."""
    tree = site_tree.for_request(request)
    node = tree.by_url.get(request.path) if tree else None
    if node is None or node.alias:
        # Aliases: Wagtail also checks the restrictions of the page they copy.
        return None
    model = apps.get_model(node.model)
    found = model.objects.select_related(*_images_of(model)).filter(pk=node.pk, live=True).order_by()[:1]
    return found[0] if found else None


def serve(request, path):
    """Wagtail's serve view (wagtail/views.py), step for step, given the page the site tree
    found: the ``on_serve_page`` chain around ``page.serve``, after every
    ``before_serve_page`` hook. Any other address is Wagtail's own serve view."""
    page = page_of_address(request)
    if page is None:
        return wagtail_views.serve(request, path)
    args, kwargs = (), {}
    on_serve_chain = wagtail_views.serve_chain
    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = wrap(on_serve_chain)
    for check in hooks.get_hooks("before_serve_page"):
        answer = check(page, request, args, kwargs)
        if isinstance(answer, HttpResponse):
            return answer
    return on_serve_chain(page, request, args, kwargs)
