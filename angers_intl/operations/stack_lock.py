"""Work done once for the whole stack, whatever the number of nodes: PostgreSQL's advisory
locks, held by the database every node shares, say who does it."""

import zlib
from contextlib import contextmanager

from django.db import connection


@contextmanager
def held(name, wait=True):
    """Hold the stack-wide lock ``name``. With ``wait=False``, give up at once when another
    node holds it: the value is then False and the work must be skipped."""
    key = zlib.crc32(f"angers-intl:{name}".encode())
    with connection.cursor() as cursor:
        if wait:
            cursor.execute("SELECT pg_advisory_lock(%s)", [key])
            acquired = True
        else:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
            acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
