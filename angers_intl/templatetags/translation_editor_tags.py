"""wagtail-localize's translation editor as translators use it (the template is
templates/wagtail_localize/admin/edit_translation.html)."""

import json

from django import template
from django.conf import settings
from wagtail.models import Page
from wagtail_localize.models import Translation

from .. import figure_check
from ..editorial import review, translation_memory
from ..permissions import may_manage_translation

register = template.Library()


def translator_only(context):
    """A translation its user may translate but not stop, convert or publish."""
    instance = context.get("instance")
    return isinstance(instance, Page) and not may_manage_translation(context["request"].user, instance)


@register.simple_tag(takes_context=True)
def translator_props(context, props):
    """The editor's data without the addresses of the actions a translator may not take:
    without them, its footer offers no "Convertir en alias de page" and the stylesheet
    hides its "Arrêter la synchronisation" (the views refuse both anyway)."""
    context["translator_only"] = translator_only(context)
    if not context["translator_only"]:
        return props
    data = json.loads(props)
    data["links"].update(convertToAliasUrl=None, stopTranslationUrl=None)
    return json.dumps(data)


@register.inclusion_tag("angers_intl/admin/translation_review_bar.html", takes_context=True)
def translation_review_bar(context):
    page = context.get("instance")
    user = context["request"].user
    if not isinstance(page, Page) or page.permissions_for_user(user).can_publish():
        return {}
    return {
        "page": page,
        "in_review": review.waits_for_review(page),
        "can_submit": review.may_submit(page, user),
    }


@register.inclusion_tag("angers_intl/admin/figure_check_notice.html", takes_context=True)
def translation_figure_check(context):
    """What the check of the text against the fields finds in the translation as last
    saved: the translator sees it before submitting, the moderator while reviewing."""
    page = context.get("instance")
    if not isinstance(page, Page):
        return {}
    draft = page.get_latest_revision_as_object() if page.get_latest_revision() else page
    found = figure_check.findings(draft)
    return {"findings": found, "needs_confirmation": bool(figure_check.blocking(found))}


@register.inclusion_tag("angers_intl/admin/translation_memory_panel.html", takes_context=True)
def translation_memory_panel(context):
    """What the memory offers for the empty segments (the previous translation of a changed
    French text, with the change; the same text translated elsewhere), and the official
    names the translation does not use (angers_intl/editorial/translation_memory.py)."""
    translation = context.get("translation")
    if not isinstance(translation, Translation):
        return {}
    return {
        "translation": translation,
        "suggestions": translation_memory.suggestions(translation),
        "findings": translation_memory.glossary_findings(translation),
        "source_language": settings.LANGUAGE_CODE,
        "target_language": translation.target_locale.language_code,
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
    }
