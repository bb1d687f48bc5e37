"""The admin's "Vérifications" screen (Wagtail's ModelViewSet): every live network and
recognition page with its owner, its dates and its status, the form that changes them, and
the one action "Vérifiée aujourd'hui", also offered in the page listing, the page editor and
on the dashboard.

Who may do what follows Wagtail's page rights, not rights of their own: whoever may edit the
French page may change its review or say it was checked (editors, moderators,
administrators); translators, who edit only the English pages, may not.
"""

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, Case, OuterRef, Q, Subquery, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import ButtonsColumnMixin, Column, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.models import Page
from wagtail.permission_policies.base import BasePermissionPolicy

from . import checks
from .models import PageReview
from .pages import (
    display_name,
    is_reviewed,
    may_check,
    may_check_some,
    reviewed_content_types,
    staff_users,
)

# The action's attributes: Wagtail's own "w-action" controller posts to the URL with the
# CSRF token and the current address as ``next``.
POST_ATTRS = {"data-controller": "w-action", "data-action": "w-action#post"}


def checked_today_url(page):
    return reverse("reviews:checked_today", args=[page.pk])


def post_attrs(url):
    return {**POST_ATTRS, "data-w-action-url-value": url}


def format_day(day):
    return date_format(day, "DATE_FORMAT") if day else ""


class ReviewPermissionPolicy(BasePermissionPolicy):
    """Seeing and changing reviews: those who may edit some French page see the screen; a
    review is changed by those who may edit its page. Nobody adds or deletes one: they
    come with the pages."""

    def user_has_permission(self, user, action):
        return action in ("view", "change") and may_check_some(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        page = instance.page
        return action in ("view", "change") and page is not None and may_check(user, page)

    def users_with_any_permission(self, actions):
        if not set(actions) & {"view", "change"}:
            return staff_users().none()
        return staff_users()


# The form --------------------------------------------------------------------------------


class StaffChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return display_name(obj)


class PageReviewForm(WagtailAdminModelForm):
    """Owner, last check and due day. An owner is an active member of staff; the due day
    comes after the check."""

    class Meta:
        model = PageReview
        fields = ["owner", "checked_on", "review_before"]
        field_classes = {"owner": StaffChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = staff_users()
        self.fields["owner"].empty_label = _("Personne pour l’instant")
        self.fields["checked_on"].help_text = _(
            "Le jour où les chiffres, les dates et les liens de la page ont été vérifiés : les "
            "lecteurs le voient sous les chiffres clés, en français et en anglais."
        )
        self.fields["review_before"].required = True
        self.fields["review_before"].help_text = _(
            "À partir de ce jour, la page est « à revoir » : elle s’affiche sur le tableau de "
            "bord, et son responsable et les modérateurs reçoivent un rappel."
        )

    def clean(self):
        cleaned = super().clean()
        checked_on, review_before = cleaned.get("checked_on"), cleaned.get("review_before")
        if checked_on and checked_on > timezone.localdate():
            self.add_error("checked_on", _("La date de vérification ne peut pas être dans le futur."))
        if checked_on and review_before and review_before <= checked_on:
            self.add_error(
                "review_before",
                _("La date « à revoir avant » doit venir après la date de vérification (« vérifié le »)."),
            )
        return cleaned


# The listing ----------------------------------------------------------------------------


class ReviewFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Statut"),
        choices=[("due", gettext_lazy("À revoir")), ("current", gettext_lazy("À jour"))],
        empty_label=gettext_lazy("Tous"),
        method="filter_status",
    )
    owner = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Responsable"),
        queryset=lambda request: staff_users(),
        empty_label=gettext_lazy("Tous"),
    )

    class Meta:
        model = PageReview
        fields = []

    def filter_status(self, queryset, name, value):
        if value:
            return queryset.filter(due=value == "due")
        return queryset


class PageTitleColumn(ButtonsColumnMixin, TitleColumn):
    """The page's title, linked to its review's form, with the row's actions beside it."""

    def __init__(self, *args, view, **kwargs):
        super().__init__(*args, **kwargs)
        self.view = view

    def get_buttons(self, instance, parent_context):
        return self.view.get_list_buttons(instance)


class ReviewIndexView(generic.IndexView):
    default_ordering = "review_before"
    filterset_class = ReviewFilterSet
    page_title = gettext_lazy("Vérifications")

    def get_base_queryset(self):
        french = Page.objects.live().filter(
            translation_key=OuterRef("translation_key"),
            locale__language_code=settings.LANGUAGE_CODE,
            content_type__in=reviewed_content_types(),
        )
        today = timezone.localdate()
        return (
            PageReview.objects.annotate(
                french_page_id=Subquery(french.values("pk")[:1]),
                page_title=Subquery(french.values("title")[:1]),
                page_type=Subquery(french.values("content_type")[:1]),
                due=Case(
                    When(Q(review_before__isnull=True) | Q(review_before__lte=today), then=Value(True)),
                    default=Value(False),
                    output_field=BooleanField(),
                ),
            )
            .filter(french_page_id__isnull=False)
            .select_related("owner")
        )

    def order_queryset(self, queryset):
        # Equal values keep the most urgent first, then the titles' order.
        return queryset.order_by(self.ordering, "review_before", "page_title")

    @cached_property
    def columns(self):
        return [
            PageTitleColumn(
                "page_title", label=_("Page"), sort_key="page_title", get_url=self.get_edit_url, view=self
            ),
            Column(
                "page_type",
                label=_("Type"),
                accessor=lambda review: capfirst(
                    ContentType.objects.get_for_id(review.page_type).model_class()._meta.verbose_name
                ),
            ),
            Column(
                "owner",
                label=_("Responsable"),
                accessor=lambda review: display_name(review.owner) or _("à désigner"),
            ),
            Column(
                "checked_on",
                label=_("Vérifiée le"),
                sort_key="checked_on",
                accessor=lambda review: format_day(review.checked_on) or _("jamais"),
            ),
            Column(
                "review_before",
                label=_("À revoir avant"),
                sort_key="review_before",
                accessor=lambda review: format_day(review.review_before),
            ),
            StatusTagColumn(
                "status",
                label=_("Statut"),
                sort_key="due",
                accessor=lambda review: _("À revoir") if review.due else _("À jour"),
                primary=lambda review: review.due,
            ),
        ]

    def get_table(self, object_list):
        # Each row's page, read at once: the rights on it decide the row's links.
        pages = Page.objects.in_bulk([review.french_page_id for review in object_list])
        for review in object_list:
            review.__dict__["page"] = pages.get(review.french_page_id)
        return super().get_table(object_list)

    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return reverse(self.edit_url_name, args=[instance.pk])

    def get_list_more_buttons(self, instance):
        buttons = []
        if edit_url := self.get_edit_url(instance):
            url = checked_today_url(instance.page)
            buttons += [
                Button(_("Vérifiée aujourd’hui"), url=url, icon_name="calendar-check", attrs=post_attrs(url), priority=5),
                Button(_("Modifier le responsable ou les dates"), url=edit_url, icon_name="edit", priority=10),
            ]
        buttons.append(
            Button(
                _("Ouvrir la page"),
                url=reverse("wagtailadmin_pages:edit", args=[instance.french_page_id]),
                icon_name="doc-empty-inverse",
                priority=20,
            )
        )
        return buttons


class ReviewEditView(generic.EditView):
    success_message = gettext_lazy("Vérification de « %(object)s » enregistrée.")
    error_message = gettext_lazy("La vérification n’a pas été enregistrée : corrigez les erreurs ci-dessous.")

    def get_object(self, queryset=None):
        review = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(self.request.user, "change", review):
            raise PermissionDenied
        return review

    def get_success_message(self, instance=None):
        return self.success_message % {"object": str(self.object)}

    def save_instance(self):
        changed = "checked_on" in self.form.changed_data
        instance = super().save_instance()
        if changed:
            # Readers see the day of the last check: every translation shows another one.
            checks.announce(instance.translation_key)
        return instance

    def form_invalid(self, form):
        response = super().form_invalid(form)
        # The form again, with what to correct: a client error, not a success.
        response.status_code = 400
        return response


class ReviewViewSet(ModelViewSet):
    model = PageReview
    name = "reviews"
    icon = "calendar-check"
    menu_label = gettext_lazy("Vérifications")
    menu_name = "reviews"
    # Under "Rapports", beside Wagtail's reports on pages.
    menu_hook = "register_reports_menu_item"
    menu_order = 50
    index_view_class = ReviewIndexView
    edit_view_class = ReviewEditView
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    edit_handler = ObjectList(
        [FieldPanel("owner"), FieldPanel("checked_on"), FieldPanel("review_before")],
        base_form_class=PageReviewForm,
    )

    @property
    def permission_policy(self):
        return ReviewPermissionPolicy(self.model)

    def get_permissions_to_register(self):
        # Nothing for the group screen: reviews follow the rights on pages.
        return Permission.objects.none()

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("page/<int:page_id>/checked-today/", checked_today, name="checked_today"),
        ]


# The one action --------------------------------------------------------------------------


def checked_today(request, page_id):
    """"Vérifiée aujourd'hui": POST records the check (with Wagtail's CSRF check); GET asks
    for confirmation, for a link opened without the admin's scripts."""
    page = get_object_or_404(Page, pk=page_id)
    if not is_reviewed(page):
        raise Http404
    if not may_check(request.user, page):
        # A 403, not Wagtail's way back to the dashboard: nothing was recorded.
        return permission_denied(request, PermissionDenied())
    title = page.get_admin_display_title()
    if request.method != "POST":
        return TemplateResponse(request, "reviews/admin/checked_today.html", {"page": page, "title": title})
    review = checks.checked_today(page, request.user)
    messages.success(
        request,
        _("« %(title)s » : informations vérifiées aujourd’hui, à revoir avant le %(day)s.")
        % {"title": title, "day": format_day(review.review_before)},
    )
    next_url = request.POST.get("next") or request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect("reviews:index")


def checked_today_button(page, user, next_url=None, view_name=None):
    """The page listing's "…" menu and the page editor's header menu, on a live network or
    recognition page (both languages) whose French page ``user`` may edit."""
    if page.live and is_reviewed(page) and may_check(user, page):
        url = checked_today_url(page)
        yield Button(_("Vérifiée aujourd’hui"), url, icon_name="calendar-check", attrs=post_attrs(url), priority=45)

