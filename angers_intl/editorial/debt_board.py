"""The "Suivi des traductions" board (under "Rapports"): every live French page against each
translation language, with where the translation stands (up to date, behind for N days,
never translated, under review, segments to translate), filtered by section, language and
translator (Wagtail's ReportView, as the "Liens à vérifier" report).

wagtail-localize has no overview of what is out of date per language (wagtail-localize#832):
its screens show one page at a time. The states come from ``translation_status``, which the
dashboard's panels read too, so the board and the dashboard never disagree; a publication
marked "Modification mineure" makes nothing behind on either.

Translators see the languages of their groups only; moderators and administrators all of
them (``roles.translation_languages_of``).
"""

import django_filters
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from . import roles
from .translation_status import MISSING, translation_states


def may_see_board(user):
    """Translators (of any language), moderators and administrators."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    allowed = {roles.MODERATORS, *(roles.translators_group(code) for code in settings.TRANSLATION_LANGUAGES)}
    return user.groups.filter(name__in=allowed).exists()


def french_pages():
    return Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=1).live()


def sections():
    """The home page's children: the sections of the site."""
    return Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=3).live().order_by("path")


def translations_by(user, languages):
    """The translation keys of the pages ``user`` last translated (or owns, when nobody is
    named on their latest revision) in ``languages``."""
    return (
        Page.objects.filter(locale__language_code__in=languages)
        .filter(Q(latest_revision__user=user) | Q(latest_revision__user__isnull=True, owner=user))
        .values("translation_key")
    )


def translators(languages):
    """Whoever last translated, or owns, a translation in ``languages``."""
    pages = Page.objects.filter(locale__language_code__in=languages)
    return (
        get_user_model()
        .objects.filter(
            Q(pk__in=pages.values("latest_revision__user")) | Q(pk__in=pages.values("owner"))
        )
        .order_by("first_name", "last_name", "username")
    )


class TranslatorChoiceField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class TranslatorFilter(django_filters.ModelChoiceFilter):
    field_class = TranslatorChoiceField


class DebtBoardFilterSet(WagtailFilterSet):
    section = django_filters.ModelChoiceFilter(
        label=_("Rubrique"),
        queryset=lambda request: sections(),
        empty_label=_("Toutes"),
        method="filter_section",
    )
    language = django_filters.ChoiceFilter(
        label=_("Langue"),
        choices=[],
        empty_label=_("Toutes"),
        method="keep_every_page",
    )
    translator = TranslatorFilter(
        label=_("Traducteur ou traductrice"),
        queryset=lambda request: translators(roles.translation_languages_of(request.user)),
        empty_label=_("Tous"),
        # The view filters the pages once it knows which languages are shown.
        method="keep_every_page",
    )

    class Meta:
        model = Page
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        self.filters["language"].extra["choices"] = [
            (code, names[code]) for code in roles.translation_languages_of(request.user)
        ]

    def filter_section(self, queryset, name, value):
        if value:
            return queryset.filter(path__startswith=value.path)
        return queryset

    def keep_every_page(self, queryset, name, value):
        return queryset


class DebtBoardView(ReportView):
    page_title = _("Suivi des traductions")
    header_icon = "globe"
    results_template_name = "angers_intl/admin/debt_board_results.html"
    index_url_name = "translation_debt_board"
    index_results_url_name = "translation_debt_board_results"
    filterset_class = DebtBoardFilterSet
    paginate_by = 100
    # No spreadsheet download: ReportView would export the page model's columns, and the
    # board's cells (one per language) are not among them, so the file would be blank rows.
    FORMATS = ()

    def dispatch(self, request, *args, **kwargs):
        if not may_see_board(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return french_pages().order_by("path")

    def chosen(self, name):
        if self.filters is not None and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name)
        return None

    @cached_property
    def languages(self):
        """The columns: the language chosen, or every language of the reader."""
        visible = roles.translation_languages_of(self.request.user)
        language = self.chosen("language")
        return [language] if language in visible else visible

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        translator = self.chosen("translator")
        if translator is not None:
            queryset = queryset.filter(translation_key__in=translations_by(translator, self.languages))
        return queryset

    def decorate_paginated_queryset(self, pages):
        """Each page with its state in each language shown, read in a constant number of
        queries (translation_status.translation_states)."""
        languages = self.languages
        section_titles = {section.path: section.title for section in sections()}
        rows = []
        for page, states in translation_states(languages, sources=list(pages)):
            cells = [states[language] for language in languages]
            for cell in cells:
                cell.url = (
                    reverse("wagtail_localize:submit_page_translation", args=[page.pk])
                    if cell.status == MISSING
                    else reverse("wagtailadmin_pages:edit", args=[cell.target_page.pk])
                )
            rows.append(
                {
                    "page": page,
                    "section": section_titles.get(page.path[: Page.steplen * 3], "") if page.depth > 3 else "",
                    "cells": cells,
                }
            )
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        context["board_languages"] = [(code, names[code]) for code in self.languages]
        return context
