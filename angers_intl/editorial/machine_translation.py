"""wagtail-localize's machine translators (DeepL, LibreTranslate), given the glossary of the
organisations' official names (editorial/translation_memory.py), so that "CGLU" comes back
as "UCLG" in English and never as a literal translation of the letters or of the name.

Both services are optional: settings/base.py configures one only when ``DEEPL_API_KEY`` or
``LIBRETRANSLATE_URL`` is set; without either, wagtail-localize offers no machine
translation.

The names are protected the same way for both: before sending a text, each French official
name is replaced by the name in the target language, inside a tag the service leaves
untranslated; the tag is removed from what comes back.

- DeepL: an XML tag listed in ``ignore_tags`` (DeepL's documented way to keep a passage as
  it is, with ``tag_handling=xml``, which wagtail-localize already asks for). Its glossary
  API would need glossaries created and kept in step with the pages through further calls;
  the tag needs nothing kept anywhere.
- LibreTranslate (``format=html``): a ``<code>`` element, which its HTML translation leaves
  untranslated, marked so that only the portal's own are removed.
"""

import re
from dataclasses import dataclass
from html import escape

from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.strings import StringValue

from .translation_memory import glossary

TAG = re.compile(r"(<[^>]*>)")


@dataclass(frozen=True)
class TermProtection:
    """How one service is told to leave a passage alone: an element ``opening``…``closing``."""

    opening: str
    closing: str

    def protect(self, html, names):
        """``html`` with each French name of ``names`` (French → translated, longest first)
        replaced by its translation inside the protecting element. Only text between tags
        is touched, never a tag or its attributes."""
        if not names:
            return html
        escaped = {escape(french, quote=False): escape(translated, quote=False) for french, translated in names.items()}
        pattern = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(name) for name in sorted(escaped, key=len, reverse=True)) + r")(?!\w)"
        )
        parts = TAG.split(html)
        for index, part in enumerate(parts):
            if part and not part.startswith("<"):
                parts[index] = pattern.sub(lambda m: f"{self.opening}{escaped[m.group(1)]}{self.closing}", part)
        return "".join(parts)

    def release(self, html):
        """``html`` without the protecting elements, their text left in place."""
        pattern = re.compile(re.escape(self.opening) + r"(.*?)" + re.escape(self.closing), re.S)
        return pattern.sub(r"\1", html)


DEEPL_KEEP = "angers-name"
DEEPL_PROTECTION = TermProtection(f"<{DEEPL_KEEP}>", f"</{DEEPL_KEEP}>")
LIBRETRANSLATE_PROTECTION = TermProtection('<code data-nom-officiel="">', "</code>")


def names_for(locale):
    """French → ``locale``'s official names, from the glossary."""
    return {term.french: term.translated for term in glossary(locale.language_code)}


def protected(strings, protection, names):
    """The StringValues ``strings`` with the names protected, and the way back to each
    original (wagtail-localize maps its results by the strings it asked for)."""
    originals = {}
    for string in strings:
        originals[StringValue(protection.protect(string.data, names))] = string
    return originals


class GlossaryDeepLTranslator(DeepLTranslator):
    """wagtail-localize's DeepL translator, official names kept."""

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        parameters["ignore_tags"] = DEEPL_KEEP
        return parameters

    def translate(self, source_locale, target_locale, strings):
        originals = protected(strings, DEEPL_PROTECTION, names_for(target_locale))
        translated = super().translate(source_locale, target_locale, list(originals))
        return {
            originals[sent]: StringValue(DEEPL_PROTECTION.release(value.data)) for sent, value in translated.items()
        }


class GlossaryLibreTranslator(LibreTranslator):
    """wagtail-localize's LibreTranslate translator, official names kept."""

    def translate(self, source_locale, target_locale, strings):
        originals = protected(strings, LIBRETRANSLATE_PROTECTION, names_for(target_locale))
        translated = super().translate(source_locale, target_locale, list(originals))
        return {
            originals[sent]: StringValue(LIBRETRANSLATE_PROTECTION.release(value.data))
            for sent, value in translated.items()
        }
