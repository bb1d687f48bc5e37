"""pg_trgm, for the search page's suggestions when a word is mistyped (search/typos.py)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("angers_intl", "0007_root_collection_in_french")]

    operations = [TrigramExtension()]
