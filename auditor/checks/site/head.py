"""Read a page's head and sub-resources: title, description, favicon, scripts, styles, media."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

log = logging.getLogger(__name__)

# Search engines show about 155 characters of a description.
SUMMARY_CHARS = 155
# Kinds a browser blocks when loaded over http on an https page (active mixed content); the
# others (images, audio, video) are shown with a warning or upgraded (passive mixed content).
ACTIVE = frozenset({"script", "stylesheet", "iframe", "object", "form"})
# Kinds that count in a page's weight: what a browser downloads to show the page.
WEIGHED = frozenset({"script", "stylesheet", "image"})
_SELECTORS = (
    ("script[src]", "src", "script"),
    ("link[href]", "href", None),  # kind from rel
    ("img[src]", "src", "image"),
    ("iframe[src]", "src", "iframe"),
    ("video[src], audio[src], source[src], track[src]", "src", "media"),
    ("object[data]", "data", "object"),
    ("embed[src]", "src", "object"),
    ("form[action]", "action", "form"),
)


@dataclass(frozen=True)
class Resource:
    """A file the page loads (or a form it sends to): as written, resolved, and its kind."""

    raw: str
    url: str
    kind: str  # script | stylesheet | image | iframe | media | object | icon | form
    element: str


@dataclass(frozen=True)
class Head:
    """The head facts of a page."""

    title: str | None
    description: str | None
    icons: tuple[str, ...]  # declared favicons, resolved ("data:" for an inline one)
    resources: tuple[Resource, ...]
    heading: str | None = None  # the first <h1>: a title to suggest when the page has none
    summary: str | None = None  # the first real paragraph, cut: a description to suggest


def _rel_kind(node: LexborNode) -> str | None:
    rel = set((node.attributes.get("rel") or "").lower().split())
    if "stylesheet" in rel:
        return "stylesheet"
    if "icon" in rel:  # "icon" and "shortcut icon"; apple-touch-icon is for home screens
        return "icon"
    return None


def read_head(
    tree: LexborHTMLParser,
    page: str,
    resolve: Callable[[str, str], str],
    short: Callable[[LexborNode], str],
    well_formed: Callable[[str], bool],
) -> Head:
    """Return the title, meta description, favicons and sub-resources of a page."""
    title_node = tree.css_first("title")
    title = " ".join((title_node.text() or "").split()) if title_node is not None else ""
    description = ""
    for meta in tree.css("meta[name]"):
        if (meta.attributes.get("name") or "").strip().lower() == "description":
            description = " ".join((meta.attributes.get("content") or "").split())
            break
    resources: list[Resource] = []
    icons: list[str] = []
    for selector, attribute, kind in _SELECTORS:
        for node in tree.css(selector):
            raw = (node.attributes.get(attribute) or "").strip()
            node_kind = kind or _rel_kind(node)
            if not raw or node_kind is None:
                continue
            if raw.lower().startswith("data:"):
                if node_kind == "icon":
                    icons.append("data:")
                continue
            if not well_formed(raw) or raw.lower().startswith(("javascript:", "mailto:", "#")):
                continue
            url = resolve(page, raw)
            if node_kind == "icon":
                icons.append(url)
            resources.append(Resource(raw, url, node_kind, short(node)))
    for node in tree.css("img[srcset], source[srcset]"):
        for candidate in (node.attributes.get("srcset") or "").split(","):
            raw = candidate.strip().split(" ")[0]
            if raw.lower().startswith("http://"):
                # only for mixed content: a browser downloads one candidate, not all of them
                resources.append(Resource(raw, raw, "srcset", short(node)))
    heading = tree.css_first("h1")
    heading_text = " ".join((heading.text() or "").split()) if heading is not None else ""
    summary = next(
        (t for t in (" ".join((p.text() or "").split()) for p in tree.css("p")) if len(t) >= 40),
        "",
    )
    if len(summary) > SUMMARY_CHARS:
        summary = summary[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "\u2026"
    return Head(
        title or None,
        description or None,
        tuple(icons),
        tuple(resources),
        heading_text or None,
        summary or None,
    )


def insecure(resource: Resource) -> bool:
    """Return True when a resource is written with an http:// address (mixed content on https)."""
    return resource.raw.lower().startswith("http://")
