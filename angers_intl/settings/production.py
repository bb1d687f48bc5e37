"""Production: everything that differs per server comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from angers_intl.embedded_db import database_url

from .base import *  # noqa: F403
from .base import BASE_DIR, database_settings

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set: production settings refuse to start without a secret key."
    )

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]

# A server of the city's needs its database server: without DATABASE_URL, production
# settings refuse to start rather than create an empty database of their own. `make serve`
# opts in to the embedded PostgreSQL for local checks (EMBEDDED_DATABASE=1).
if not os.environ.get("DATABASE_URL") and os.environ.get("EMBEDDED_DATABASE") != "1":
    raise ImproperlyConfigured(
        "DATABASE_URL is not set: production settings refuse to start without a database server "
        "(EMBEDDED_DATABASE=1 uses the embedded PostgreSQL, for a local check only)."
    )
DATABASES = database_settings(database_url(BASE_DIR))

# HTTPS everywhere, unless a local production-like check says otherwise (make serve).
_https = os.environ.get("HTTPS", "1") == "1"
SECURE_SSL_REDIRECT = _https
SESSION_COOKIE_SECURE = _https
CSRF_COOKIE_SECURE = _https
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000 if _https else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _https
SECURE_HSTS_PRELOAD = _https
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Probes are asked over plain HTTP by load balancers and supervisors on the node itself.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# Wagtail's live preview shows the page in a frame of the admin (same origin), so
# SAMEORIGIN is kept instead of DENY.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
