"""The open data downloads (exports.py) at /donnees/<dataset>.csv, .json and .schema.json,
and /en/data/… for the English pages."""

from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from . import exports

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "schema.json": "application/schema+json",
}


@require_GET
def download(request, dataset, extension):
    if dataset not in exports.datasets() or extension not in CONTENT_TYPES:
        raise Http404
    language = get_language()
    if extension == "csv":
        body = exports.as_csv(dataset, language)
    elif extension == "json":
        body = exports.as_json(dataset, language)
    else:
        body = exports.json_schema(dataset)
    response = HttpResponse(body, content_type=CONTENT_TYPES[extension])
    filename = f"angers-international-{dataset}-{language}.{extension}"
    disposition = "attachment" if extension == "csv" else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
