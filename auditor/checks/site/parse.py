"""Read one HTML page (selectolax/lexbor) into the facts the rules need."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from auditor.checks.site.contacts import (
    CompanyId,
    Match,
    company_ids,
    emails,
    phone_numbers,
    regions_for,
    tel_key,
)
from auditor.checks.site.forms import Form, read_forms
from auditor.checks.site.head import Head, read_head
from auditor.checks.site.hours import opening_hours_in_schema, opening_hours_in_text
from auditor.checks.site.words import consent_tool

log = logging.getLogger(__name__)

ELEMENT_CHARS = 200
NAVIGATION, FOOTER, BODY = "navigation", "footer", "body"
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
_BLOCKS = frozenset(
    [
        "p",
        "li",
        "td",
        "th",
        "dd",
        "dt",
        "address",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "div",
        "section",
        "footer",
        "header",
        "article",
        "aside",
        "nav",
        "main",
        "body",
        "form",
        "label",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "tr",
        "table",
        "ul",
        "ol",
        "dl",
    ]
)
_NAV_TOKENS = frozenset(
    {"nav", "navbar", "navigation", "menu", "mainmenu", "topbar", "masthead", "header"}
)
_FOOTER_TOKENS = frozenset({"footer", "colophon", "sitefooter"})
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_PX = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$")
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(https?://[^\s>]+)", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)

Resolve = Callable[[str, str], str]


MALFORMED = "malformed"  # the scheme given to a link whose address cannot be parsed


@dataclass(frozen=True)
class Link:
    """An anchor: where it points, what it says, where it sits on the page."""

    url: str  # absolute, fragment kept
    scheme: str
    labels: tuple[str, ...]  # text, aria-label, title, alt of images inside
    location: str  # navigation | footer | body
    element: str


@dataclass(frozen=True)
class Img:
    """An image element: its source, alternative text and declared display size."""

    url: str | None  # None for inline data: images
    element: str
    has_alt: bool
    decorative: bool
    width: float | None  # CSS px from the width attribute or inline style
    height: float | None
    responsive: bool  # srcset or <picture>: the browser picks among several files


@dataclass(frozen=True)
class Written:
    """A phone number or e-mail address written as plain text, with the element holding it."""

    value: str  # normalised: digits of a phone number, lower-case address
    element: str
    text: str  # as written
    key: str = ""  # phones: national significant number (phonenumbers), as tel: links are keyed
    e164: str = ""  # phones: the number a tel: link should dial


@dataclass
class PageInfo:
    """The facts of one page that the site rules use."""

    url: str
    lang: str = ""
    links: list[Link] = field(default_factory=list)
    images: list[Img] = field(default_factory=list)
    phones_written: list[Written] = field(default_factory=list)
    emails_written: list[Written] = field(default_factory=list)
    tel_links: set[str] = field(default_factory=set)
    mailto_links: set[str] = field(default_factory=set)
    schema_phone: bool = False
    text: str = ""
    vat_numbers: list[str] = field(default_factory=list)
    company_ids: list[CompanyId] = field(default_factory=list)
    head: Head = field(default_factory=lambda: Head(None, None, (), ()))
    forms: list[Form] = field(default_factory=list)
    opening_hours: str | None = None
    html_bytes: int = 0
    consent_tool: str | None = None
    site_hosts: set[str] = field(default_factory=set)


def decode(body: bytes, content_type: str) -> str:
    """Return the page's text, using the declared charset and falling back sensibly."""
    declared = re.search(r"charset=([\w-]+)", content_type, re.I)
    meta = _CHARSET.search(body[:4096])
    charset = declared.group(1) if declared else meta.group(1).decode("ascii") if meta else "utf-8"
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return body.decode("cp1252", errors="replace")


def short_html(node: LexborNode) -> str:
    """Return the element's HTML on one line, cut to about 200 characters."""
    html = " ".join((node.html or "").split())
    return html if len(html) <= ELEMENT_CHARS else html[: ELEMENT_CHARS - 1] + "\u2026"


def _tokens(node: LexborNode) -> set[str]:
    attrs = node.attributes
    words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    tokens = set(_TOKEN_SPLIT.split(words))
    return tokens | {t.replace("-", "").replace("_", "") for t in words.split()}


def location(node: LexborNode) -> str:
    """Return where an element sits: in the navigation, in the footer, or in the page body."""
    in_nav = False
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html", "-document"):
        role = (parent.attributes.get("role") or "").lower()
        tokens = _tokens(parent)
        if parent.tag == "footer" or role == "contentinfo" or tokens & _FOOTER_TOKENS:
            return FOOTER  # a menu inside the footer is still the footer
        if (
            parent.tag in ("nav", "header")
            or role in ("navigation", "banner", "menubar")
            or tokens & _NAV_TOKENS
        ):
            in_nav = True
        parent = parent.parent
    return NAVIGATION if in_nav else BODY


def _dimension(value: str | None) -> float | None:
    match = _PX.match(value or "")
    return float(match.group(1)) if match else None


def _style_size(style: str) -> dict[str, float]:
    sizes: dict[str, float] = {}
    for part in style.split(";"):
        name, _, value = part.partition(":")
        name = name.strip().lower()
        if name in ("width", "height") and value.strip().lower().endswith("px"):
            size = _dimension(value.strip().lower())
            if size is not None:
                sizes[name] = size
    return sizes


def _image(node: LexborNode, page: str, resolve: Resolve) -> Img:
    attrs = node.attributes
    src = (attrs.get("src") or "").strip()
    lazy = (attrs.get("data-src") or attrs.get("data-lazy-src") or "").strip()
    if lazy and (not src or src.startswith("data:")):
        src = lazy  # lazy loaders keep the real file in data-src until the image scrolls in
    usable = src and not src.lower().startswith("data:") and well_formed(src)
    url = resolve(page, src) if usable else None
    style = _style_size(attrs.get("style") or "")
    width = style.get("width", _dimension(attrs.get("width")))
    height = style.get("height", _dimension(attrs.get("height")))
    role = (attrs.get("role") or "").lower()
    parent = node.parent
    return Img(
        url=url,
        element=short_html(node),
        has_alt="alt" in attrs,
        decorative=role in ("presentation", "none") or (attrs.get("aria-hidden") or "") == "true",
        width=width,
        height=height,
        responsive=bool(attrs.get("srcset")) or (parent is not None and parent.tag == "picture"),
    )


def well_formed(url: str) -> bool:
    """Return False for an address no browser can follow (an unclosed [IPv6], a port over 65535)."""
    try:
        _ = urlsplit(url).port
    except ValueError:
        return False
    return True


def _link(node: LexborNode, page: str, resolve: Resolve) -> Link | None:
    attrs = node.attributes
    href = (attrs.get("href") or "").strip()
    if not href or href == "#":
        return None
    if well_formed(href):
        scheme = urlsplit(href).scheme.lower()
        url = href if scheme and scheme not in ("http", "https", "file") else resolve(page, href)
    else:  # kept as written: it is reported as a broken link, never fetched
        scheme, url = MALFORMED, href
    labels = [
        node.text(separator=" ", strip=True),
        attrs.get("aria-label") or "",
        attrs.get("title") or "",
    ]
    labels += [img.attributes.get("alt") or "" for img in node.css("img")]
    return Link(
        url,
        scheme or urlsplit(url).scheme,
        tuple(x for x in labels if x),
        location(node),
        short_html(node),
    )


def _written(
    blocks: dict[int, list[tuple[str, LexborNode]]], find: Callable[[str], list[Match]]
) -> list[Written]:
    found: list[Written] = []
    for pieces in blocks.values():
        text, spans, offset = "", [], 0
        for piece, parent in pieces:
            spans.append((offset, offset + len(piece), parent))
            text += piece + " "
            offset = len(text)
        for match in find(text):
            holder = next((p for s, e, p in spans if s <= match.start and match.end <= e), None)
            block = pieces[0][1] if holder is None else holder
            element = short_html(_block_of(block) if holder is None else block)
            found.append(Written(match.value, element, match.text, match.key, match.e164))
    return found


def _block_of(node: LexborNode) -> LexborNode:
    while node.parent is not None and node.tag not in _BLOCKS:
        node = node.parent
    return node


@dataclass(frozen=True)
class _Piece:
    text: str
    parent: LexborNode
    block: int
    link_scheme: str  # "tel" / "mailto" when the text is inside such a link, else ""


def _text_pieces(tree: LexborHTMLParser) -> list[_Piece]:
    """Return the visible text nodes with their block element and the kind of link around them."""
    pieces: list[_Piece] = []
    if tree.body is None:
        return pieces
    for node in tree.body.traverse(include_text=True):
        if not node.is_text_node or not (node.text_content or "").strip() or node.parent is None:
            continue
        block, scheme, hidden = None, "", False
        walker = node.parent
        while walker is not None and walker.tag not in ("body", "html"):
            if walker.tag in _SKIP:
                hidden = True
                break
            if walker.tag == "a" and not scheme:
                scheme = (walker.attributes.get("href") or "").split(":", 1)[0].strip().lower()
            if block is None and walker.tag in _BLOCKS:
                block = walker
            walker = walker.parent
        if not hidden:
            pieces.append(
                _Piece(node.text_content or "", node.parent, (block or tree.body).mem_id, scheme)
            )
    return pieces


def _blocks(pieces: list[_Piece], skip_scheme: str) -> dict[int, list[tuple[str, LexborNode]]]:
    blocks: dict[int, list[tuple[str, LexborNode]]] = {}
    for piece in pieces:
        if piece.link_scheme != skip_scheme:
            blocks.setdefault(piece.block, []).append((piece.text, piece.parent))
    return blocks


def parse_page(body: bytes, content_type: str, url: str, resolve: Resolve) -> PageInfo:
    """Return the facts of one HTML page fetched from url."""
    html = decode(body, content_type)
    tree = LexborHTMLParser(html)
    page = PageInfo(url=url)
    root = tree.css_first("html")
    page.lang = ((root.attributes.get("lang") or "") if root is not None else "").lower()
    regions = regions_for(page.lang, urlsplit(url).hostname or "")
    for node in tree.css("a[href]"):
        link = _link(node, url, resolve)
        if link is None:
            continue
        page.links.append(link)
        if link.scheme == "tel":
            page.tel_links.add(tel_key(link.url, regions))
        elif link.scheme == "mailto":
            page.mailto_links.add(unquote(link.url[7:]).split("?")[0].strip().lower())
    page.images = [_image(node, url, resolve) for node in tree.css("img")]
    pieces = _text_pieces(tree)
    page.phones_written = _written(
        _blocks(pieces, "tel"), lambda text: phone_numbers(text, regions)
    )
    page.emails_written = _written(_blocks(pieces, "mailto"), emails)
    page.schema_phone = tree.css_first("[itemprop=telephone]") is not None or any(
        '"telephone"' in (s.text() or "") for s in tree.css('script[type="application/ld+json"]')
    )
    page.text = " ".join(" ".join(p.text.split()) for p in pieces)
    page.company_ids = company_ids(page.text)
    page.vat_numbers = list(dict.fromkeys(c.value for c in page.company_ids if c.kind == "vat"))
    page.head = read_head(tree, url, resolve, short_html, well_formed)
    page.forms = read_forms(tree, url, resolve, short_html)
    page.opening_hours = opening_hours_in_schema(tree) or opening_hours_in_text(page.text)
    page.html_bytes = len(body)
    scripts = tree.css("script")
    page.consent_tool = consent_tool(
        [s.attributes.get("src") or "" for s in scripts]
        + [(s.text() or "")[:2000] for s in scripts]
    )
    hosts = [n.attributes.get("href") for n in tree.css('link[rel="canonical"]')]
    hosts += [n.attributes.get("content") for n in tree.css('meta[property="og:url"]')]
    saved = _SAVED_FROM.search(html[:2000])
    hosts += [saved.group(1)] if saved else []
    page.site_hosts = {urlsplit(h).hostname or "" for h in hosts if h} - {""}
    return page
