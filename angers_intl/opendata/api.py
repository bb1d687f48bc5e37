"""Read-only JSON API of the structured data (Wagtail's API v2), open to anyone.

Wagtail's viewsets trust their query parameters in a few places: a value of the wrong
kind, a NUL byte or a number beyond PostgreSQL's range went down to the database and
came back as a 500. Here every parameter is checked where it is read, and a bad one is
answered with a 400 and a short message that never repeats what was sent.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import SuspiciousOperation, ValidationError
from django.db import connection, models
from django.db.models.functions import Cast
from rest_framework import status
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from taggit.managers import TaggableManager
from wagtail.api.v2 import filters
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageAliasOfField, PageSerializer, RelatedField
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, ReferenceIndex, Site

from angers_intl import upstream

# No parameter of this API needs more; a longer one is an attack or a mistake.
MAX_PARAMETER_LENGTH = 1000
# The portal has a few hundred pages: deeper offsets find nothing, and past 2**63
# PostgreSQL refuses them outright.
MAX_OFFSET = 10_000
# A search is a few words; full-text parsing of a long text costs the database.
MAX_SEARCH_LENGTH = 200
# fields=a(b(c)) is parsed recursively: a few levels of related objects are all there is.
MAX_FIELDS_DEPTH = 3
MAX_PAGE_TYPES = 20
SEARCH_OPERATORS = ("and", "or")
# Parameter names shown back in messages: only those that look like field names.
SHOWABLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")


def showable(names):
    """The names a message may repeat (a name that could be markup is not repeated)."""
    return ", ".join(sorted(name for name in names if SHOWABLE_NAME.fullmatch(name)))


def positive_integer(value, name, maximum=None):
    """An integer written in ASCII digits that the database can hold, or a 400."""
    maximum = maximum or connection.ops.integer_field_range("BigIntegerField")[1]
    if not (value.isascii() and value.isdigit()) or int(value) > maximum:
        raise BadRequestError(f"{name} must be an integer between 0 and {maximum}")
    return int(value)


def check_tree_filter(request, name):
    """child_of, descendant_of... take a page id (or "root" where Wagtail allows it):
    Wagtail's own int() accepts "１" or "1_0" and numbers the database cannot hold."""
    value = request.GET.get(name)
    if value is not None and value != "root":
        positive_integer(value, name, maximum=connection.ops.integer_field_range("IntegerField")[1])


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        if "offset" in request.GET:
            positive_integer(request.GET["offset"], "offset", maximum=MAX_OFFSET)
        if "limit" in request.GET:
            positive_integer(request.GET["limit"], "limit")
        return super().paginate_queryset(queryset, request, view)


class CheckedFieldsFilter(filters.FieldsFilter):
    """Wagtail's filter by field (?title=...), with each value converted by its field.

    Wagtail only converts booleans, integers and keys: any other value went to the
    database as it came (a date that is no date, a StreamField compared to text).
    """

    FILTERABLE = (models.CharField, models.TextField, models.IntegerField, models.BooleanField)
    FILTERABLE += (models.DateField, models.ForeignKey)

    def filter_queryset(self, request, queryset, view):
        names = set(view.get_available_fields(queryset.model, db_fields_only=True))
        # The locale has a filter of its own (LocaleFilter).
        names.discard("locale")
        for name, value in request.GET.items():
            if name not in names:
                continue
            field = queryset.model._meta.get_field(name)
            if isinstance(field, TaggableManager):
                for tag in value.split(","):
                    queryset = queryset.filter(**{name + "__name": tag})
                # Read by SearchFilter, which cannot search and filter by tag at once.
                upstream.mark_filtered_by_tag(queryset)
            else:
                queryset = queryset.filter(**{name: self.python_value(field, name, value)})
        return queryset

    def python_value(self, field, name, value):
        if isinstance(field, StreamField) or not isinstance(field, self.FILTERABLE):
            raise BadRequestError(f"cannot filter by {name}")
        if isinstance(field, models.ForeignKey):
            field = field.target_field
        try:
            if isinstance(field, models.BooleanField):
                return parse_boolean(value)
            converted = field.to_python(value)
        except (ValidationError, ValueError, TypeError) as error:
            raise BadRequestError(f"invalid value for {name}") from error
        if isinstance(field, models.IntegerField):
            low, high = connection.ops.integer_field_range(field.get_internal_type())
            if (low is not None and converted < low) or (high is not None and converted > high):
                raise BadRequestError(f"{name} is out of range")
        return converted


class CheckedOrderingFilter(filters.OrderingFilter):
    def filter_queryset(self, request, queryset, view):
        order = request.GET.get("order")
        if order and order != "random":
            allowed = set(view.get_available_fields(queryset.model, db_fields_only=True))
            for field in order.split(","):
                name = field[1:] if field.startswith("-") else field
                if name not in allowed:
                    # Wagtail's own message would repeat the value.
                    raise BadRequestError("cannot order by an unknown field")
        return super().filter_queryset(request, queryset, view)


class CheckedSearchFilter(filters.SearchFilter):
    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            if len(request.GET["search"]) > MAX_SEARCH_LENGTH:
                raise BadRequestError(f"search is limited to {MAX_SEARCH_LENGTH} characters")
            operator = request.GET.get("search_operator")
            if operator is not None and operator not in SEARCH_OPERATORS:
                raise BadRequestError("search_operator must be 'and' or 'or'")
        return super().filter_queryset(request, queryset, view)


def checked_tree_filter(wagtail_filter, parameter):
    """Wagtail's ``wagtail_filter``, with its page id checked first (check_tree_filter)."""

    class CheckedTreeFilter(wagtail_filter):
        def filter_queryset(self, request, queryset, view):
            check_tree_filter(request, parameter)
            return super().filter_queryset(request, queryset, view)

    CheckedTreeFilter.__name__ = CheckedTreeFilter.__qualname__ = f"Checked{wagtail_filter.__name__}"
    return CheckedTreeFilter


CheckedChildOfFilter = checked_tree_filter(filters.ChildOfFilter, "child_of")
CheckedAncestorOfFilter = checked_tree_filter(filters.AncestorOfFilter, "ancestor_of")
CheckedDescendantOfFilter = checked_tree_filter(filters.DescendantOfFilter, "descendant_of")
CheckedTranslationOfFilter = checked_tree_filter(filters.TranslationOfFilter, "translation_of")


class CheckedLocaleFilter(filters.LocaleFilter):
    def filter_queryset(self, request, queryset, view):
        # A handful of locales: compared here rather than sent to the database as given.
        if "locale" in request.GET:
            codes = Locale.objects.values_list("language_code", flat=True)
            if request.GET["locale"] not in codes:
                raise BadRequestError("unknown locale")
        return super().filter_queryset(request, queryset, view)


class PublicAPIMixin:
    """What both endpoints share: read-only, throttled, and strict about parameters."""

    http_method_names = ["get", "head", "options"]
    throttle_classes = [AnonRateThrottle]
    pagination_class = BoundedPagination

    def initial(self, request, *args, **kwargs):
        # After the throttle, before any view or filter reads a parameter.
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            for value in [name, *values]:
                # PostgreSQL stores no NUL in text: such a value can only fail there.
                if "\x00" in value:
                    raise BadRequestError("null characters are not allowed")
                if len(value) > MAX_PARAMETER_LENGTH:
                    raise BadRequestError(f"parameters are limited to {MAX_PARAMETER_LENGTH} characters")

    def handle_exception(self, exc):
        # More parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS, raised when the query string
        # is first read: a bad request like any other, answered in JSON.
        if isinstance(exc, SuspiciousOperation):
            return Response({"message": "too many parameters"}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET) - set(
            self.get_available_fields(queryset.model, db_fields_only=True)
        ).union(self.known_query_parameters)
        if unknown:
            names = showable(unknown)
            raise BadRequestError(
                "query parameter is not an operation or a recognised field" + (f": {names}" if names else "")
            )

    def find_object(self, queryset, request):
        if "id" in request.GET:
            positive_integer(
                request.GET["id"], "id", maximum=connection.ops.integer_field_range("IntegerField")[1]
            )
        return super().find_object(queryset, request)

    def get_serializer_class(self):
        fields = self.request.GET.get("fields", "")
        depth = 0
        for char in fields:
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth > MAX_FIELDS_DEPTH:
                raise BadRequestError(f"fields are nested {MAX_FIELDS_DEPTH} levels deep at most")
        return super().get_serializer_class()


def is_listed(page, context):
    """Whether a page linked from another one is one this API lists (live, visible)."""
    if "listed_page_ids" not in context:
        context["listed_page_ids"] = set(context["base_queryset"].values_list("pk", flat=True))
    return page.pk in context["listed_page_ids"]


class ListedPageOnlyField(RelatedField):
    """A key to another object; to a page only when that page is listed.

    Wagtail serialises a linked page (a network's "branch of") whatever its state: the
    title of a draft or of a page behind a password would show through a public one.
    """

    def get_attribute(self, instance):
        related = super().get_attribute(instance)
        if isinstance(related, Page) and not is_listed(related, self.context):
            return None
        return related


class ListedAliasOfField(PageAliasOfField):
    def get_attribute(self, instance):
        original = super().get_attribute(instance)
        if original is not None and not is_listed(original, self.context):
            return None
        return original


class PublicPageSerializer(PageSerializer):
    serializer_related_field = ListedPageOnlyField
    alias_of = ListedAliasOfField(read_only=True)


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    """Live pages without view restriction (Wagtail's own base queryset), read-only."""

    base_serializer_class = PublicPageSerializer

    filter_backends = [
        CheckedFieldsFilter,
        CheckedChildOfFilter,
        CheckedAncestorOfFilter,
        CheckedDescendantOfFilter,
        CheckedOrderingFilter,
        CheckedTranslationOfFilter,
        CheckedLocaleFilter,
        # Last: search results cannot be filtered further.
        CheckedSearchFilter,
    ]

    def get_base_queryset(self):
        # ?site=host[:port]: Wagtail looks it up as given, and a site that does not exist
        # (or a port that is not a number) ends in a 500. The sites are few: compared here.
        if "site" in self.request.GET:
            wanted = self.request.GET["site"]
            addresses = set()
            for hostname, port in Site.objects.values_list("hostname", "port"):
                addresses.update((hostname, f"{hostname}:{port}"))
            if wanted not in addresses:
                raise BadRequestError("unknown site")
        # Public pages only, whoever asks: a visitor who gave a page's password, or staff
        # signed in, would otherwise get restricted pages in answers that look public.
        return super().get_base_queryset().public()

    def get_queryset(self):
        page_types = self.request.GET.get("type", "")
        if page_types.count(",") >= MAX_PAGE_TYPES:
            raise BadRequestError(f"type accepts {MAX_PAGE_TYPES} page types at most")
        return super().get_queryset()


def images_on_public_pages():
    """Ids of the images that live pages without view restriction use (a logo, an image
    block), as Wagtail's reference index records them. The index reads each page from
    its table, that is as published: an image only a draft uses is not counted."""
    public_page_ids = Page.objects.live().public().annotate(key=Cast("pk", models.CharField())).values("key")
    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=public_page_ids,
            to_content_type=ContentType.objects.get_for_model(get_image_model()),
        )
        .annotate(image_id=Cast("to_object_id", models.IntegerField()))
        .values("image_id")
    )


class PublicImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    """Only the images public pages show.

    The endpoint stays: the pages' image fields (a network's logo) link to it through
    their detail_url. The rest of the library (images awaiting use, replaced emblems,
    whatever editors upload) is not published by uploading it.
    """

    filter_backends = [CheckedFieldsFilter, CheckedOrderingFilter, CheckedSearchFilter]

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=images_on_public_pages())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
