"""Load the Angers content (French pages and their English translations)."""

from django.core.management.base import BaseCommand, CommandError

from angers_intl.content.loader import ContentError, ContentLoader


class Command(BaseCommand):
    help = (
        "Crée l'arborescence du portail avec le contenu d'Angers, en français et en anglais. "
        "Ne modifie rien sur un site déjà rédigé, sauf avec --reset."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Supprime toutes les pages et les recharge (demande confirmation).",
        )
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="Ne pose aucune question (avec --reset : confirme la suppression).",
        )

    def handle(self, *args, reset=False, interactive=True, **options):
        try:
            loader = ContentLoader(stdout=self.stdout if options["verbosity"] > 1 else None)
        except ContentError as error:
            raise CommandError(str(error)) from error
        if reset:
            if interactive:
                answer = input(
                    "Toutes les pages du portail et leurs traductions seront supprimées, "
                    "y compris les modifications des rédacteurs. Tapez « oui » pour continuer : "
                )
                if answer.strip().lower() not in ("oui", "yes"):
                    raise CommandError("Rien n'a été supprimé.")
            loader.delete_everything()
            self.stdout.write("Pages supprimées ; rechargement du contenu.")
        elif loader.home_page() is not None:
            if loader.edited_by_people():
                self.stdout.write(
                    "Des rédacteurs ou des traducteurs ont modifié le site : rien n'a été changé. "
                    "Utilisez --reset pour repartir du contenu d'origine."
                )
                return
            if loader.is_complete():
                self.stdout.write("Le contenu d'Angers est déjà chargé : rien n'a été changé.")
                return
        try:
            loader.load()
        except ContentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Contenu d'Angers chargé : {loader.created} pages créées, "
                f"{loader.translated} traductions publiées."
            )
        )
