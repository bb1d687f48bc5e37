"""The blocks the page types share: the body's small, labelled set (no raw HTML), and the
targets with their deadlines that thematic networks and recognitions list."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from .validators import validate_year

# Headings start at h2: the page title is the only h1.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        label=_("Chiffre"),
        max_length=30,
        help_text=_("Le nombre tel qu'il doit s'afficher, par exemple « 1 500 » ou « 70 % »."),
    )
    label = blocks.CharBlock(
        label=_("Ce qu'il compte"),
        max_length=120,
        help_text=_("Par exemple « collectivités membres »."),
    )

    class Meta:
        icon = "order"
        label = _("Chiffre clé")


class KeyFiguresBlock(blocks.StructBlock):
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Chiffres"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        label = _("Chiffres clés")
        template = "blocks/key_figures_block.html"
        description = _("Une rangée de deux à six chiffres marquants, chacun avec son libellé.")
        preview_value = {
            "figures": [
                {"value": "1 500", "label": "collectivités membres"},
                {"value": "1951", "label": "année de création"},
            ]
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citation"))
    attribution = blocks.CharBlock(label=_("Auteur ou source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "blocks/quote_block.html"
        description = _("Une citation mise en valeur, avec son auteur.")
        preview_value = {
            "text": "Les réseaux de villes sont un véritable outil de promotion.",
            "attribution": "Ville d'Angers",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Légende"), required=False, max_length=250)
    alt_text = blocks.CharBlock(
        label=_("Texte alternatif"),
        required=False,
        max_length=250,
        help_text=_(
            "Ce que l'image apporte au lecteur qui ne la voit pas, dans la langue de la page : "
            "les traducteurs le traduisent avec elle."
        ),
    )
    decorative = blocks.BooleanBlock(
        label=_("Image décorative"),
        required=False,
        help_text=_(
            "Cochez si l'image n'apporte aucune information : elle sera ignorée des lecteurs d'écran."
        ),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        description = _("Une image avec sa légende et son texte alternatif.")

    def clean(self, value):
        value = super().clean(value)
        # Written on the page, not taken from the image's description: the description is
        # in one language, the page's text alternative is translated with the page.
        image = value.get("image")
        if image and not value.get("decorative") and not value.get("alt_text"):
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ErrorList(
                        [ValidationError(_("Donnez un texte alternatif, ou cochez « Image décorative »."))]
                    )
                }
            )
        return value


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page du portail"), required=False)
    url = blocks.URLBlock(label=_("Adresse externe"), required=False)
    text = blocks.CharBlock(
        label=_("Texte du lien"),
        required=False,
        max_length=200,
        help_text=_("Obligatoire pour une adresse externe ; pour une page, son titre par défaut."),
    )

    class Meta:
        icon = "link"
        label = _("Lien")
        template = "blocks/link_block.html"
        description = _("Un lien vers une page du portail ou vers un site extérieur.")
        preview_value = {"url": "https://www.angers.fr/", "text": "Site de la ville d'Angers"}

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if bool(value.get("page")) == bool(value.get("url")):
            errors["page"] = ErrorList(
                [ValidationError(_("Choisissez soit une page du portail, soit une adresse externe."))]
            )
        elif value.get("url") and not value.get("text"):
            errors["text"] = ErrorList(
                [ValidationError(_("Donnez le texte du lien vers l'adresse externe."))]
            )
        elif value.get("url") and not value["url"].startswith(("http://", "https://")):
            errors["url"] = ErrorList(
                [ValidationError(_("Saisissez une adresse commençant par http:// ou https://."))]
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Texte"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Du texte avec intertitres, listes et liens."),
        preview_value="<h2>Intertitre</h2><p>Un paragraphe de texte.</p>",
    )
    key_figures = KeyFiguresBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    link = LinkBlock()

    class Meta:
        block_counts = {}


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
