"""Editors, moderators and translators, and the "Relecture" review workflow.

Wagtail's own example groups ("Editors", "Moderators") and their "Moderators approval"
workflow cover the whole tree, both languages included; the portal's three roles and
its "Relecture" workflow replace them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from angers_intl.editorial import roles


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    Workflow.objects.filter(name="Moderators approval").delete()
    Task.objects.filter(name="Moderators approval").delete()
    roles.create_groups(apps)
    roles.grant_collection_permissions(apps)
    roles.grant_page_permissions(apps)
    roles.create_review_workflow(apps)


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=roles.REVIEW_WORKFLOW).delete()
    Task.objects.filter(name=roles.REVIEW_TASK).delete()
    Group.objects.filter(name__in=[roles.EDITORS, roles.MODERATORS, roles.TRANSLATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("angers_intl", "0002_search_configurations_and_locales"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
