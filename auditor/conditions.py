"""Show-if conditions of checklist items: the XLSForm `relevant` subset, parsed and evaluated.

Grammar (what ODK and KoboToolbox users write, and all the audit desk reads)::

    expr       := and_expr ("or" and_expr)*
    and_expr   := unary ("and" unary)*
    unary      := "not" "(" expr ")" | "(" expr ")" | selected | comparison
    selected   := "selected" "(" ref "," literal ")"
    comparison := operand ("=" | "!=" | "<" | "<=" | ">" | ">=") operand
    operand    := ref | literal
    ref        := "${" name "}"
    literal    := 'text' | "text" | number

Values follow XLSForm: an unanswered or hidden item reads as empty text, so `${a} = 'yes'` is
false and `${a} != 'yes'` is true until `a` is answered yes. Numbers compare as numbers
(`${wait} > 30`); `=` and `!=` compare a number with a quoted number as numbers too. An item may
name only items before it, so one pass in checklist order decides what is shown.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from auditor.i18n import Translate, user_translator
from auditor.model import Template

log = logging.getLogger(__name__)

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<ref>\$\{\s*(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*)\s*\})
    | (?P<string>'[^']*'|"[^"]*")
    | (?P<number>-?\d+(?:\.\d+)?)
    | (?P<op>!=|<=|>=|=|<|>)
    | (?P<punct>[(),])
    | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*)
    )""",
    re.VERBOSE,
)
COMPARISONS = ("=", "!=", "<", "<=", ">", ">=")


class ConditionError(ValueError):
    """A condition that cannot be read; `position` is the character where reading stopped."""

    def __init__(self, message: str, position: int = 0):
        super().__init__(message)
        self.position = position


@dataclass(frozen=True)
class Ref:
    name: str


@dataclass(frozen=True)
class Literal:
    value: str | float


@dataclass(frozen=True)
class Compare:
    op: str
    left: Ref | Literal
    right: Ref | Literal


@dataclass(frozen=True)
class Selected:
    ref: Ref
    value: str


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class Both:  # and
    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Either:  # or
    parts: tuple[Node, ...]


Node = Compare | Selected | Not | Both | Either


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    position: int


def _tokens(text: str) -> list[_Token]:
    tokens, position = [], 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            start = len(text) - len(text[position:].lstrip())
            raise ConditionError(
                user_translator()("cannot read '{text}'").format(text=text[start : start + 12]),
                start,
            )
        kind = match.lastgroup if match.lastgroup != "name" else "ref"
        if match.group("ref"):
            kind = "ref"
        token_text = match.group("name") if kind == "ref" else match.group(kind)
        tokens.append(_Token(kind, token_text, match.start(kind)))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = _tokens(text)
        self.index = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self, kind: str, text: str | None = None) -> _Token:
        token = self.peek()
        if token is None or token.kind != kind or (text is not None and token.text != text):
            _ = user_translator()
            wanted = f"'{text}'" if text else kind
            where = token.position if token else len(self.text)
            found = f"'{token.text}'" if token else _("the end")
            raise ConditionError(
                _("expected {wanted}, found {found}").format(wanted=wanted, found=found), where
            )
        self.index += 1
        return token

    def word(self, text: str) -> bool:
        token = self.peek()
        return token is not None and token.kind == "word" and token.text.lower() == text

    def parse(self) -> Node:
        node = self.either()
        token = self.peek()
        if token is not None:
            raise ConditionError(
                user_translator()("unexpected '{token}'").format(token=token.text), token.position
            )
        return node

    def either(self) -> Node:
        parts = [self.both()]
        while self.word("or"):
            self.index += 1
            parts.append(self.both())
        return parts[0] if len(parts) == 1 else Either(tuple(parts))

    def both(self) -> Node:
        parts = [self.unary()]
        while self.word("and"):
            self.index += 1
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else Both(tuple(parts))

    def unary(self) -> Node:
        token = self.peek()
        if token is None:
            raise ConditionError(user_translator()("the condition ends too early"), len(self.text))
        if self.word("not"):
            self.index += 1
            self.take("punct", "(")
            inner = self.either()
            self.take("punct", ")")
            return Not(inner)
        if self.word("selected"):
            self.index += 1
            self.take("punct", "(")
            ref = Ref(self.take("ref").text)
            self.take("punct", ",")
            literal = self.literal()
            self.take("punct", ")")
            return Selected(ref, str(literal.value))
        if token.kind == "punct" and token.text == "(":
            self.index += 1
            inner = self.either()
            self.take("punct", ")")
            return inner
        left = self.operand()
        op = self.take("op").text
        right = self.operand()
        return Compare(op, left, right)

    def operand(self) -> Ref | Literal:
        token = self.peek()
        if token is not None and token.kind == "ref":
            self.index += 1
            return Ref(token.text)
        return self.literal()

    def literal(self) -> Literal:
        token = self.peek()
        if token is None:
            raise ConditionError(user_translator()("the condition ends too early"), len(self.text))
        if token.kind == "string":
            self.index += 1
            return Literal(token.text[1:-1])
        if token.kind == "number":
            self.index += 1
            return Literal(float(token.text))
        raise ConditionError(
            user_translator()("expected a field, text or a number, found '{token}'").format(
                token=token.text
            ),
            token.position,
        )


@lru_cache(maxsize=4096)
def parse(text: str) -> Node:
    """Return the condition's tree, or raise ConditionError saying where reading stopped."""
    if not text.strip():
        raise ConditionError(user_translator()("the condition is empty"))
    return _Parser(text).parse()


def references(node: Node) -> list[str]:
    """Return the names of the fields a condition reads, in order, each once."""
    found: list[str] = []

    def walk(part: Any) -> None:
        if isinstance(part, Ref):
            if part.name not in found:
                found.append(part.name)
        elif isinstance(part, Compare):
            walk(part.left)
            walk(part.right)
        elif isinstance(part, Selected):
            walk(part.ref)
        elif isinstance(part, Not):
            walk(part.operand)
        elif isinstance(part, Both | Either):
            for sub in part.parts:
                walk(sub)

    walk(node)
    return found


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ".")) if value.strip() else None
        except ValueError:
            return None
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return " ".join(str(v) for v in value)  # XLSForm's space-separated select_multiple
    return str(value)


def _operand(part: Ref | Literal, values: Mapping[str, Any]) -> Any:
    return values.get(part.name) if isinstance(part, Ref) else part.value


def _compare(op: str, left: Any, right: Any) -> bool:
    a, b = _number(left), _number(right)
    numeric = a is not None and b is not None
    if op in ("=", "!="):
        same = a == b if numeric else _text(left) == _text(right)
        return same if op == "=" else not same
    if not numeric:
        return False  # an unanswered field is never more or less than a number
    assert a is not None and b is not None
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def evaluate(node: Node, values: Mapping[str, Any]) -> bool:
    """Return whether the condition holds for these answer values (hidden items read as empty)."""
    match node:
        case Compare(op, left, right):
            return _compare(op, _operand(left, values), _operand(right, values))
        case Selected(ref, value):
            chosen = values.get(ref.name)
            if isinstance(chosen, list):
                return value in chosen
            return _text(chosen) == value
        case Not(operand):
            return not evaluate(operand, values)
        case Both(parts):
            return all(evaluate(part, values) for part in parts)
        case Either(parts):
            return any(evaluate(part, values) for part in parts)
    raise TypeError(f"not a condition: {node!r}")


def hidden_items(template: Template, values: Mapping[str, Any]) -> set[str]:
    """Return the ids of the items whose show-if condition does not hold for these answers.

    An item whose condition names a hidden item sees it as unanswered, as XLSForm does.
    """
    if not any(item.relevant for item in template.items):
        return set()
    hidden: set[str] = set()
    seen: dict[str, Any] = {}
    for item in template.items:
        if item.relevant and not evaluate(parse(item.relevant), seen):
            hidden.add(item.id)
        else:
            seen[item.id] = values.get(item.id)
    return hidden


@dataclass(frozen=True)
class ConditionProblem:
    """Why an item's condition cannot work: `kind` is "unreadable" (at `position`, for `detail`),
    "own" (it names its own item), "unknown" (it names no item) or "later" (an item after it)."""

    index: int
    kind: str
    name: str = ""
    position: int = 0
    detail: str = ""

    def message(self, _: Translate, whose: str = "item") -> str:
        """Return the problem said, of the item's condition or (`whose="group"`) its group's."""
        group = whose == "group"
        if self.kind == "unreadable":
            return _("cannot read the condition at character {position}: {reason}").format(
                position=self.position + 1, reason=self.detail
            )
        if self.kind == "own":
            text = (
                _("the group's condition names '{name}', which is inside the group")
                if group
                else _("the condition names its own item '{name}'")
            )
        elif self.kind == "unknown":
            text = (
                _("the group's condition names '{name}', which is not an item")
                if group
                else _("the condition names '{name}', which is not an item")
            )
        else:
            text = (
                _("the group's condition names '{name}', which comes later in the checklist")
                if group
                else _("the condition names '{name}', which comes later in the checklist")
            )
        return text.format(name=self.name)


def problem_list(template: Template) -> list[ConditionProblem]:
    """Return every condition that cannot be read or names a wrong field.

    A condition may name only items before its own: that rules out cycles and lets one pass
    in checklist order decide what is shown.
    """
    found: list[ConditionProblem] = []
    order = {item.id: n for n, item in enumerate(template.items)}
    for index, item in enumerate(template.items):
        if not item.relevant:
            continue
        try:
            node = parse(item.relevant)
        except ConditionError as exc:
            found.append(ConditionProblem(index, "unreadable", "", exc.position, str(exc)))
            continue
        for name in references(node):
            if name == item.id:
                found.append(ConditionProblem(index, "own", name))
            elif name not in order:
                found.append(ConditionProblem(index, "unknown", name))
            elif order[name] > index:
                found.append(ConditionProblem(index, "later", name))
    return found


def problems(template: Template) -> list[tuple[int, str]]:
    """Return (item index, reason) for every condition that cannot be read or names a wrong
    field, said in the user's language."""
    _ = user_translator()
    return [(p.index, p.message(_)) for p in problem_list(template)]


def names(conditions: Iterable[str]) -> set[str]:
    """Return every field named by some readable condition (for pickers and checks)."""
    result: set[str] = set()
    for text in conditions:
        try:
            result.update(references(parse(text)))
        except ConditionError:
            continue
    return result
