"""Who may do what to a page beyond Wagtail's own rights: on a translation, deleting it,
stopping its synchronisation or turning it into an alias belong to those who may publish it
(moderators); translators translate. Page types use it through ``permissions_for_user``;
the guards of wagtail-localize's views (editorial/localize_guards.py) through
``may_manage_translation``."""

from django.conf import settings
from wagtail.models import PagePermissionTester


def may_manage_translation(user, page):
    """Whether ``user`` may delete, stop or convert ``page``: anyone with the right on a
    source page, only those who may publish it on a translation."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return True
    return PagePermissionTester(user, page).can_publish()


class TranslationPermissionTester(PagePermissionTester):
    """Wagtail's page rights, with deleting a translation left to those who may publish it
    (wagtail-localize's editor then offers translators no "Supprimer" button)."""

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and may_manage_translation(self.user, self.page)
