"""Register the report's TrueType fonts (embedded as subsets) and choose a font for every character.

Lato sets the text; DejaVu Sans draws the symbols Lato lacks; Symbola draws emoji. A character no
font has is still written with its own code (drawn as an empty box), so that copying or extracting
the text of the PDF gives back exactly what the auditor typed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from auditor.resources import resource_path

log = logging.getLogger(__name__)

SANS = "ReportSans"
SANS_BOLD = "ReportSans-Bold"
SANS_ITALIC = "ReportSans-Italic"
SANS_BOLD_ITALIC = "ReportSans-BoldItalic"
SYMBOLS = "ReportSymbols"
SYMBOLS_BOLD = "ReportSymbols-Bold"
EMOJI = "ReportEmoji"

_FILES = {
    SANS: "Lato-Regular.ttf",
    SANS_BOLD: "Lato-Bold.ttf",
    SANS_ITALIC: "Lato-Italic.ttf",
    SANS_BOLD_ITALIC: "Lato-BoldItalic.ttf",
    SYMBOLS: "DejaVuSans.ttf",
    SYMBOLS_BOLD: "DejaVuSans-Bold.ttf",
    EMOJI: "Symbola.ttf",
}
_lock = threading.Lock()
_registered = False


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """Return a ToUnicode CMap; characters beyond the BMP are written as UTF-16 surrogate pairs."""

    # reportlab writes <1F600> for an emoji: odd-length hex that readers reject (the text is lost).
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper() if code else "0000"

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


class EmbeddedFont(TTFont):
    """A TrueType font embedded as subsets, with a correct ToUnicode map for every character."""

    def keep(self, code: int) -> None:
        """Give a character this font lacks its own code (drawn as the empty box, kept in the text)."""
        self.face.charToGlyph.setdefault(code, 0)

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        """Add the font's subsets to the document (reportlab's method, with our ToUnicode map)."""
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode(
                "pdfdoc"
            )
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap = pdfdoc.PDFStream()
            cmap.content = _to_unicode_cmap(base_name, subset)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font


def register_fonts() -> None:
    """Register the report fonts and their families with reportlab (once per process)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(EmbeddedFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        pdfmetrics.registerFontFamily(
            SYMBOLS, normal=SYMBOLS, bold=SYMBOLS_BOLD, italic=SYMBOLS, boldItalic=SYMBOLS_BOLD
        )
        pdfmetrics.registerFontFamily(
            EMOJI, normal=EMOJI, bold=EMOJI, italic=EMOJI, boldItalic=EMOJI
        )
        _registered = True
        log.debug("report fonts registered")


def font(name: str) -> EmbeddedFont:
    """Return a registered report font."""
    register_fonts()
    found = pdfmetrics.getFont(name)
    assert isinstance(found, EmbeddedFont)
    return found


def runs(text: str) -> Iterator[tuple[str | None, str]]:
    """Yield (fallback font name or None for the text font, characters) for consecutive runs of `text`."""
    text_glyphs = font(SANS).face.charToGlyph
    symbol_glyphs = font(SYMBOLS).face.charToGlyph
    emoji = font(EMOJI)
    current: str | None = None
    start = 0
    for index, char in enumerate(text):
        code = ord(char)
        if code in text_glyphs or char == "\n":
            chosen = None
        elif code in symbol_glyphs:
            chosen = SYMBOLS
        else:
            if code not in emoji.face.charToGlyph:
                emoji.keep(code)
            chosen = EMOJI
        if chosen != current and index > start:
            yield current, text[start:index]
            start = index
        current = chosen
    if start < len(text):
        yield current, text[start:]
