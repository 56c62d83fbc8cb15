"""XLSForm import figures: a 400-item questionnaire read and checked, against openpyxl alone."""

from __future__ import annotations

import tempfile
from pathlib import Path

from openpyxl import load_workbook

from auditor.forms import read_xlsform, write_xlsform
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
from benchmarks.common import median_ms, row

BUDGET_MS = 1000.0
_KINDS = [
    AnswerType.YES_NO,
    AnswerType.CHOICE,
    AnswerType.NUMBER,
    AnswerType.SCALE,
    AnswerType.TEXT,
]


def big_template(items: int = 400) -> Template:
    """Return a template of `items` items in 20 sections, with options and show-if conditions."""

    def text(what: str) -> dict[str, str]:
        return {"it": f"{what}: verifica italiana con accenti è à", "en": f"{what}: English check"}

    made: list[Item] = []
    for n in range(items):
        kind = _KINDS[n % len(_KINDS)]
        options = ()
        if kind is AnswerType.CHOICE:
            options = tuple(ChoiceOption(f"o{k}", text(f"option {k}"), float(k)) for k in range(4))
        made.append(
            Item(
                id=f"q{n:03d}",
                question=text(f"question {n}"),
                guidance=text(f"guidance {n}"),
                type=kind,
                dimension=Dimension.FUNCTIONAL,
                phase=Phase.ACTIVATION,
                section=f"s{n // 20:02d}",
                options=options,
                threshold=30.0 if kind is AnswerType.NUMBER else None,
                relevant=f"${{q{n - 5:03d}}} = 'yes'" if n % 5 == 0 and n else None,
            )
        )
    return Template(
        id="big",
        version="1",
        touchpoint=TouchpointKind.SHOP,
        title=text("title"),
        description={"it": "", "en": ""},
        sections=tuple(Section(f"s{k:02d}", text(f"section {k}")) for k in range(items // 20)),
        items=tuple(made),
    )


def run() -> list[dict]:
    """Return the XLSForm import rows."""
    template = big_template()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xlsx"
        write_xlsform(template, path)
        assert read_xlsform(path) == template

        def openpyxl_alone() -> None:
            book = load_workbook(path, read_only=True, data_only=True)
            for sheet in book.worksheets:
                sheet.reset_dimensions()
                for _ in sheet.iter_rows(values_only=True):
                    pass
            book.close()

        reference = median_ms(openpyxl_alone, runs=7)
        imported = median_ms(lambda: read_xlsform(path), runs=7)
        written = median_ms(lambda: write_xlsform(template, path), runs=5)
    return [
        row(
            "forms: import a 400-item XLSForm",
            imported,
            BUDGET_MS,
            reference,
            "openpyxl reading the same workbook",
        ),
        row("forms: export a 400-item XLSForm", written),
    ]
