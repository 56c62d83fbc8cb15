"""Hypothesis strategies for valid templates: every answer type, both languages, odd labels."""

from __future__ import annotations

from hypothesis import strategies as st

from auditor.model import (
    AnswerType,
    ChoiceOption,
    Dimension,
    Item,
    Phase,
    Section,
    Template,
    TouchpointKind,
)

ids = st.from_regex(r"[a-z][a-z0-9_]{0,7}", fullmatch=True)
ODD = [
    '"',
    "\\",
    "'",
    "=",
    "${x}",
    "#",
    "[[items]]",
    "è",
    "€",
    "😀",
    "\n",
    "\t",
    " ",
    "«»",
    "\u00a0",
]
# Text a spreadsheet cell and a TOML string can both hold: no controls but tab and newline, no
# surrogates, no unassigned code points (XML refuses U+FFFE and U+FFFF).
_chars = st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co"))
_text = st.lists(
    st.one_of(st.text(_chars, min_size=1, max_size=6), st.sampled_from(ODD)), min_size=1, max_size=5
).map("".join)
label = _text.filter(lambda s: s.strip())
texts = st.fixed_dictionaries({"it": label, "en": label})
numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=0.001, max_value=1000, allow_nan=False, allow_infinity=False)


@st.composite
def options(draw: st.DrawFn) -> tuple[ChoiceOption, ...]:
    """Return two to four options with unique ids, one worth more than 0 points."""
    names = draw(
        st.lists(ids, min_size=2, max_size=4, unique=True).filter(
            lambda n: set(n) not in ({"yes", "no"}, {"yes", "no", "na"})
        )
    )
    points = [draw(st.floats(min_value=0, max_value=100, allow_nan=False)) for _ in names]
    points[0] = draw(positive)
    return tuple(ChoiceOption(n, draw(texts), p) for n, p in zip(names, points, strict=True))


def _condition(draw: st.DrawFn, earlier: list[Item]) -> str | None:
    if not earlier or not draw(st.booleans()):
        return None
    first = draw(st.sampled_from(earlier)).id
    simple = draw(
        st.sampled_from(
            [
                f"${{{first}}} = 'yes'",
                f"selected(${{{first}}}, 'a')",
                f"${{{first}}} > 3",
                f"not(${{{first}}} = 'no')",
                f'${{{first}}} != "n/a"',
            ]
        )
    )
    if draw(st.booleans()):
        second = draw(st.sampled_from(earlier)).id
        return f"({simple}) or ${{{second}}} <= 2.5 and ${{{second}}} != ''"
    return simple


@st.composite
def item(draw: st.DrawFn, item_id: str, section: str, earlier: list[Item]) -> Item:
    """Return a valid item of any answer type."""
    kind = draw(st.sampled_from(list(AnswerType)))
    numeric = kind in (AnswerType.NUMBER, AnswerType.TIMER)
    unit = ""
    if numeric:
        # A timer's empty unit reads back as "s" from a spreadsheet (an empty cell is no unit).
        unit = draw(
            st.sampled_from(["s", "min", "€", "%"] if kind is AnswerType.TIMER else ["", "€", "m²"])
        )
    check = None
    if numeric and draw(st.booleans()):
        check = "call.duration"
    elif kind is AnswerType.TEXT and draw(st.booleans()):
        check = "text"
    return Item(
        id=item_id,
        question=draw(texts),
        guidance=draw(texts),
        type=kind,
        dimension=draw(st.sampled_from(list(Dimension))),
        phase=draw(st.sampled_from(list(Phase))),
        section=section,
        weight=draw(positive),
        critical=draw(st.booleans()),
        moment_of_truth=draw(st.booleans()),
        require_note_on_fail=draw(st.booleans()),
        require_evidence_on_fail=draw(st.booleans()),
        scale_max=draw(st.integers(2, 10)) if kind is AnswerType.SCALE else 5,
        options=draw(options()) if kind in (AnswerType.CHOICE, AnswerType.SELECT_MULTIPLE) else (),
        threshold=draw(numbers) if numeric else None,
        pass_if=draw(st.sampled_from(["at_most", "at_least"])) if numeric else "at_most",
        unit=unit,
        check=check,
        relevant=_condition(draw, earlier),
        required=draw(st.sampled_from([None, True, False])),
    )


@st.composite
def templates(draw: st.DrawFn) -> Template:
    """Return a valid template: loose items first, then sections each holding a run of items."""
    names = draw(st.lists(ids, min_size=1, max_size=12, unique=True))
    section_ids = draw(st.lists(ids, max_size=3, unique=True))
    cuts = sorted(
        draw(
            st.lists(
                st.integers(0, len(names)), min_size=len(section_ids), max_size=len(section_ids)
            )
        )
    )
    owners = [""] * len(names)
    for n, start in enumerate(cuts):
        for position in range(start, len(names)):
            owners[position] = section_ids[n]
    items: list[Item] = []
    for name, owner in zip(names, owners, strict=True):
        items.append(draw(item(name, owner, items)))
    described = draw(st.booleans())
    return Template(
        id=draw(ids),
        version=draw(st.from_regex(r"[0-9][0-9a-z.]{0,6}", fullmatch=True)),
        touchpoint=draw(st.sampled_from(list(TouchpointKind))),
        title=draw(texts),
        description=draw(texts) if described else {"it": "", "en": ""},
        sections=tuple(Section(s, draw(texts)) for s in section_ids),
        items=tuple(items),
    )
