"""Admin additions: the dashboard panel for staff, translation status in the page
listing, and the content checker's rules for RGAA."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.admin.widgets.button import ListingButton
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import TranslationSource

from .admin_views import ReviewedUpdateTranslationsView, checked_upload_pofile
from .caching import policy
from .translation_status import OUTDATED, translation_statuses

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
def guard_wagtail_localize_views():
    # Same addresses as wagtail-localize's views, registered first so they answer.
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload_pofile,
            name="angers_intl_upload_pofile",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            ReviewedUpdateTranslationsView.as_view(),
            name="angers_intl_update_translations",
        ),
    ]


class EditorialStatusPanel(Component):
    """Pages awaiting review, and pages whose English version needs a translator."""

    name = "editorial_status"
    order = 90
    template_name = "angers_intl/admin/editorial_status_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        in_review = (
            WorkflowState.objects.active()
            .filter(base_content_type__app_label="wagtailcore", base_content_type__model="page")
            .select_related("current_task_state__task")
            .order_by("-created_at")[:20]
        )
        pages = {}
        states = list(in_review)
        for page in Page.objects.filter(pk__in=[int(s.object_id) for s in states]).select_related("locale"):
            pages[str(page.pk)] = page
        statuses = translation_statuses()
        sources = {
            source.object_id: source.pk
            for source in TranslationSource.objects.filter(
                object_id__in=[s.source_page.translation_key for s in statuses],
                locale__language_code="fr",
            )
        }
        user = self.request.user
        for status in statuses:
            status.can_edit_source = status.source_page.permissions_for_user(user).can_edit()
            source_id = sources.get(status.source_page.translation_key)
            status.sync_url = (
                reverse("wagtail_localize:update_translations", args=[source_id])
                if source_id and status.status == OUTDATED
                else None
            )
        context.update(
            {
                "in_review": [(state, pages.get(state.object_id)) for state in states],
                "translation_statuses": statuses,
            }
        )
        return context


@hooks.register("construct_homepage_panels")
def add_editorial_status_panel(request, panels):
    panels.append(EditorialStatusPanel(request))


@hooks.register("register_page_listing_more_buttons")
def outdated_translation_button(page, user, next_url=None):
    """On an English page whose French source changed since the last sync."""
    if page.locale.language_code != "en":
        return
    french = Locale.objects.filter(language_code="fr").first()
    source_page = page.get_translation_or_none(french) if french else None
    if source_page is None or not source_page.last_published_at:
        return
    source = TranslationSource.objects.get_for_instance_or_none(source_page)
    if source is not None and source_page.last_published_at > source.last_updated_at:
        yield ListingButton(
            _("Traduction à mettre à jour"),
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            priority=5,
            icon_name="warning",
        )


class PortalContentChecker(ContentCheckerItem):
    """Wagtail's checks, plus what RGAA asks of editors: text alternatives, a language
    on the page and on passages, a page title, and links that warn of a new window."""

    axe_run_only = ContentCheckerItem.axe_run_only + [
        "image-alt",
        "html-has-lang",
        "valid-lang",
        "document-title",
        "new-window-warning",
    ]
    axe_custom_rules = ContentCheckerItem.axe_custom_rules + [
        {
            # Links that open a new window carry data-warns-new-window once their text
            # says so (our templates do); any other target=_blank link is reported.
            # Wagtail's alt-text check, given a pattern that always matches, makes
            # every selected element a finding.
            "id": "new-window-warning",
            "impact": "serious",
            "selector": 'a[target="_blank"]:not([data-warns-new-window])',
            "tags": ["wcag2a", "rgaa"],
            "any": [{"id": "check-image-alt-text", "options": {"pattern": "^"}}],
            "enabled": True,
        }
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image sans texte alternatif"),
            "help_text": _("Décrivez l’image, ou marquez-la comme décorative."),
        },
        "html-has-lang": {
            "error_name": _("Langue de la page absente"),
            "help_text": _("La page doit déclarer sa langue."),
        },
        "valid-lang": {
            "error_name": _("Code de langue invalide"),
            "help_text": _("Utilisez un code comme « fr » ou « en »."),
        },
        "document-title": {
            "error_name": _("Titre de page absent"),
            "help_text": _("Chaque page doit avoir un titre."),
        },
        "new-window-warning": {
            "error_name": _("Lien ouvrant une nouvelle fenêtre sans le dire"),
            "help_text": _("Ajoutez « Ouvre une nouvelle fenêtre » au texte du lien."),
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_portal_content_checker(request, items, page=None):
    for index, item in enumerate(items):
        # The editor's side panel passes Wagtail's older AccessibilityItem subclass.
        if isinstance(item, ContentCheckerItem) and not isinstance(item, PortalContentChecker):
            items[index] = PortalContentChecker(in_editor=item.in_editor)


@hooks.register("construct_main_menu", order=100)
def name_the_second_factor_set_up(request, menu_items):
    """wagtail-2fa leaves a single, untranslated "2FA Setup" item in the menu of staff who
    must still set up their second factor: it is named in their language."""
    for item in menu_items:
        if getattr(item, "label", None) == "2FA Setup":
            item.label = _("Configurer la double authentification")
