"""The portal's languages, read from one setting (PORTAL_LANGUAGES, e.g. "fr,en,de").

French is the source: it comes first and cannot be left out. Each language is named in
itself for readers (Django's language information: "Deutsch"), and in the admin's own
language for staff ("allemand" in the French admin, "German" in the English one).
"""

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import lazy
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

# The languages a city portal is likely to open, named as the admin's sentences use them
# ("Traduction de … en allemand"); any other is named by Django's catalogue.
ADMIN_NAMES = {
    "fr": _("français"),
    "en": _("anglais"),
    "de": _("allemand"),
    "es": _("espagnol"),
    "it": _("italien"),
    "pt": _("portugais"),
    "nl": _("néerlandais"),
    "ca": _("catalan"),
    "pl": _("polonais"),
    "ar": _("arabe"),
    "zh-hans": _("chinois"),
}


def portal_languages(value, source):
    """[(code, name in itself)] for the codes of ``value`` (comma-separated), ``source``
    first. A code Django does not know, a repeated one or a list without the source stops
    the start with one sentence."""
    codes = [code.strip().lower() for code in value.split(",") if code.strip()]
    if not codes or codes[0] != source:
        raise ImproperlyConfigured(
            f"PORTAL_LANGUAGES must start with the source language {source!r} (got {value!r})."
        )
    if len(set(codes)) != len(codes):
        raise ImproperlyConfigured(f"PORTAL_LANGUAGES names a language twice ({value!r}).")
    unknown = [code for code in codes if code not in LANG_INFO or "name_local" not in LANG_INFO[code]]
    if unknown:
        raise ImproperlyConfigured(f"PORTAL_LANGUAGES: unknown language code(s) {', '.join(unknown)}.")
    return [(code, LANG_INFO[code]["name_local"][:1].upper() + LANG_INFO[code]["name_local"][1:]) for code in codes]


def _named_by_django(code):
    """Django's name of the language in the admin's language, as a French sentence writes
    it ("en japonais"; "Japanese" in English)."""
    name = gettext(LANG_INFO[code]["name"])
    return name[:1].lower() + name[1:] if (get_language() or "").startswith("fr") else name


def content_languages(languages):
    """WAGTAIL_CONTENT_LANGUAGES: each language named in the admin's language."""
    return [
        (code, ADMIN_NAMES[code] if code in ADMIN_NAMES else lazy(_named_by_django, str)(code))
        for code, _name in languages
    ]


def admin_languages(languages, locale_dir):
    """The languages the admin may be used in: those the portal's interface is written or
    translated in (the source, and every language with a catalogue in ``locale_dir``)."""
    return [
        (code, name)
        for position, (code, name) in enumerate(languages)
        if position == 0 or (locale_dir / code / "LC_MESSAGES" / "django.po").exists()
    ]
