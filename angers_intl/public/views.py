"""What the public site serves outside Wagtail's page tree: robots.txt, the error pages,
and uploaded images when no web server serves them. The sitemap is in sitemap.py, the
search page in angers_intl/search/, the health checks in angers_intl/operations/."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.static import serve as static_serve


@cache_control(max_age=86400)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


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
