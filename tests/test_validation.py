"""Bad values never reach the database: each is refused with a message in the editor's
language."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from networks.models import NetworkPage, ThematicNetworkPage
from recognitions.models import RecognitionPage
from tests.conftest import page_for

NEXT_YEAR = datetime.date.today().year + 1

INVALID = [
    (NetworkPage, "afccre", "founding_year", 1799, "1800"),
    (NetworkPage, "afccre", "founding_year", NEXT_YEAR + 1, str(NEXT_YEAR)),
    (NetworkPage, "afccre", "angers_since", 3000, "1800"),
    (NetworkPage, "afccre", "member_count", -5, "0"),
    (NetworkPage, "afccre", "website", "javascript:alert(1)", "http"),
    (NetworkPage, "afccre", "website", "ftp://example.org/", "http"),
    (ThematicNetworkPage, "gcom", "country_count", -1, "0"),
    (RecognitionPage, "europe-prize", "year_created", 1700, "1800"),
    (RecognitionPage, "europe-prize", "website", "not a url", "http"),
]


@pytest.mark.parametrize(("model", "key", "field", "value", "hint"), INVALID)
def test_invalid_value_is_refused_with_a_message(content, model, key, field, value, hint):
    page = page_for(key)
    assert isinstance(page, model)
    setattr(page, field, value)
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    messages = excinfo.value.message_dict[field]
    assert any(hint in message for message in messages), messages


def test_year_message_is_in_the_editors_language(content):
    page = page_for("afccre")
    page.founding_year = 1700
    for language, expected in (("fr", "Saisissez une année"), ("en", "Enter a year")):
        with translation.override(language):
            with pytest.raises(ValidationError) as excinfo:
                page.full_clean()
            assert expected in " ".join(excinfo.value.message_dict["founding_year"])


def test_next_year_is_accepted(content):
    page = page_for("afccre")
    page.founding_year = NEXT_YEAR
    page.full_clean()


def test_invalid_page_is_not_saved_through_the_admin(content, admin_client):
    page = page_for("afccre")
    edit_url = f"/admin/pages/{page.pk}/edit/"
    form = admin_client.get(edit_url)
    assert form.status_code == 200
    data = {
        "title": page.title,
        "slug": page.slug,
        "founding_year": "1700",
        "body-count": "0",
        "action-publish": "action-publish",
    }
    response = admin_client.post(edit_url, data)
    # The form comes back with the error, nothing saved.
    assert response.status_code == 200
    page.refresh_from_db()
    assert page.founding_year == 1951
