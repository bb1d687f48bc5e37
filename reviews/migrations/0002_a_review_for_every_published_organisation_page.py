"""Every network and recognition page already live gets its review record, never checked and
due on the day of this migration: listed on the "Vérifications" screen and the dashboard,
and reminded, until someone checks it. Readers see no date until then."""

from django.db import migrations
from django.utils import timezone

REVIEWED = [("networks", "NetworkPage"), ("networks", "ThematicNetworkPage"), ("recognitions", "RecognitionPage")]


def create_records(apps, schema_editor):
    PageReview = apps.get_model("reviews", "PageReview")
    keys = set()
    for app_label, model_name in REVIEWED:
        keys.update(apps.get_model(app_label, model_name).objects.filter(live=True).values_list("translation_key", flat=True))
    known = set(PageReview.objects.values_list("translation_key", flat=True))
    today = timezone.localdate()
    PageReview.objects.bulk_create(
        [PageReview(translation_key=key, review_before=today) for key in sorted(keys - known, key=str)]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0001_initial"),
        ("networks", "0005_image_text_alternative_in_the_page_language"),
        ("recognitions", "0005_image_text_alternative_in_the_page_language"),
    ]

    operations = [migrations.RunPython(create_records, migrations.RunPython.noop)]
