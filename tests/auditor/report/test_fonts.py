"""Fonts: embedded subsets, Italian accents, the euro sign and emoji survive text extraction."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from auditor.report.fonts import EMOJI, SANS, SYMBOLS, register_fonts, runs
from auditor.report.text import chunks, clean, markup
from tests.auditor.report.pdfkit import fonts, norm, page_texts


def test_runs_pick_a_font_that_has_each_character():
    assert list(runs("Perché 3 € ✓ ok 🚀!")) == [
        (None, "Perché 3 € "),
        (SYMBOLS, "✓"),
        (None, " ok "),
        (EMOJI, "🚀"),
        (None, "!"),
    ]


def test_markup_escapes_and_keeps_lines():
    assert markup("<b>a</b> & b\nc") == "&lt;b&gt;a&lt;/b&gt; &amp; b<br/>c"
    assert clean("a\r\nb\x00c\x1bd\te") == "a\nbcd e"


def test_chunks_cut_only_at_spaces_and_keep_every_word():
    text = " ".join(f"w{i}" for i in range(3000)) + "\n\nlast paragraph"
    pieces = chunks(text, size=500)
    assert all(len(p) <= 500 for p in pieces[:-1]) and pieces[-1] == "last paragraph"
    assert norm(" ".join(pieces)) == norm(text)


@pytest.mark.parametrize(
    "text",
    [
        "Qualità: perché no? È così, 1.234,50 € — «ok» àèéìòù ÀÈÉÌÒÙ",
        "Emoji 😀 👍 ❤️ 👩‍💻 🥰 and symbols ✓ ✗ → ★",
    ],
)
def test_text_round_trips_through_a_pdf(tmp_path, text):
    register_fonts()
    path = tmp_path / "fonts.pdf"
    SimpleDocTemplate(str(path), initialFontName=SANS).build(
        [Paragraph(markup(text), ParagraphStyle("t", fontName=SANS, fontSize=11))]
    )
    assert norm(page_texts(path)[0]) == norm(text)
    assert all(row["emb"] == "yes" and row["uni"] == "yes" for row in fonts(path))
