"""Review dates: readers see when the facts of a network or recognition page were last
checked; a due page is listed on the dashboard and its owner and the moderators are
e-mailed once; "Vérifiée aujourd'hui" is one action, for those who may edit the French page,
and every translation shows the new date at once, through the page cache."""

import datetime
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page

from networks.models import NetworkPage, ThematicNetworkPage
from recognitions.models import RecognitionPage
from reviews.models import PageReview, owner_of
from reviews.pages import next_review
from tests.conftest import assert_denied, client_for, edit_url, make_user, page_for
from tests.test_admin_in_french import english_on_screens

FRENCH_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
ENGLISH_MONTHS = "January February March April May June July August September October November December".split()
ORGANISATIONS = (NetworkPage, ThematicNetworkPage, RecognitionPage)
# A day long past, whatever the day the tests run.
LONG_AGO = datetime.date(2020, 5, 1)


def today():
    return timezone.localdate()


def read_in_french(day):
    return f"Informations vérifiées le <time datetime=\"{day.isoformat()}\">{day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}</time>"


def read_in_english(day):
    return f"Information checked on <time datetime=\"{day.isoformat()}\">{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}</time>"


def review_of(page):
    return PageReview.objects.get(translation_key=page.translation_key)


def set_review(page, **values):
    PageReview.objects.filter(translation_key=page.translation_key).update(**values)


def make_due(page, owner=None, days_ago=1):
    set_review(
        page,
        owner=owner,
        checked_on=LONG_AGO,
        review_before=today() - datetime.timedelta(days=days_ago),
        reminded_for=None,
    )


def checked_today_url(page):
    return reverse("reviews:checked_today", args=[page.pk])


def row_of(title, html):
    """The listing's row that names ``title``."""
    return next(row for row in re.findall(r"<tr.*?</tr>", html, re.S) if re.search(rf">\s*{re.escape(title)}\s*<", row))


def panel(dashboard_html):
    """The dashboard's "Pages à revoir" panel, or None."""
    if 'id="due-reviews-title"' not in dashboard_html:
        return None
    return dashboard_html.split('id="due-reviews-title"', 1)[1].split("</section>", 1)[0]


@pytest.fixture
def staff(people):
    """The editor, the moderator and the translator, each with an address."""
    for person in people.values():
        person.email = f"{person.username}@ville.angers.example"
        person.first_name, person.last_name = person.username.capitalize(), "Angers"
        person.save()
    return people


# What readers see -----------------------------------------------------------------------------


def test_the_shipped_pages_say_when_their_facts_were_checked_in_both_languages(content, client):
    pages = [page for model in ORGANISATIONS for page in model.objects.live().filter(locale__language_code="fr")]
    assert len(pages) == 12
    for page in pages:
        review = review_of(page)
        # Checked the day the content was loaded, due a year later, by nobody in particular.
        assert review.checked_on is not None and review.owner is None
        assert review.review_before == next_review(review.checked_on)
        assert read_in_french(review.checked_on) in client.get(page.url).content.decode(), page.url
        english = page.get_translation(Locale.objects.get(language_code="en"))
        assert read_in_english(review.checked_on) in client.get(english.url).content.decode(), english.url
    # Other pages have no review, and say nothing of one.
    assert "vérifiées le" not in client.get(page_for("legal-notice").url).content.decode()


def test_a_page_never_checked_shows_no_date(content, client):
    cuf = page_for("cuf")
    set_review(cuf, checked_on=None)
    for language in ("fr", "en"):
        html = client.get(page_for("cuf", language).url).content.decode()
        assert "vérifiées le" not in html and "checked on" not in html


def test_checked_today_shows_the_new_date_in_both_languages_through_the_page_cache(
    content, client, people, django_capture_on_commit_callbacks
):
    eurocities = page_for("eurocities")
    set_review(eurocities, checked_on=LONG_AGO)
    # A draft waits on the French page: the check must neither publish it nor push it aside.
    draft = page_for("eurocities")
    draft.summary = "Un brouillon qui attend sa relecture."
    draft_revision = draft.save_revision()
    live_revision_id = eurocities.live_revision_id
    urls = {"fr": eurocities.url, "en": page_for("eurocities", "en").url}
    for language, url in urls.items():
        first, second = client.get(url), client.get(url)
        assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit"), url
        old = read_in_french(LONG_AGO) if language == "fr" else read_in_english(LONG_AGO)
        assert old in second.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(people["moderator"]).post(checked_today_url(eurocities))
    assert response.status_code == 302

    for language, url in urls.items():
        response = client.get(url)
        assert response["X-Cache"] == "miss", url
        html = response.content.decode()
        assert (read_in_french(today()) if language == "fr" else read_in_english(today())) in html, url
        assert str(LONG_AGO.year) not in html.split("detail__figures", 1)[1].split("</div>", 1)[0]
        # And the new page is what the cache keeps.
        again = client.get(url)
        assert again["X-Cache"] == "hit" and again.content == response.content
    eurocities.refresh_from_db()
    assert eurocities.live_revision_id == live_revision_id
    assert eurocities.latest_revision_id == draft_revision.pk and eurocities.has_unpublished_changes
    assert "Un brouillon" not in client.get(urls["fr"]).content.decode()


def test_a_date_changed_in_the_form_reaches_readers_at_once(content, client, people):
    afccre = page_for("afccre")
    url = afccre.url
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    review = review_of(afccre)
    response = client_for(people["editor"]).post(
        reverse("reviews:edit", args=[review.pk]),
        {"owner": "", "checked_on": "2026-03-02", "review_before": "2027-03-02"},
    )
    assert response.status_code == 302
    assert read_in_french(datetime.date(2026, 3, 2)) in client.get(url).content.decode()
    assert read_in_english(datetime.date(2026, 3, 2)) in client.get(page_for("afccre", "en").url).content.decode()


# The dashboard and the one action -------------------------------------------------------------


def test_a_due_page_shows_on_the_dashboard_until_it_is_checked_today(content, staff):
    editor = client_for(staff["editor"])
    assert panel(editor.get("/admin/").content.decode()) is None  # nothing due: no panel
    uclg = page_for("uclg")
    make_due(uclg, owner=staff["editor"], days_ago=3)

    listed = panel(editor.get("/admin/").content.decode())
    assert "Pages à revoir" in editor.get("/admin/").content.decode()
    assert f'href="{edit_url(uclg)}"' in listed and uclg.title in listed
    assert "Redactrice Angers" in listed
    due_day = today() - datetime.timedelta(days=3)
    assert f"{due_day.day} {FRENCH_MONTHS[due_day.month - 1]} {due_day.year}" in listed
    assert f'data-w-action-url-value="{checked_today_url(uclg)}"' in listed
    assert 'data-action="w-action#post"' in listed

    # The action posts, with Wagtail's CSRF token, the page it came from as "next".
    response = editor.post(checked_today_url(uclg), {"next": "/admin/"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    review = review_of(uclg)
    assert (review.checked_on, review.review_before) == (today(), next_review(today()))
    assert review.owner == staff["editor"] and review.reminded_for is None
    dashboard = editor.get("/admin/")
    assert panel(dashboard.content.decode()) is None
    told = [str(message) for message in dashboard.context["messages"]]
    assert told == [f"« {uclg.title} » : informations vérifiées aujourd’hui, à revoir avant le {next_review(today()).day} "
                    f"{FRENCH_MONTHS[next_review(today()).month - 1]} {next_review(today()).year}."]
    # In the page's history.
    history = editor.get(reverse("wagtailadmin_pages:history", args=[uclg.pk])).content.decode()
    assert "Informations de la page vérifiées" in history


def test_a_page_with_no_review_at_all_is_due(content, staff):
    PageReview.objects.filter(translation_key=page_for("gcom").translation_key).delete()
    listed = panel(client_for(staff["moderator"]).get("/admin/").content.decode())
    assert f'href="{edit_url(page_for("gcom"))}"' in listed and "jamais vérifiée" in listed


def test_the_action_is_offered_in_the_page_listing_and_the_editor_to_those_who_may_edit_french(content, staff):
    cuf, cuf_en = page_for("cuf"), page_for("cuf", "en")
    action = checked_today_url(cuf)
    editor, moderator, translator = (client_for(staff[name]) for name in ("editor", "moderator", "translator"))
    section = reverse("wagtailadmin_explore", args=[cuf.get_parent().pk])
    assert f'data-w-action-url-value="{action}"' in editor.get(section).content.decode()
    assert f'data-w-action-url-value="{action}"' in editor.get(edit_url(cuf)).content.decode()
    english_action = checked_today_url(cuf_en)
    english_section = reverse("wagtailadmin_explore", args=[cuf_en.get_parent().pk])
    # (An English page opens in wagtail-localize's translation editor, which has no such menu.)
    assert f'data-w-action-url-value="{english_action}"' in moderator.get(english_section).content.decode()
    # Translators edit the English page, not the French one: no action for them.
    for url in (english_section, edit_url(cuf_en)):
        assert "reviews/page/" not in translator.get(url).content.decode()
    # Nor on pages that have no review date.
    home = Page.objects.get(depth=2, locale__language_code="fr")
    assert "reviews/page/" not in editor.get(reverse("wagtailadmin_explore", args=[home.pk])).content.decode()


def test_a_moderator_may_check_from_the_english_page(content, staff):
    gcom_en = page_for("gcom", "en")
    make_due(page_for("gcom"))
    response = client_for(staff["moderator"]).post(checked_today_url(gcom_en))
    assert response.status_code == 302
    assert review_of(gcom_en).checked_on == today()


def test_translators_and_anonymous_visitors_may_not_check(content, staff, client):
    cuf = page_for("cuf")
    make_due(cuf)
    before = review_of(cuf)
    translator = client_for(staff["translator"])
    for page in (cuf, page_for("cuf", "en")):
        assert translator.post(checked_today_url(page)).status_code == 403
        response = client.post(checked_today_url(page))
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    # The screens refuse them as Wagtail refuses any screen.
    assert_denied(translator.get(reverse("reviews:index")))
    assert_denied(translator.get(reverse("reviews:edit", args=[before.pk])))
    assert_denied(translator.post(reverse("reviews:edit", args=[before.pk]), {"review_before": "2030-01-01"}))
    assert panel(translator.get("/admin/").content.decode()) is None
    after = review_of(cuf)
    assert (after.checked_on, after.review_before) == (before.checked_on, before.review_before)


def test_the_action_asks_for_a_post(content, staff):
    """A link opened without the admin's scripts asks to confirm; only the POST records."""
    cuf = page_for("cuf")
    make_due(cuf)
    editor = client_for(staff["editor"])
    confirm = editor.get(checked_today_url(cuf))
    assert confirm.status_code == 200 and 'method="post"' in confirm.content.decode()
    assert review_of(cuf).checked_on == LONG_AGO
    # Wagtail's CSRF check stands.
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.cookies = editor.cookies
    assert strict.post(checked_today_url(cuf)).status_code == 403
    assert review_of(cuf).checked_on == LONG_AGO


# Reminders ----------------------------------------------------------------------------------


def test_a_due_page_emails_its_owner_and_the_moderators_once(content, staff, mailoutbox):
    eurocities = page_for("eurocities")
    make_due(eurocities, owner=staff["editor"])
    inactive = make_user("ancien-moderateur", "Modérateurs")
    inactive.email, inactive.is_active = "ancien@ville.angers.example", False
    inactive.save()

    call_command("once", "check_reviews", verbosity=0)
    assert sorted(address for message in mailoutbox for address in message.to) == [
        "moderateur@ville.angers.example",
        "redactrice@ville.angers.example",
    ]
    due_day = today() - datetime.timedelta(days=1)
    in_french = f"{due_day.day} {FRENCH_MONTHS[due_day.month - 1]} {due_day.year}"
    for message in mailoutbox:
        assert message.subject == f"Page à revoir : « Eurocities » (avant le {in_french})"
        assert message.body.startswith("Bonjour,")
        assert f"« Eurocities » sont à revoir avant le {in_french}" in message.body
        assert "Dernière vérification : le 1 mai 2020." in message.body
        assert "Responsable : Redactrice Angers." in message.body
        base = settings.WAGTAILADMIN_BASE_URL
        assert f"{base}/admin/pages/{eurocities.pk}/edit/" in message.body
        assert f"{base}{reverse('reviews:index')}" in message.body
    assert review_of(eurocities).reminded_for == due_day

    # Once per due day: the next runs send nothing.
    mailoutbox.clear()
    call_command("once", "check_reviews", verbosity=0)
    assert mailoutbox == []

    # Checked again, then due again: a new reminder.
    client_for(staff["editor"]).post(checked_today_url(eurocities))
    call_command("check_reviews", verbosity=0)
    assert mailoutbox == []
    make_due(eurocities, owner=staff["editor"], days_ago=0)
    call_command("check_reviews", verbosity=0)
    assert len(mailoutbox) == 2


def test_a_page_without_owner_is_reminded_to_the_moderators(content, staff, mailoutbox):
    gcom = page_for("gcom")
    PageReview.objects.filter(translation_key=gcom.translation_key).delete()
    call_command("check_reviews", verbosity=0)
    assert [message.to for message in mailoutbox] == [["moderateur@ville.angers.example"]]
    assert "Elles n'ont encore jamais été vérifiées." in mailoutbox[0].body
    assert "Responsable : personne pour l'instant" in mailoutbox[0].body
    # Recorded as due that day: listed, and reminded once.
    assert review_of(gcom).review_before == today() == review_of(gcom).reminded_for
    call_command("check_reviews", verbosity=0)
    assert len(mailoutbox) == 1


# The Vérifications screen ---------------------------------------------------------------------


def test_the_screen_lists_every_page_with_its_owner_dates_and_status(content, staff):
    eurocities, cuf = page_for("eurocities"), page_for("cuf")
    make_due(eurocities, owner=staff["editor"])
    editor = client_for(staff["editor"])
    index = reverse("reviews:index")
    html = editor.get(index).content.decode()
    for page in (page for model in ORGANISATIONS for page in model.objects.live().filter(locale__language_code="fr")):
        assert page.title in html, page.title
    row = row_of(eurocities.title, html)
    assert "Redactrice Angers" in row and "1 mai 2020" in row and "À revoir" in row and "À jour" not in row
    assert "À jour" in row_of(cuf.title, html) and "à désigner" in row_of(cuf.title, html)
    # Filtered by status, and sorted by it.
    due_only = editor.get(index, {"status": "due"}).content.decode()
    assert eurocities.title in due_only and cuf.title not in due_only
    assert eurocities.title not in editor.get(index, {"status": "current"}).content.decode()
    by_status = editor.get(index, {"ordering": "-due"}).content.decode()
    assert by_status.index(eurocities.title) < by_status.index(cuf.title)
    # Reached from the menu, under "Rapports".
    assert index in editor.get("/admin/").content.decode()


def test_the_screens_are_in_french(content, staff):
    make_due(page_for("eurocities"), owner=staff["editor"])
    review = review_of(page_for("eurocities"))
    urls = [
        reverse("reviews:index"),
        reverse("reviews:index") + "?status=due",
        reverse("reviews:edit", args=[review.pk]),
        checked_today_url(page_for("eurocities")),
        reverse("wagtailadmin_home"),
    ]
    assert english_on_screens(client_for(staff["editor"]), urls) == {}


def test_a_review_before_that_is_not_after_the_check_is_refused_in_french(content, staff):
    afccre = page_for("afccre")
    review = review_of(afccre)
    editor = client_for(staff["editor"])
    edit = reverse("reviews:edit", args=[review.pk])
    assert editor.get(edit).status_code == 200
    for review_before in ("2026-03-02", "2026-01-15"):
        response = editor.post(edit, {"owner": "", "checked_on": "2026-03-02", "review_before": review_before})
        assert response.status_code == 400
        html = response.content.decode()
        assert "La date « à revoir avant » doit venir après la date de vérification" in html
        assert 'name="review_before"' in html  # the form again, to correct
    response = editor.post(edit, {"owner": "", "checked_on": "2026-03-02", "review_before": ""})
    assert response.status_code == 400
    assert review_of(afccre).review_before == review.review_before


def test_only_active_staff_may_own_a_page(content, staff):
    review = review_of(page_for("afccre"))
    visitor = get_user_model().objects.create_user("visiteur", password="x" * 12)
    former = make_user("ancienne-redactrice", "Rédacteurs")
    former.is_active = False
    former.save()
    editor = client_for(staff["editor"])
    edit = reverse("reviews:edit", args=[review.pk])
    form = editor.get(edit).content.decode()
    offered = set(re.findall(r'<option value="(\d+)"', form.split('name="owner"', 1)[1].split("</select>", 1)[0]))
    assert {str(person.pk) for person in staff.values()} <= offered
    assert str(visitor.pk) not in offered and str(former.pk) not in offered
    day = today().isoformat()
    later = next_review(today()).isoformat()
    for person in (visitor, former):
        response = editor.post(edit, {"owner": person.pk, "checked_on": day, "review_before": later})
        assert response.status_code == 400
    response = editor.post(edit, {"owner": staff["moderator"].pk, "checked_on": day, "review_before": later})
    assert response.status_code == 302
    # The link checker asks the same record who answers for a page, in either language.
    assert owner_of(page_for("afccre", "en")) == staff["moderator"]


# New pages --------------------------------------------------------------------------------


def test_a_page_published_for_the_first_time_is_checked_that_day_by_its_owner(content, staff):
    section = page_for("recognitions")
    page = RecognitionPage(title="Label d'essai", slug="label-d-essai", summary="Un label.", owner=staff["editor"])
    section.add_child(instance=page)
    assert not PageReview.objects.filter(translation_key=page.translation_key).exists()
    page.save_revision(user=staff["editor"]).publish()
    review = review_of(page)
    assert (review.checked_on, review.review_before, review.owner) == (today(), next_review(today()), staff["editor"])
    # Scheduled for later: not checked until it is published.
    scheduled = RecognitionPage(title="Prix d'essai", slug="prix-d-essai", summary="Un prix.", owner=staff["editor"])
    section.add_child(instance=scheduled)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision(user=staff["editor"]).publish()
    assert not PageReview.objects.filter(translation_key=scheduled.translation_key).exists()
    # Published again later: the review stays as it is.
    set_review(page, checked_on=LONG_AGO)
    page.save_revision().publish()
    assert review_of(page).checked_on == LONG_AGO


def test_the_interval_is_counted_in_calendar_months(settings):
    assert next_review(datetime.date(2026, 12, 3)) == datetime.date(2027, 12, 3)
    assert next_review(datetime.date(2028, 2, 29)) == datetime.date(2029, 2, 28)
    settings.REVIEW_INTERVAL_MONTHS = 6
    assert next_review(datetime.date(2026, 8, 31)) == datetime.date(2027, 2, 28)
