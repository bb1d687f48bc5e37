"""Run a management command on one node only, for work every node is scheduled to do
(``manage.py once publish_scheduled`` from each node's timer): the first node to start it
holds a lock in the shared database, and the others skip that turn."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from angers_intl.operations import stack_lock


class Command(BaseCommand):
    help = "Lance une commande sur un seul nœud à la fois ; les autres nœuds passent leur tour."

    def add_arguments(self, parser):
        parser.add_argument("command", help="La commande à lancer, par exemple publish_scheduled.")
        parser.add_argument("arguments", nargs="*", help="Ses arguments.")

    def handle(self, *args, command, arguments, **options):
        with stack_lock.held(f"once:{command}", wait=False) as acquired:
            if not acquired:
                self.stdout.write(f"« {command} » tourne déjà sur un autre nœud : rien à faire ici.")
                return
            try:
                call_command(command, *arguments)
            except KeyError as error:
                raise CommandError(f"Commande inconnue : « {command} ».") from error
