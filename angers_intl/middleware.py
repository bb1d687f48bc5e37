"""Security headers Django 5.2 does not set by itself."""

from django.conf import settings


class SecurityHeadersMiddleware:
    """Send the Content-Security-Policy on public pages.

    Public templates have no inline script or style, so the policy forbids them. The
    admin is Wagtail's own code and keeps Wagtail's defaults.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "CONTENT_SECURITY_POLICY", "")

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and not request.path.startswith(("/admin/", "/documents/")):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response
