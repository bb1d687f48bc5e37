"""manage.py backup and manage.py restore, on the real test database and media folder.

A restore replaces the database under Django's feet, so these tests are transactional;
pytest-django empties every table after each of them, which would leave the following
tests without the Angers content (nor the locales and root page of the migrations).
Each test therefore backs up the database and media as it finds them, and restores them
once the tables are emptied: the commands under test put the test database back.
"""

import hashlib
import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import CommandError, call_command
from django.db import connection, connections
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from angers_intl.operations import backup


def database_fingerprint():
    """A hash of the ordered rows of every table, and where every sequence stands."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
        tables = [row[0] for row in cursor.fetchall()]
        fingerprint = {}
        for table in tables:
            cursor.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) "
                f'FROM "{table}" t'
            )
            fingerprint[table] = cursor.fetchone()
        cursor.execute(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1"
        )
        fingerprint["sequences"] = cursor.fetchall()
    return fingerprint


def media_fingerprint():
    root = Path(settings.MEDIA_ROOT)
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def png_bytes(colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 200), colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def database_as_found(django_db_setup, django_db_blocker, tmp_path_factory):
    """Set up before transactional_db, so torn down after it has emptied the tables."""
    with django_db_blocker.unblock():
        archive = make_backup(tmp_path_factory.mktemp("as-found"))
    yield
    with django_db_blocker.unblock():
        call_command("restore", str(archive), yes=True, stdout=io.StringIO())
        connections.close_all()


@pytest.fixture
def portal(database_as_found, transactional_db, content_tx):
    """The Angers content, with an uploaded image (and a rendition of it), a document
    and an editor's account on top."""
    image = get_image_model().objects.create(
        title="Jumelage Angers-Haarlem",
        file=ImageFile(io.BytesIO(png_bytes((30, 90, 160))), name="jumelage.png"),
    )
    image.get_rendition("fill-120x80")
    get_document_model().objects.create(
        title="Charte des villes éducatrices",
        file=ContentFile("Charte des villes éducatrices\n".encode() * 50, name="charte.txt"),
    )
    get_user_model().objects.create_user("redactrice", "redactrice@angers.fr", "mot-de-passe-long-42")


def drop_everything():
    """What a lost server leaves: an empty database and an empty media folder."""
    connections.close_all()
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE")
        cursor.execute("CREATE SCHEMA public")
    shutil.rmtree(settings.MEDIA_ROOT)
    Path(settings.MEDIA_ROOT).mkdir(parents=True)


def make_backup(folder):
    call_command("backup", output=f"{folder}/", verbosity=0)
    (archive,) = Path(folder).glob("angers-intl-*.tar")
    return archive


def test_round_trip_brings_back_every_row_and_file(portal, tmp_path, client):
    database_before = database_fingerprint()
    media_before = media_fingerprint()
    counts_before = backup.row_counts()
    assert counts_before["images"] >= 1 and counts_before["documents"] >= 1
    assert counts_before["renditions"] >= 1 and counts_before["translations"] >= 1
    assert any(name.startswith("documents/") for name in media_before)
    assert any(name.startswith("original_images/") for name in media_before)

    archive = make_backup(tmp_path)
    with tarfile.open(archive) as opened:
        manifest = json.loads(opened.extractfile("manifest.json").read())
        members = set(opened.getnames())
    assert manifest["format_version"] == backup.FORMAT_VERSION
    assert manifest["row_counts"] == counts_before
    assert manifest["database"]["name"] == connection.settings_dict["NAME"]
    assert manifest["database"]["server_version"] and manifest["database"]["pg_dump_version"]
    assert members == set(manifest["files"]) | {"manifest.json"}
    assert {f"media/{name}": sha for name, sha in media_before.items()} == {
        name: entry["sha256"] for name, entry in manifest["files"].items() if name != "database.dump"
    }

    drop_everything()
    assert media_fingerprint() == {}

    out = io.StringIO()
    call_command("restore", str(archive), yes=True, stdout=out)

    assert database_fingerprint() == database_before
    assert media_fingerprint() == media_before
    assert backup.row_counts() == counts_before
    assert "Portail restauré" in out.getvalue()
    assert not list(Path(settings.MEDIA_ROOT).glob(".restore-*"))
    # The restored site serves its pages, in both languages.
    assert client.get("/").status_code == 200
    assert client.get("/en/").status_code == 200


def test_restore_over_changed_content_puts_the_backup_back(portal, tmp_path):
    archive = make_backup(tmp_path)
    database_before = database_fingerprint()
    media_before = media_fingerprint()

    # Work done after the backup, which the restore undoes.
    Page.objects.get(slug="mentions-legales", locale__language_code="fr").delete()
    get_user_model().objects.create_user("intrus", "intrus@example.org", "mot-de-passe-long-43")
    get_document_model().objects.create(title="Brouillon", file=ContentFile(b"brouillon", name="brouillon.txt"))
    assert database_fingerprint() != database_before

    call_command("restore", str(archive), yes=True, stdout=io.StringIO())

    assert database_fingerprint() == database_before
    assert media_fingerprint() == media_before


def rewrite(archive, destination, change):
    """A copy of ``archive`` in which ``change(name, data)`` returns each member's new bytes."""
    with tarfile.open(archive) as source, tarfile.open(destination, "w") as copy:
        for member in source:
            data = change(member.name, source.extractfile(member).read())
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    return destination


def flip_a_byte_of_the_image(name, data):
    if name.startswith("media/original_images/"):
        # The middle byte: an optimised PNG of one colour is under a hundred bytes.
        middle = len(data) // 2
        return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]
    return data


def test_damaged_or_foreign_archives_are_refused_and_nothing_changes(portal, tmp_path):
    archive = make_backup(tmp_path)
    Page.objects.get(slug="mentions-legales", locale__language_code="fr").delete()
    database_before = database_fingerprint()
    media_before = media_fingerprint()

    damaged = rewrite(archive, tmp_path / "damaged.tar", flip_a_byte_of_the_image)
    truncated = tmp_path / "truncated.tar"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    dump_missing = rewrite(archive, tmp_path / "dump-missing.tar", lambda name, data: b"" if name == "database.dump" else data)
    not_an_archive = tmp_path / "notes.tar"
    not_an_archive.write_text("Ceci n'est pas une archive.\n")
    foreign = tmp_path / "foreign.tar"
    with tarfile.open(foreign, "w") as opened:
        info = tarfile.TarInfo("README")
        info.size = 5
        opened.addfile(info, io.BytesIO(b"hello"))

    def newer_format(name, data):
        if name == "manifest.json":
            return json.dumps({**json.loads(data), "format_version": 99}).encode()
        return data

    from_the_future = rewrite(archive, tmp_path / "future.tar", newer_format)

    cases = [
        (damaged, "endommagée"),
        (truncated, "endommagée"),
        (dump_missing, "endommagée"),
        (not_an_archive, "n'est pas une sauvegarde"),
        (foreign, "n'est pas une sauvegarde"),
        (from_the_future, "format de sauvegarde n° 99"),
        (tmp_path / "absent.tar", "n'existe pas"),
    ]
    for path, message in cases:
        with pytest.raises(CommandError, match=message) as refused:
            call_command("restore", str(path), yes=True, stdout=io.StringIO())
        assert "\n" not in str(refused.value)
        assert database_fingerprint() == database_before, path
        assert media_fingerprint() == media_before, path
        assert not list(Path(settings.MEDIA_ROOT).glob(".restore-*")), path


def test_restore_asks_for_confirmation(portal, tmp_path):
    archive = make_backup(tmp_path)
    Page.objects.get(slug="mentions-legales", locale__language_code="fr").delete()
    database_before = database_fingerprint()

    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", str(archive), stdout=io.StringIO())

    assert database_fingerprint() == database_before


def test_backup_passes_the_password_through_the_environment_only():
    environment = backup.libpq_environment(
        {
            "NAME": "angers_intl",
            "USER": "angers",
            "PASSWORD": "s3cret",
            "HOST": "db.example",
            "PORT": 5433,
            "OPTIONS": {"sslmode": "require", "pool": True},
        }
    )
    assert environment["PGPASSWORD"] == "s3cret"
    assert environment["PGHOST"] == "db.example" and environment["PGPORT"] == "5433"
    assert environment["PGDATABASE"] == "angers_intl" and environment["PGSSLMODE"] == "require"
    assert not any(key.startswith("PG") and key not in {
        "PGPASSWORD", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGSSLMODE"
    } for key in environment)


def test_output_names_a_file_or_a_folder(tmp_path):
    from datetime import UTC, datetime

    now = datetime(2026, 3, 1, 2, 30, 5, tzinfo=UTC)
    assert backup.archive_path(None, now) == backup.DEFAULT_FOLDER / "angers-intl-20260301T023005Z.tar"
    assert backup.archive_path(str(tmp_path), now) == tmp_path / "angers-intl-20260301T023005Z.tar"
    assert backup.archive_path(f"{tmp_path}/nouveau/", now) == tmp_path / "nouveau" / "angers-intl-20260301T023005Z.tar"
    assert backup.archive_path(f"{tmp_path}/veille.tar", now) == tmp_path / "veille.tar"
