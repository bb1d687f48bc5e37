"""The review dates in Wagtail's admin: the "Vérifications" screen (under "Rapports"), the
action "Vérifiée aujourd'hui" in the page listing's and the page editor's menus, the
dashboard's "Pages à revoir", and the check in each page's history."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .checks import CHECKED
from .pages import may_check_some
from .panels import DueReviewsPanel
from .views import ReviewViewSet, checked_today_button


@hooks.register("register_admin_viewset")
def register_reviews_screen():
    return ReviewViewSet()


hooks.register("register_page_listing_more_buttons", checked_today_button)
hooks.register("register_page_header_buttons", checked_today_button)


@hooks.register("construct_homepage_panels")
def add_due_reviews_panel(request, panels):
    if may_check_some(request.user):
        panels.append(DueReviewsPanel(request))


@hooks.register("register_log_actions")
def register_check_in_history(actions):
    actions.register_action(CHECKED, _("Vérifiée aujourd’hui"), _("Informations de la page vérifiées"))
