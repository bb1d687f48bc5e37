"""The people who run the portal and what each may do.

- Rédacteurs (editors) write French pages and submit them for review; they cannot publish.
- Modérateurs (approvers) review, publish, unpublish and schedule pages in both languages.
- Traducteurs (translators) translate into English with wagtail-localize; they cannot
  touch the French pages.
- Administrators (superusers) can do everything.

Administrators and moderators publish: their accounts need a second factor (the
"enable 2FA" right of wagtail-2fa, which superusers hold implicitly); editors and
translators may add one.

The groups are made by a migration. Their rights on the page trees are attached to the
French and English home pages, which exist once the content is loaded: both the
migration and the content loader call ``grant_page_permissions``, which is idempotent.
"""

from django.conf import settings

EDITORS = "Rédacteurs"
MODERATORS = "Modérateurs"
TRANSLATORS = "Traducteurs"
REVIEW_WORKFLOW = "Relecture"
REVIEW_TASK = "Relecture par un modérateur"

# Model permissions (app_label, codename) beyond page, image and document rights.
MODEL_PERMISSIONS = {
    EDITORS: [("wagtailadmin", "access_admin")],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("wagtailadmin", "enable_2fa"),
    ],
    TRANSLATORS: [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
}

# Page rights per group and per language tree: editors write the French pages,
# translators the translations, moderators publish both.
SOURCE, TRANSLATIONS = settings.LANGUAGE_CODE, settings.TRANSLATION_LANGUAGES
PUBLISHING = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
PAGE_PERMISSIONS = {
    EDITORS: {SOURCE: ["add_page", "change_page"]},
    MODERATORS: {language: PUBLISHING for language in (SOURCE, *TRANSLATIONS)},
    TRANSLATORS: {language: ["add_page", "change_page"] for language in TRANSLATIONS},
}


def create_groups(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)


# Image and document rights are given per collection: these apply to the root one.
COLLECTION_PERMISSIONS = {
    EDITORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    MODERATORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "delete_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"),
        ("wagtaildocs", "choose_document"),
    ],
    TRANSLATORS: [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")],
}


def grant_collection_permissions(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for name, permissions in COLLECTION_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        for app_label, codename in permissions:
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def grant_page_permissions(apps):
    """Attach each group's page rights to the home page of each language tree."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    homes = {
        page.locale.language_code: page for page in Page.objects.filter(depth=2).select_related("locale")
    }
    for name, trees in PAGE_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for language, codenames in trees.items():
            home = homes.get(language)
            if home is None:
                continue
            for codename in codenames:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)


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
        task_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK, content_type=task_type)
    task.groups.add(Group.objects.get(name=MODERATORS))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.objects.get(depth=1)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
