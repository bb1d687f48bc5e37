"""The translation memory in a third language: a German translator takes up texts for the
German pages only, never for the English ones; the glossary is read per language."""

from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from angers_intl.editorial import roles, translation_memory
from tests.conftest import assert_denied, client_for, make_user, page_for


def english_summary_offer():
    """An offer of the memory on the English UCLG page: its summary emptied as a change of
    the French text would leave it."""
    french = page_for("uclg")
    translation = Translation.objects.get(
        source__object_id=french.translation_key, target_locale=Locale.objects.get(language_code="en")
    )
    segment = translation.source.stringsegment_set.get(context__path="summary")
    english = StringTranslation.objects.get(
        translation_of=segment.string, context=segment.context, locale=translation.target_locale
    )
    return translation, segment, english


def test_a_german_translator_may_not_take_up_an_english_text(content):
    translation, segment, english = english_summary_offer()
    german_translator = client_for(make_user("uebersetzerin", roles.translators_group("de")))
    english_data = english.data
    english.delete()
    fields = {"segment": segment.pk, "offered": StringTranslation.objects.filter(locale=english.locale).first().pk}
    assert_denied(german_translator.post(reverse("angers_intl_take_up_translation", args=[translation.pk]), fields))
    assert not StringTranslation.objects.filter(
        translation_of=segment.string, context=segment.context, locale=translation.target_locale
    ).exists()
    assert english_data


def test_the_glossary_is_per_language(content):
    # The German pages are not translated yet: no German name differs from the French one.
    assert translation_memory.glossary("de") == []
    assert {term.french: term.translated for term in translation_memory.glossary("en")}["CGLU"] == "UCLG"
    assert TranslationSource.objects.exists()
