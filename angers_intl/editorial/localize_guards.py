"""Admin views that put two guards in front of wagtail-localize.

- Its PO upload answers a file without its translation header, or a request without a
  file, with a server error. The portal checks the upload first and sends the translator
  back with a clear message; a good file goes on to wagtail-localize's own view.
- Its "sync translated pages" view lets anyone who may submit translations publish them;
  translators must submit them for review instead: they are not offered the box.
- Anyone who may edit a translation could delete it (while it is a draft), stop its
  synchronisation or turn it into an alias of its French page. On a translation, these
  belong to those who may publish it (moderators): translators translate.
"""

import polib
from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.edit_translation import stop_translation, upload_pofile, user_can_edit_instance
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitTranslationForm
from wagtail_localize.views.update_translations import UpdateTranslationsView

from angers_intl.permissions import may_manage_translation

from . import roles

MAX_PO_FILE_SIZE = 5 * 1024 * 1024


def _reject(request, message):
    messages.error(request, message)
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


@require_POST
def checked_upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    upload = request.FILES.get("file")
    if upload is None:
        return _reject(request, _("Choisissez un fichier PO à téléverser."))
    if upload.size > MAX_PO_FILE_SIZE:
        return _reject(request, _("Ce fichier est trop volumineux pour être un fichier PO de page."))
    content = upload.read()
    upload.seek(0)
    try:
        po = polib.pofile(content.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return _reject(
            request,
            _(
                "Ce fichier n’est pas un fichier PO valide (encodé en UTF-8) : aucune traduction n’a été modifiée."
            ),
        )
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        return _reject(
            request,
            _(
                "Ce fichier PO n’a pas été téléchargé depuis cette traduction : aucune "
                "traduction n’a été modifiée. Téléchargez le fichier PO de cette page et "
                "traduisez celui-là."
            ),
        )
    return upload_pofile(request, translation_id)


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "sync translated pages", without the "publish" box for people
    who may not publish the translated pages: translators submit them for review."""

    def get_form(self):
        form = super().get_form()
        if "publish_translations" in form.fields and not self._can_publish_translations():
            # wagtail-localize's template draws this box by hand, enabled whatever the
            # field says: hidden, it is neither shown nor read (a disabled field keeps
            # its initial value, whatever is posted).
            field = form.fields["publish_translations"]
            field.disabled = True
            field.initial = False
            field.widget = forms.HiddenInput()
        return form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Said instead of the box (templates/wagtail_localize/admin/update_translations.html).
        context["publishing_left_to_moderators"] = not self._can_publish_translations()
        return context

    def get_default_success_url(self):
        """After a synchronisation, the translation editor of the page, where the new
        segments wait; not the listing of the French section."""
        targets = []
        for translation in self.object.translations.filter(enabled=True):
            try:
                targets.append(translation.get_target_instance())
            except ObjectDoesNotExist:
                continue
        if len(targets) == 1 and isinstance(targets[0], Page):
            return reverse("wagtailadmin_pages:edit", args=[targets[0].pk])
        return super().get_default_success_url()

    def _can_publish_translations(self):
        user = self.request.user
        if user.is_superuser:
            return True
        for translation in self.object.translations.filter(enabled=True):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                return False
            if isinstance(target, Page) and not target.permissions_for_user(user).can_publish():
                return False
        return True


def guarded_stop_translation(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = None
    if isinstance(target, Page) and not may_manage_translation(request.user, target):
        raise PermissionDenied
    return stop_translation(request, translation_id)


def guarded_convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not may_manage_translation(request.user, page):
        raise PermissionDenied
    return convert_to_alias(request, page_id)


def hide_convert_to_alias(menu_items, request, context):
    """construct_page_action_menu: no "Convertir en alias de page" for translators."""
    page = context.get("page")
    if page is not None and page.pk and not may_manage_translation(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


class OneLanguageSubmitTranslationView(SubmitPageTranslationView):
    """wagtail-localize's "Traduire cette page", offering a translator only the languages
    they translate into (a German translator is not offered English, nobody is offered
    French: French pages are written, not translated), with the language already ticked
    when only one is left: unticked, the form only answered "Champ requis".

    A request for a language not offered is refused with a message (403), before
    wagtail-localize creates anything."""

    def languages(self):
        return roles.translation_languages_of(self.request.user)

    def post(self, request, **kwargs):
        asked = [pk for pk in request.POST.getlist("locales") if str(pk).isdigit()]
        refused = Locale.objects.filter(pk__in=asked).exclude(language_code__in=self.languages())
        if refused:
            messages.error(
                request,
                _("Vous ne pouvez pas créer de traduction en %(languages)s : aucune page n’a été créée.")
                % {"languages": ", ".join(str(locale.get_display_name()) for locale in refused)},
            )
            response = self.render_to_response(self.get_context_data(**kwargs))
            response.status_code = 403
            return response
        return super().post(request, **kwargs)

    def get_form(self):
        form = super().get_form()
        offered = form.fields["locales"].queryset.filter(language_code__in=self.languages())
        if self.request.method != "POST" and not form.initial.get("locales"):
            remaining = list(offered)
            if len(remaining) == 1:
                form = SubmitTranslationForm(self.object, initial={"locales": remaining})
        form.fields["locales"].queryset = offered
        return form
