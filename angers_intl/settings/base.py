"""Settings shared by every environment. Values that differ per machine come from the
environment, read here once."""

import datetime
import os
from pathlib import Path

import dj_database_url

from .languages import admin_languages, content_languages, portal_languages

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False

INSTALLED_APPS = [
    "angers_intl",
    # Django's tasks framework (in Django itself from 6.0): work done after a publication.
    "django_tasks",
    "networks",
    "recognitions",
    "overview",
    # Keeping facts true after launch: review dates, and the partner links watched.
    "reviews",
    "link_watch",
    # Drafts shown to people without an account, through a link that expires (preview_links/).
    "preview_links",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtailcache",
    # Second factor for staff: django-otp's TOTP devices (authenticator apps) and static
    # devices (backup codes), behind the portal's screens (angers_intl/security/second_factor.py).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "axes",
    "csp",
]

MIDDLEWARE = [
    # First: every log line of a request carries its id.
    "angers_intl.operations.request_log.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The page cache stores what leaves CacheHeadersMiddleware, and answers as soon as the
    # language is known and the host accepted (FetchFromCacheMiddleware below): a visitor
    # without a session cookie is anonymous, staff always have one (angers_intl/caching/).
    "wagtailcache.cache.UpdateCacheMiddleware",
    "angers_intl.caching.middleware.CacheHeadersMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "wagtailcache.cache.FetchFromCacheMiddleware",
    # Unused methods (TRACE, PUT…) stop here; the page cache above only answers GET/HEAD.
    "angers_intl.security.middleware.AllowedMethodsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "angers_intl.security.middleware.StaffSessionMiddleware",
    # request.user.is_verified(): whether this session gave a code of the second factor.
    "django_otp.middleware.OTPMiddleware",
    # Staff with the "second factor required" right (administrators, moderators) must set
    # up and use a second factor; others may (see angers_intl/editorial/roles.py).
    "angers_intl.security.second_factor.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "angers_intl.security.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a lock-out found during login into its answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "angers_intl.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "angers_intl.wsgi.application"


# PostgreSQL always: DATABASE_URL, or the embedded server (see angers_intl/embedded_db.py).
# Each settings module decides how to obtain the URL; this turns it into Django's form.
def database_settings(url):
    return {"default": dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)}


AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The portal's languages: PORTAL_LANGUAGES, language codes separated by commas, French
# first. French is the source language, served unprefixed at "/"; every other language is
# translated from it and lives under "/<code>/" ("/en/", "/de/"). Everything else follows
# this one setting: the locales, URL prefixes, language links, hreflang and the sitemap,
# search, open data, translator groups. Adding a language: docs/deploiement.md.
LANGUAGE_CODE = "fr"
# Each language named in itself: the public language switcher shows these names.
LANGUAGES = portal_languages(os.environ.get("PORTAL_LANGUAGES", "fr,en"), source=LANGUAGE_CODE)
# The languages translated from French: the code asks these two settings, never "fr"/"en".
TRANSLATION_LANGUAGES = [code for code, _name in LANGUAGES if code != LANGUAGE_CODE]
WAGTAIL_I18N_ENABLED = True
# The admin names the content languages in the admin's own language ("Traduction de … en
# anglais", "Publier en allemand"), not in themselves.
WAGTAIL_CONTENT_LANGUAGES = content_languages(LANGUAGES)
# The admin speaks the languages the portal has an interface catalogue for (locale/).
WAGTAILADMIN_PERMITTED_LANGUAGES = admin_languages(LANGUAGES, BASE_DIR / "locale")
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
# Staff work on Paris time: the admin's account screen offers no list of 600 time zones.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / ".data" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / ".data" / "media"))
MEDIA_URL = "/media/"
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "0") == "1"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media past one machine: S3-compatible object storage (the city's, a cloud provider's,
# Garage, Ceph…) when MEDIA_S3_BUCKET is set; every node then reads and writes the same
# files, and keeps none of its own.
MEDIA_S3_BUCKET = os.environ.get("MEDIA_S3_BUCKET", "")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "access_key": os.environ.get("MEDIA_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
            # Images are public: plain addresses a CDN can keep (a signed one expires, and
            # differs on every page). Documents are only ever served through Wagtail's view.
            "querystring_auth": False,
            # Two uploads of "logo.png" must not replace each other.
            "file_overwrite": False,
            # The address visitors fetch images from (the CDN's, or the bucket's own).
            "custom_domain": os.environ.get("MEDIA_S3_PUBLIC_DOMAIN") or None,
            "url_protocol": os.environ.get("MEDIA_S3_PUBLIC_PROTOCOL", "https:"),
        },
    }

# Where browsers fetch images from: the portal itself, or the storage's public address,
# which the Content-Security-Policy below must then allow.
MEDIA_ORIGINS = []
if MEDIA_S3_BUCKET:
    _domain = os.environ.get("MEDIA_S3_PUBLIC_DOMAIN", "").split("/")[0]
    if _domain:
        MEDIA_ORIGINS = [f"{os.environ.get('MEDIA_S3_PUBLIC_PROTOCOL', 'https:')}//{_domain}"]
    elif os.environ.get("MEDIA_S3_ENDPOINT_URL"):
        MEDIA_ORIGINS = ["/".join(os.environ["MEDIA_S3_ENDPOINT_URL"].split("/")[:3])]
    else:
        MEDIA_ORIGINS = [f"https://{MEDIA_S3_BUCKET}.s3.amazonaws.com", "https://*.amazonaws.com"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

WAGTAIL_SITE_NAME = "Angers International"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Review dates (reviews/): a network or recognition page checked today is due again this
# many months later ("Vérifiée aujourd'hui", and the default of a newly published page).
REVIEW_INTERVAL_MONTHS = 12
# Documents always go through Wagtail's view, which checks their collection's privacy.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png"}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "angers_intl.search.backend",
        # Created by a migration of angers_intl: French stemming that folds accents.
        "SEARCH_CONFIG": "fr_unaccent",
    }
}
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

# A new translation starts as a draft, even of a live page: a moderator publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation only when the city configures a provider (see README), given the
# glossary of the organisations' official names (angers_intl/editorial/machine_translation.py).
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "angers_intl.editorial.machine_translation.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }
elif os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "angers_intl.editorial.machine_translation.GlossaryLibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }

LOGIN_URL = "wagtailadmin_login"
# Where a sign-in goes when its "next" address is missing or points off the site (Django's
# default, /accounts/profile/, does not exist here).
LOGIN_REDIRECT_URL = "wagtailadmin_home"
# Wagtail's sign-in form, its password field labelled in the admin's language.
WAGTAILADMIN_USER_LOGIN_FORM = "angers_intl.security.login.LoginForm"

# Password guessing: django-axes counts failed logins (admin, /_util/login/, the page and
# collection password forms) per user name and client address together, so that one person's typos
# behind the city's shared address do not lock their colleagues out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords are allowed; the sixth locks.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", 6))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The lock-out lasts the cool-off from the 6th failure, whatever is tried meanwhile (the
# page password forms behave the same way), as the staff guide says.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "angers_intl.security.login.login_locked_out"
# The client address: REMOTE_ADDR, unless TRUSTED_PROXY_COUNT proxies (Varnish, the load
# balancer) stand in front and each appends the address it saw to X-Forwarded-For; see
# angers_intl.security.middleware.client_address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))
AXES_CLIENT_IP_CALLABLE = "angers_intl.security.middleware.client_address"

# Second factor (angers_intl/security/second_factor.py): required for whoever holds the
# "require_second_factor" right. The authenticator app shows the portal's name.
OTP_TOTP_ISSUER = "Angers International"
# Backup codes generated at a time, each usable once (django-otp's static device).
SECOND_FACTOR_BACKUP_CODES = 10

# Staff sessions end after a working day, and sooner after an idle spell
# (angers_intl.security.middleware.StaffSessionMiddleware).
SESSION_COOKIE_AGE = int(os.environ.get("STAFF_SESSION_HOURS", 10)) * 3600
STAFF_SESSION_IDLE_SECONDS = int(os.environ.get("STAFF_SESSION_IDLE_MINUTES", 60)) * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "angers_intl.public.views.csrf_failure"

# No avatar requests to gravatar.com: they would send a hash of each staff e-mail away.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
# Content-Security-Policy (django-csp, angers_intl.security.middleware): public pages carry no
# inline script or style, so their policy forbids both.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# The admin is Wagtail's code: it sets styles from its scripts (Draftail, Stimulus
# controllers, the preview panel), shows uploads as blob: and data: images, and its page
# editor still writes small inline scripts carrying data (InlinePanel, date pickers,
# wagtail-localize's editor), which no hash can allow. The enforced policy therefore
# allows inline scripts but nothing from another origin; the strict one is sent as
# report-only, so that the browser names what would break on the day Wagtail stops.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:", *MEDIA_ORIGINS],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY = {
    "DIRECTIVES": {
        **ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'"],
    }
}

# Caches, sessions, the page cache and the front cache: caches.py.
from .caches import *  # noqa: E402, F403
from .caches import CACHES, fragment_store  # noqa: E402, F401 - named by dev.py and test.py

# Logs on standard error, one line per event with the request's id; a repeated error
# keeps its traceback only the first time (angers_intl/operations/request_log.py). With ADMINS
# (e-mail addresses, comma-separated), each new server error is also mailed to them.
ADMINS = [(address.strip(), address.strip()) for address in os.environ.get("ADMINS", "").split(",") if address.strip()]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL") or "portail-international@angers.fr"
# What staff receive (workflow notices, review reminders, broken links) comes from the
# portal's address, not Django's "webmaster@localhost"; a variable set empty counts as unset.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL") or SERVER_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "angers_intl.operations.request_log.RequestIdFilter"},
        "repeated_errors": {"()": "angers_intl.operations.request_log.RepeatedErrorFilter"},
        "repeated_errors_dropped": {"()": "angers_intl.operations.request_log.RepeatedErrorFilter", "drop": True},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "line": {
            "()": "angers_intl.operations.request_log.BriefFormatter",
            "format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "line",
            "filters": ["request_id", "repeated_errors"],
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "repeated_errors_dropped"],
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {
            "handlers": ["console", "mail_admins"] if ADMINS else ["console"],
            "level": "WARNING",
            "propagate": False,
        },
    },
}

# An error tracker, only when the city has one: Sentry (or a compatible service such as
# GlitchTip) at SENTRY_DSN. No personal data is sent (no cookies, user, or address).
if os.environ.get("SENTRY_DSN"):
    import sentry_sdk

    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,
        traces_sample_rate=0,
    )

# Uploads: limits and checks that keep one file from hurting the site.
# Every rendition decodes the whole original: a 121-megapixel image took 4.8 s and 365 MiB
# (about 40 ns and 3 bytes a pixel). 40 megapixels, an 8000 × 5000 photo, is more than the
# largest picture the site shows (800 pixels wide) will ever need and keeps a rendition
# near 1.6 s and 120 MiB per worker.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# The image size is read from the file's header, and a document's content must match its
# extension (angers_intl/editorial/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "angers_intl.editorial.uploads.CheckedImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "angers_intl.editorial.uploads.CheckedDocumentForm"
# Editor content that is not Draftail's is a form error, not a server error
# (angers_intl/editorial/rich_text.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "angers_intl.editorial.rich_text.CheckedDraftailRichTextArea"},
}

# The public API: read-only, throttled for anonymous clients.
# API_THROTTLE_RATE: requests an anonymous client address may make, counted in the
# default cache (each process's memory, or Redis with REDIS_URL). The client address is
# read as for login lock-outs: behind TRUSTED_PROXY_COUNT proxies, the one the nearest of
# them saw, so a client cannot pick its own by sending X-Forwarded-For.
REST_FRAMEWORK = {
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_THROTTLE_RATE", "60/minute")},
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}

# The partner links check (link_watch/, `manage.py once check_links`): how long to wait for
# a partner site (seconds, for connecting and for each wait for data), the pause between two
# requests to one host (seconds), the User-Agent (empty: "AngersInternational-LinkCheck/1.0"
# with the default site's address), and after how many days a link that stays unreachable
# is e-mailed like a broken one.
LINK_CHECK_TIMEOUT = float(os.environ.get("LINK_CHECK_TIMEOUT", 10))
LINK_CHECK_HOST_INTERVAL = 1.0
LINK_CHECK_USER_AGENT = os.environ.get("LINK_CHECK_USER_AGENT", "")
LINK_CHECK_UNREACHABLE_DAYS = int(os.environ.get("LINK_CHECK_UNREACHABLE_DAYS", 7))

# Tasks (django-tasks, Django's own framework from 6.0): a French publication's translations
# follow it (angers_intl/editorial/following_the_source.py). The immediate backend runs each
# task when it is enqueued, after the publication's transaction has committed; a database
# backend and a worker can take them off the request without changing the code.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
