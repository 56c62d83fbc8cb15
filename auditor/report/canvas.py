"""A canvas that knows the page count when it writes each page, to print "page X of Y"."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger(__name__)

PageFooter = Callable[[Canvas, int, int], None]  # canvas, page number, page count


def numbered_canvas(footer: PageFooter) -> type[Canvas]:
    """Return a Canvas class that keeps its pages until save() and then calls footer(canvas, n, count) on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, count)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
