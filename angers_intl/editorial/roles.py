"""The people who run the portal and what each may do.

- Rédacteurs (editors) write French pages and submit them for review; they cannot publish.
- Modérateurs (approvers) review, publish, unpublish and schedule pages in every language.
- Traducteurs (translators) translate into English with wagtail-localize; they cannot
  touch the French pages, nor create a page other than as a translation of a French one. Each other language has its own group, "Traducteurs (de)" for
  German: its members translate into that language only.
- Administrators (superusers) can do everything.

Administrators and moderators publish: their accounts need a second factor (the
portal's "require_second_factor" right, angers_intl/security/second_factor.py, which
superusers hold implicitly); editors and translators may add one.

The groups, their rights on images and documents (editors and moderators add and change
them, moderators alone delete them, translators choose them) and the "Relecture"
workflow are made by migrations (angers_intl/migrations/0003, 0004, 0010): a change of rights
is a new migration; the translators' group of a language added later
(``manage.py add_language``) takes the rights of "Traducteurs" (``create_translators_group``).
Their rights on the page trees are attached to the home page of each language, which
exists once the content is loaded: the content loader and ``add_language`` call
``grant_page_permissions``, which is idempotent.
"""

from django.conf import settings

EDITORS = "Rédacteurs"
MODERATORS = "Modérateurs"
TRANSLATORS = "Traducteurs"
REVIEW_WORKFLOW = "Relecture"
REVIEW_TASK = "Relecture par un modérateur"



def translators_group(language):
    """The group of the translators into ``language``: "Traducteurs" for English (the
    portal's first translation language), "Traducteurs (de)" for any other."""
    return TRANSLATORS if language == "en" else f"{TRANSLATORS} ({language})"


# Page rights per group and per language tree: editors write the French pages, each
# language's translators its translations, moderators publish every language.
SOURCE, TRANSLATIONS = settings.LANGUAGE_CODE, settings.TRANSLATION_LANGUAGES
PUBLISHING = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
PAGE_PERMISSIONS = {
    EDITORS: {SOURCE: ["add_page", "change_page"]},
    MODERATORS: {language: PUBLISHING for language in (SOURCE, *TRANSLATIONS)},
    # No "add_page": translators create pages only as translations of French pages, through
    # wagtail-localize's "Traduire cette page" (its right "submit_translation", not a page
    # right); an English-only page would have no French source (migration 0013).
    **{translators_group(language): {language: ["change_page"]} for language in TRANSLATIONS},
}


def translation_languages_of(user):
    """The translation languages ``user`` works on: a translator's own (the languages of
    their translators' groups), everyone else's all of them."""
    languages = settings.TRANSLATION_LANGUAGES
    if user.is_superuser:
        return languages
    groups = set(user.groups.values_list("name", flat=True))
    own = [code for code in languages if translators_group(code) in groups]
    return own if own and not groups & {EDITORS, MODERATORS} else languages


def create_translators_group(apps, language):
    """The group of the translators into ``language``, with the rights "Traducteurs" has
    outside the page trees (the admin, submitting translations, choosing images and
    documents); idempotent. Returns the group."""
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group, _created = Group.objects.get_or_create(name=translators_group(language))
    model = Group.objects.filter(name=TRANSLATORS).first()
    if model is not None and model.pk != group.pk:
        group.permissions.add(*model.permissions.all())
        for right in GroupCollectionPermission.objects.filter(group=model):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection_id=right.collection_id, permission_id=right.permission_id
            )
    return group


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
