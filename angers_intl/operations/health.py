"""Health checks: /healthz for process supervisors, /readyz for load balancers."""

import logging
import uuid

from django.core.cache import caches
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse

logger = logging.getLogger(__name__)


def health(request):
    """Liveness, for process supervisors: the process answers. Nothing else is asked, so
    that a database outage does not get every node restarted."""
    return JsonResponse({"status": "ok"})


def ready(request):
    """Readiness, for load balancers: 200 when the database, the caches and the media
    storage answer, 503 (naming what failed) otherwise, so that traffic goes elsewhere."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means "not ready"
        logger.warning("Readiness: the database does not answer", exc_info=True)
        checks["database"] = "error"
    for alias in ("default", "pages"):
        # A cache may swallow its errors (Redis with IGNORE_EXCEPTIONS): read back what was written.
        probe = uuid.uuid4().hex
        try:
            caches[alias].set("portal:readyz", probe, 30)
            checks[f"cache:{alias}"] = "ok" if caches[alias].get("portal:readyz") == probe else "error"
        except Exception:  # noqa: BLE001
            checks[f"cache:{alias}"] = "error"
    try:
        default_storage.exists("readyz")
        checks["storage"] = "ok"
    except Exception:  # noqa: BLE001
        logger.warning("Readiness: the media storage does not answer", exc_info=True)
        checks["storage"] = "error"
    ready_ = all(state == "ok" for state in checks.values())
    return JsonResponse({"status": "ok" if ready_ else "error", "checks": checks}, status=200 if ready_ else 503)
