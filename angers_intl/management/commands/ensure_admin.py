"""Create the first administrator account when there is none."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Crée un compte administrateur « admin » s'il n'en existe aucun. Mot de passe : "
        "ADMIN_PASSWORD, sinon un mot de passe généré, affiché une seule fois."
    )

    def handle(self, *args, **options):
        users = get_user_model()
        if users.objects.filter(is_superuser=True).exists():
            return
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(16)
        # The same rules as every other password of the portal.
        try:
            validate_password(password, users(username=username, email=os.environ.get("ADMIN_EMAIL", "")))
        except ValidationError as error:
            raise CommandError("ADMIN_PASSWORD refusé : " + " ".join(error.messages)) from error
        users.objects.create_superuser(
            username=username, email=os.environ.get("ADMIN_EMAIL", ""), password=password
        )
        if os.environ.get("ADMIN_PASSWORD"):
            self.stdout.write(f"Compte administrateur « {username} » créé (mot de passe : ADMIN_PASSWORD).")
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"Compte administrateur créé : identifiant « {username} », mot de passe « {password} ». "
                    "Notez-le : il ne sera plus affiché."
                )
            )
