"""The content data is checked before anything is loaded: each mistake in one sentence."""

import copy

from angers_intl.content import schema
from angers_intl.content.data import PAGES
from networks.models import NetworkPage, ThematicNetworkPage
from recognitions.models import RecognitionPage


def test_the_angers_content_has_no_problem():
    assert schema.problems(PAGES) == []


def test_every_page_comes_after_its_parent_and_has_a_unique_key():
    keys = [spec["key"] for spec in PAGES]
    assert len(keys) == len(set(keys))
    for position, spec in enumerate(PAGES):
        assert spec["parent"] is None or spec["parent"] in keys[:position]


def test_stream_fields_and_page_links_are_read_from_the_page_types():
    assert schema.stream_fields(NetworkPage) == ("body",)
    assert set(schema.stream_fields(ThematicNetworkPage)) == {"body", "targets"}
    assert set(schema.stream_fields(RecognitionPage)) == {"body", "levels", "commitments"}
    assert schema.page_links(NetworkPage) == ("founded_by_page", "branch_of_page")
    assert schema.page_links(RecognitionPage) == ()


def broken(change):
    pages = copy.deepcopy(PAGES)
    change(pages)
    return schema.problems(pages)


def by_key(pages, key):
    return next(spec for spec in pages if spec["key"] == key)


def test_mistakes_are_named_with_their_page():
    assert broken(lambda pages: by_key(pages, "afccre")["text"]["acronym"].pop("en")) == [
        "« afccre » : le texte « acronym » doit être donné en français et en anglais."
    ]
    assert broken(lambda pages: by_key(pages, "afccre")["data"].update(members=3)) == [
        "« afccre » : le type networks.NetworkPage n'a pas de champ « members »."
    ]
    assert broken(lambda pages: by_key(pages, "afccre").update(levels=[])) == [
        "« afccre » : « levels » n'est pas une donnée du type networks.NetworkPage."
    ]
    assert broken(lambda pages: by_key(pages, "uclg").update(founded_by_page="nowhere")) == [
        "« uclg » : « founded_by_page » vise une page inconnue « nowhere »."
    ]
    assert broken(lambda pages: pages.insert(0, pages.pop(1))) == [
        "« city-networks » : la page parente « home » doit venir avant."
    ]
    assert broken(lambda pages: pages.append({**pages[0], "type": "networks.Nothing"})) == [
        "« home » : cette clé est déjà prise par une autre page.",
        "« home » : type de page inconnu « networks.Nothing ».",
    ]


def only_in_french(spec):
    """``spec`` as the data gives a page not yet translated: French alone."""
    for key in ("title", "slug"):
        spec[key] = {"fr": spec[key]["fr"]}
    for field, value in spec.get("text", {}).items():
        spec["text"][field] = {"fr": value["fr"]}


def test_a_page_may_be_given_in_fewer_languages_than_the_portal_has():
    # The languages of the title are the page's; translators do the others.
    assert broken(lambda pages: only_in_french(by_key(pages, "afccre"))) == []
    pages = copy.deepcopy(PAGES)
    only_in_french(by_key(pages, "afccre"))
    assert schema.languages_of(by_key(pages, "afccre")) == ("fr",)
    assert schema.languages_of(by_key(pages, "uclg")) == ("fr", "en")


def test_french_is_always_given_and_no_language_the_portal_lacks():
    refused = (
        "« afccre » : « title » doit être donné en français, et seulement dans les langues du "
        f"portail ({', '.join(schema.LANGUAGES)})."
    )
    assert broken(lambda pages: by_key(pages, "afccre")["title"].pop("fr")) == [refused]
    assert broken(lambda pages: by_key(pages, "afccre")["title"].update(xx="?")) == [refused]
    assert broken(lambda pages: by_key(pages, "afccre")["slug"].pop("en")) == [
        "« afccre » : « slug » doit être donné en français et en anglais."
    ]
