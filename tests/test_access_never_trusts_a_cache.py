"""Who may see a page is read from the database on every rendering: a restriction added a
moment ago holds while the shared site tree, kept up to an hour by every worker, still
lists the page as public, and whether or not the purge that should follow it ran."""

import pytest
from django.db.models.signals import post_save
from django.test import Client
from wagtail.models import PageViewRestriction

from angers_intl.caching import signals as purge_signals
from angers_intl.caching import store
from angers_intl.navigation import tree
from tests.conftest import page_for


@pytest.fixture
def purges_that_fail(monkeypatch):
    """Every purge of the site tree and the pages fails silently, as when Redis refuses
    writes: the restriction is saved, nothing is told to the caches."""
    post_save.disconnect(sender=PageViewRestriction, dispatch_uid="portal_purge_save_PageViewRestriction")
    yield
    purge_signals.connect()


@pytest.mark.parametrize("kind", ["login", "password"])
def test_a_page_restricted_a_moment_ago_is_never_served_to_a_visitor(content, settings, purges_that_fail, kind):
    page = page_for("eurocities")
    workers = [Client(), Client()]
    for worker in workers:
        assert page.summary_text in worker.get(page.url).content.decode()
    shared_tree = tree.for_request(workers[0].get(page.url).wsgi_request)
    assert not shared_tree.by_pk[page.pk].restricted

    PageViewRestriction.objects.create(page=page, restriction_type=kind, password="secret-city")
    # The stored copies are gone (as they expire), the tree is as it was.
    store.forget_paths([page.url])
    assert not tree.for_request(workers[1].get("/").wsgi_request).by_pk[page.pk].restricted

    for worker in workers:
        response = worker.get(page.url)
        assert page.summary_text not in response.content.decode()
        assert response.status_code in (200, 302)  # the password form, or the way to log in
        if kind == "login":
            assert response.status_code == 302 and "login" in response["Location"]
        assert "private" in response.get("Cache-Control", "") or response.status_code == 302
