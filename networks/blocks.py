"""Blocks proper to thematic networks: their targets and deadlines."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from angers_intl.validators import validate_year


class TargetBlock(blocks.StructBlock):
    """A commitment with its deadline, e.g. reduce CO2 emissions by 2030."""

    target = blocks.CharBlock(label=_("Objectif"), max_length=250)
    deadline = blocks.IntegerBlock(label=_("Échéance (année)"), required=False, validators=[validate_year])

    class Meta:
        icon = "date"
        label = _("Objectif")
        template = "blocks/target_block.html"
        description = _("Un engagement chiffré ou daté, avec son année d'échéance.")
        preview_value = {"target": "Réduire les émissions de CO2", "deadline": 2030}


class TargetsBlock(blocks.StreamBlock):
    target = TargetBlock()
