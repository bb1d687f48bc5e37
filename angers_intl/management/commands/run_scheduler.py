"""Publish and unpublish scheduled pages every minute, once for the whole stack.

`make run` runs it beside the development server, `make stack` beside each app node. With
several nodes, each minute's pass runs on the first node to take the stack-wide lock (the
same lock as ``manage.py once publish_scheduled``); the others skip that minute. Without
a long-running process, cron or a systemd timer runs ``manage.py once publish_scheduled``
once a minute instead (see docs/deploiement.md).
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from angers_intl.operations import stack_lock


class Command(BaseCommand):
    help = "Lance publish_scheduled toutes les minutes, sur un seul nœud à la fois, jusqu'à l'arrêt du processus."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Secondes entre deux passages.")

    def handle(self, *args, interval=60, **options):
        try:
            while True:
                try:
                    with stack_lock.held("once:publish_scheduled", wait=False) as acquired:
                        if acquired:
                            call_command("publish_scheduled", verbosity=0)
                except Exception as error:  # noqa: BLE001 - a database away for a minute is no reason to stop
                    self.stderr.write(f"Publication programmée non faite ce tour-ci : {error}")
                    connection.close()
                time.sleep(interval)
        except KeyboardInterrupt:
            pass
