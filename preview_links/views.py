"""What someone holding a preview link gets: the page's revision, or a page saying why not.

The revision is rendered by Wagtail's ``make_preview_request``, as the admin's preview
renders it: a request to the page's own address (so its language, menus and breadcrumbs
are the page's) through the portal's middleware. That request is marked ``is_preview``
from the start, so the page cache neither answers it with the live copy nor keeps it, and
the cache headers make it private (angers_intl/caching/policy.py). The answer of this
view, at /apercu/<secret>/, is private too, and outside the views the cache may keep.

Every answer, page or refusal, is ``private, no-store`` and ``noindex``, and sends no
``Referer`` with the secret in it to the sites the page links to.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from . import history
from .admin import may_share
from .models import PreviewLink, State


def keep_private(response):
    del response["Cache-Control"]
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def refusal(request, link, withdrawn=False):
    """A link that no longer opens: said in its page's language (a 410), or, for a secret
    that names no link, in French (a 404). ``withdrawn``: its author may no longer share
    the page, which counts as a revocation."""
    if link is None:
        language, status = settings.LANGUAGE_CODE, 404
    else:
        language, status = link.page.locale.language_code, 410
    with translation.override(language):
        if link is None:
            heading = _("Lien de prévisualisation introuvable")
            message = _(
                "Ce lien ne correspond à aucun aperçu. Vérifiez qu’il a été copié en entier, "
                "ou demandez un nouveau lien à la personne qui vous l’a envoyé."
            )
        elif withdrawn or link.state == State.REVOKED:
            heading = _("Lien de prévisualisation révoqué")
            message = _(
                "Ce lien a été retiré par l’équipe du portail et ne montre plus l’aperçu. "
                "Demandez un nouveau lien à la personne qui vous l’a envoyé."
            )
        else:
            heading = _("Lien de prévisualisation expiré")
            message = _(
                "Ce lien était valable jusqu’au %(until)s. Demandez un nouveau lien à la personne "
                "qui vous l’a envoyé."
            ) % {"until": date_format(timezone.localtime(link.expires_at), "DATETIME_FORMAT")}
        request.LANGUAGE_CODE = language
        response = render(
            request,
            "preview_links/refused.html",
            {"page_title": heading, "heading": heading, "message": message},
            status=status,
        )
        response["Content-Language"] = language
    return response


def author_may_still_share(link):
    """A link shows a draft on its author's authority: once the author's account is closed
    or has lost the right to edit the page, the link stops too."""
    author = link.created_by
    return author is not None and may_share(author, link.page)


@require_safe
def open_preview_link(request, token):
    # Marked as a preview from the start: no cache keeps or answers it (caching/policy.py).
    request.is_preview = True
    link = PreviewLink.objects.find(token)
    if link is None or not link.is_active:
        return keep_private(refusal(request, link))
    if not author_may_still_share(link):
        return keep_private(refusal(request, link, withdrawn=True))
    revision = link.revision_to_show()
    shown = revision.as_object() if revision is not None else link.page.specific
    if link.note_opening():
        history.opened(link, revision)
    response = shown.make_preview_request(
        request,
        shown.default_preview_mode,
        extra_request_attrs={"is_preview": True, "preview_link": link},
    )
    return keep_private(response)
