"""The page form every portal page is edited with: it runs the check of the text against
the fields (angers_intl/figure_check.py) before a page is submitted, published or approved,
and its panel shows what the check found to the editor and to the moderator reviewing it.
On a French page it also offers the "Modification mineure" box (angers_intl/minor_changes.py)."""

import copy

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel

from . import figure_check, minor_changes

# The buttons of Wagtail's page editor that publish, or hand the page to a reviewer.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow", "action-workflow-action")
CONFIRMATION = "figures_confirmed"


class CheckedPageForm(WagtailAdminPageForm):
    figures_confirmed = forms.BooleanField(
        required=False,
        label=gettext_lazy("J’ai vérifié ces nombres"),
        help_text=gettext_lazy(
            "Cochez si le texte doit garder un nombre différent du champ (le chiffre d’une autre source, "
            "cité comme tel) : la page peut alors être soumise ou publiée."
        ),
    )

    minor_change = forms.BooleanField(
        required=False,
        label=gettext_lazy("Modification mineure"),
        help_text=gettext_lazy(
            "Cochez pour une correction qui ne change pas le sens (une faute de frappe, une virgule, une "
            "espace) : les traductions ne seront pas signalées en retard. Ne cochez pas si une phrase, un "
            "fait ou une date change : les traducteurs doivent le savoir."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if page.pk is None or page.locale.language_code != settings.LANGUAGE_CODE:
            # Only a change of a French page can leave its translations up to date.
            del self.fields[minor_changes.MARK]
        elif page.workflow_in_progress:
            # The moderator approving from the editor sees, and keeps, what the editor said.
            self.fields[minor_changes.MARK].initial = minor_changes.is_minor(page.latest_revision_id)

    def save(self, commit=True):
        page = super().save(commit=commit)
        if minor_changes.MARK in self.fields:
            # The revision saved from this form takes the mark (minor_changes.remember_the_mark).
            setattr(page, minor_changes.MARK, bool(self.cleaned_data.get(minor_changes.MARK)))
        return page

    def clean(self):
        cleaned_data = super().clean()
        if not any(self.data.get(action) for action in PUBLISHING_ACTIONS):
            return cleaned_data  # a draft may be saved as it is: the panel says what to fix
        if cleaned_data.get(CONFIRMATION):
            return cleaned_data
        found = figure_check.blocking(figure_check.findings(self.page_as_typed(cleaned_data)))
        if found:
            raise ValidationError(
                [
                    *(finding.message for finding in found),
                    _(
                        "Corrigez le texte ou le champ, ou cochez « J’ai vérifié ces nombres » en haut de "
                        "l’onglet Contenu si le texte doit le dire ainsi."
                    ),
                ]
            )
        return cleaned_data

    def page_as_typed(self, cleaned_data):
        """The page with what the editor typed, without touching the form's instance."""
        page = copy.copy(self.instance)
        for name, value in cleaned_data.items():
            if name in self._meta.fields and hasattr(page, name):
                setattr(page, name, value)
        return page


class MinorChangePanel(FieldPanel):
    """The "Modification mineure" box, on French pages already created."""

    def __init__(self, **kwargs):
        kwargs.setdefault("field_name", minor_changes.MARK)
        kwargs.setdefault("heading", gettext_lazy("Modification mineure"))
        super().__init__(**kwargs)


class FigureCheckPanel(FieldPanel):
    """What the check finds in the page as it is in the editor, with the confirmation
    box; shown only when there is something to say."""

    def __init__(self, **kwargs):
        kwargs.setdefault("field_name", CONFIRMATION)
        kwargs.setdefault("heading", gettext_lazy("Vérification des chiffres"))
        super().__init__(**kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        template_name = "angers_intl/admin/figure_check_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.findings = figure_check.findings(self.instance) if self.instance is not None else []

        def is_shown(self):
            return bool(self.findings) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["findings"] = self.findings
            context["needs_confirmation"] = bool(figure_check.blocking(self.findings))
            return context
