"""Check every external link of the live pages and tell the owners of new breaks
(link_watch/check.py). Scheduled once a day, on one node: ``manage.py once check_links``."""

from django.core.management.base import BaseCommand

from link_watch.check import check_links


class Command(BaseCommand):
    help = (
        "Vérifie les liens externes des pages publiées (sites officiels, liens des textes) et "
        "prévient par courriel les responsables des pages de chaque nouvelle panne."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--host",
            action="append",
            dest="hosts",
            metavar="HÔTE",
            help="Ne vérifier que les liens de cet hôte, par exemple www.afccre.org (option répétable).",
        )

    def handle(self, *args, hosts=None, **options):
        summary = check_links(only_hosts=hosts)
        self.stdout.write(summary.in_words())
