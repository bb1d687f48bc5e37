"""An English page follows its French page: figures at once, text once a translator has
synchronised it, with readers told in between."""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests.conftest import page_for


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def test_figures_follow_the_french_page_the_moment_it_is_published(
    content, client, django_capture_on_commit_callbacks
):
    french = page_for("eurocities")
    french.member_count, french.country_count = 250, 40
    publish(french, django_capture_on_commit_callbacks)
    english = page_for("eurocities", "en")
    assert (english.member_count, english.country_count) == (250, 40)
    assert english.live and not english.has_unpublished_changes
    html = client.get(english.url).content.decode()
    assert "over 250" in html and "<strong class=\"key-figures__value\">40</strong>" in html
    # No text changed: nothing for readers to be warned of.
    assert english.translation_behind_since is None and "may be behind" not in html


def test_a_translators_override_is_kept(content, django_capture_on_commit_callbacks):
    french = page_for("uclg")
    french.country_count = 150
    publish(french, django_capture_on_commit_callbacks)
    english = page_for("uclg", "en")
    assert english.country_count == 150
    assert (french.acronym, english.acronym) == ("CGLU", "UCLG")


def test_text_waiting_for_a_translator_is_announced_until_the_translation_is_published(
    content, client, admin_client, django_capture_on_commit_callbacks
):
    french = page_for("eurocities")
    french.summary = "Le réseau des grandes villes européennes, fondé en 1986."
    publish(french, django_capture_on_commit_callbacks)
    english = page_for("eurocities", "en")
    assert english.translation_behind_since is not None
    html = client.get(english.url).content.decode()
    assert "This page was updated in French on" in html and "may be behind" in html
    assert f'<a href="{french.url}" hreflang="fr">Read the French page</a>' in html
    # Staff see it in the admin's page listing of the English section.
    listing = admin_client.get(f"/admin/pages/{english.get_parent().pk}/").content.decode()
    assert "Eurocities (texte en retard sur le français)" in listing
    assert "sa traduction peut être en retard" not in client.get(french.url).content.decode()

    # A translator synchronises and translates the new sentence; a moderator publishes.
    source = TranslationSource.objects.get_for_instance(french)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=Locale.objects.get(language_code="en"))
    po = translation.export_po()
    for entry in po:
        if not entry.msgstr:
            entry.msgstr = "The network of Europe's large cities, founded in 1986."
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english = page_for("eurocities", "en")
    assert english.summary == "The network of Europe's large cities, founded in 1986."
    assert english.translation_behind_since is None
    assert "may be behind" not in client.get(english.url).content.decode()


def test_images_carry_their_text_alternative_in_the_pages_language(
    content, client, django_capture_on_commit_callbacks
):
    assert 'alt="Logo: AFCCRE"' in client.get(page_for("afccre", "en").url).content.decode()
    assert 'alt="Logo : AFCCRE"' in client.get(page_for("afccre").url).content.decode()

    french = page_for("afccre")
    french.body.append(("image", {"image": french.logo, "alt_text": "Carte des villes jumelées", "caption": ""}))
    publish(french, django_capture_on_commit_callbacks)
    source = TranslationSource.objects.get_for_instance(french)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=Locale.objects.get(language_code="en"))
    po = translation.export_po()
    # The translator is offered the image's text alternative to translate.
    [entry] = [entry for entry in po if not entry.msgstr]
    assert entry.msgid == "Carte des villes jumelées"
    entry.msgstr = "Map of the twinned towns"
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english = client.get(page_for("afccre", "en").url).content.decode()
    assert 'alt="Map of the twinned towns"' in english and "Carte des villes jumelées" not in english


def test_a_translation_being_reviewed_keeps_its_review_and_draft(content, django_capture_on_commit_callbacks):
    english = page_for("eurocities", "en")
    english.summary = "A draft the translator is still working on."
    english.save_revision()
    french = page_for("eurocities")
    french.country_count = 41
    publish(french, django_capture_on_commit_callbacks)
    english = page_for("eurocities", "en")
    # The live page shows the new figure; the draft is still the latest revision.
    assert english.country_count == 41 and english.has_unpublished_changes
    assert english.get_latest_revision_as_object().summary == "A draft the translator is still working on."


def test_an_english_alias_does_not_stop_the_french_page_from_publishing(
    content, django_capture_on_commit_callbacks
):
    french = page_for("pdlci")
    english = page_for("pdlci", "en")
    english.delete()
    alias = french.create_alias(recursive=False, parent=page_for("city-networks", "en"), update_locale=english.locale)
    french.country_count = 3
    publish(french, django_capture_on_commit_callbacks)
    assert type(alias).objects.get(pk=alias.pk).country_count == 3
