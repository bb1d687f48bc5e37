from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from overview import views as opendata_views
from preview_links import urls as preview_links_urls

from .editorial.admin_wording import PageSearchView
from .navigation import routing
from .opendata.api import api_router
from .operations import health
from .public import views
from .public.sitemap import sitemap
from .search import views as search_views
from .security import login, second_factor

# Outside the language prefix: admin, documents, sitemap, robots, API and health check.
urlpatterns = [
    # The second factor's screens (security/second_factor.py), wrapped as Wagtail wraps its
    # admin views: sign-in, admin access, the staff member's language and time zone.
    path(
        "admin/2fa/auth",
        require_admin_access(login.second_factor_code),
        name="angers_intl_second_factor_code",
    ),
    path("admin/2fa/", include(second_factor.urlpatterns)),
    # Wagtail's page search under its own addresses, its results named (editorial/admin_wording.py).
    # Wrapped as Wagtail wraps its admin views: sign-in, admin access, the staff member's
    # language and time zone.
    path("admin/pages/search/", require_admin_access(PageSearchView.as_view()), name="angers_intl_page_search"),
    path(
        "admin/pages/search/results/",
        require_admin_access(PageSearchView.as_view(results_only=True)),
        name="angers_intl_page_search_results",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # The password form of private collections, with guessing counted (see security/login.py).
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        login.authenticate_with_collection_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("api/v2/", api_router.urls),
    path("healthz", health.health, name="health"),
    path("readyz", health.ready, name="ready"),
    # A page's draft shown through a preview link (preview_links/): one address for every
    # language, the page's own language inside.
    path("", include(preview_links_urls)),
]

# Uploaded images: the web server serves them in production; Django does it in
# development and for `make serve` (see public/views.py). Documents are served by
# Wagtail's document view alone (/documents/<id>/<name>), which checks the privacy of their
# collection: their files (MEDIA_ROOT/documents) are never public.
urlpatterns += [
    re_path(r"^media/(?P<folder>images|original_images)/(?P<path>.+)$", views.uploaded_image, name="uploaded_image")
]

# French unprefixed at "/", English under "/en/".
urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL de la page de recherche", "recherche/"), search_views.search, name="search"),
    # The open data downloads (overview/exports.py): /donnees/networks.csv, /en/data/…
    path(
        pgettext_lazy("URL des téléchargements de données ouvertes", "donnees/"),
        include(
            [
                re_path(
                    r"^(?P<dataset>[a-z]+)\.(?P<extension>csv|json|schema\.json)$",
                    opendata_views.download,
                    name="open_data_download",
                )
            ]
        ),
    ),
    # Pages are routed through the site tree first (same address pattern and name as
    # Wagtail's own); Wagtail's URLs below keep its _util/ views (page passwords, login).
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    # The page password form, with password guessing counted (see security/login.py).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        login.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "angers_intl.public.views.page_not_found"
handler500 = "angers_intl.public.views.server_error"
