"""Mark the spans a text check flagged inside the editor, with a tooltip per span."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QHelpEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from auditor.checks.base import CheckFinding
from auditor.i18n import Translate
from ui.widgets import theme

log = logging.getLogger(__name__)

BACKGROUNDS = {"critical": "#f8d7da", "major": "#fdebc8", "minor": ""}


def utf16_positions(text: str, offsets: Sequence[int]) -> list[int]:
    """Return document positions (UTF-16 units, as Qt counts) of Python string offsets."""
    if text.isascii() or all(ord(ch) < 0x10000 for ch in text):
        return list(offsets)  # every character is one UTF-16 unit: positions are the offsets
    return [len(text[:offset].encode("utf-16-le")) // 2 for offset in offsets]


def span_format(finding: CheckFinding, tr: Translate) -> QTextCharFormat:
    """Return the look of a flagged span: a wavy underline in the severity colour, a tooltip."""
    _ = tr
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor(theme.SEVERITY_COLORS[finding.severity.value]))
    if finding.rule == "spelling":
        fmt.setUnderlineColor(QColor(theme.FAIL))
    background = BACKGROUNDS[finding.severity.value]
    if background:
        fmt.setBackground(QColor(background))
    tip = finding.message
    if finding.suggestions:
        tip += "\n" + _("Suggested: {suggestions}").format(
            suggestions=", ".join(finding.suggestions)
        )
    fmt.setToolTip(tip)
    return fmt


@dataclass(frozen=True)
class Span:
    """A flagged range of the document, in document positions."""

    start: int
    end: int
    finding: CheckFinding
    format: QTextCharFormat


class SpanHighlighter(QSyntaxHighlighter):
    """Paint flagged spans without touching the text (formats live in the layout, not the text)."""

    def __init__(self, document: QTextDocument, tr: Translate):
        super().__init__(document)
        self.tr_ = tr
        self.spans: list[Span] = []

    def set_findings(self, text: str, findings: Sequence[CheckFinding]) -> None:
        """Mark the findings' spans; `text` is the exact text they index."""
        located = [
            f for f in findings if f.start is not None and f.end is not None and f.end > f.start
        ]
        bounds = utf16_positions(text, [o for f in located for o in (f.start, f.end)])  # type: ignore[misc]
        self.spans = [
            Span(bounds[2 * n], bounds[2 * n + 1], finding, span_format(finding, self.tr_))
            for n, finding in enumerate(located)
        ]
        self.rehighlight()

    def clear(self) -> None:
        """Remove every mark."""
        self.spans = []
        self.rehighlight()

    def at(self, position: int) -> list[Span]:
        """Return the spans covering a document position."""
        return [s for s in self.spans if s.start <= position < s.end]

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        first, last = block.position(), block.position() + block.length() - 1
        for span in self.spans:
            start, end = max(span.start, first), min(span.end, last)
            if start < end:
                self.setFormat(start - first, end - start, span.format)


class SpanToolTips(QObject):
    """Show the message and suggestions of the span under the mouse."""

    def __init__(self, editor: QPlainTextEdit, highlighter: SpanHighlighter):
        super().__init__(editor)
        self.editor, self.highlighter = editor, highlighter
        editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.editor.cursorForPosition(event.pos()).position()
            spans = self.highlighter.at(position) or self.highlighter.at(position - 1)
            if spans:
                QToolTip.showText(
                    event.globalPos(), "\n\n".join(s.format.toolTip() for s in spans), self.editor
                )
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)
