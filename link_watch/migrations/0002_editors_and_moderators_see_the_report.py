"""Editors and moderators may read the "Liens à vérifier" report (administrators hold every
right). The right is created here the same way Django would after migrating (get or
create), since Django only adds rights once every migration has run."""

from django.db import migrations

GROUPS = ["Rédacteurs", "Modérateurs"]
RIGHT = ("link_watch", "link", "see_link_report", "Peut voir le rapport « Liens à vérifier »")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    app_label, model, codename, name = RIGHT
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permission = Permission.objects.filter(content_type__app_label=RIGHT[0], codename=RIGHT[2]).first()
    if permission is not None:
        for group in Group.objects.filter(name__in=GROUPS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("link_watch", "0001_links_and_their_pages"),
        ("angers_intl", "0003_roles_and_review_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
