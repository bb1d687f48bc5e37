"""Find the page of an address in the site tree instead of walking the tree in SQL.

Wagtail's router asks the database for the site's root in the visitor's language, then
for each segment of the address its child and that child's specific page: two queries a
level. The site tree (``tree.py``) already maps every live address to its page, so one
query fetches the specific page. Addresses the tree does not know (drafts, pages behind
a view restriction, 404s) go through Wagtail's router as before.
"""

from functools import cache

from django.apps import apps
from wagtail import views as wagtail_views
from wagtail.images import get_image_model
from wagtail.url_routing import RouteResult

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


def serve(request, path):
    site_tree_ = site_tree.for_request(request)
    node = site_tree_.by_url.get(request.path) if site_tree_ else None
    if node is not None and not node.restricted and not node.alias:
        model = apps.get_model(node.model)
        page = model.objects.select_related(*_images_of(model)).filter(pk=node.pk, live=True).order_by()[:1]
        page = page[0] if page else None
        if page is not None:
            # Known public: Wagtail's view-restriction check need not ask the database.
            page.has_no_view_restrictions = True
            # Wagtail's serve view (and its userbar) read the route from here.
            request._wagtail_route_for_request = RouteResult(page)
    return wagtail_views.serve(request, path)
