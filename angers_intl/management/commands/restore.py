"""Restore the portal from an archive made by `manage.py backup`."""

from django.core.management.base import BaseCommand, CommandError

from angers_intl.operations import backup, restore

# The manifest's table names, as the report shows them.
LABELS = {
    "pages": "pages",
    "revisions": "révisions",
    "locales": "langues",
    "translation_sources": "sources de traduction",
    "translations": "traductions",
    "string_translations": "segments traduits",
    "images": "images",
    "renditions": "déclinaisons d'images",
    "documents": "documents",
    "users": "comptes",
}

class Command(BaseCommand):
    help = (
        "Remplace la base de données et les fichiers déposés (MEDIA_ROOT) par le contenu d'une archive "
        "de `manage.py backup`, après en avoir vérifié chaque fichier. Demande confirmation, sauf avec --yes."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", metavar="ARCHIVE", help="L'archive à restaurer (.tar).")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="Confirme sans poser de question : tout le contenu actuel du portail sera remplacé.",
        )

    def handle(self, *args, archive, yes=False, **options):
        try:
            with restore.verified_archive(archive) as verified:
                manifest = verified.manifest
                pg_restore = restore.check_dump(verified)
                self.stdout.write(
                    f"Archive vérifiée : sauvegarde du {manifest['created_at']} de la base "
                    f"« {manifest['database']['name']} » (PostgreSQL {manifest['database']['server_version']}, "
                    f"Wagtail {manifest['versions']['wagtail']})."
                )
                self.confirm(yes)
                restore.restore_database(verified, pg_restore)
                restore.restore_media(verified)
        except backup.BackupError as error:
            raise CommandError(f"Restauration impossible : {error}") from error
        except OSError as error:
            raise CommandError(f"Restauration impossible : {error.strerror} ({error.filename}).") from error

        try:
            restore.forget_cached_pages()
        except backup.BackupError as error:
            self.stderr.write(self.style.WARNING(f"Restauration faite, mais {error}"))

        rows = restore.compare_counts(manifest["row_counts"], backup.row_counts())
        width = max(len(LABELS.get(name, name)) for name, _, _ in rows)
        for name, expected, found in rows:
            mark = "ok" if expected == found else "DIFFÉRENT"
            self.stdout.write(f"  {LABELS.get(name, name).ljust(width)}  {found:>6}  (sauvegarde : {expected})  {mark}")
        different = [LABELS.get(name, name) for name, expected, found in rows if expected != found]
        if different:
            raise CommandError(
                "Restauration faite, mais les nombres de lignes diffèrent de la sauvegarde pour : "
                + ", ".join(different)
                + "."
            )
        self.stdout.write(self.style.SUCCESS(f"Portail restauré depuis {archive}."))

    def confirm(self, yes):
        if yes:
            return
        if not self.stdin_is_a_terminal():
            raise CommandError(
                "La restauration remplace toute la base et tous les fichiers déposés : relancez avec --yes "
                "pour confirmer. Rien n'a été modifié."
            )
        answer = input(
            "Toute la base de données et tous les fichiers déposés du portail seront remplacés "
            "par ceux de la sauvegarde. Tapez « oui » pour continuer : "
        )
        if answer.strip().lower() not in ("oui", "yes"):
            raise CommandError("Restauration abandonnée : rien n'a été modifié.")

    @staticmethod
    def stdin_is_a_terminal():
        import sys

        return sys.stdin is not None and sys.stdin.isatty()
