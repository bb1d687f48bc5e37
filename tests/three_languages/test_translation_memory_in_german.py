"""The translation memory in a third language: a German translator may not take up a text
for an English page; the glossary is read per language."""

from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from angers_intl.editorial import roles, translation_memory
from tests.conftest import assert_denied, client_for, make_user, page_for


def test_a_german_translator_may_not_take_up_a_text_for_an_english_page(content):
    english = Locale.objects.get(language_code="en")
    translation = Translation.objects.get(source__object_id=page_for("uclg").translation_key, target_locale=english)
    segment = translation.source.stringsegment_set.get(context__path="summary")
    # The English summary emptied, as a change of the French text leaves it.
    kept = StringTranslation.objects.get(translation_of=segment.string, context=segment.context, locale=english)
    StringTranslation.objects.filter(pk=kept.pk).delete()
    offered = StringTranslation.objects.filter(locale=english).first()
    german_translator = client_for(make_user("uebersetzerin", roles.translators_group("de")))
    taken = german_translator.post(
        reverse("angers_intl_take_up_translation", args=[translation.pk]),
        {"segment": segment.pk, "offered": offered.pk},
    )
    assert_denied(taken)
    assert not StringTranslation.objects.filter(
        translation_of=segment.string, context=segment.context, locale=english
    ).exists()


def test_the_glossary_is_per_language(content):
    # No organisation page is translated into German yet: no German name to check.
    assert translation_memory.glossary("de") == []
    assert {term.french: term.translated for term in translation_memory.glossary("en")}["CGLU"] == "UCLG"
