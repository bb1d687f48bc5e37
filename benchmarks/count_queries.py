"""SQL queries of one uncached render of each page: the benchmark's "queries" column.

Run by bench.py in a subprocess with the production settings and PAGE_CACHE=off, so that
the count is that of a page actually built. Each page is requested twice and the second
request counted: the first fills the caches every worker has after its first requests
(Wagtail's site root paths, compiled templates), which would otherwise add queries a
running server never makes.

Usage: python benchmarks/count_queries.py PATH... (prints one JSON object: path -> count)
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def count(paths):
    import django

    django.setup()
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1", SERVER_NAME="127.0.0.1")
    counts = {}
    for path in paths:
        client.get(path)
        # Django empties the query log at every request_started: the count is read right
        # after the request, and the log emptied first so that the context starts at zero.
        reset_queries()
        with CaptureQueriesContext(connection) as context:
            response = client.get(path)
            queries = len(context.captured_queries)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code} to the query count.")
        counts[path] = queries
    return counts


if __name__ == "__main__":
    print(json.dumps(count(sys.argv[1:])))
