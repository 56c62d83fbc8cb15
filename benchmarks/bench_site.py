"""Site check figures: a generated 30-page site on 127.0.0.1, against a plain sequential fetch."""

from __future__ import annotations

import functools
import logging
import tempfile
import threading
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PIL import Image

from auditor.checks.site import check_site
from benchmarks.common import median_ms, row

log = logging.getLogger(__name__)

BUDGET_MS = 5000.0
PAGES = 30
WORDS = (
    "Siamo una azienda di tecnici per la manutenzione delle caldaie, con servizi per tutti i "
    "clienti della provincia e un preventivo chiaro per ogni lavoro. "
) * 40


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def make_site(folder: Path, pages: int = PAGES) -> list[str]:
    """Write a site of `pages` linked pages (menu, text, images) and return their paths."""
    names = ["index.html", "contatti.html"] + [f"pagina-{i}.html" for i in range(pages - 2)]
    (folder / "img").mkdir(parents=True, exist_ok=True)
    for i in range(6):
        Image.new("RGB", (400 + 40 * i, 300), (40 * i, 90, 160)).save(
            folder / "img" / f"foto{i}.jpg", quality=80
        )
    menu = "".join(
        f'<li><a href="/{n}">{"Contatti" if n == "contatti.html" else n[:-5]}</a></li>'
        for n in names
    )
    for k, name in enumerate(names):
        images = "".join(
            f'<img src="/img/foto{(k + j) % 6}.jpg" alt="Foto {j}" width="300">' for j in range(3)
        )
        (folder / name).write_text(
            f"<!doctype html><html lang='it'><head><meta charset='utf-8'>"
            f"<title>{name}</title></head><body>"
            f"<header><nav><ul>{menu}</ul></nav></header><main><h1>{name}</h1><p>{WORDS}</p>{images}"
            f"<p>Chiamaci al <a href='tel:+390521123456'>0521 123456</a></p></main>"
            f"<footer><p>P.IVA 01234560348</p><a href='/privacy.html'>Privacy</a> "
            f"<a href='/cookie.html'>Cookie policy</a></footer></body></html>",
            "utf-8",
        )
    for name in ("privacy.html", "cookie.html"):
        (folder / name).write_text("<html><body><h1>Policy</h1></body></html>", "utf-8")
    return names


def _sequential(base: str, names: list[str]) -> None:
    for name in names:
        with urllib.request.urlopen(base + name, timeout=10) as answer:
            answer.read()


def run() -> list[dict]:
    """Return the site check rows."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        names = make_site(folder)
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=tmp))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        try:
            result = check_site(base, max_pages=PAGES)
            assert result.metrics["pages_checked"] == PAGES, result.metrics
            reference = median_ms(lambda: _sequential(base, names), runs=5)
            crawl = median_ms(lambda: check_site(base, max_pages=PAGES), runs=5)
            offline = median_ms(lambda: check_site(tmp, max_pages=PAGES), runs=5)
        finally:
            server.shutdown()
            server.server_close()
    return [
        row(
            "site: check a 30-page site on 127.0.0.1 (links, 6 images)",
            crawl,
            BUDGET_MS,
            reference,
            "sequential urllib GET of the same 30 pages",
        ),
        row(
            "site: check the same 30 pages saved in a folder",
            offline,
            None,
            reference,
            "sequential urllib GET of the same 30 pages",
        ),
        row("site: sequential GET of the 30 pages (reference)", reference),
    ]


if __name__ == "__main__":
    for r in run():
        ratio = f"{r['ratio']:.2f}x" if r["ratio"] else "-"
        budget = f"{r['budget_ms']:.0f}" if r["budget_ms"] else "-"
        print(f"{r['name']:62} {r['median_ms']:8.1f} ms  budget {budget:>5}  ratio {ratio}")
