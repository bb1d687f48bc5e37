"""Translators create pages only as translations of French pages.

Their "add_page" right on their language's tree let them create pages with no French
source (an English-only page no editor knew of). wagtail-localize's "Traduire cette page"
needs its own right ("submit_translation"), not this one: the right is taken from every
translators' group ("Traducteurs", "Traducteurs (de)"...). See angers_intl/editorial/roles.py.
"""

from django.db import migrations

TRANSLATORS = "Traducteurs"


def translators_groups(apps):
    Group = apps.get_model("auth", "Group")
    return Group.objects.filter(name__in=[TRANSLATORS]) | Group.objects.filter(name__startswith=f"{TRANSLATORS} (")


def take_the_add_right(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        group__in=translators_groups(apps),
        permission__content_type__app_label="wagtailcore",
        permission__codename="add_page",
    ).delete()


def give_it_back(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Permission = apps.get_model("auth", "Permission")
    add_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
    for right in GroupPagePermission.objects.filter(
        group__in=translators_groups(apps), permission__codename="change_page"
    ):
        GroupPagePermission.objects.get_or_create(group=right.group, page=right.page, permission=add_page)


class Migration(migrations.Migration):

    dependencies = [
        ("angers_intl", "0013_footer_pages_are_chosen"),
    ]

    operations = [migrations.RunPython(take_the_add_right, give_it_back)]
