"""Open a language listed in PORTAL_LANGUAGES on a running site."""

from django.core.management.base import BaseCommand, CommandError

from angers_intl.editorial.languages import LanguageError, set_up_language


class Command(BaseCommand):
    help = (
        "Ouvre une langue de PORTAL_LANGUAGES (par exemple « de ») : sa locale, sa configuration "
        "de recherche, le groupe de ses traducteurs et leurs droits, et sa page d'accueil en "
        "brouillon à traduire. Sans effet sur ce qui existe déjà."
    )

    def add_arguments(self, parser):
        parser.add_argument("language", help="code de la langue, par exemple de")

    def handle(self, language, **options):
        try:
            set_up_language(language.strip().lower(), say=self.stdout.write)
        except LanguageError as error:
            raise CommandError(str(error)) from error
