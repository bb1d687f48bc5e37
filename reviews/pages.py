"""What the reviews know of pages and people: which pages have a review date (every network
and recognition page), the source page a record names, who answers for a page (staff), and
who may say it was checked (whoever may edit its French page: editors and moderators, not
translators)."""

import calendar
import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from networks.models import NetworkPage, ThematicNetworkPage
from recognitions.models import RecognitionPage

REVIEWED_MODELS = (NetworkPage, ThematicNetworkPage, RecognitionPage)


def is_reviewed(page):
    return issubclass(page.specific_class or type(page), REVIEWED_MODELS)


def reviewed_content_types():
    return list(ContentType.objects.get_for_models(*REVIEWED_MODELS).values())


def reviewed_pages():
    """The live network and recognition pages in the source language: one per record."""
    return Page.objects.live().filter(
        locale__language_code=settings.LANGUAGE_CODE, content_type__in=reviewed_content_types()
    )


def source_page(page):
    """The French page of ``page`` (itself when it is French), or None."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    return Page.objects.filter(
        translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()


def next_review(day):
    """``day`` plus ``REVIEW_INTERVAL_MONTHS`` calendar months (29 February gives the 28th)."""
    month_index = day.month - 1 + settings.REVIEW_INTERVAL_MONTHS
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# Staff --------------------------------------------------------------------------------------


def _admin_access():
    return Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")


def staff_users():
    """Active accounts that use the admin: those a page may be given to."""
    access = _admin_access()
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(is_staff=True)
            | Q(groups__permissions__in=access)
            | Q(user_permissions__in=access)
        )
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


def is_staff_member(user):
    return bool(
        user is not None
        and user.is_active
        and (user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin"))
    )


def display_name(user):
    return (user.get_full_name().strip() or user.get_username()) if user is not None else ""


# Who may say a page was checked -------------------------------------------------------------


def may_check(user, page):
    """Whether ``user`` may record a check of ``page`` (any translation of it): Wagtail's right
    to edit its French page. A translator, who edits only the English page, may not."""
    if not (user.is_authenticated and user.is_active):
        return False
    source = source_page(page)
    return source is not None and is_reviewed(source) and source.permissions_for_user(user).can_edit()


def may_check_some(user):
    """Whether ``user`` may edit some French page: the Vérifications screen is theirs."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return editable.filter(locale__language_code=settings.LANGUAGE_CODE).exists()
