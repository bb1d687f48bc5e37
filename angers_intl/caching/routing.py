"""Find the page of an address in the site tree instead of walking the tree in SQL.

Wagtail's router asks the database for the site's root in the visitor's language, then
for each segment of the address its child and that child's specific page: two queries a
level. The site tree (``tree.py``) already maps every live address to its page, so one
query fetches the specific page. Addresses the tree does not know (drafts, pages behind
a view restriction, 404s) go through Wagtail's router as before.
"""

from django.apps import apps
from wagtail import views as wagtail_views
from wagtail.url_routing import RouteResult

from . import tree as site_tree


def serve(request, path):
    site_tree_ = site_tree.for_request(request)
    node = site_tree_.by_url.get(request.path) if site_tree_ else None
    if node is not None and not node.restricted:
        page = apps.get_model(node.model).objects.filter(pk=node.pk, live=True).first()
        if page is not None:
            # Known public: Wagtail's view-restriction check need not ask the database.
            page.has_no_view_restrictions = True
            # Wagtail's serve view (and its userbar) read the route from here.
            request._wagtail_route_for_request = RouteResult(page)
    return wagtail_views.serve(request, path)
