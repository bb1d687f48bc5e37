"""The "Liens à vérifier" report in the admin's Reports menu, for whoever holds its right
(editors, moderators and administrators; any other group from its screen)."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import REPORT_PERMISSION, LinkReportView, may_see_report


class LinkReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_report(request.user)


@hooks.register("register_admin_urls")
def link_report_urls():
    return [
        path("reports/liens-a-verifier/", LinkReportView.as_view(), name="link_watch_report"),
        path(
            "reports/liens-a-verifier/results/",
            LinkReportView.as_view(results_only=True),
            name="link_watch_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def link_report_menu_item():
    return LinkReportMenuItem(
        _("Liens à vérifier"), reverse("link_watch_report"), name="links-to-check", icon_name="link", order=1300
    )


@hooks.register("register_permissions")
def link_report_right_on_the_group_screen():
    app_label, codename = REPORT_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
