"""Views outside Wagtail's page tree: robots.txt, health checks, error pages, uploaded
images without a web server, and the guard on Wagtail's password forms. The search page
lives in angers_intl/search/."""

import logging

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.static import serve as static_serve
from wagtail.documents.views.serve import authenticate_with_password as document_authenticate_with_password
from wagtail.views import authenticate_with_password as wagtail_authenticate_with_password

logger = logging.getLogger(__name__)

@cache_control(max_age=86400)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def health(request):
    """Liveness, for process supervisors: the process answers. Nothing else is asked, so
    that a database outage does not get every node restarted."""
    return JsonResponse({"status": "ok"})


def ready(request):
    """Readiness, for load balancers: 200 when the database, the caches and the media
    storage answer, 503 (naming what failed) otherwise, so that traffic goes elsewhere."""
    import uuid

    from django.core.cache import caches
    from django.core.files.storage import default_storage

    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means "not ready"
        logger.warning("Readiness: the database does not answer", exc_info=True)
        checks["database"] = "error"
    for alias in ("default", "pages"):
        # A cache may swallow its errors (Redis with IGNORE_EXCEPTIONS): read back what was written.
        probe = uuid.uuid4().hex
        try:
            caches[alias].set("portal:readyz", probe, 30)
            checks[f"cache:{alias}"] = "ok" if caches[alias].get("portal:readyz") == probe else "error"
        except Exception:  # noqa: BLE001
            checks[f"cache:{alias}"] = "error"
    try:
        default_storage.exists("readyz")
        checks["storage"] = "ok"
    except Exception:  # noqa: BLE001
        logger.warning("Readiness: the media storage does not answer", exc_info=True)
        checks["storage"] = "error"
    ready_ = all(state == "ok" for state in checks.values())
    return JsonResponse({"status": "ok" if ready_ else "error", "checks": checks}, status=200 if ready_ else 503)


def page_not_found(request, exception=None):
    return render(request, "404.html", {"page_title": _("Page introuvable")}, status=404)


def server_error(request):
    """The 500 page in the visitor's language; it must not need the database."""
    template = loader.get_template("500.html")
    return HttpResponse(template.render({"request": request}), status=500)


def csrf_failure(request, reason=""):
    """A form sent without its security token: in the visitor's language, with a way on."""
    return render(request, "403_csrf.html", {"page_title": _("Formulaire expiré")}, status=403)


def counted_password_form(password_view, restriction_kind):
    """Wagtail's password form of a page or a private collection, counted by django-axes
    like the login forms.

    Wagtail checks these passwords itself, without Django's authentication, so axes would
    not see the guesses: each wrong password is reported as a failed login on the
    restriction (the "user name" axes counts), and a locked-out address gets axes' answer.
    """

    def view(request, *args, **kwargs):
        restriction_id = kwargs.get("page_view_restriction_id") or kwargs.get("restriction_id")
        credentials = {"username": f"{restriction_kind}-password:{restriction_id}"}
        if request.method == "POST" and not AxesProxyHandler.is_allowed(request, credentials):
            return login_locked_out(request, None, credentials)
        response = password_view(request, *args, **kwargs)
        # A right password redirects to the page or document; a wrong one shows the form again.
        if request.method == "POST" and response.status_code == 200:
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            if not AxesProxyHandler.is_allowed(request, credentials):
                return login_locked_out(request, None, credentials)
        return response

    return view


authenticate_with_password = counted_password_form(wagtail_authenticate_with_password, "page")
authenticate_with_collection_password = counted_password_form(document_authenticate_with_password, "collection")


def uploaded_image(request, folder, path):
    """An uploaded image or one of its renditions, when no web server serves MEDIA_ROOT
    (development, `make serve`). Each folder is its own root, so that no ``..`` in the
    address reaches the documents next to them."""
    if not (settings.DEBUG or settings.SERVE_MEDIA):
        raise Http404
    return static_serve(request, path, document_root=settings.MEDIA_ROOT / folder)


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: a page in the visitor's language that
    says for how long, with axes' status (429)."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    return render(
        request,
        "lockout.html",
        {"page_title": _("Connexion bloquée"), "cooloff_minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
