"""Point the default site at the address this machine serves (`make run`, `make serve`).

The site's hostname and port make the absolute links of the portal: canonical and
hreflang links, sitemap.xml, the links in notification e-mails. `make run PORT=8001`
must not send them to port 8000, nor `make serve` after `make run` to `make run`'s port:
both run it with the address they serve (WAGTAILADMIN_BASE_URL; `make serve` through
deploy/environment.py --site-url). In production, the site's address is set once in the
admin (Settings > Sites) and this command is not run.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Site


class Command(BaseCommand):
    help = "Donne au site par défaut l'adresse de WAGTAILADMIN_BASE_URL (make run, make serve)."

    def handle(self, *args, **options):
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None or not address.hostname:
            return
        port = address.port or (443 if address.scheme == "https" else 80)
        if (site.hostname, site.port) != (address.hostname, port):
            # Saving the site clears Wagtail's cached root paths and, through the purge
            # plan, every cached page, whose links named the old address.
            site.hostname, site.port = address.hostname, port
            site.save()
            self.stdout.write(f"Adresse du site : {settings.WAGTAILADMIN_BASE_URL}")
