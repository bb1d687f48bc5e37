"""The filter form of the section pages: scope, theme and order, carried in the URL."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _


def sort_key(text):
    """Alphabetical order that ignores case and accents (« Éducation » among the E)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


class ListingFilterForm(forms.Form):
    """Filter cards by scope or theme and sort them; every value travels in the URL.

    Only the scopes and themes that the listed pages actually have are offered, so a
    visitor never picks a filter that shows nothing.
    """

    SORT_CHOICES = [("name", _("nom")), ("year", _("année de création"))]

    scope = forms.ChoiceField(label=_("Portée"), required=False)
    theme = forms.ChoiceField(label=_("Thème"), required=False)
    sort = forms.ChoiceField(label=_("Trier par"), required=False, choices=SORT_CHOICES)

    def __init__(self, *args, pages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scope"].choices = [("", _("Toutes"))] + self._choices(pages, "scope")
        themes = self._choices(pages, "theme")
        if themes:
            self.fields["theme"].choices = [("", _("Tous"))] + themes
        else:
            del self.fields["theme"]

    @staticmethod
    def _choices(pages, name):
        seen = {}
        for page in pages:
            value = getattr(page, name, "")
            if value:
                seen[value] = getattr(page, f"get_{name}_display")()
        return sorted(seen.items(), key=lambda item: sort_key(str(item[1])))

    def full_clean(self):
        super().full_clean()
        # Tie each error message to its field for screen readers.
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"id_{name}-error"}
                )

    def apply(self, pages):
        pages = list(pages)
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        if data.get("scope"):
            pages = [p for p in pages if p.scope == data["scope"]]
        if data.get("theme"):
            pages = [p for p in pages if getattr(p, "theme", "") == data["theme"]]
        if data.get("sort") == "year":
            # Pages without a year go last.
            pages.sort(key=lambda p: (p.year_for_sorting is None, p.year_for_sorting or 0, sort_key(p.title)))
        else:
            pages.sort(key=lambda p: sort_key(p.title))
        return pages
