"""What the Templates view needs from the catalogue, and an in-memory catalogue for tests."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from auditor.checklists import builtin_templates
from auditor.model import AnswerType, Dimension, Item, Phase, Section, Template, TouchpointKind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TemplateRow:
    """One line of the Templates list: one version of one template."""

    id: str
    version: str
    title: dict[str, str]
    touchpoint: str
    items: int
    client: str = ""
    author: str = ""
    builtin: bool = False


# The view is handed these three callables, so it never depends on the catalogue's own names.
Entries = Callable[[], list[TemplateRow]]
Load = Callable[[str, str], Template]
Save = Callable[[Template], tuple[str, str]]


def row_for(
    template: Template, *, builtin: bool, client: str = "", author: str = ""
) -> TemplateRow:
    """Return the list row describing a template."""
    return TemplateRow(
        id=template.id,
        version=template.version,
        title=dict(template.title),
        touchpoint=template.touchpoint.value,
        items=len(template.items),
        client=client,
        author=author,
        builtin=builtin,
    )


def next_version(version: str) -> str:
    """Return the version after this one ("1.0.3" -> "1.0.4", "draft" -> "draft.1")."""
    match = re.search(r"(\d+)(\D*)$", version)
    if match is None:
        return f"{version}.1" if version else "1.0.0"
    return f"{version[: match.start(1)]}{int(match.group(1)) + 1}{match.group(2)}"


def unique_id(wanted: str, taken: Iterable[str]) -> str:
    """Return `wanted`, or `wanted_2`, `wanted_3`... whichever is not taken yet."""
    used = set(taken)
    if wanted not in used:
        return wanted
    n = 2
    while f"{wanted}_{n}" in used:
        n += 1
    return f"{wanted}_{n}"


def blank_item(item_id: str, section: str = "") -> Item:
    """Return a new yes/no item with empty texts (validation asks for them)."""
    return Item(
        id=item_id,
        question={"it": "", "en": ""},
        guidance={"it": "", "en": ""},
        type=AnswerType.YES_NO,
        dimension=Dimension.FUNCTIONAL,
        phase=Phase.ACTIVATION,
        section=section,
    )


def new_template(template_id: str) -> Template:
    """Return an empty template to start from: one section, one item, no texts yet."""
    return Template(
        id=template_id,
        version="1.0.0",
        touchpoint=TouchpointKind.WEBSITE,
        title={"it": "", "en": ""},
        description={"it": "", "en": ""},
        sections=(Section("main", {"it": "", "en": ""}),),
        items=(blank_item("item_1", "main"),),
    )


def duplicate(template: Template, taken: Iterable[str]) -> Template:
    """Return a copy of a template under a new id, starting again at version 1.0.0."""
    return dataclasses.replace(
        template, id=unique_id(f"{template.id}_copy", taken), version="1.0.0", source=""
    )


class MemoryCatalogue:
    """The built-in templates plus templates saved in memory (tests, previews, demos)."""

    def __init__(self, author: str = "", client: str = ""):
        self.author = author
        self.client = client
        self.saved: dict[tuple[str, str], Template] = {}

    def entries(self) -> list[TemplateRow]:
        """Return the built-in templates, then every saved version, newest last."""
        rows = [row_for(t, builtin=True) for t in builtin_templates()]
        rows += [
            row_for(t, builtin=False, client=self.client, author=self.author)
            for t in self.saved.values()
        ]
        return rows

    def load(self, template_id: str, version: str) -> Template:
        """Return one version of a template, or raise KeyError."""
        if (template_id, version) in self.saved:
            return self.saved[(template_id, version)]
        for template in builtin_templates():
            if (template.id, template.version) == (template_id, version):
                return template
        raise KeyError(f"{template_id} {version}")

    def save(self, template: Template) -> tuple[str, str]:
        """Store a template as a new version (the next after the newest) and return its key."""
        versions = [v for (i, v) in self.saved if i == template.id]
        versions += [t.version for t in builtin_templates() if t.id == template.id]
        version = template.version
        while version in versions:
            version = next_version(version)
        self.saved[(template.id, version)] = dataclasses.replace(template, version=version)
        return template.id, version
