"""The public address of a preview link: outside the language prefix, the link shows the
page in its own language whatever the address."""

from django.urls import path

from .views import open_preview_link

urlpatterns = [
    path("apercu/<str:token>/", open_preview_link, name="preview_link"),
]
