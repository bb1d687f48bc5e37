"""Moderators publish: their accounts need a second factor (wagtail-2fa's right).

wagtail-2fa's own migration, which creates that right, declares no dependency and may
run after this one: the right is created here the same way (get or create).
"""

from django.db import migrations

MODERATORS = "Modérateurs"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    admin_type, _created = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    permission, _created = Permission.objects.get_or_create(
        content_type=admin_type, codename="enable_2fa", name="Enable 2FA"
    )
    Group = apps.get_model("auth", "Group")
    Group.objects.get(name=MODERATORS).permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="enable_2fa").first()
    if permission is not None:
        Group.objects.get(name=MODERATORS).permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [("angers_intl", "0003_roles_and_review_workflow")]

    operations = [migrations.RunPython(grant, revoke)]
