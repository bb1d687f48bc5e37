"""What a translator is offered instead of an empty segment: the translation memory, the
French change shown word by word, and the glossary of the organisations' official names.

wagtail-localize keeps every translated text (``StringTranslation``) of a French text
(``String``) in one place of one page (``TranslationContext``), but offers none of them
again: it has no translation memory (wagtail/wagtail-localize#657). When the French text of
a segment changes, the synchronisation gives the segment a new ``String`` under the same
context, and the translator sees it empty, though the translation of the text before the
change is still in the database, under the old ``String``. And the same French sentence
copied onto another page arrives empty too, though it is translated elsewhere.

Here, for the segments of a translation that have no translated text yet:

- the previous translation of the same place of the page (same context, older French text),
  with the French change as a word diff (``word_diff``);
- the translation of the very same French text anywhere else on the portal.

The translator takes one up in one click (``take_up``): it becomes the segment's
translation, marked as made by the memory and to be reviewed (a machine translation for
wagtail-localize, whose editor then does not count it as translated by hand), which the
translator then corrects in the editor.

The glossary (``glossary``) holds the official names of the organisations as each language
writes them, read from the identity fields of their pages (title, acronym, name in their
own language): "CGLU" in French is "UCLG" in English. A translated segment whose French
text names an organisation but whose translation uses none of that language's names for
it is shown to the translator (``glossary_findings``), and said again as a warning when the
translation is submitted for review (editorial/review.py): names are sometimes left on
purpose (a quotation, a document's title), so it does not block. The machine translators
(editorial/machine_translation.py) receive the glossary too.
"""

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.strings import StringValue
from wagtail_localize.views.edit_translation import user_can_edit_instance

from angers_intl.official_names import organisation_page_models

# The tool wagtail-localize records for a text taken up from the memory. The editor words
# it "Traduit avec la mémoire de traduction (à revoir) le …" (admin_wording.TOOL_NAMES).
MEMORY_TOOL = "mémoire de traduction — à revoir"

PREVIOUS = "previous"
MEMORY = "memory"


# --- The French change, word by word -----------------------------------------------------

# A word or a punctuation mark, with the spaces before it: the comparison runs on the words
# alone (SequenceMatcher's time grows fast with the length of what it compares, and every
# space made a token of its own), the spaces come back for display.
TOKENS = re.compile(r"(\s*)(\w+|[^\w\s])")

# Above this many words (either text), the French change is not shown word by word: the
# comparison would make the translator wait, and a diff of a long text is not read anyway.
# The previous translation is still offered.
LONGEST_DIFF = 400


def plain_text(data):
    """The text of a segment as a reader reads it, without its inline markup."""
    return StringValue(data).render_text()


def tokens(text):
    """``text`` as (spaces before, word) pairs."""
    return TOKENS.findall(text)


def words(text):
    return [word for _spaces, word in tokens(text)]


def too_long_to_diff(old, new):
    return max(len(words(old)), len(words(new))) > LONGEST_DIFF


def word_diff(old, new):
    """HTML of ``new`` with the words added since ``old`` in <ins> and the words removed in
    <del>; every word escaped."""
    before, after = tokens(old), tokens(new)
    parts = []
    matcher = difflib.SequenceMatcher(None, [w for _s, w in before], [w for _s, w in after], autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = before[i1:i2], after[j1:j2]
        if operation == "equal":
            parts.append(escape(joined(added)))
            continue
        # The spaces before the words added or removed stay outside the marks.
        lead = (added or removed)[0][0]
        marked = []
        if removed:
            marked.append(f"<del>{escape(joined(removed).removeprefix(removed[0][0]))}</del>")
        if added:
            marked.append(f"<ins>{escape(joined(added).removeprefix(added[0][0]))}</ins>")
        # Words removed at the start of a phrase keep the space that followed them.
        follows = not added and not lead and i2 < len(before) and j2 < len(after) and not after[j2][0]
        trail = before[i2][0] if follows else ""
        parts.append(escape(lead) + "".join(marked) + escape(trail))
    parts.append(escape(new[len(new.rstrip()) :]))
    return mark_safe("".join(parts))  # noqa: S308 - every word escaped above


def joined(pairs):
    return "".join(spaces + word for spaces, word in pairs)


# --- What the memory offers --------------------------------------------------------------


@dataclass
class Offer:
    """A translated text the translator may take up for a segment."""

    kind: str  # PREVIOUS or MEMORY
    string_translation: StringTranslation

    @property
    def text(self):
        return plain_text(self.string_translation.data)


@dataclass
class SegmentSuggestion:
    """An empty segment and what the memory offers for it."""

    segment: StringSegment
    label: str
    offers: list = field(default_factory=list)
    diff: str = ""
    # The French text changed but is too long to be shown word by word.
    diff_omitted: bool = False

    @property
    def source_text(self):
        return plain_text(self.segment.string.data)


def field_label(instance, path):
    """The name of the field a segment belongs to, as the editor shows it: "Présentation"."""
    name = path.split(".", 1)[0]
    try:
        return capfirst(instance._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def empty_segments(translation):
    """The string segments of ``translation``'s source with no translated text at all in its
    language (a text with an error is not empty: the editor shows it)."""
    translated = StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
    )
    return (
        translation.source.stringsegment_set.annotate(translated=Exists(translated))
        .filter(translated=False)
        .select_related("string", "context")
        .order_by("order")
    )


def suggestions(translation):
    """What the memory offers for each empty segment of ``translation`` that it can help
    with, in the order of the page: four queries, whatever the number of segments."""
    segments = list(empty_segments(translation))
    if not segments:
        return []
    locale_id = translation.target_locale_id
    usable = StringTranslation.objects.filter(locale_id=locale_id, has_error=False).select_related(
        "translation_of"
    )
    # The translations of the same places of the page made for French texts they no longer
    # hold (a rich text block holds several paragraphs under one context).
    current = set(translation.source.stringsegment_set.values_list("context_id", "string_id"))
    previous = defaultdict(list)
    for string_translation in usable.filter(context_id__in={s.context_id for s in segments}).order_by(
        "-updated_at"
    ):
        if (string_translation.context_id, string_translation.translation_of_id) not in current:
            previous[string_translation.context_id].append(string_translation)
    # The latest translation of the same French text anywhere else.
    elsewhere = {}
    for string_translation in usable.filter(translation_of_id__in=[s.string_id for s in segments]).order_by(
        "-updated_at"
    ):
        elsewhere.setdefault(string_translation.translation_of_id, string_translation)

    source_instance = translation.source.as_instance()
    found = []
    for segment in segments:
        suggestion = SegmentSuggestion(segment, field_label(source_instance, segment.context.path))
        before = closest(suggestion.source_text, previous[segment.context_id])
        if before is not None:
            suggestion.offers.append(Offer(PREVIOUS, before))
            earlier = plain_text(before.translation_of.data)
            if too_long_to_diff(earlier, suggestion.source_text):
                suggestion.diff_omitted = True
            else:
                suggestion.diff = word_diff(earlier, suggestion.source_text)
        same = elsewhere.get(segment.string_id)
        if same is not None and (before is None or same.data != before.data):
            suggestion.offers.append(Offer(MEMORY, same))
        if suggestion.offers:
            found.append(suggestion)
    return found


def similarity(old, new):
    """How much of their words ``old`` and ``new`` share, from 0 to 1."""
    return similar_enough(old, new, 0.0)


def similar_enough(old, new, threshold):
    """The share of words ``old`` and ``new`` have in common, or 0 as soon as a quick upper
    bound of it says it is under ``threshold``. Long texts are measured by the words they
    share whatever their order (``quick_ratio``), short ones by their longest common runs."""
    matcher = difflib.SequenceMatcher(None, words(old), words(new), autojunk=False)
    if matcher.real_quick_ratio() < threshold:
        return 0.0
    ratio = matcher.quick_ratio()
    if ratio < threshold or too_long_to_diff(old, new):
        return ratio if ratio >= threshold else 0.0
    return matcher.ratio()


def closest(text, candidates):
    """The candidate (a StringTranslation, latest first) made for the French text closest to
    ``text``, if it shares enough words with it to be an earlier version of it."""
    scored = [
        (similar_enough(plain_text(c.translation_of.data), text, SAME_TEXT_THRESHOLD), -index, c)
        for index, c in enumerate(candidates)
    ]
    if not scored:
        return None
    score, _index, best = max(scored, key=lambda row: row[:2])
    return best if score >= SAME_TEXT_THRESHOLD else None


# How much of its words an older French text shares with the new one to count as its
# earlier version: a paragraph with a sentence added or a word changed scores far above; a
# different paragraph of the same block far below.
SAME_TEXT_THRESHOLD = 0.4


def take_up(translation, segment, offered, user):
    """Make ``offered`` (a StringTranslation the memory offers) the translation of
    ``segment``, marked to be reviewed. Returns the new StringTranslation, or None when the
    segment was translated meanwhile."""
    try:
        with transaction.atomic():
            created, is_new = StringTranslation.objects.get_or_create(
                translation_of_id=segment.string_id,
                locale_id=translation.target_locale_id,
                context_id=segment.context_id,
                defaults={
                    "data": offered.data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                    "tool_name": MEMORY_TOOL,
                    "last_translated_by": user,
                    "has_error": False,
                    "field_error": "",
                },
            )
    except IntegrityError:
        return None
    return created if is_new else None


def taken_up_unreviewed(translation):
    """How many segments of ``translation`` hold a text taken up from the memory that no
    one has saved since (saving a segment in the editor makes it a manual translation)."""
    return (
        translation.source.stringsegment_set.filter(
            string__translations__locale_id=translation.target_locale_id,
            string__translations__context_id=F("context_id"),
            string__translations__tool_name=MEMORY_TOOL,
        )
        .distinct()
        .count()
    )


class TakeUpForm(forms.Form):
    segment = forms.IntegerField(min_value=1)
    offered = forms.IntegerField(min_value=1)


def offered_for(translation, segment, offered_id):
    """The StringTranslation ``offered_id`` if the memory may offer it for ``segment``: in
    the translation's language, and either of the same place of the page or of the same
    French text."""
    candidates = StringTranslation.objects.filter(
        pk=offered_id, locale_id=translation.target_locale_id, has_error=False
    )
    same_place = candidates.filter(context_id=segment.context_id)
    same_text = candidates.filter(translation_of_id=segment.string_id)
    return (same_place | same_text).first()


@require_POST
def take_up_translation(request, translation_id):
    """The translator's click on "Reprendre la traduction précédente" or "Reprendre la
    traduction de la mémoire": back to the translation editor, the segment filled in."""
    translation = get_object_or_404(Translation, id=translation_id, enabled=True)
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = None
    # wagtail-localize's own check for editing a translation: the rights on the target's
    # tree, so a German translator may not touch an English page.
    if target is None or not user_can_edit_instance(request.user, target):
        raise PermissionDenied
    form = TakeUpForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Segment ou traduction proposée non reconnus : rien n’a été modifié."))
    segment = translation.source.stringsegment_set.filter(pk=form.cleaned_data["segment"]).first()
    offered = segment and offered_for(translation, segment, form.cleaned_data["offered"])
    if segment is None or offered is None:
        return HttpResponseBadRequest(
            _("Cette traduction n’est pas proposée pour ce segment de cette page : rien n’a été modifié.")
        )
    back = translation.get_target_instance_edit_url()
    if take_up(translation, segment, offered, request.user) is None:
        messages.info(request, _("Ce segment était déjà traduit : sa traduction n’a pas été remplacée."))
    else:
        messages.success(
            request,
            _("Traduction reprise de la mémoire, à revoir : « %(text)s ».") % {"text": plain_text(offered.data)},
        )
    return redirect(back)


# --- The glossary of official names ------------------------------------------------------

# The identity fields that name an organisation, where a page type has them.
NAME_FIELDS = ("title", "acronym", "own_language_name")


@dataclass(frozen=True)
class Term:
    """An official name in French and as ``language`` writes it (where they differ)."""

    french: str
    translated: str
    language: str
    # Every name of the same organisation in ``language``: any of them names it.
    names: tuple = ()

    def pattern(self):
        return name_pattern(self.french)


def name_pattern(name):
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def glossary(language):
    """The official names of the organisations, French → ``language``, read from the
    identity fields of their French pages and of those pages' translations, wherever the
    two differ; the longest French name first."""
    terms = {}
    for model in organisation_page_models():
        names = [name for name in NAME_FIELDS if has_field(model, name)]
        rows = model.objects.filter(
            locale__language_code__in=[settings.LANGUAGE_CODE, language]
        ).values_list("translation_key", "locale__language_code", *names)
        by_language = {settings.LANGUAGE_CODE: {}, language: {}}
        for key, code, *values in rows:
            by_language[code][key] = dict(zip(names, values, strict=True))
        for key, french in by_language[settings.LANGUAGE_CODE].items():
            translated = by_language[language].get(key)
            if translated is None:
                continue
            all_names = tuple(value for value in translated.values() if value)
            for name in names:
                if french[name] and translated[name] and french[name] != translated[name]:
                    terms.setdefault(french[name], Term(french[name], translated[name], language, all_names))
    return sorted(terms.values(), key=lambda term: (-len(term.french), term.french))


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def language_name(code):
    """The language's name in the admin's language, as a sentence writes it: "anglais" in
    French (which writes language names in lower case), "English" in English."""
    name = get_language_info(code)["name_translated"]
    return name.lower() if (get_language() or "").startswith("fr") else name


@dataclass
class GlossaryFinding:
    label: str
    term: Term
    source_text: str
    translated_text: str

    @property
    def message(self):
        return _(
            "%(field)s : le texte français nomme « %(french)s », dont le nom officiel en %(language)s est "
            "« %(translated)s » ; la traduction n’emploie pas ce nom."
        ) % {
            "field": self.label,
            "french": self.term.french,
            "language": language_name(self.term.language),
            "translated": self.term.translated,
        }


def names_missing_from(source_text, translated_text, terms):
    """The terms ``source_text`` names whose organisation ``translated_text`` does not
    name in the translation's language (one per French name)."""
    missing = []
    for term in terms:
        if not term.pattern().search(source_text):
            continue
        if any(name_pattern(name).search(translated_text) for name in term.names):
            continue
        missing.append(term)
    return missing


def glossary_findings(translation):
    """The translated segments of ``translation`` whose French text names an organisation
    that their translation does not name as the translation's language does."""
    terms = glossary(translation.target_locale.language_code)
    if not terms:
        return []
    segments = (
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=False)
        .select_related("string", "context")
        .order_by("order")
    )
    source_instance = None
    found = []
    for segment in segments:
        source_text, translated_text = plain_text(segment.string.data), plain_text(segment.translation)
        for term in names_missing_from(source_text, translated_text, terms):
            source_instance = source_instance or translation.source.as_instance()
            found.append(
                GlossaryFinding(field_label(source_instance, segment.context.path), term, source_text, translated_text)
            )
    return found

