"""Migrate the database and load the Angers content, once for the whole stack.

Every node runs it when it starts; nodes starting together take turns under a lock held
in the shared database, and the later ones find nothing left to do.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from angers_intl.operations import stack_lock


class Command(BaseCommand):
    help = "Applique les migrations et charge le contenu d'Angers, une seule fois pour tous les nœuds."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        with stack_lock.held("prepare-site"):
            # Each migration applied is news only to someone asking for detail (-v 2).
            call_command("migrate", interactive=False, verbosity=max(verbosity - 1, 0))
            call_command("load_angers_content", verbosity=verbosity)
