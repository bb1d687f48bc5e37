"""The dashboard's "Pages à revoir": the due pages, each with its owner, its due day, a link
to its editor and the one action; nothing at all when no page is due."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from .due import due_reviews
from .pages import display_name, may_check
from .views import checked_today_url


class DueReviewsPanel(Component):
    name = "due_reviews"
    order = 92
    template_name = "reviews/admin/due_reviews_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = self.request.user
        due = due_reviews(timezone.localdate())
        for item in due:
            item.owner_name = display_name(item.owner)
            item.check_url = checked_today_url(item.page) if may_check(user, item.page) else None
        context["due"] = due
        return context

