"""Answer types, one class each: what a value may be, how it is stored, scored, typed and shown.

Every path that changes an answer (the window, the command line, a bundle) validates the value
with the item's answer type, so a value the item cannot take never reaches the store. Adding a
type is one class here plus its widget in `ui/runner/answers.py`.

Stored values (the `answers.value` column and bundles hold them as JSON text):

=========  ==========================================================  =====================
type       value                                                       scored
=========  ==========================================================  =====================
yes_no     "yes", "no" or "na"                                         yes 1, no 0
scale      a whole number 1..scale_max, or "na"                        (v-1)/(max-1)
choice     an option id of the item, or "na"                           points / best points
select_    a non-empty list of distinct option ids, in the item's      sum of chosen points /
multiple   option order, or "na"                                       sum of positive points,
                                                                       at most 1
number     a finite number (|v| < 10^12), or "na"                      1 if threshold met
timer      seconds, 0..604800, or "na"                                 1 if threshold met
text       non-empty text (at most 200,000 characters)                 not scored
photo      no value: answered by evidence attached to the item         not scored
=========  ==========================================================  =====================

Whether an item must be answered before its visit completes is `is_required(item)`: the
template's `required` when it says, else the answer type (text and photo are optional).
"""

from __future__ import annotations

import json
import logging
import math
from typing import Any, ClassVar

from auditor.i18n import Translate, decimal_text, pick, translator
from auditor.model import NA, AnswerType, Item

log = logging.getLogger(__name__)

MAX_TEXT = 200_000
MAX_NUMBER = 1e12
MAX_SECONDS = 7 * 24 * 3600

# Words the command line accepts for yes, no and N/A, in both languages of the application.
_YES = {"yes", "y", "si", "sì", "s", "true"}
_NO = {"no", "n", "false"}
_NA = {"na", "n/a", "n.a.", "n.a"}  # not "a", the window's key: it is also a choice's id


def _english(text: str) -> str:
    return text


class InvalidAnswer(ValueError):
    """A value the item cannot take; the message says why, in English, without the item."""


def is_answered(value: Any) -> bool:
    """Return True when a value counts as an answer (N/A included, empty text not)."""
    return value is not None and value != ""


def _number_text(value: float, lang: str) -> str:
    # Every digit of a whole number (|v| <= 10^12): "%g" showed 1234567 as 1.23457e+06.
    text = str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")
    return decimal_text(text, lang)


def is_text(value: Any, limit: int = MAX_TEXT) -> bool:
    """Return True for text of at most `limit` characters that the workspace can store."""
    if not isinstance(value, str) or len(value) > limit:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: a byte the command line could not decode
        return False
    return True


def shown(value: Any) -> str:
    """Return a value as an error message quotes it: text in quotes, anything else as JSON."""
    if isinstance(value, str):
        text = value[:80].encode("utf-8", "backslashreplace").decode("utf-8")
        return f"\u201c{text}\u201d"
    try:
        return json.dumps(value, ensure_ascii=False)[:80]
    except (TypeError, ValueError):
        return type(value).__name__


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _option_id(item: Item, word: str) -> str:
    """Return the option id a typed word names: the id itself, or its 1-based position."""
    # The window's keys 1-9 pick options by position; the command line accepts them too.
    if word.isdigit() and not any(o.id == word for o in item.options):
        index = int(word) - 1
        if 0 <= index < len(item.options):
            return item.options[index].id
    return word


class Kind:
    """Base of the answer types: a value is validated, encoded, scored and formatted here."""

    type: ClassVar[AnswerType]
    scorable: ClassVar[bool] = True
    optional: ClassVar[bool] = False  # may stay empty: a visit completes without it
    allows_na: ClassVar[bool] = True
    takes_value: ClassVar[bool] = True

    def validate(self, item: Item, value: Any, tr: Translate | None = None) -> Any:
        """Return the value as stored, or raise InvalidAnswer (None is "no answer")."""
        if value is None:
            return None
        if value == NA and self.allows_na and isinstance(value, str):
            return NA
        return self._check(item, value, tr or translator("en"))

    def _check(self, item: Item, value: Any, _: Translate) -> Any:
        raise NotImplementedError

    def parse(self, item: Item, text: str, tr: Translate | None = None) -> Any:
        """Return the value typed on the command line (in the item's own terms), validated."""
        word = text.strip()
        if self.allows_na and word.lower() in _NA:
            return NA
        return self.validate(item, self._parse(item, word), tr)

    def _parse(self, item: Item, word: str) -> Any:
        return word

    def encode(self, value: Any) -> str:
        """Return the JSON text stored in the workspace and carried in bundles."""
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    def decode(self, text: str | None) -> Any:
        """Return a stored value from its JSON text."""
        return None if text is None else json.loads(text)

    def earned(self, item: Item, value: Any) -> float | None:
        """Return the fraction of the item's points earned (0..1), or None when it does not count."""
        if not self.scorable or not is_answered(value) or value == NA:
            return None
        try:
            self._check(item, value, _english)  # what the store holds passed this; old data may not
        except InvalidAnswer:
            return None
        return self._earned(item, value)

    def _earned(self, item: Item, value: Any) -> float | None:
        return None

    def format(self, item: Item, value: Any, lang: str, tr: Translate | None = None) -> str:
        """Return the answer as the window and the report show it ('Yes', '4/5', '58 s')."""
        _ = tr or translator(lang)
        if not is_answered(value):
            return ""
        if value == NA and self.allows_na:  # a remark that reads "na" is shown as written
            return _("N/A")
        return self._format(item, value, lang, _)

    def _format(self, item: Item, value: Any, lang: str, _: Translate) -> str:
        return str(value)

    def expected(self, item: Item, _: Translate) -> str:
        """Return what the item accepts, for error messages ("yes, no or na")."""
        return _("a value")

    def refuse(self, item: Item, value: Any, _: Translate) -> InvalidAnswer:
        """Return the error for a value the item cannot take."""
        return InvalidAnswer(
            _("{value} is not a valid answer (the item takes {expected})").format(
                value=shown(value), expected=self.expected(item, _)
            )
        )


class YesNo(Kind):
    type = AnswerType.YES_NO

    def _check(self, item: Item, value: Any, _: Translate) -> Any:
        if value in ("yes", "no") and isinstance(value, str):
            return value
        raise self.refuse(item, value, _)

    def _parse(self, item: Item, word: str) -> Any:
        lowered = word.lower()
        return "yes" if lowered in _YES else "no" if lowered in _NO else word

    def _earned(self, item: Item, value: Any) -> float | None:
        return 1.0 if value == "yes" else 0.0

    def _format(self, item: Item, value: Any, lang: str, _: Translate) -> str:
        return _("Yes") if value == "yes" else _("No")

    def expected(self, item: Item, _: Translate) -> str:
        return _("yes, no or na")


class Scale(Kind):
    type = AnswerType.SCALE

    def _check(self, item: Item, value: Any, _: Translate) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= item.scale_max:
            return value
        raise self.refuse(item, value, _)

    def _parse(self, item: Item, word: str) -> Any:
        try:
            return int(word)
        except ValueError:
            return word

    def _earned(self, item: Item, value: Any) -> float | None:
        return (value - 1) / (item.scale_max - 1) if item.scale_max > 1 else 1.0

    def _format(self, item: Item, value: Any, lang: str, _: Translate) -> str:
        return f"{value}/{item.scale_max}"

    def expected(self, item: Item, _: Translate) -> str:
        return _("a whole number from 1 to {high}, or na").format(high=item.scale_max)


class Choice(Kind):
    type = AnswerType.CHOICE

    def _check(self, item: Item, value: Any, _: Translate) -> Any:
        if isinstance(value, str) and any(o.id == value for o in item.options):
            return value
        raise self.refuse(item, value, _)

    def _parse(self, item: Item, word: str) -> Any:
        return _option_id(item, word)

    def _earned(self, item: Item, value: Any) -> float | None:
        best = max((o.points for o in item.options), default=0)
        points = next((o.points for o in item.options if o.id == value), None)
        if points is None or best <= 0:
            return None
        return points / best

    def _format(self, item: Item, value: Any, lang: str, _: Translate) -> str:
        option = next((o for o in item.options if o.id == value), None)
        return pick(option.label, lang) if option else str(value)

    def expected(self, item: Item, _: Translate) -> str:
        return _("one of {choices}, or na").format(choices=", ".join(o.id for o in item.options))


class SelectMultiple(Kind):
    """Several options ticked at once ("which of these did the agent mention?")."""

    type = AnswerType.SELECT_MULTIPLE

    def _check(self, item: Item, value: Any, _: Translate) -> Any:
        ids = [o.id for o in item.options]
        if (
            isinstance(value, list)
            and value
            and all(isinstance(v, str) and v in ids for v in value)
            and len(set(value)) == len(value)
        ):
            chosen = set(value)
            return [i for i in ids if i in chosen]  # one stored form, whatever the typing order
        raise self.refuse(item, value, _)

    def _parse(self, item: Item, word: str) -> Any:
        # "a,c", "a c" or "1 3": ids, or the 1-based positions the window's digit keys use.
        parts = [p for p in word.replace(",", " ").split() if p]
        return [_option_id(item, part) for part in parts]

    def _earned(self, item: Item, value: Any) -> float | None:
        best = sum(o.points for o in item.options if o.points > 0)
        if best <= 0:
            return None
        got = sum(o.points for o in item.options if o.id in value)
        return min(got / best, 1.0)

    def _format(self, item: Item, value: Any, lang: str, _: Translate) -> str:
        if not isinstance(value, list):
            return str(value)
        labels = {o.id: pick(o.label, lang) for o in item.options}
        return ", ".join(labels.get(v, str(v)) for v in value)

    def expected(self, item: Item, _: Translate) -> str:
        return _("one or more of {choices} (separated by commas), or na").format(
            choices=", ".join(o.id for o in item.options)
        )


class Number(Kind):
    type = AnswerType.NUMBER
    low: ClassVar[float] = -MAX_NUMBER
    high: ClassVar[float] = MAX_NUMBER

    def _check(self, item: Item, value: Any, _: Translate) -> Any:
        if _is_number(value) and math.isfinite(value) and self.low <= value <= self.high:
            return value  # 3.0 stays 3.0: JSON keeps it apart from 3, so bundles round-trip
        raise self.refuse(item, value, _)

    def _parse(self, item: Item, word: str) -> Any:
        cleaned = word.replace(",", ".") if word.count(",") == 1 and "." not in word else word
        try:
            number = float(cleaned)
        except ValueError:
            return word
        return int(number) if number.is_integer() and abs(number) < 2**53 else number

    def _earned(self, item: Item, value: Any) -> float | None:
        if item.threshold is None:
            return None
        met = value <= item.threshold if item.pass_if == "at_most" else value >= item.threshold
        return 1.0 if met else 0.0

    def _format(self, item: Item, value: Any, lang: str, _: Translate) -> str:
        unit = f" {item.unit}" if item.unit else ""
        text = f"{_number_text(value, lang)}{unit}"
        if item.threshold is not None:
            sign = "≤" if item.pass_if == "at_most" else "≥"
            text += f" ({sign} {_number_text(item.threshold, lang)}{unit})"
        return text

    def expected(self, item: Item, _: Translate) -> str:
        return _("a number from {low} to {high}, or na").format(
            low=f"{self.low:g}", high=f"{self.high:g}"
        )


class Timer(Number):
    type = AnswerType.TIMER
    low = 0.0
    high = float(MAX_SECONDS)

    def expected(self, item: Item, _: Translate) -> str:
        return _("seconds from 0 to {high}, or na").format(high=MAX_SECONDS)


class Text(Kind):
    type = AnswerType.TEXT
    scorable = False
    optional = True
    allows_na = False

    def _check(self, item: Item, value: Any, _: Translate) -> Any:
        if is_text(value) and value.strip():
            return value
        if isinstance(value, str) and not value.strip():
            return None  # an emptied text box clears the answer
        raise self.refuse(item, value, _)

    def validate(self, item: Item, value: Any, tr: Translate | None = None) -> Any:
        return None if value is None else self._check(item, value, tr or translator("en"))

    def parse(self, item: Item, text: str, tr: Translate | None = None) -> Any:
        return self.validate(item, text, tr)

    def expected(self, item: Item, _: Translate) -> str:
        return _("text of at most {count} characters").format(count=MAX_TEXT)


class Photo(Kind):
    type = AnswerType.PHOTO
    scorable = False
    optional = True
    allows_na = False
    takes_value = False

    def validate(self, item: Item, value: Any, tr: Translate | None = None) -> Any:
        if value is None:
            return None
        raise self.refuse(item, value, tr or translator("en"))

    def parse(self, item: Item, text: str, tr: Translate | None = None) -> Any:
        return self.validate(item, text, tr)

    def _format(self, item: Item, value: Any, lang: str, _: Translate) -> str:
        return _("Photo attached")

    def expected(self, item: Item, _: Translate) -> str:
        return _("a photo attached to it as evidence")


KINDS: dict[AnswerType, Kind] = {
    k.type: k
    for k in (YesNo(), Scale(), Choice(), SelectMultiple(), Number(), Timer(), Text(), Photo())
}
SCORABLE_TYPES = frozenset(t for t, k in KINDS.items() if k.scorable)
PHOTO_ATTACHED = "photo"  # the value scoring and the report see for a photo item with its photo


def same_value(a: Any, b: Any) -> bool:
    """Return True when two stored values are the same, type included (3 is not 3.0 nor True)."""
    return type(a) is type(b) and a == b


def kind_of(item: Item) -> Kind:
    """Return the answer type object of an item."""
    return KINDS[item.type]  # Item.type is an AnswerType: hashing a str enum needs no call


def is_required(item: Item) -> bool:
    """Return True when the item must be answered before its visit can be completed."""
    # The one place that decides: scoring's completion, workflow.missing and the runner ask here.
    if item.required is not None:
        return item.required
    return not kind_of(item).optional


def validate(item: Item, value: Any, tr: Translate | None = None) -> Any:
    """Return the value as stored for this item, or raise InvalidAnswer."""
    return kind_of(item).validate(item, value, tr)


def format_answer(item: Item, value: Any, lang: str, tr: Translate | None = None) -> str:
    """Return an answer as the window and the report show it."""
    return kind_of(item).format(item, value, lang, tr)
