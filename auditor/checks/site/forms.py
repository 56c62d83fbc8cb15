"""Read a page's forms: fields without a label, and contact forms that cannot be sent."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

log = logging.getLogger(__name__)

# Controls that need no label: hidden ones, and buttons whose value or text names them.
_NO_LABEL_NEEDED = frozenset({"hidden", "submit", "button", "reset", "image"})
_SUBMIT_TYPES = frozenset({"submit", "image"})
# Attributes by which a script or a framework takes over a form's sending.
_JS_ATTR_PREFIXES = ("on", "x-on:", "@", "v-on:", "hx-", "ng-", "(", "data-", "wire:", "action.")
# Form plugins that send with their own script (WordPress and hosted form builders).
_PLUGIN_TOKENS = (
    "wpcf7",
    "gform",
    "wpforms",
    "elementor",
    "hs-form",
    "hbspt",
    "ninja-forms",
    "nf-form",
    "mc4wp",
    "fluentform",
    "frm-show-form",
    "forminator",
    "et_pb_contact",
    "jotform",
    "typeform",
)
# Inline code that sends a form by script.
_SENDS_BY_SCRIPT = re.compile(
    r"addEventListener\(\s*['\"]submit|\.submit\s*\(|onsubmit|new FormData|XMLHttpRequest|"
    r"\$\.(?:ajax|post)|axios\.post|fetch\s*\(",
    re.I,
)
_NOWHERE = ("", "#")


@dataclass(frozen=True)
class Field:
    """A form control without a label: what it is called and its HTML."""

    name: str  # name, id, placeholder or type: what the auditor can recognise it by
    element: str
    placeholder: str


@dataclass(frozen=True)
class Form:
    """A form element and the facts that tell whether it can be filled in and sent."""

    element: str  # the opening tag, on one line
    action: str | None  # as written; None when the attribute is absent
    action_url: str | None  # resolved, for http(s)/file actions only
    method: str  # "get" | "post" | "dialog"...
    contact: bool  # a message form (textarea, or e-mail/phone with other fields)
    search: bool
    submit: bool  # a submit button or input
    js_hint: bool  # an attribute, plugin class or inline script that sends it by script
    fields: int  # visible controls
    unlabelled: tuple[Field, ...]


def opening_tag(node: LexborNode) -> str:
    """Return an element's opening tag on one line (attributes kept, content left out)."""
    attrs = " ".join(f'{k}="{v}"' if v is not None else k for k, v in node.attributes.items() if k)
    tag = f"<{node.tag} {attrs}>" if attrs else f"<{node.tag}>"
    return " ".join(tag.split())[:200]


def _labelled(node: LexborNode, label_for: set[str]) -> bool:
    attrs = node.attributes
    if any((attrs.get(a) or "").strip() for a in ("aria-label", "aria-labelledby", "title")):
        return True
    if (attrs.get("id") or "") in label_for:
        return True
    parent = node.parent
    while parent is not None and parent.tag not in ("form", "body"):
        if parent.tag == "label":
            return True
        parent = parent.parent
    return False


def _js_hint(node: LexborNode, scripts: str) -> bool:
    for element in [node, *node.css("button, input, select, textarea")]:
        for name in element.attributes:
            if name and name.lower().startswith(_JS_ATTR_PREFIXES):
                return True
    attrs = node.attributes
    tokens = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if any(t in tokens for t in _PLUGIN_TOKENS):
        return True
    names = [attrs.get(a) for a in ("id", "name") if attrs.get(a)]
    if any(n and re.search(rf"['\"#]{re.escape(n)}['\"]", scripts) for n in names):
        return True
    return bool(_SENDS_BY_SCRIPT.search(scripts))


def read_forms(
    tree: LexborHTMLParser, page: str, resolve: Callable[[str, str], str], short: Callable
) -> list[Form]:
    """Return the forms of a page with their labels, action, submit control and script hints."""
    label_for = {
        (n.attributes.get("for") or "").strip()
        for n in tree.css("label[for]")
        if n.text(strip=True) or n.css_first("img[alt]")
    }
    scripts = " ".join(
        (s.text() or "")[:20000] for s in tree.css("script") if not s.attributes.get("src")
    )
    forms: list[Form] = []
    for node in tree.css("form"):
        controls = node.css("input, select, textarea")
        visible = [
            c
            for c in controls
            if (c.attributes.get("type") or "text").lower() not in _NO_LABEL_NEEDED
            and c.attributes.get("aria-hidden") != "true"
        ]
        types = {(c.attributes.get("type") or "text").lower() for c in controls}
        has_textarea = any(c.tag == "textarea" for c in controls)
        search = (node.attributes.get("role") or "").lower() == "search" or "search" in types
        contact = (
            not search
            and "password" not in types
            and (has_textarea or (bool(types & {"email", "tel"}) and len(visible) >= 2))
        )
        submit = any(
            (b.attributes.get("type") or "submit").lower() == "submit" for b in node.css("button")
        ) or any((i.attributes.get("type") or "").lower() in _SUBMIT_TYPES for i in controls)
        form_id = node.attributes.get("id")
        if not submit and form_id:
            submit = (
                tree.css_first(f'button[form="{form_id}"], input[form="{form_id}"]') is not None
            )
        action = node.attributes.get("action")
        action_url = None
        if action is not None and action.strip() not in _NOWHERE:
            raw = action.strip()
            if not raw.startswith("#") and not re.match(r"^(?:javascript|mailto|data):", raw, re.I):
                action_url = resolve(page, raw)
        unlabelled = tuple(
            Field(
                c.attributes.get("name")
                or c.attributes.get("id")
                or c.attributes.get("placeholder")
                or (c.attributes.get("type") or c.tag),
                short(c),
                c.attributes.get("placeholder") or "",
            )
            for c in visible
            if not _labelled(c, label_for)
        )
        forms.append(
            Form(
                element=opening_tag(node),
                action=action,
                action_url=action_url,
                method=(node.attributes.get("method") or "get").strip().lower(),
                contact=contact,
                search=search,
                submit=submit,
                js_hint=_js_hint(node, scripts),
                fields=len(visible),
                unlabelled=unlabelled,
            )
        )
    return forms


def nowhere(form: Form) -> bool:
    """Return True when the form names no address to send to (absent, empty, "#", javascript:)."""
    if form.action is None:
        return True
    raw = form.action.strip().lower()
    return raw in _NOWHERE or raw.startswith(("#", "javascript:"))


def may_post_to_itself(form: Form, page: str) -> bool:
    """Return True when a form without action may be handled by the page's own server code.

    A POST to a .php or extension-less address can be read by that page; a static .html page or a
    saved file cannot read what is posted to it, and a GET contact form puts the message in the URL.
    """
    if form.method != "post" or page.startswith("file:"):
        return False
    path = page.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1].lower()
    return not path.endswith((".html", ".htm", ".shtml", ".xhtml"))
