"""Log lines that can be read during an incident: each names its request, and an error
that repeats (a database outage fails every request the same way) is told in full once,
then in one line per occurrence for a while."""

import contextvars
import logging
import threading
import time

current_request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    """Add the id of the request being served (``-`` outside requests) to every record."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        return True


class RepeatedErrorFilter(logging.Filter):
    """The first traceback of an error is kept; the same error again within
    ``window`` seconds loses its traceback (or, with ``drop=True``, the whole record:
    for e-mail, where a hundred copies help nobody)."""

    def __init__(self, window=300, drop=False):
        super().__init__()
        self.window = window
        self.drop = drop
        self.last_told = {}
        self.lock = threading.Lock()

    @staticmethod
    def _signature(record):
        error_type, error, traceback = record.exc_info
        while traceback is not None and traceback.tb_next is not None:
            traceback = traceback.tb_next
        where = (traceback.tb_frame.f_code.co_filename, traceback.tb_lineno) if traceback else None
        return (error_type, where)

    def filter(self, record):
        if not record.exc_info or record.exc_info[0] is None:
            return True
        signature = self._signature(record)
        now = time.monotonic()
        with self.lock:
            told = self.last_told.get(signature)
            if told is None or now - told > self.window:
                if len(self.last_told) > 1000:
                    self.last_told.clear()
                self.last_told[signature] = now
                return True
        if self.drop:
            return False
        error = record.exc_info[1]
        record.msg = f"{record.getMessage()} ({type(error).__name__}: {error}; traceback logged earlier)"
        record.args = ()
        record.exc_info = None
        record.exc_text = None
        return True
