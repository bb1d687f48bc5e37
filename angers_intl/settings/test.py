"""Tests: a throwaway embedded PostgreSQL (or DATABASE_URL's server, with a test database)."""

import os

from angers_intl.embedded_db import database_url

from .base import *  # noqa: F403
from .base import BASE_DIR, CACHES, STATIC_ROOT, STORAGES, database_settings

DEBUG = False
SECRET_KEY = "angers-intl-test-key"
ALLOWED_HOSTS = ["*"]

DATABASES = database_settings(database_url(BASE_DIR, throwaway=True))
DATABASES["default"]["CONN_MAX_AGE"] = 0

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests render without running collectstatic first.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
MEDIA_ROOT = BASE_DIR / ".data" / "test-media" / str(os.getpid())
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The page cache on, as in production, in a folder of this run (emptied before each test).
CACHES = {
    **CACHES,
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(BASE_DIR / ".data" / "test-page-cache" / str(os.getpid())),
        "TIMEOUT": None,
    },
}
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}

# WhiteNoise serves the app folders' files directly, without collectstatic.
WHITENOISE_USE_FINDERS = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
