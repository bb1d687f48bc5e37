"""Create the first administrator account when there is none, and say how to sign in.

Administrators must use a second factor (angers_intl/security/second_factor.py): the first
sign-in asks for the password, then to set up an authenticator app. Whoever starts the
portal for the first time learns it here, with the password, rather than on the screen
after signing in.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


def sign_in_steps(admin_url, credentials="l’identifiant et le mot de passe ci-dessus"):
    """How the first administrator signs in for the first time, second factor included."""
    return (
        f"Première connexion : {admin_url}\n"
        f"  1. Donnez {credentials}.\n"
        "  2. Le portail demande alors d’enregistrer une application d’authentification sur votre "
        "téléphone (FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator…) : scannez le "
        "QR code affiché (ou saisissez la clé), puis donnez le code à six chiffres que montre "
        "l’application et votre mot de passe.\n"
        "  3. À chaque connexion suivante : mot de passe, puis le code à six chiffres du moment.\n"
        "  Notez aussi les codes de secours (menu du compte > Double authentification > Codes de "
        "secours) : ils remplacent le téléphone s’il est perdu."
    )


class Command(BaseCommand):
    help = (
        "Crée un compte administrateur « admin » s'il n'en existe aucun. Mot de passe : "
        "ADMIN_PASSWORD, sinon un mot de passe généré, affiché une seule fois. Dit comment se "
        "connecter la première fois (double authentification comprise)."
    )

    def handle(self, *args, **options):
        users = get_user_model()
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"
        administrators = users.objects.filter(is_superuser=True, is_active=True)
        if administrators.exists():
            if not TOTPDevice.objects.filter(user__in=administrators, confirmed=True).exists():
                # Started again before anyone signed in: the steps are still ahead.
                self.stdout.write(
                    "Aucun administrateur n’a encore d’application d’authentification.\n"
                    + sign_in_steps(admin_url, "l’identifiant et le mot de passe de l’administrateur")
                )
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
        self.stdout.write(sign_in_steps(admin_url))
