"""The administrator's group screens name every right in French: Django and
wagtail-localize store the rights' names in English in the database ("Can add user",
"Can submit translations"), which the portal leaves as they are."""

import re

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from angers_intl.editorial import roles
from tests.test_admin_in_french import ReadableText


def rights_on(response):
    """The texts of a group screen: among them the names of the rights it offers, its
    checkboxes' labels (those read aloud by screen readers included) and the names of
    the things they apply to."""
    parser = ReadableText()
    parser.feed(response.content.decode())
    return [" ".join(text.split()) for text in parser.texts]


def test_the_rights_of_a_group_read_as_french(admin_client):
    moderators = Group.objects.get(name=roles.MODERATORS)
    response = admin_client.get(reverse("wagtailusers_groups:edit", args=[moderators.pk]))
    assert response.status_code == 200
    texts = rights_on(response)
    for right in [
        "Ajouter des utilisateurs",
        "Supprimer les groupes",
        "Soumettre des pages à la traduction",
        "Traduction",
        "Publier n'importe quelle page",
        "Verrouiller et déverrouiller les pages que vous avez verrouillées",
        "Ajouter des langues",
        "Modifier les réglages du portail",
        "Permissions : réglages du portail",
    ]:
        assert right in texts, right
    english = [text for text in texts if re.search(r"\bCan \w|\bTranslation\b|\|", text)]
    assert english == []


def test_a_new_group_offers_its_rights_in_french(admin_client):
    response = admin_client.get(reverse("wagtailusers_groups:add"))
    assert response.status_code == 200
    texts = rights_on(response)
    assert "Modifier les utilisateurs" in texts
    assert not [text for text in texts if text.startswith("Can ")]


def test_the_rights_keep_their_names_in_the_database(admin_client):
    """Django recreates the rights under their own names; other tools read them."""
    moderators = Group.objects.get(name=roles.MODERATORS)
    admin_client.get(reverse("wagtailusers_groups:edit", args=[moderators.pk]))
    assert Permission.objects.get(codename="submit_translation").name == "Can submit translations"
    assert Permission.objects.get(codename="add_user").name == "Can add user"
