"""The root collection, which staff see in every image and document form, is named in
French: Wagtail creates it as "Root"."""

from django.db import migrations


def name_in_french(apps, schema_editor):
    apps.get_model("wagtailcore", "Collection").objects.filter(depth=1, name="Root").update(name="Racine")


def name_as_wagtail_does(apps, schema_editor):
    apps.get_model("wagtailcore", "Collection").objects.filter(depth=1, name="Racine").update(name="Root")


class Migration(migrations.Migration):
    dependencies = [
        ("angers_intl", "0006_image_text_alternative_in_the_page_language"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(name_in_french, name_as_wagtail_does)]
