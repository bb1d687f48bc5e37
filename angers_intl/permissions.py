"""Who may do what to a page beyond Wagtail's own rights: on a translation, deleting it,
stopping its synchronisation or turning it into an alias belong to those who may publish it
(moderators); translators translate. Page types use it through ``permissions_for_user``;
the guards of wagtail-localize's views (editorial/localize_guards.py) through
``may_manage_translation``.

And the right that makes a second factor compulsory (``SecondFactorPolicy``): administrators
hold it implicitly, like every right; the moderators' group is given it by a migration
(angers_intl/migrations/0004, 0010). Wagtail's group screen offers it among the "other"
rights (angers_intl/wagtail_hooks.py), so that another group can be given it; the sign-in
screens that enforce it are angers_intl/security/second_factor.py."""

from django.conf import settings
from django.db import models
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


class SecondFactorPolicy(models.Model):
    """No table: the model only carries the right, as Wagtail's own ``Admin`` model
    carries "access the admin"."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("require_second_factor", "Doit utiliser la double authentification pour se connecter")]
        verbose_name = "double authentification"

    def __str__(self):
        return self._meta.verbose_name


REQUIRE_SECOND_FACTOR = "angers_intl.require_second_factor"
