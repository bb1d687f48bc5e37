"""What the public site serves outside Wagtail's page tree: robots.txt, /favicon.ico, the error pages,
and uploaded images when no web server serves them. The sitemap is in sitemap.py, the
search page in angers_intl/search/, the health checks in angers_intl/operations/."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.static import serve as static_serve
from wagtail.models import Site


@cache_control(max_age=86400)
def robots_txt(request):
    # The sitemap's address comes from the Site record, not from the request: a visitor's
    # Host or X-Forwarded-Proto must not end up in a copy every crawler is then served.
    site = Site.find_for_request(request)
    sitemap = (site.root_url if site else "") + reverse("sitemap")
    lines = ["User-agent: *", "Disallow: /admin/", "", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@cache_control(public=True, max_age=86400)
def favicon(request):
    """/favicon.ico, which browsers, feed readers and bookmarks ask for whatever the pages'
    <link rel="icon"> says: the portal's icon (static/img/favicon.ico, the SVG's design)."""
    path = finders.find("img/favicon.ico")
    if path is None:
        raise Http404
    with open(path, "rb") as icon:
        return HttpResponse(icon.read(), content_type="image/vnd.microsoft.icon")


def page_not_found(request, exception=None):
    return render(request, "404.html", {"page_title": _("Page introuvable")}, status=404)


def server_error(request):
    """The 500 page in the visitor's language; it must not need the database."""
    template = loader.get_template("500.html")
    return HttpResponse(template.render({"request": request}), status=500)


def csrf_failure(request, reason=""):
    """A form sent without its security token: in the visitor's language, with a way on."""
    return render(request, "403_csrf.html", {"page_title": _("Formulaire expiré")}, status=403)


def uploaded_image(request, folder, path):
    """An uploaded image or one of its renditions, when no web server serves MEDIA_ROOT
    (development, `make serve`). Each folder is its own root, so that no ``..`` in the
    address reaches the documents next to them."""
    if not (settings.DEBUG or settings.SERVE_MEDIA):
        raise Http404
    return static_serve(request, path, document_root=settings.MEDIA_ROOT / folder)
