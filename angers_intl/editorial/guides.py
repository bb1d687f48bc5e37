"""The city's guides, read in the admin.

The guides for editors, moderators and translators are written in Markdown in docs/, next
to the code they describe, so that a change and its explanation travel together. Wagtail's
help menu only leads to Wagtail's own guide (in English, about Wagtail in general): here
each of the city's guides gets a menu item and an admin screen that shows it rendered,
for signed-in staff only.

A guide is rendered once per change of its file (its modification time), with raw HTML
escaped: the Markdown comes from the repository, but the admin shows nothing it did not
build itself. Headings get the ids GitHub gives them, so that a link ``(#titre)`` works in
the admin as on the forge; links and images relative to docs/ lead to the guide's screen
or to the image, served below the guide's address.
"""

import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from django.http import FileResponse, Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from markdown_it import MarkdownIt
from markdown_it.token import Token
from wagtail.admin.menu import MenuItem


@dataclass(frozen=True)
class Guide:
    slug: str
    file_name: str
    title: str
    order: int


GUIDES = {
    guide.slug: guide
    for guide in (
        Guide("redacteurs", "guide-redacteurs.md", _("Guide des rédacteurs et modérateurs"), 900),
        Guide("traducteurs", "guide-traducteurs.md", _("Guide des traducteurs"), 910),
    )
}

# What the guides may show besides text; anything else in docs/ (the deployment guide,
# the architecture notes) is not served to staff.
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"}


def docs_dir() -> Path:
    return Path(settings.BASE_DIR) / "docs"


def guide_file(guide: Guide, language: str) -> tuple[Path, str]:
    """The guide's file for an admin in ``language``, and the language it is written in.

    French is the guides' language; a translation lives in docs/<language>/ under the same
    name. Without one, the French guide is shown."""
    language = (language or settings.LANGUAGE_CODE).split("-")[0]
    if language != settings.LANGUAGE_CODE:
        translated = docs_dir() / language / guide.file_name
        if translated.is_file():
            return translated, language
    return docs_dir() / guide.file_name, settings.LANGUAGE_CODE


# ---------------------------------------------------------------------------------------
# Rendering


def heading_slug(text: str) -> str:
    """The id GitHub gives a heading: lower case, punctuation dropped (letters with accents
    kept), each space a hyphen."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def _inline_text(token) -> str:
    return "".join(child.content for child in token.children or () if child.type in ("text", "code_inline"))


def _heading_ids(state):
    seen = {}
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        slug = heading_slug(_inline_text(tokens[index + 1]))
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        token.attrSet("id", slug if count == 0 else f"{slug}-{count}")


def _inside_docs(base: PurePosixPath, target: str) -> PurePosixPath | None:
    """``target`` relative to the folder ``base`` (itself relative to docs/), as a path
    relative to docs/; None when it leaves docs/."""
    if PurePosixPath(target).is_absolute() or "\\" in target:
        # An absolute target would replace docs/ when joined to it (Path("docs") / "/etc").
        return None
    parts = []
    for part in (base / target).parts:
        if part == "/":
            return None
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return PurePosixPath(*parts) if parts else None


def _local_target(base: PurePosixPath, address: str) -> str | None:
    """Where a link or image of a guide leads in the admin: the address itself when it is
    not relative, the guide's screen or the image's address for a file of docs/, None for
    a file the admin does not serve (or a path out of docs/)."""
    parts = urlsplit(address)
    if parts.scheme or parts.netloc or address.startswith(("/", "#")) or not parts.path:
        return address
    path = _inside_docs(base, parts.path)
    if path is None:
        return None
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    for guide in GUIDES.values():
        # A guide links to the other one, in French (docs/) or in its language (docs/en/).
        if path.name == guide.file_name and len(path.parts) <= 2:
            return reverse("angers_intl_guide", args=[guide.slug]) + fragment
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return reverse("angers_intl_guide_image", args=[str(path)])
    return None


def _local_addresses(base: PurePosixPath):
    def rule(state):
        for block in state.tokens:
            if block.type != "inline" or not block.children:
                continue
            kept = []
            dropped_links = 0
            for token in block.children:
                if token.type == "link_open":
                    url = _local_target(base, token.attrGet("href") or "")
                    if url is None:
                        # A link to a file staff cannot open (the deployment guide): its
                        # words stay, without a link that would lead nowhere.
                        dropped_links += 1
                        continue
                    token.attrSet("href", url)
                elif token.type == "link_close" and dropped_links:
                    # Links do not nest in Markdown: this closes the one dropped.
                    dropped_links -= 1
                    continue
                elif token.type == "image":
                    url = _local_target(base, token.attrGet("src") or "")
                    if url is None:
                        # An image the admin does not serve: its text alternative stays.
                        token = Token("text", "", 0, content=token.content)
                    else:
                        token.attrSet("src", url)
                kept.append(token)
            block.children = kept

    return rule


def _title_apart(state):
    """The guide's opening title goes to the screen's header, not twice on the screen."""
    tokens = state.tokens
    if len(tokens) >= 3 and tokens[0].type == "heading_open" and tokens[0].tag == "h1":
        state.env["title"] = _inline_text(tokens[1])
        del tokens[:3]


@dataclass(frozen=True)
class RenderedGuide:
    title: str
    html: str


def render_markdown(text: str, base: PurePosixPath | None = None) -> RenderedGuide:
    """A guide's Markdown as HTML, raw HTML escaped, and its opening title (if any).
    ``base`` is the guide's folder relative to docs/ (docs/ itself by default)."""
    base = base or PurePosixPath()
    markdown = MarkdownIt("commonmark", {"html": False}).enable("table")
    markdown.core.ruler.push("portal_title_apart", _title_apart)
    markdown.core.ruler.push("portal_heading_ids", _heading_ids)
    markdown.core.ruler.push("portal_local_addresses", _local_addresses(base))
    env = {}
    html = markdown.render(text, env)
    return RenderedGuide(env.get("title", ""), html)


_rendered: dict[Path, tuple[int, RenderedGuide]] = {}


def rendered_guide(file: Path) -> RenderedGuide:
    """The guide, rendered again only when its file has changed."""
    modified = file.stat().st_mtime_ns
    cached = _rendered.get(file)
    if cached is None or cached[0] != modified:
        base = PurePosixPath(file.parent.relative_to(docs_dir()).as_posix())
        cached = (modified, render_markdown(file.read_text(encoding="utf-8"), base))
        _rendered[file] = cached
    return cached[1]


# ---------------------------------------------------------------------------------------
# Admin screens (registered in angers_intl/wagtail_hooks.py, behind the admin's sign-in)


def guide_view(request, slug):
    guide = GUIDES.get(slug)
    if guide is None:
        raise Http404
    admin_language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    file, guide_language = guide_file(guide, admin_language)
    rendered = rendered_guide(file)
    return TemplateResponse(
        request,
        "angers_intl/admin/guide.html",
        {
            "guide": guide,
            "title": rendered.title if guide_language == admin_language and rendered.title else guide.title,
            # Safe: render_markdown escapes the raw HTML a guide could contain.
            "guide_html": mark_safe(rendered.html),  # noqa: S308
            "guide_language": guide_language,
            "not_in_admin_language": guide_language != admin_language,
        },
    )


def guide_image(request, image):
    """An image of docs/ that a guide shows; nothing else of docs/ is served."""
    relative = _inside_docs(PurePosixPath(), image)
    if relative is None or relative.suffix.lower() not in IMAGE_SUFFIXES:
        raise Http404
    root = docs_dir().resolve()
    file = (root / relative).resolve()
    # Resolved, so that a symbolic link in docs/ cannot lead out of it either.
    if not file.is_relative_to(root) or not file.is_file():
        raise Http404
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    response = FileResponse(file.open("rb"), content_type=content_type)
    # An SVG opened on its own must not run scripts under the admin's address.
    response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def menu_item(slug):
    """A guide's item in the help menu, before Wagtail's own (order 1000 and up). A plain
    item, not a "new" one: the menu's badge counts only what is new in Wagtail."""
    guide = GUIDES[slug]
    return MenuItem(
        guide.title,
        reverse("angers_intl_guide", args=[guide.slug]),
        name=f"portal-guide-{guide.slug}",
        icon_name="doc-full",
        order=guide.order,
    )


def editors_guide_menu_item():
    return menu_item("redacteurs")


def translators_guide_menu_item():
    return menu_item("traducteurs")


def urlpatterns():
    return [
        path("guides/<slug:slug>/", guide_view, name="angers_intl_guide"),
        path("guides/images/<path:image>", guide_image, name="angers_intl_guide_image"),
    ]
