from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = _("Vérification des pages")

    def ready(self):
        from wagtail.signals import page_published

        from .checks import first_publication

        page_published.connect(first_publication, dispatch_uid="reviews_first_publication")
