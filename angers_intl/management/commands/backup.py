"""Back up the portal: its database and its uploaded files, in one archive."""

from django.core.management.base import BaseCommand, CommandError

from angers_intl.operations import backup


class Command(BaseCommand):
    help = (
        "Sauvegarde le portail dans une seule archive : la base de données (pg_dump), les images "
        "et documents déposés (MEDIA_ROOT) et un manifeste (versions, nombres de lignes, sommes SHA-256). "
        "Par défaut dans .data/backups/, sous un nom portant l'heure UTC."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            metavar="CHEMIN",
            help="Fichier de l'archive, ou dossier (existant, ou terminé par /) où la créer.",
        )

    def handle(self, *args, output=None, **options):
        try:
            path, manifest = backup.backup(output)
        except backup.BackupError as error:
            raise CommandError(f"Sauvegarde impossible : {error}") from error
        except OSError as error:
            raise CommandError(f"Sauvegarde impossible : {error.strerror} ({error.filename}).") from error
        counts = manifest["row_counts"]
        media = sum(1 for name in manifest["files"] if name.startswith(backup.MEDIA_PREFIX))
        if options["verbosity"] > 0:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Sauvegarde écrite : {path} ({counts['pages']} pages, {counts['revisions']} révisions, "
                    f"{counts['images']} images, {counts['documents']} documents, {counts['users']} comptes, "
                    f"{media} fichiers de médias)."
                )
            )
