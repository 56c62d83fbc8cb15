"""British spellings are a choice, not a slip: a British client's copy ("our programmes", "the
neighbourhood", "a fair judgement", "two litres") must not read as full of typos, while a slip
of the same words is still caught and corrected to them.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    "text",
    [
        "Our programmes start in the harbour, in a neighbouring street.",
        "A fair judgement, with humour; the flavours are favoured by our neighbours.",
        "Two litres of water, ten millimetres wide, one kilometre away.",
        "Enrol now: the enrolment fee is paid in two instalments.",
        "Practise every day; fulfilment is our endeavour.",
        "Our licences cover paediatric and orthopaedic care.",
        "A cosy parlour on the ground storey, with a sombre watercolour.",
    ],
)
def test_british_spellings_are_known(text: str) -> None:
    need_hunspell("en")
    assert flagged(text, "en") == []


@pytest.mark.parametrize(
    ("text", "slip", "right"),
    [
        ("Our programmse start today.", "programmse", "programmes"),
        ("Walk to the harbuor.", "harbuor", "harbour"),
        ("A fair judgemnet.", "judgemnet", "judgement"),
        ("Two litrse of water.", "litrse", "litres"),
        ("Pay in two instalmetns.", "instalmetns", "instalments"),
    ],
)
def test_their_slips_are_found_and_corrected_to_them(text: str, slip: str, right: str) -> None:
    need_hunspell("en")
    findings = {f.excerpt: f for f in check_text(text, lang="en").findings}
    assert slip in findings
    assert right in findings[slip].suggestions[:3]
