"""The right that makes a second factor compulsory.

Administrators hold it implicitly, like every right; the moderators' group is given it by
a migration (angers_intl/migrations/0004, 0010). Wagtail's group screen offers it among
the "other" rights (angers_intl/wagtail_hooks.py), so that another group can be given it.
"""

from django.db import models


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
