"""Publish and unpublish scheduled pages every minute (for `make run`).

In production the same job runs from cron or a systemd timer:
``manage.py publish_scheduled`` once a minute (see docs/deployment.md).
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Lance publish_scheduled toutes les minutes, jusqu'à l'arrêt du processus."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Secondes entre deux passages.")

    def handle(self, *args, interval=60, **options):
        try:
            while True:
                call_command("publish_scheduled", verbosity=0)
                time.sleep(interval)
        except KeyboardInterrupt:
            pass
