"""The people who run the portal and what each may do.

- Rédacteurs (editors) write French pages and submit them for review; they cannot publish.
- Modérateurs (approvers) review, publish, unpublish and schedule pages in both languages.
- Traducteurs (translators) translate into English with wagtail-localize; they cannot
  touch the French pages.
- Administrators (superusers) can do everything.

Administrators and moderators publish: their accounts need a second factor (the
portal's "require_second_factor" right, angers_intl/security/second_factor.py, which
superusers hold implicitly); editors and translators may add one.

The groups, their rights on images and documents (editors and moderators add and change
them, moderators alone delete them, translators choose them) and the "Relecture"
workflow are made by migrations (angers_intl/migrations/0003, 0004, 0010): a change of rights
is a new migration. Their rights on the page trees are attached to the French and English
home pages, which exist once the content is loaded: the content loader calls
``grant_page_permissions``, which is idempotent.
"""

from django.conf import settings

EDITORS = "Rédacteurs"
MODERATORS = "Modérateurs"
TRANSLATORS = "Traducteurs"
REVIEW_WORKFLOW = "Relecture"
REVIEW_TASK = "Relecture par un modérateur"

# Page rights per group and per language tree: editors write the French pages,
# translators the translations, moderators publish both.
SOURCE, TRANSLATIONS = settings.LANGUAGE_CODE, settings.TRANSLATION_LANGUAGES
PUBLISHING = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
PAGE_PERMISSIONS = {
    EDITORS: {SOURCE: ["add_page", "change_page"]},
    MODERATORS: {language: PUBLISHING for language in (SOURCE, *TRANSLATIONS)},
    TRANSLATORS: {language: ["add_page", "change_page"] for language in TRANSLATIONS},
}


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
