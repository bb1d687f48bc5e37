"""What the portal adds to Wagtail's admin, registered here and written elsewhere: the
editorial room (angers_intl/editorial/) for the dashboard panel, the translation status in
the page listing, the guards on wagtail-localize and the content checker's RGAA rules;
the page cache's policy (angers_intl/caching/); the second factor's menu items
(angers_intl/security/second_factor.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem

from .caching import policy
from .editorial import admin_wording, debt_board, deletion, guides, review, translation_memory
from .editorial.localize_guards import (
    OneLanguageSubmitTranslationView,
    ReviewedUpdateTranslationsView,
    checked_upload_pofile,
    guarded_convert_to_alias,
    guarded_stop_translation,
    hide_convert_to_alias,
)
from .editorial.panels import (
    EditorialStatusPanel,
    PortalContentChecker,
    UndatedOrganisationsPanel,
    outdated_translation_button,
)
from .minor_changes import register_log_actions, remember_the_mark_of_a_draft
from .security import second_factor

# The page cache (wagtail-cache) asks these two before serving from or storing in it.
hooks.register("is_request_cacheable", policy.accept_request)
hooks.register("is_response_cacheable", policy.accept_response)


@hooks.register("construct_settings_menu")
def hide_page_cache_screen(request, menu_items):
    """wagtail-cache's "Cache" screen is in English only and describes a timeout the portal
    does not use (pages are purged on every change, see angers_intl/caching/): staff never
    need it; `manage.py clear_wagtail_cache` empties the cache after a deployment."""
    menu_items[:] = [item for item in menu_items if item.name != "cache"]


@hooks.register("register_admin_urls")
def remove_page_cache_screens():
    # Same addresses as wagtail-cache's admin views, registered first (angers_intl comes
    # before wagtailcache in INSTALLED_APPS) so that they answer: not found, for everyone.
    return [
        path("cache/", policy.removed_cache_screen, name="angers_intl_removed_cache_screen"),
        path("cache/clearcache", policy.removed_cache_screen, name="angers_intl_removed_cache_clear"),
    ]


@hooks.register("register_admin_urls")
def guard_wagtail_localize_views():
    # Same addresses as wagtail-localize's views, registered first so they answer.
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload_pofile,
            name="angers_intl_upload_pofile",
        ),
        path(
            "translations/<int:page_id>/submit-for-review/",
            review.submit_translation_for_review,
            name="angers_intl_submit_for_review",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            OneLanguageSubmitTranslationView.as_view(),
            name="angers_intl_submit_page_translation",
        ),
        path(
            "localize/translate/<int:translation_id>/memory/",
            translation_memory.take_up_translation,
            name="angers_intl_take_up_translation",
        ),
        path(
            "localize/translate/<int:translation_id>/disable/",
            guarded_stop_translation,
            name="angers_intl_stop_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            guarded_convert_to_alias,
            name="angers_intl_convert_to_alias",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            ReviewedUpdateTranslationsView.as_view(),
            name="angers_intl_update_translations",
        ),
    ]


# The city's guides (angers_intl/editorial/guides.py): their screens, first in the help menu.
hooks.register("register_admin_urls", guides.urlpatterns)
hooks.register("register_help_menu_item", guides.editors_guide_menu_item)
hooks.register("register_help_menu_item", guides.translators_guide_menu_item)


@hooks.register("construct_homepage_panels")
def add_editorial_status_panel(request, panels):
    panels.append(EditorialStatusPanel(request))
    panels.append(UndatedOrganisationsPanel())


hooks.register("register_page_listing_more_buttons", outdated_translation_button)
hooks.register("after_edit_page", remember_the_mark_of_a_draft)
hooks.register("register_log_actions", register_log_actions)
hooks.register("after_edit_page", admin_wording.report_workflow_action)
hooks.register("construct_page_action_menu", hide_convert_to_alias)
hooks.register("register_page_listing_more_buttons", review.submit_for_review_button)
# Deleting a French page deletes its translations, listed on the delete screen.
hooks.register("construct_translated_pages_to_cascade_actions", deletion.cascade_deletion_to_translations)
hooks.register("before_delete_page", deletion.refuse_to_delete_translations_one_may_not_delete)


@hooks.register("construct_wagtail_userbar")
def use_portal_content_checker(request, items, page=None):
    for index, item in enumerate(items):
        # The editor's side panel passes Wagtail's older AccessibilityItem subclass.
        if isinstance(item, ContentCheckerItem) and not isinstance(item, PortalContentChecker):
            items[index] = PortalContentChecker(in_editor=item.in_editor)


# The second factor (angers_intl/security/second_factor.py): the only menu item of staff
# who must still set it up, its place in the account menu and in the list of users, and
# its right on the group screen.
hooks.register("construct_main_menu", second_factor.set_up_menu, order=100)
hooks.register("register_account_menu_item", second_factor.account_menu_item)
hooks.register("register_user_listing_buttons", second_factor.user_listing_button)
hooks.register("register_permissions", second_factor.the_right_on_the_group_screen)


# The translation debt board (angers_intl/editorial/debt_board.py), under "Rapports", for
# translators, moderators and administrators.
class DebtBoardMenuItem(MenuItem):
    def is_shown(self, request):
        return debt_board.may_see_board(request.user)


@hooks.register("register_admin_urls")
def debt_board_urls():
    return [
        path("reports/suivi-des-traductions/", debt_board.DebtBoardView.as_view(), name="translation_debt_board"),
        path(
            "reports/suivi-des-traductions/results/",
            debt_board.DebtBoardView.as_view(results_only=True),
            name="translation_debt_board_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def debt_board_menu_item():
    return DebtBoardMenuItem(
        _("Suivi des traductions"),
        reverse("translation_debt_board"),
        name="translation-debt",
        icon_name="globe",
        order=1200,
    )
