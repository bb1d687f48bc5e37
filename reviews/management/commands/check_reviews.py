"""E-mail the owner and the moderators of each page due for a check, once per due day.
Scheduled daily as ``manage.py once check_reviews`` (one node at a time)."""

from django.core.management.base import BaseCommand

from reviews.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Envoie, pour chaque page de réseau ou de reconnaissance à revoir, un rappel à son "
        "responsable et aux modérateurs, une seule fois par échéance."
    )

    def handle(self, *args, **options):
        say = self.stdout.write if options["verbosity"] > 0 else (lambda line: None)
        reminded = send_reminders(say=say)
        if options["verbosity"] > 0:
            self.stdout.write(f"Pages rappelées : {reminded}.")
