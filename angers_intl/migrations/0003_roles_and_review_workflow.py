"""Editors, moderators and translators, and the "Relecture" review workflow.

Wagtail's own example groups ("Editors", "Moderators") and their "Moderators approval"
workflow cover the whole tree, both languages included; the portal's three roles and
its "Relecture" workflow replace them.

The groups and their rights are written here as they were when this migration was made
(angers_intl/editorial/roles.py describes them today): a migration must do the same
thing whenever it runs. Page rights hang on the home pages, which the content loader
creates after the migrations; it grants them (roles.grant_page_permissions).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS, MODERATORS, TRANSLATORS = "Rédacteurs", "Modérateurs", "Traducteurs"
REVIEW_WORKFLOW = "Relecture"
REVIEW_TASK = "Relecture par un modérateur"

MODEL_PERMISSIONS = {
    EDITORS: [("wagtailadmin", "access_admin")],
    MODERATORS: [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
    TRANSLATORS: [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
}
IMAGES = ["add_image", "change_image", "choose_image"]
DOCUMENTS = ["add_document", "change_document", "choose_document"]
COLLECTION_PERMISSIONS = {
    EDITORS: {"wagtailimages": IMAGES, "wagtaildocs": DOCUMENTS},
    MODERATORS: {"wagtailimages": [*IMAGES, "delete_image"], "wagtaildocs": [*DOCUMENTS, "delete_document"]},
    TRANSLATORS: {"wagtailimages": ["choose_image"], "wagtaildocs": ["choose_document"]},
}


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
    create_groups(apps)
    grant_collection_permissions(apps)
    create_review_workflow(apps)


def create_groups(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                group.permissions.add(permission)


def grant_collection_permissions(apps):
    """Image and document rights, on the root collection."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for name, by_app in COLLECTION_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        for app_label, codenames in by_app.items():
            for codename in codenames:
                permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
                GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def create_review_workflow(apps):
    """ "Relecture": one approval task for the moderators, on the whole site."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK, content_type=task_type)
    task.groups.add(Group.objects.get(name=MODERATORS))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=Page.objects.get(depth=1), defaults={"workflow": workflow})


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=REVIEW_WORKFLOW).delete()
    Task.objects.filter(name=REVIEW_TASK).delete()
    Group.objects.filter(name__in=[EDITORS, MODERATORS, TRANSLATORS]).delete()


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
