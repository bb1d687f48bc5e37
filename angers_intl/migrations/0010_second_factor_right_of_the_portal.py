"""The second factor is the portal's own (angers_intl/security/second_factor.py, on
django-otp) and so is the right that makes it compulsory: "require_second_factor" of the
angers_intl app replaces the "enable_2fa" right that wagtail-2fa defined on Wagtail's
admin (granted to the moderators by migration 0004). Whoever held the old right, a group
or a user, holds the new one; the old right, which nothing reads any longer, is removed.
"""

from django.db import migrations, models

OLD = ("wagtailadmin", "admin", "enable_2fa", "Enable 2FA")
NEW = ("angers_intl", "secondfactorpolicy", "require_second_factor", "Doit utiliser la double authentification pour se connecter")


def permission(apps, app_label, model, codename, name, create):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    if not create:
        return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return found


def move_grants(apps, source, target):
    old = permission(apps, *source, create=False)
    if old is None:
        return
    new = permission(apps, *target, create=True)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(permissions=old):
        group.permissions.add(new)
    # Rights given to one user rather than a group: through the auth app's own table.
    UserPermission = apps.get_model("auth", "Permission").user_set.through
    for user_id in UserPermission.objects.filter(permission=old).values_list("user_id", flat=True):
        UserPermission.objects.get_or_create(user_id=user_id, permission=new)
    old.delete()


def forwards(apps, schema_editor):
    # A new database gets the right even if migration 0004 found no right to grant.
    permission(apps, *NEW, create=True)
    move_grants(apps, OLD, NEW)


def backwards(apps, schema_editor):
    move_grants(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("angers_intl", "0009_contact_service"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="SecondFactorPolicy",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ],
            options={
                "verbose_name": "double authentification",
                "permissions": [("require_second_factor", "Doit utiliser la double authentification pour se connecter")],
                "managed": False,
                "default_permissions": (),
            },
        ),
        migrations.RunPython(forwards, backwards),
    ]
