"""The preview links in Wagtail's admin: the page's "Liens de prévisualisation" screen, its
entry in the "…" menus of the page editor and the page listing, and the links' entries in
the page's history."""

from django.urls import path
from wagtail import hooks

from . import admin, history


@hooks.register("register_admin_urls")
def preview_links_urls():
    return [
        path("liens-de-previsualisation/page/<int:page_id>/", admin.page_links, name="preview_links_page"),
        path("liens-de-previsualisation/<int:link_id>/revoquer/", admin.revoke, name="preview_links_revoke"),
    ]


hooks.register("register_page_header_buttons", admin.preview_links_button)
hooks.register("register_page_listing_more_buttons", admin.preview_links_button)
hooks.register("register_log_actions", history.register)
