"""The page form every portal page is edited with: it runs the check of the text against
the fields (angers_intl/figure_check.py) before a page is submitted, published or approved,
and its panel shows what the check found to the editor and to the moderator reviewing it."""

import copy

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel

from . import figure_check

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
