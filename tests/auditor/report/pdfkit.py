"""Read report PDFs back with real tools: pypdf for text, poppler and qpdf for structure and images."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

FOOTER = re.compile(
    r"(Confidential – prepared for|Riservato – preparato per) .*?(Page|Pagina) \d+ (of|di) \d+"
)


def norm(text: str) -> str:
    """Return text with every run of whitespace made one space."""
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    """Return the extracted text of every page."""
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def body_text(path: Path, header: str) -> str:
    """Return the whole text, whitespace normalised, with running headers and footers taken out."""
    text = " ".join(norm(t) for t in page_texts(path))
    text = FOOTER.sub(" ", text)
    return norm(text.replace(norm(header), " "))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a command line tool and return the finished process (skip the test if it is not installed)."""
    if shutil.which(args[0]) is None:
        pytest.skip(f"{args[0]} is not installed (apt-get install qpdf poppler-utils)")
    return subprocess.run(list(args), capture_output=True, text=True, timeout=120)


def fonts(path: Path) -> list[dict[str, str]]:
    """Return pdffonts' rows as dicts (name, type, emb, sub, uni)."""
    lines = run("pdffonts", str(path)).stdout.splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def extract_images(path: Path, folder: Path) -> list[Path]:
    """Extract every image of the PDF in its own format (pdfimages -all) and return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    result = run("pdfimages", "-all", str(path), str(folder / "img"))
    assert result.returncode == 0, result.stderr
    return sorted(folder.iterdir())


def link_annotations(path: Path) -> int:
    """Return how many annotations of any kind the PDF's pages carry."""
    return sum(len(page.get("/Annots") or []) for page in PdfReader(str(path)).pages)
