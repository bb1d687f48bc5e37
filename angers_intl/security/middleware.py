"""What guards every request besides Django's and Wagtail's own middleware: the methods
allowed, the Content-Security-Policy, staff sessions that expire, and the visitor's
address as django-axes counts it. (Each request's id is given in
angers_intl/operations/request_log.py.)"""

import ipaddress
import json
import time

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed
from django.utils.translation import gettext as _


def client_address(request):
    """The visitor's address, for django-axes' lock-outs.

    Each of the TRUSTED_PROXY_COUNT proxies in front of the portal appends the address it
    received the request from to X-Forwarded-For, and the last one is REMOTE_ADDR: the
    visitor is the address that many places from the right. Whatever a visitor writes in
    the header themselves stays further left, so it cannot choose its own lock-out.
    (django-ipware counts proxies differently and gives no address at all when a visitor
    sends the header, which would put all such visitors under one lock-out.)
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if not count:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    chain = [*forwarded, remote]
    chosen = chain[max(0, len(chain) - 1 - count)]
    try:
        # Only a proxy count set too high lets a visitor's own text get here.
        return str(ipaddress.ip_address(chosen))
    except ValueError:
        return remote


class AllowedMethodsMiddleware:
    """Answer 405 to the methods no view of the portal uses (TRACE, CONNECT, PUT…).

    In the admin, wagtail-localize's translation editor saves each translated segment with
    PUT and clears it with DELETE, and Wagtail records that a staff member has seen what is
    new in a menu (the help menu's badge) with PATCH on its "dismissibles" address, and
    nowhere else. All of them stay behind the admin's sign-in and CSRF check."""

    ALLOWED = ("GET", "HEAD", "POST", "OPTIONS")
    ADMIN_ALLOWED = (*ALLOWED, "PUT", "DELETE")
    DISMISSIBLES_PATH = "/admin/dismissibles/"
    DISMISSIBLES_ALLOWED = (*ALLOWED, "PATCH")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path == self.DISMISSIBLES_PATH:
            allowed = self.DISMISSIBLES_ALLOWED
        elif path.startswith("/admin/"):
            allowed = self.ADMIN_ALLOWED
        else:
            allowed = self.ALLOWED
        if request.method not in allowed:
            return HttpResponseNotAllowed(allowed)
        if request.method == "PATCH" and not self.is_json_object(request.body):
            # Wagtail's view updates the staff member's record with whatever JSON it gets,
            # and fails on anything but an object.
            return HttpResponseBadRequest(_("Requête invalide : un objet JSON est attendu."))
        return self.get_response(request)

    # What Wagtail's admin sends: a few flags such as {"whats-new-in-wagtail-7.4": true}.
    # Anything larger would only grow the staff member's own record, a little more on each
    # request; anything deeper makes the JSON parser recurse until it fails.
    DISMISSIBLES_MAX_BYTES = 2048

    @classmethod
    def is_json_object(cls, body):
        if len(body) > cls.DISMISSIBLES_MAX_BYTES:
            return False
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            return False
        return isinstance(value, dict) and all(
            isinstance(item, bool | int | float | str) and len(str(item)) <= 200 for item in value.values()
        )


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with two policies: the strict public one, and the admin's.

    Documents are served as they were uploaded (a PDF opens in the browser's viewer), so
    they get neither; pages get a Permissions-Policy too.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if parts.config is None and request.path_info.startswith("/admin/"):
            policy = (
                settings.ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY
                if report_only
                else settings.ADMIN_CONTENT_SECURITY_POLICY
            )
            return PolicyParts(policy["DIRECTIVES"], parts.update, parts.replace, parts.nonce)
        return parts

    def process_response(self, request, response):
        if request.path_info.startswith("/documents/"):
            return response
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return super().process_response(request, response)


class StaffSessionMiddleware:
    """End a signed-in session after a working day, or after an idle spell.

    Django bounds a session by its cookie's age, renewed whenever the session is saved;
    neither limit exists there, and a forgotten admin tab on a shared computer is the
    case they are for.
    """

    # Requests the admin sends by itself while a tab stays open (the editor says every
    # few seconds who is editing): someone at work only when they carry unsaved changes,
    # which an expired session would then lose on saving.
    BACKGROUND_PATHS = ("/admin/editing-sessions/",)
    STARTED = "portal_session_started"
    SEEN = "portal_session_seen"
    # Recording each request would write the session on every click: once a minute is
    # precise enough for an idle limit counted in tens of minutes.
    RECORD_EVERY = 60

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if settings.SESSION_COOKIE_NAME in request.COOKIES and user is not None and user.is_authenticated:
            now = time.time()
            started = request.session.get(self.STARTED, now)
            seen = request.session.get(self.SEEN, now)
            if now - started > settings.SESSION_COOKIE_AGE or now - seen > settings.STAFF_SESSION_IDLE_SECONDS:
                logout(request)
                if not request.path_info.startswith("/admin/"):
                    # On the public site, the page is simply shown as to any visitor.
                    return self.get_response(request)
                messages.info(request, _("Votre session a expiré : reconnectez-vous pour continuer."))
                return redirect_to_login(request.get_full_path())
            if self.STARTED not in request.session:
                request.session[self.STARTED] = now
            in_background = request.path_info.startswith(self.BACKGROUND_PATHS) and not request.POST.get("is_editing")
            if in_background and self.SEEN in request.session:
                return self.get_response(request)
            if now - seen >= self.RECORD_EVERY or self.SEEN not in request.session:
                request.session[self.SEEN] = now
        return self.get_response(request)

