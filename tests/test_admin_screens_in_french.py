"""Every admin screen the four roles use, read as city staff read it: each role signs in,
walks the admin from the screens the URL configuration offers and the links it is shown,
and every screen is checked for English and for French that a city does not write
(inclusive brackets, title case, raw model labels, "True", "Mio", a colon without its space).

The screens are found, not listed: any screen added to the admin (a menu item, a report, a
view registered with ``register_admin_urls``) is scanned as soon as it is linked or needs
no argument."""

import json
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, WorkflowState

from angers_intl.editorial import roles
from tests.conftest import client_for, edit_data, make_user
from tests.test_admin_in_french import ReadableText, content_texts, english_texts

# Addresses never visited: leaving the admin; screens that show the public site (previews,
# drafts, old revisions), whose French is the portal's, checked elsewhere; wagtail-cache's
# screen, which the portal takes out of the menu (angers_intl/wagtail_hooks.py); Wagtail's
# "failwhale", an error on purpose.
NOT_VISITED = re.compile(
    r"/logout/|/preview/|/view_draft/|/revisions/\d+/view/|/serve/|^/admin/cache/|^/admin/failwhale/"
    r"|/results/$|^/admin/api/|chooser/"
)

# Texts a city does not write, and why.
MISTAKES = {
    "inclusive bracket": re.compile(
        r"\w\((?:e|es|s|x|ne|tte|le|la|ère|euse|trice|ice)\)|\b[Ll]e\s*/\s*la\b|\b[Ll]e\s*\(\s*la\s*\)"
        r"|\b[Ll]a\s*/\s*le\b|\bun\(e\)|\bil\(s\)|\bil/elle"
    ),
    "agreement": re.compile(r"\bSeul les\b|\bversion français\b"),
    "zero minutes": re.compile(r"\b0 (?:minute|heure|jour)s?\b"),
    "bracketed gender": re.compile(r"\b\w+\(le\)"),
    "title case": re.compile(
        r"Soumettre à Relecture|Approuver et Publier|Liste De\b|\bà [A-Z][a-zé]+ (?:et|de) [A-Z]|"
        r"\b(?:Liste|Ajouter|Modifier|Supprimer) (?:De|Des|Du|Une?|La|Le|Les) [A-ZÉ]"
    ),
    "raw value": re.compile(r"\b(?:True|False|None)\b"),
    "English unit": re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:[KMGT]io|[KMGT]iB|[KMG]B|bytes?)\b"),
    "product name": re.compile(r"\bWagtail CMS\b|\bvotre compte Wagtail\b"),
    "English": re.compile(
        r"\b(?:Password|Sign in|Log in|Username|Forgotten|Are you sure|Save draft|More actions|"
        r"Dashboard|Upload|Submit|Comment)\b"
    ),
    # French sets a colon, question and exclamation mark, semicolon off by a (thin)
    # non-breaking space; a bare "x: y" is English typography.
    "colon without space": re.compile(r"[^\W\d_][:;?!](?=\s)"),
    "noun as a verb": re.compile(r"^\s*Commenter\s*$"),
    "gendered pronoun": re.compile(r"\bne pas le supprimer\b"),
}


def raw_model_labels():
    """``app_label.modelname`` of every model: a screen naming a model so shows its code."""
    labels = "|".join(re.escape(config.label) for config in apps.get_app_configs())
    return re.compile(rf"\b(?:{labels})\.[a-z_]+\b")


class AdminLinks(HTMLParser):
    """The admin addresses a screen links to."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") if tag == "a" else None
        if href and href.startswith("/admin/"):
            self.links.append(href)


def screens_of_the_url_conf():
    """Every admin address that takes no argument (menus, listings, reports, settings,
    the portal's own screens), reversed from the URL configuration."""
    found = []

    def walk(patterns, namespace, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = ":".join(filter(None, [namespace, pattern.namespace]))
                walk(pattern.url_patterns, inner, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern) and pattern.name and not pattern.pattern.regex.groups:
                route = prefix + str(pattern.pattern)
                if route.lstrip("^").startswith("admin/"):
                    name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                    try:
                        found.append(reverse(name))
                    except Exception:  # noqa: BLE001 (a name shadowed by another, or with kwargs)
                        continue

    walk(get_resolver().url_patterns, None, "")
    return sorted(set(found))


class Screens:
    """The screens one role reaches, one of each kind: an address stands for all those
    that differ only by the object they show, except a French page's screens, which count
    by page type (a translation's editor is wagtail-localize's, whatever its type)."""

    LIMIT = 400

    def __init__(self):
        source = settings.LANGUAGE_CODE
        self.kinds = {
            page.pk: page.content_type.model if page.locale.language_code == source else "translation"
            for page in Page.objects.select_related("content_type", "locale")
        }

    def kind(self, url):
        path = urlsplit(url).path
        match = re.match(r"^/admin/pages/(\d+)/(.*)$", path)
        if match and int(match[1]) in self.kinds:
            rest = re.sub(r"\d+", "N", match[2])
            return f"page {self.kinds[int(match[1])]} {rest}"
        if path.startswith("/admin/pages/usage/"):
            return "/admin/pages/usage/"
        return re.sub(r"/\d+(?=/|$)", "/N", path)

    @staticmethod
    def screen_of(response):
        """The HTML of an admin screen, or of a dialog (Wagtail sends a dialog's HTML in
        JSON: the workflow actions); None for a fragment (a listing's results) or a page
        of the public site."""
        content_type = response.get("Content-Type", "")
        if "json" in content_type:
            try:
                return json.loads(response.content).get("html")
            except (ValueError, AttributeError):
                return None
        if "html" in content_type and "wagtailadmin/skeleton.html" in {t.name for t in response.templates}:
            return response.content.decode()
        return None

    def walk(self, client, starts):
        """{address: texts} of every screen reached from ``starts``, and the addresses
        that answered with a server error."""
        client.raise_request_exception = False
        seen, queue, read, broken = set(), deque(starts), {}, []
        while queue and len(read) < self.LIMIT:
            url = queue.popleft()
            kind = self.kind(url)
            if kind in seen or NOT_VISITED.search(url):
                continue
            seen.add(kind)
            response = client.get(url)
            if response.status_code >= 500:
                broken.append(url)
            if response.status_code != 200 or not (body := self.screen_of(response)):
                continue
            parser = ReadableText()
            parser.feed(body)
            read[url] = parser.texts
            links = AdminLinks()
            links.feed(body)
            queue.extend(urlsplit(link)._replace(query="", fragment="").geturl() for link in links.links)
        return read, broken


def mistakes_in(screens, content):
    """{address: [(mistake, text)]} for every text of ``screens`` a city would not write.
    ``content`` (page titles, names) is left out: the admin quotes it, it does not write it."""
    model_label = raw_model_labels()
    quoted = re.compile("|".join(re.escape(text) for text in content)) if content else None
    judged = {}

    def judge(text):
        # Addresses, e-mail addresses and codes (a backup code, a key) are not words.
        text = " ".join(re.sub(r"https?://\S+|\S+@\S+|\b(?=\w*\d)(?=\w*[^\W\d])\w+\b", " ", text).split())
        if quoted:
            text = " ".join(quoted.sub(" ", text).split())
        wrong = {(name, text) for name, pattern in MISTAKES.items() if pattern.search(text)}
        if model_label.search(text):
            wrong.add(("raw model label", text))
        return wrong | {("English", text) for text in english_texts([text], [])}

    found = {}
    for url, texts in screens.items():
        wrong = set()
        for text in texts:
            if text not in judged:
                judged[text] = judge(text)
            wrong |= judged[text]
        if wrong:
            found[url] = sorted(wrong)
    return found


def listed(mistakes):
    return "\n".join(f"{url}: {name}: {text!r}" for url, wrong in mistakes.items() for name, text in wrong)


@pytest.fixture
def admin_at_work(people, trial_page, admin_user):
    """A portal in use: a page in review with two revisions to compare, a page locked by
    its editor, an image and a document, every role with an e-mail address."""
    from wagtail.images.tests.utils import get_test_image_file

    for person in [*people.values(), admin_user]:
        person.email = f"{person.username}@ville.angers.example"
        person.save()
    edit_url = reverse("wagtailadmin_pages:edit", args=[trial_page.pk])
    editor = client_for(people["editor"])
    editor.post(edit_url, edit_data(trial_page, summary="Un réseau pour essayer, relu."))
    editor.post(edit_url, edit_data(trial_page, **{"action-submit": "1"}))
    get_image_model().objects.create(title="Place du Ralliement", file=get_test_image_file())
    get_document_model().objects.create(
        title="Charte des jumelages", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="charte.pdf")
    )
    locked = trial_page.get_siblings(inclusive=False).filter(locale=trial_page.locale).first().specific
    locked.locked, locked.locked_by, locked.locked_at = True, people["editor"], timezone.now()
    locked.save()
    return trial_page


def screens_of_a_page_in_review(page):
    """The screens Wagtail opens in a dialog from buttons, not links: the workflow
    actions, and the comparison of two revisions."""
    state = WorkflowState.objects.active().get(object_id=str(page.pk))
    task_state = state.current_task_state.pk
    revisions = list(page.revisions.order_by("created_at").values_list("pk", flat=True))
    return [
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state])
        for action in ("approve", "reject")
    ] + [
        reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, revisions[0], revisions[-1]]),
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", revisions[-1]]),
        reverse("wagtailadmin_pages:search") + "?q=réseau",
    ]


def starts_for(page):
    return [reverse("wagtailadmin_home"), *screens_of_a_page_in_review(page), *screens_of_the_url_conf()]


ROLES = ["editor", "moderator", "translator", "administrator"]


@pytest.mark.parametrize("role", ROLES)
def test_every_screen_a_role_uses_reads_as_french(role, people, admin_user, admin_at_work):
    person = admin_user if role == "administrator" else people[role]
    screens, broken = Screens().walk(client_for(person), starts_for(admin_at_work))
    assert len(screens) > 20, sorted(screens)
    assert broken == []
    mistakes = mistakes_in(screens, content_texts() + [person.username])
    assert not mistakes, listed(mistakes)


def test_the_screens_before_the_admin_read_as_french(people, content):
    """The sign-in screen, the forgotten password, and the second factor's code screen."""
    anonymous = Client()
    screens, _broken = Screens().walk(
        anonymous, [reverse("wagtailadmin_login"), reverse("wagtailadmin_password_reset")]
    )
    without_code = Client()
    without_code.force_login(make_user("sans-code", roles.MODERATORS))
    code_screens, _broken = Screens().walk(without_code, [reverse("angers_intl_second_factor_code")])
    screens |= code_screens
    assert set(screens) >= {reverse("wagtailadmin_login"), reverse("angers_intl_second_factor_code")}
    mistakes = mistakes_in(screens, content_texts())
    assert not mistakes, listed(mistakes)


def test_the_scan_sees_what_staff_were_shown(content):
    """The scan recognises the texts staff found on their screens before they were
    corrected."""
    found = mistakes_in(
        {
            "/admin/": [
                "Password",
                "Ce(tte) page est verrouillée",
                "Déverrouillé(e)",
                "Verrouillez le/la",
                "Le(la) utilisateur n'a pas pu être créé(e)",
                "Êtes-vous sûr(e) ?",
                "Seul les modérateurs",
                "Il y a 0 minute",
                "Utiliser la version français",
                "Nouvel(le) : Utilisateur",
                "Modification de Réseau de villes: Eurocities",
                "Soumettre à Relecture",
                "Approuver et Publier",
                "Liste De Reconnaissances",
                "recognitions.recognitionindexpage",
                "True",
                "2,5 Mio",
                "votre compte Wagtail CMS",
                "Commenter",
                "Non, ne pas le supprimer",
            ]
        },
        [],
    )
    assert len(found["/admin/"]) >= 20
