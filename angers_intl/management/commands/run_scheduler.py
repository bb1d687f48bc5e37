"""Publish and unpublish scheduled pages every minute, once for the whole stack; once a day,
remind the owners of pages due for review (``check_reviews``) and check the partner links
(``check_links``).

`make run` runs it beside the development server, `make stack` beside each app node. With
several nodes, each minute's pass runs on the first node to take the stack-wide lock (the
same lock as ``manage.py once publish_scheduled``); the others skip that minute. Without
a long-running process, cron or a systemd timer runs ``manage.py once publish_scheduled``
once a minute and the daily commands once a day instead (see docs/deploiement.md). Both
daily commands are safe to run again: a reminder or a break is e-mailed once.
"""

import time
from datetime import timedelta

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.utils import timezone

from angers_intl.operations import stack_lock

EVERY_MINUTE = ("publish_scheduled",)
EVERY_DAY = ("check_reviews", "check_links")


class Command(BaseCommand):
    help = (
        "Lance publish_scheduled toutes les minutes, check_reviews et check_links une fois par jour, "
        "sur un seul nœud à la fois, jusqu'à l'arrêt du processus."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Secondes entre deux passages.")

    def handle(self, *args, interval=60, **options):
        next_daily = timezone.now()
        try:
            while True:
                due = list(EVERY_MINUTE)
                if timezone.now() >= next_daily:
                    due += EVERY_DAY
                    next_daily = timezone.now() + timedelta(days=1)
                for command in due:
                    self.run_once(command)
                time.sleep(interval)
        except KeyboardInterrupt:
            pass

    def run_once(self, command):
        try:
            with stack_lock.held(f"once:{command}", wait=False) as acquired:
                if acquired:
                    call_command(command, verbosity=0)
        except Exception as error:  # noqa: BLE001 - a database away for a minute is no reason to stop
            self.stderr.write(f"« {command} » non fait ce tour-ci : {error}")
            connection.close()
