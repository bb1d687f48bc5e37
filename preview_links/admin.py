"""The "Liens de prévisualisation" screen of a page, reached from the "…" menu of the page's
header in the editor (and of its row in the page listing): the page's links with their
state, the form that makes a new one, and "Révoquer".

Whoever may edit the page may share its draft (editors and moderators on the French pages,
translators on the pages of their language); nobody else sees the screen.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.admin.widgets.button import Button
from wagtail.models import Page

from . import history
from .models import DEFAULT_DAYS, MAX_DAYS, PreviewLink

# How many of the page's revisions the form offers, newest first.
REVISIONS_OFFERED = 20
LATEST = ""
# The secret of the link just made, kept in the session until the screen shows it once.
JUST_MADE = "preview_links_just_made"


def may_share(user, page):
    return bool(
        user.is_authenticated
        and user.is_active
        and page.specific_class is not None
        and page.specific_class().is_previewable()
        and page.permissions_for_user(user).can_edit()
    )


def screen_url(page):
    return reverse("preview_links_page", args=[page.pk])


def when(moment):
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT") if moment else ""


def author(user):
    return (user.get_full_name().strip() or user.get_username()) if user is not None else _("un compte supprimé")


def revision_label(revision, page):
    text = _("Révision du %(when)s par %(who)s") % {"when": when(revision.created_at), "who": author(revision.user)}
    if revision.pk == page.live_revision_id:
        text += " " + _("(en ligne)")
    return text


class PreviewLinkForm(forms.Form):
    revision = forms.ChoiceField(label=gettext_lazy("Version à montrer"), required=False)
    days = forms.IntegerField(
        label=gettext_lazy("Valable pendant (jours)"),
        min_value=1,
        max_value=MAX_DAYS,
        initial=DEFAULT_DAYS,
        help_text=gettext_lazy("De 1 à 30 jours. Le lien peut être révoqué à tout moment avant."),
        error_messages={
            "min_value": gettext_lazy("Un lien dure au moins 1 jour."),
            "max_value": gettext_lazy("Un lien dure au plus 30 jours."),
            "invalid": gettext_lazy("Indiquez un nombre de jours, de 1 à 30."),
            "required": gettext_lazy("Indiquez un nombre de jours, de 1 à 30."),
        },
    )
    label = forms.CharField(
        label=gettext_lazy("Destinataire (facultatif)"),
        max_length=120,
        required=False,
        help_text=gettext_lazy("Par exemple : « Secrétariat de l’AFCCRE ». Il apparaît dans la liste et l’historique."),
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.revisions = {
            str(revision.pk): revision
            for revision in page.revisions.order_by("-created_at", "-id").select_related("user")[:REVISIONS_OFFERED]
        }
        self.fields["revision"].choices = [
            (LATEST, _("Le brouillon le plus récent (le lien suit les modifications à venir)")),
            *((key, revision_label(revision, page)) for key, revision in self.revisions.items()),
        ]

    def clean_revision(self):
        value = self.cleaned_data["revision"]
        return self.revisions.get(value) if value else None


def page_to_share(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not may_share(request.user, page):
        raise PermissionDenied
    return page


def page_links(request, page_id):
    try:
        page = page_to_share(request, page_id)
    except PermissionDenied as denied:
        return permission_denied(request, denied)
    status = 200
    if request.method == "POST":
        form = PreviewLinkForm(request.POST, page=page)
        if form.is_valid():
            link, token = PreviewLink.make(
                page,
                request.user,
                days=form.cleaned_data["days"],
                revision=form.cleaned_data["revision"],
                label=form.cleaned_data["label"].strip(),
            )
            history.created(link)
            request.session[JUST_MADE] = {"page": page.pk, "link": link.pk, "token": token}
            messages.success(request, _("Lien de prévisualisation créé : copiez-le maintenant, il ne sera plus affiché."))
            return redirect(screen_url(page))
        status = 400
    else:
        form = PreviewLinkForm(page=page)
    just_made = request.session.pop(JUST_MADE, None)
    new_link_url = None
    if just_made and just_made.get("page") == page.pk:
        new_link_url = request.build_absolute_uri(reverse("preview_link", args=[just_made["token"]]))
    links = list(PreviewLink.objects.filter(page=page).select_related("created_by", "revision", "revoked_by"))
    return TemplateResponse(
        request,
        "preview_links/admin/page_links.html",
        {
            "page": page,
            "title": page.get_admin_display_title(),
            "form": form,
            "links": [
                {
                    "link": link,
                    "state": link.state,
                    "state_label": link.state.label,
                    "version": revision_label(link.revision, page) if link.revision else _("Brouillon le plus récent"),
                    "created_by": author(link.created_by),
                    "created_at": when(link.created_at),
                    "expires_at": when(link.expires_at),
                    "last_opened_at": when(link.last_opened_at) or _("jamais"),
                    "revoke_url": reverse("preview_links_revoke", args=[link.pk]),
                }
                for link in links
            ],
            "new_link_url": new_link_url,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
        status=status,
    )


@require_POST
def revoke(request, link_id):
    link = get_object_or_404(PreviewLink.objects.select_related("page"), pk=link_id)
    try:
        page = page_to_share(request, link.page_id)
    except PermissionDenied as denied:
        return permission_denied(request, denied)
    if link.revoke(request.user):
        history.revoked(link, request.user)
        messages.success(
            request, _("Lien de prévisualisation révoqué : il ne montre plus l’aperçu.")
        )
    else:
        messages.warning(request, _("Ce lien était déjà révoqué."))
    return redirect(screen_url(page))


def preview_links_button(page, user, next_url=None, view_name=None):
    """In the "…" menu of the page editor's header and of the page's row in the listing."""
    if page.pk is None or page.is_root():
        return
    if may_share(user, page):
        yield Button(_("Liens de prévisualisation"), screen_url(page), icon_name="link", priority=47)


