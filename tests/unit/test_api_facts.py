"""The facts the API serves are the page's, as plain text a reader would read."""

from django.utils.html import format_html

from angers_intl.facts import plain_text


def test_a_linked_fact_is_read_as_its_text():
    link = format_html('<a href="{}">{}</a>', "/en/city-networks/", "Europe's cities & towns")
    assert plain_text(link) == "Europe's cities & towns"


def test_text_an_editor_wrote_is_given_as_written():
    assert plain_text("R&D <cities>") == "R&D <cities>"
