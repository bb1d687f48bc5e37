"""Local development: the embedded PostgreSQL unless DATABASE_URL is set."""

import os

from angers_intl.embedded_db import database_url

from .base import *  # noqa: F403
from .base import BASE_DIR, CACHES, STATIC_ROOT, STORAGES, database_settings, fragment_store

DEBUG = os.environ.get("DEBUG", "1") == "1"
SECRET_KEY = os.environ.get("SECRET_KEY", "angers-intl-development-key-not-for-production")
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")

DATABASES = database_settings(database_url(BASE_DIR))

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The address `make run` serves (HOST, PORT): links in e-mails, and the site's address
# (manage.py point_site_here) for canonical links, hreflang and the sitemap.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or (
    f"http://{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
)

# With DEBUG on, a template change shows on the next request: no page cache unless asked
# for (PAGE_CACHE=on).
WAGTAIL_CACHE = os.environ.get("PAGE_CACHE", "off" if DEBUG else "on").lower() not in ("off", "0", "false", "no")
CACHES = {
    **CACHES,
    "template_fragments": fragment_store(
        os.environ.get("FRAGMENT_CACHE", "off" if DEBUG else "on").lower() not in ("off", "0", "false", "no")
    ),
}

# Hashed file names need collectstatic; development serves the files as they are,
# with DEBUG on or off (`make serve` is the production-like check).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}

# WhiteNoise serves the app folders' files directly, without collectstatic.
WHITENOISE_USE_FINDERS = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
