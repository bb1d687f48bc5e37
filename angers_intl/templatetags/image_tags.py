"""Wagtail's ``{% picture %}``, with its filters parsed once per template.

Wagtail builds new ``Filter`` objects on every rendering, and each one parses its spec
again (with ``inspect``, for every operation): the twelve card pictures of the home page
took two thirds of its template time, and parsing a good part of that. The specs of a tag
never change, so the node keeps the filters it parsed; the renditions are still looked up
per image, as Wagtail does.
"""

from django import template
from wagtail.images.templatetags.wagtailimages_tags import PictureNode, image

register = template.Library()


class PictureWithParsedFilters(PictureNode):
    def get_filters(self):
        filters = self.__dict__.get("_parsed_filters")
        if filters is None:
            filters = self._parsed_filters = super().get_filters()
        return filters


@register.tag("picture")
def picture(parser, token):
    node = image(parser, token)
    return PictureWithParsedFilters(
        node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs
    )
