"""Log lines that can be read during an incident: each names its request, and an error
that repeats (a database outage fails every request the same way) is told in full once,
then in one line per occurrence for a while. Each request gets its id here."""

import contextvars
import logging
import os
import re
import threading
import time

from django.conf import settings

current_request_id = contextvars.ContextVar("request_id", default="-")

# What a front proxy may send as the request's id; anything else is replaced.
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdMiddleware:
    """Give each request an id, in the logs and in the ``X-Request-ID`` response header.

    A front proxy's id is kept when it looks like one, so that a line in its log and a
    line in the portal's can be matched; a visitor reporting a fault can quote it too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Only a proxy of the portal's own may name the request; a visitor may not.
        given = request.META.get("HTTP_X_REQUEST_ID", "") if settings.TRUSTED_PROXY_COUNT else ""
        request.id = given if given and REQUEST_ID.match(given) else os.urandom(8).hex()
        token = current_request_id.set(request.id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response.headers.setdefault("X-Request-ID", request.id)
        return response




class RequestIdFilter(logging.Filter):
    """Add the id of the request being served (``-`` outside requests) to every record."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        return True


class RepeatedErrorFilter(logging.Filter):
    """Mark an error seen within the last ``window`` seconds (same type, same place) as
    a repeat. The record goes to every handler, so it is marked once, not changed:
    ``BriefFormatter`` leaves out a repeat's traceback, and with ``drop=True`` (e-mail,
    where a hundred copies help nobody) the filter lets repeats through no more."""

    last_told = {}
    lock = threading.Lock()

    def __init__(self, window=300, drop=False):
        super().__init__()
        self.window = window
        self.drop = drop

    @staticmethod
    def _signature(record):
        error_type, _error, traceback = record.exc_info
        while traceback is not None and traceback.tb_next is not None:
            traceback = traceback.tb_next
        where = (traceback.tb_frame.f_code.co_filename, traceback.tb_lineno) if traceback else None
        return (error_type, where)

    def _is_repeat(self, record):
        if not hasattr(record, "repeated_error"):
            signature = self._signature(record)
            now = time.monotonic()
            with self.lock:
                told = self.last_told.get(signature)
                record.repeated_error = told is not None and now - told <= self.window
                if not record.repeated_error:
                    if len(self.last_told) > 1000:
                        self.last_told.clear()
                    self.last_told[signature] = now
        return record.repeated_error

    def filter(self, record):
        if not record.exc_info or record.exc_info[0] is None:
            return True
        return not (self._is_repeat(record) and self.drop)


class BriefFormatter(logging.Formatter):
    """One line for an error already told with its traceback."""

    def format(self, record):
        if getattr(record, "repeated_error", False) and record.exc_info:
            error = record.exc_info[1]
            brief = logging.makeLogRecord(record.__dict__)
            brief.msg = f"{record.getMessage()} ({type(error).__name__}: {error}; traceback logged earlier)"
            brief.args = ()
            brief.exc_info = None
            brief.exc_text = None
            return super().format(brief)
        return super().format(record)
