"""Every change that can make a cached page stale, tied to its purge.

Pages: publish (from the editor, a workflow, the scheduler or wagtail-localize), unpublish
(and scheduled expiry), delete, move and rename. Site-wide: the portal settings, the
Site records, view restrictions, and images used on pages.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from angers_intl.signals import live_page_changed
from angers_intl.site_settings import PortalSettings

from . import plan
from .purge import purge


def remember_what_others_show(sender, instance, raw=False, **kwargs):
    """Before a page is saved, note what other pages show of it as it stands: the pages it
    is linked with (Wagtail's reference index is rewritten with the save) and its official
    name (marked in every page's text)."""
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    before = {"linked": list(plan.linked_translation_keys([instance.pk]))}
    if hasattr(instance, "own_language_name"):
        before["name"] = (
            type(instance)
            .objects.filter(pk=instance.pk)
            .values_list("own_language_name", "own_language", "live")
            .first()
        )
    if hasattr(instance, "show_in_footer"):
        # Published in the footer: unticking the box must still purge every page.
        before["in_footer"] = (
            type(instance).objects.filter(pk=instance.pk, live=True, show_in_footer=True).exists()
        )
    instance._portal_before_save = before


def _official_name_changed(instance, before, unpublished):
    if not hasattr(instance, "own_language_name"):
        return False
    if unpublished or not before.get("name"):
        return bool(instance.own_language_name)
    name, language, was_live = before["name"]
    if not was_live:  # a first publication adds its name to every page's list
        return bool(instance.own_language_name)
    return (name, language) != (instance.own_language_name, instance.own_language)


def page_changed(sender, instance, signal=None, **kwargs):
    before = getattr(instance, "_portal_before_save", {})
    linked_before = before.get("linked", ())
    if _official_name_changed(instance, before, unpublished=signal is page_unpublished) or before.get(
        "in_footer"
    ):
        purge(lambda: plan.for_page(instance, linked_before=linked_before) | plan.everything())
    else:
        purge(lambda: plan.for_page(instance, linked_before=linked_before))


def page_renamed(sender, instance, instance_before, **kwargs):
    old_url_path = instance_before.url_path
    purge(lambda: plan.for_page(instance, old_url_path=old_url_path))


def page_moved(sender, instance, url_path_before, **kwargs):
    # The old section and the new one are in the menu's sections: everything, and the
    # page's old addresses for the front.
    old = plan.for_page(instance, old_url_path=url_path_before)
    purge(lambda: old | plan.everything())


def site_changed(sender, **kwargs):
    purge(plan.everything)


def image_changed(sender, instance, created=False, **kwargs):
    """An image shown on pages changed (file, focal point, description): every page."""
    if not created and ReferenceIndex.get_references_to(instance).exists():
        purge(plan.everything)


def connect():
    pre_save.connect(remember_what_others_show, dispatch_uid="portal_purge_before_save")
    page_published.connect(page_changed, dispatch_uid="portal_purge_published")
    page_unpublished.connect(page_changed, dispatch_uid="portal_purge_unpublished")
    live_page_changed.connect(page_changed, dispatch_uid="portal_purge_live_page_changed")
    page_slug_changed.connect(page_renamed, dispatch_uid="portal_purge_renamed")
    post_page_move.connect(page_moved, dispatch_uid="portal_purge_moved")
    for model in (PortalSettings, Site, PageViewRestriction):
        post_save.connect(site_changed, sender=model, dispatch_uid=f"portal_purge_save_{model.__name__}")
        post_delete.connect(site_changed, sender=model, dispatch_uid=f"portal_purge_delete_{model.__name__}")
    image = get_image_model()
    post_save.connect(image_changed, sender=image, dispatch_uid="portal_purge_image_saved")
    post_delete.connect(image_changed, sender=image, dispatch_uid="portal_purge_image_deleted")



