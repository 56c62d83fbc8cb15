"""Load and validate checklist templates (TOML files), naming the file, line and key of any fault.

The items themselves are read in auditor.checklist_items.

File format (schema 1)::

    schema = 1
    id = "phone"                      # stable template id
    version = "1.0.0"                 # bump on any change; audits keep the version they used
    touchpoint = "phone"              # website | phone | email | shop | technician | social
    title = { it = "...", en = "..." }
    description = { it = "...", en = "..." }

    [[sections]]
    id = "greeting"
    title = { it = "...", en = "..." }

    [[items]]
    id = "greeting_company_name"      # stable within the template
    section = "greeting"
    type = "yes_no"                   # yes_no | scale | choice | select_multiple | number | timer
                                      # | text | photo
    question = { it = "...", en = "..." }
    guidance = { it = "...", en = "..." }   # what exactly to look at
    weight = 2                        # > 0, default 1
    critical = false
    dimension = "functional"          # functional | emotional
    phase = "activation"              # awareness | consideration | activation | purchase | loyalty | advocacy
    moment_of_truth = true
    on_fail = ["note", "evidence"]    # what a failed answer requires
    check = "call.time_to_answer"     # optional: an id from auditor.checks.registry
    relevant = "${greeting} = 'no'"   # optional show-if condition (auditor.conditions grammar):
                                      # it may name only items before this one
    required = true                   # optional: true makes a text or photo item needed to
                                      # complete the visit; false lets a scored item stay empty
    # scale:  scale_max = 5
    # choice, select_multiple: options = [{ id = "a", label = { it = "...", en = "..." },
    #                                      points = 2 }, ...]
    # (select_multiple scores the chosen options' points over all positive points, at most 1)
    # number/timer: threshold = 15, pass_if = "at_most" | "at_least", unit = "s"
"""

from __future__ import annotations

import dataclasses
import logging
import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from auditor.checklist_items import ID_RE, ItemReader
from auditor.errors import ValidationError, file_reason
from auditor.i18n import N_, user_translator
from auditor.model import (
    Item,
    Section,
    Template,
    TouchpointKind,
)
from auditor.resources import checklists_dir
from auditor.toml_reason import toml_reason

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
LANGS = ("it", "en")

_TOP_KEYS = {"schema", "id", "version", "touchpoint", "title", "description", "sections", "items"}


@dataclass(frozen=True)
class TemplateProblem:
    """One fault in a template file, located as precisely as the file allows."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class TemplateError(ValidationError):
    """A template file is refused; `problems` lists every fault found."""

    def __init__(self, problems: list[TemplateProblem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


class _Locator:
    """Map (table, index, key) to a line number in the raw TOML text."""

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.headers: list[tuple[int, str]] = []  # (line number, header name)
        for number, line in enumerate(self.lines, start=1):
            match = re.match(r"^\s*\[\[?\s*([A-Za-z0-9_.\"-]+)\s*\]\]?", line)
            if match:
                self.headers.append((number, match.group(1)))

    def _block(self, table: str | None, index: int) -> tuple[int, int]:
        if table is None:
            end = self.headers[0][0] - 1 if self.headers else len(self.lines)
            return 1, end
        seen = -1
        for pos, (number, name) in enumerate(self.headers):
            if name == table:
                seen += 1
                if seen == index:
                    end = next(
                        (
                            n - 1
                            for n, other in self.headers[pos + 1 :]
                            if not other.startswith(table + ".")
                        ),
                        len(self.lines),
                    )
                    return number, end
        return 1, len(self.lines)

    def line(self, table: str | None, index: int = 0, key: str | None = None) -> int:
        start, end = self._block(table, index)
        if key:
            pattern = re.compile(rf"^\s*{re.escape(key)}\s*[=.]")
            for number in range(start, end + 1):
                if pattern.match(self.lines[number - 1]):
                    return number
        return start


class _Validator:
    def __init__(self, path: str, text: str):
        self.path = path
        # Read by whoever wrote or imports the checklist: in the window's language (or the system's).
        self._ = user_translator()
        self.locate = _Locator(text)
        self.problems: list[TemplateProblem] = []

    def fail(
        self, message: str, table: str | None = None, index: int = 0, key: str | None = None
    ) -> None:
        self.problems.append(
            TemplateProblem(self.path, self.locate.line(table, index, key), message)
        )

    def say(
        self,
        msgid: str,
        table: str | None = None,
        index: int = 0,
        key: str | None = None,
        /,
        **fields: object,
    ) -> None:
        """Report a problem in the user's language: `msgid` (marked N_) filled with `fields`
        (a field may be called `key`: the place's arguments are positional only)."""
        self.fail(self._(msgid).format(**fields), table, index, key)

    def bilingual(
        self, value: Any, what: str, table: str | None, index: int, key: str
    ) -> dict[str, str]:
        if not isinstance(value, dict):
            self.say(
                N_("{what} must be a table with 'it' and 'en' texts"), table, index, key, what=what
            )
            return {lang: "" for lang in LANGS}
        for lang in LANGS:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                missing = (
                    N_("{what} has no Italian text ('it')")
                    if lang == "it"
                    else N_("{what} has no English text ('en')")
                )
                self.say(missing, table, index, key, what=what)
        extra = set(value) - set(LANGS)
        if extra:
            self.say(
                N_("{what} has unknown language(s): {languages}"),
                table,
                index,
                key,
                what=what,
                languages=", ".join(sorted(extra)),
            )
        return {lang: str(value.get(lang, "")) for lang in LANGS}

    def enum(
        self, enum_type: type, value: Any, what: str, table: str | None, index: int, key: str
    ) -> Any:
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum_type)
            self.say(
                N_("{what} is {value}; expected one of: {allowed}"),
                table,
                index,
                key,
                what=what,
                value=repr(value),
                allowed=allowed,
            )
            return next(iter(enum_type))

    def number(
        self, value: Any, what: str, table: str, index: int, key: str, positive: bool = False
    ) -> float:
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
        ):
            self.say(
                N_("{what} must be a finite number, not {value}"),
                table,
                index,
                key,
                what=what,
                value=repr(value),
            )
            return 1.0
        if positive and value <= 0:
            self.say(
                N_("{what} must be greater than 0, not {value}"),
                table,
                index,
                key,
                what=what,
                value=repr(value),
            )
        return float(value)

    def boolean(self, value: Any, what: str, table: str, index: int, key: str) -> bool:
        if not isinstance(value, bool):
            self.say(
                N_("{what} must be true or false, not {value}"),
                table,
                index,
                key,
                what=what,
                value=repr(value),
            )
            return False
        return value

    def template(self, data: dict[str, Any]) -> Template | None:
        for key in sorted(set(data) - _TOP_KEYS):
            self.say(N_("unknown key '{key}'"), None, 0, key, key=key)
        for key in ("schema", "id", "version", "touchpoint", "title", "items"):
            if key not in data:
                self.say(N_("missing required key '{key}'"), key=key)
        if self.problems:
            return None
        if data["schema"] != SCHEMA_VERSION:
            self.say(
                N_("schema {schema} is not supported (this version reads schema {supported})"),
                None,
                0,
                "schema",
                schema=repr(data["schema"]),
                supported=SCHEMA_VERSION,
            )
        template_id = data["id"]
        if not isinstance(template_id, str) or not ID_RE.match(template_id):
            self.say(
                N_("id {id} must be lowercase letters, digits, '_', '.', '-'"),
                None,
                0,
                "id",
                id=repr(template_id),
            )
        version = data["version"]
        if not isinstance(version, str) or not version.strip():
            self.say(N_('version must be a non-empty string such as "1.0.0"'), None, 0, "version")
        touchpoint = self.enum(
            TouchpointKind, data["touchpoint"], "touchpoint", None, 0, "touchpoint"
        )
        title = self.bilingual(data["title"], "title", None, 0, "title")
        description = (
            self.bilingual(data["description"], "description", None, 0, "description")
            if "description" in data
            else {lang: "" for lang in LANGS}
        )
        sections = self.sections(data.get("sections", []))
        items = self.items(data["items"], {s.id for s in sections})
        if self.problems:
            return None
        return Template(
            id=template_id,
            version=version,
            touchpoint=touchpoint,
            title=title,
            description=description,
            sections=tuple(sections),
            items=tuple(items),
            schema=data["schema"],
        )

    def sections(self, raw: Any) -> list[Section]:
        if not isinstance(raw, list):
            self.say(N_("sections must be an array of tables ([[sections]])"), None, 0, "sections")
            return []
        sections: list[Section] = []
        seen: set[str] = set()
        for index, entry in enumerate(raw):
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                self.say(N_("a section needs an 'id' string"), "sections", index)
                continue
            if entry["id"] in seen:  # name the repeat, not the first use
                self.say(
                    N_("section id '{id}' is used more than once"),
                    "sections",
                    index,
                    "id",
                    id=entry["id"],
                )
            seen.add(entry["id"])
            title = self.bilingual(
                entry.get("title"),
                self._("section '{id}' title").format(id=entry["id"]),
                "sections",
                index,
                "title",
            )
            sections.append(Section(entry["id"], title))
        return sections

    def items(self, raw: Any, section_ids: set[str]) -> list[Item]:
        return ItemReader(self).items(raw, section_ids)


def parse_template(text: str, path: str = "<template>") -> Template:
    """Return the template a TOML text describes, or raise TemplateError listing every fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        # tomllib says "(at end of document)" for an unterminated string or array: the last line.
        line = int(match.group(1)) if match else max(1, len(text.splitlines()))
        _ = user_translator()
        reason = toml_reason(
            re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc)), _
        )
        if not match:
            reason = _(
                "{reason} at the end of the file (a bracket, brace or quote left open?)"
            ).format(reason=reason)
        raise TemplateError(
            [TemplateProblem(path, line, _("not valid TOML: {reason}").format(reason=reason))]
        ) from None
    validator = _Validator(path, text)
    template = validator.template(data)
    if validator.problems or template is None:
        raise TemplateError(validator.problems)
    return dataclasses.replace(template, source=text)


def load_template_file(path: Path) -> Template:
    """Return the template stored in a file, or raise TemplateError naming the file and line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        _ = user_translator()
        raise TemplateError(
            [
                TemplateProblem(
                    str(path),
                    0,
                    _("cannot read the file: {reason}").format(reason=file_reason(exc, _)),
                )
            ]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TemplateError(
            [TemplateProblem(str(path), line, user_translator()("the file is not UTF-8 text"))]
        ) from None
    return parse_template(text, str(path))


def validate_files(paths: Iterable[Path]) -> list[TemplateProblem]:
    """Return every fault in the given template files (an empty list when all are valid)."""
    problems: list[TemplateProblem] = []
    for path in paths:
        try:
            load_template_file(path)
        except TemplateError as exc:
            problems.extend(exc.problems)
    return problems


# The six checklists of a whole customer journey, one per touchpoint kind; the sector checklists
# (hotel reception, restaurant, bank branch...) are picked for an audit when they fit.
JOURNEY = ("website", "phone", "email", "shop", "technician", "social")


@cache
def builtin_templates() -> tuple[Template, ...]:
    """Return the templates shipped in checklists/, in touchpoint order."""
    order = [kind.value for kind in TouchpointKind]
    templates = [load_template_file(p) for p in sorted(checklists_dir().glob("*.toml"))]
    ids = [t.id for t in templates]
    if len(set(ids)) != len(ids):
        raise TemplateError(
            [TemplateProblem(str(checklists_dir()), 0, "two built-in templates share an id")]
        )
    return tuple(sorted(templates, key=lambda t: (order.index(t.touchpoint.value), t.id)))


def journey_templates() -> tuple[Template, ...]:
    """Return the six built-in checklists of a whole customer journey (the demo's, the benchmarks')."""
    return tuple(t for t in builtin_templates() if t.id in JOURNEY)


def builtin_template(template_id: str) -> Template:
    """Return the built-in template with this id, or raise KeyError."""
    for template in builtin_templates():
        if template.id == template_id:
            return template
    raise KeyError(template_id)
