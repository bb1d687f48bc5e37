"""Blocks proper to recognitions: the levels of a label and the commitments it asks for."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from angers_intl.validators import validate_year


class LevelBlock(blocks.StructBlock):
    """One level of a label or prize, and whether (and when) Angers obtained it."""

    name = blocks.CharBlock(label=_("Niveau"), max_length=150)
    description = blocks.CharBlock(label=_("Ce qu'il représente"), max_length=250, required=False)
    obtained = blocks.BooleanBlock(label=_("Obtenu par Angers"), required=False)
    year_obtained = blocks.IntegerBlock(
        label=_("Année d'obtention"), required=False, validators=[validate_year]
    )
    statement = blocks.CharBlock(
        label=_("Ce qu'en dit la source"),
        max_length=250,
        required=False,
        # Levels saved before this block existed read as empty text (never None, which
        # wagtail-localize cannot extract for translation).
        default="",
        help_text=_(
            "Quand la source dit quelque chose de ce niveau sans que ce soit établi, ses mots, sans "
            "cocher « Obtenu » : la page les cite avec la source des informations."
        ),
    )

    class Meta:
        icon = "pick"
        label = _("Niveau")
        template = "blocks/level_block.html"
        description = _(
            "Un niveau du label ou du prix ; cochez ceux qu'Angers a obtenus, ou citez ce qu'en dit la source."
        )
        preview_value = {"name": "Diplôme européen", "obtained": True}


class LevelsBlock(blocks.StreamBlock):
    level = LevelBlock()
