"""Restoring the portal from an archive of `manage.py backup` (see backup.py for what it
holds): every checksum is checked before anything is changed, then the database is
replaced in one transaction, then the media files."""

import contextlib
import hashlib
import json
import re
import shutil
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.db import DatabaseError, connection, connections

from angers_intl.caching import plan, purge

from .backup import (
    DUMP,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MEDIA_PREFIX,
    BackupError,
    libpq_environment,
    postgres_tool,
    run_tool,
    server_version,
)


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
    contents = run_tool(
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
    run_tool(
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

    purge.purge_app_cache(plan.everything())
    caches["template_fragments"].clear()
    try:
        purge.purge_front(plan.everything())
    except Exception as error:  # noqa: BLE001 - the restore is done; the front cache expires by itself
        raise BackupError(f"le cache frontal n'a pas pu être purgé ({error}).") from error


def compare_counts(expected, actual):
    """(name, expected, found) of each table of the manifest."""
    return [(name, count, actual.get(name)) for name, count in expected.items()]
