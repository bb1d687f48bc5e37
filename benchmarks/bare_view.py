"""The reference of the benchmark: Django alone, one view, served by gunicorn like the portal.

The portal's figures are divided by this view's, measured in the same run on the same
machine, so that a noisy or slower machine moves both and the ratio stays comparable. The
page has the size of a portal page (about 15 KB of HTML) so that both send as many bytes;
no database, no middleware, no template: what is left is the cost of gunicorn and Django's
request handling, the floor no portal page can go under.

Served with: gunicorn --chdir benchmarks bare_view:application
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

PAGE_BYTES = 15 * 1024

settings.configure(
    DEBUG=False,
    SECRET_KEY="bare-view-of-the-benchmark-it-signs-nothing",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[],
    MIDDLEWARE=[],
    USE_I18N=False,
    LOGGING_CONFIG=None,
)


def build_page(size=PAGE_BYTES):
    """Plain HTML shaped like a portal page (navigation, sections, paragraphs), just over ``size`` bytes."""
    head = (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Réseaux de villes | Angers International</title>\n</head>\n<body>\n"
        '<header><nav aria-label="Menu principal"><ul>\n'
        + "".join(f'<li><a href="/rubrique-{n}/">Rubrique {n}</a></li>\n' for n in range(1, 9))
        + '</ul></nav></header>\n<main id="contenu">\n<h1>Réseaux de villes</h1>\n'
    )
    tail = "</main>\n<footer><p>Ville d’Angers, direction des relations internationales.</p></footer>\n</body>\n</html>\n"
    paragraph = (
        "<p>Angers coopère avec des villes d’Europe et du monde : échanges d’élus et d’agents, "
        "projets communs de solidarité, de culture et de développement durable, jumelages "
        "portés par les associations et les écoles de la ville.</p>\n"
    )
    sections = []
    while len((head + "".join(sections) + tail).encode()) < size:
        n = len(sections) + 1
        sections.append(f'<section><h2 id="partie-{n}">Partie {n}</h2>\n{paragraph}{paragraph}</section>\n')
    return head + "".join(sections) + tail


PAGE = build_page().encode()


def page(request):
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")


urlpatterns = [path("", page)]

application = get_wsgi_application()
