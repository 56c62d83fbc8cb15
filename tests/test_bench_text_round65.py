"""The sixty-fifth text set's reader (one Italian maker's e-bike firmware manuals, an Italian
OpenDocument text paired with its English one by a table of file names), its sources, cap and
names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pytest

from benchmarks import text_round65 as r65
from benchmarks.text_round65 import (
    ADDED_FILES,
    EBIKE_860C,
    EBIKE_LCD3,
    MANUALS,
    NAMES,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    fetch_round65,
    odt_texts,
    round65_names,
    round65_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)


def _odt(path: Path, body: str) -> Path:
    """Write an OpenDocument text whose `office:text` holds `body` (XML)."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return path


def _paragraphs(*texts: str) -> str:
    return "".join(f"<text:p>{t}</text:p>" for t in texts)


def _manuals(root: Path, bodies: dict | None = None) -> None:
    """Write each source's two manuals: the given (Italian, English) bodies by repository, a
    default one elsewhere."""
    bodies = bodies or {}
    for repo, table in MANUALS.items():
        italian, english = bodies.get(
            repo, (_paragraphs("Testo del manuale italiano."), _paragraphs("English manual."))
        )
        for it_file, en_file in table.items():
            _odt(root / repo / it_file, italian)
            _odt(root / repo / en_file, english)


def test_an_odt_reads_its_paragraphs_and_headings_in_order(tmp_path):
    body = (
        '<text:h text:outline-level="1">Modalità di <text:span>assistenza</text:span></text:h>'
        "<text:p>Premere<text:s/>il tasto<text:tab/>ON<text:line-break/>per due secondi.</text:p>"
        "<text:list><text:list-item><text:p>Primo punto dell'elenco.</text:p></text:list-item>"
        "</text:list>"
        "<text:p>Vedi <text:a>il sito</text:a> https://github.com/x/y o scrivi a a@b.it.</text:p>"
        "<text:p>   </text:p><text:p/>"
    )
    assert odt_texts(_odt(tmp_path / "m.odt", body)) == [
        "Modalità di assistenza",
        "Premere il tasto ON per due secondi.",
        "Primo punto dell'elenco.",
        "Vedi il sito o scrivi a .",
    ]


def test_an_odt_leaves_out_tracked_changes_comments_notes_indexes_tables_and_frames(tmp_path):
    body = (
        "<text:tracked-changes><text:changed-region><text:deletion>"
        "<text:p>Testo cancellato.</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>"
        "<text:table-of-content><text:index-body><text:p>Capitolo uno 3</text:p>"
        "</text:index-body></text:table-of-content>"
        "<text:p>Il valore<office:annotation><text:p>Un commento.</text:p></office:annotation>"
        " consigliato<text:note><text:note-citation>1</text:note-citation><text:note-body>"
        "<text:p>Una nota.</text:p></text:note-body></text:note> è 250.</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>Cella</text:p>"
        "</table:table-cell></table:table-row></table:table>"
        "<text:p>Regolare a <draw:frame><draw:text-box><text:p>20</text:p></draw:text-box>"
        "</draw:frame>.</text:p>"
    )
    assert odt_texts(_odt(tmp_path / "m.odt", body)) == [
        "Il valore consigliato è 250.",
        "Regolare a .",
    ]


def test_a_manual_pairs_with_its_english_one_repeats_untranslated_and_lorem_left_out(tmp_path):
    italian = _paragraphs(
        "Accendere il display.",
        "Accendere il display.",
        "Torque sensor calibration",
        "Street mode",
        "Lorem ipsum dolor sit amet.",
    )
    english = _paragraphs("Switch the display on.", "Street mode", "Torque sensor calibration")
    _manuals(tmp_path, {EBIKE_860C: (italian, english)})
    it_texts, en_texts = site_paragraphs(EBIKE_860C, tmp_path)
    # "Street mode" stands in both; "Torque sensor calibration" is English in the Italian
    assert it_texts == ["Accendere il display."]
    assert en_texts == ["Switch the display on."]


def test_a_snapshot_lacking_a_manual_stops_the_run_naming_git_show(tmp_path):
    _manuals(tmp_path)
    (tmp_path / EBIKE_LCD3 / next(iter(MANUALS[EBIKE_LCD3].values()))).unlink()
    with pytest.raises(RuntimeError, match=r"keeps no `\.odt`") as info:
        site_paragraphs(EBIKE_LCD3, tmp_path)
    assert "EN-LCD3_additional_manual-v20.1C.4.odt" in str(info.value)
    assert " show " in str(info.value)
    assert SNAPSHOTS[EBIKE_LCD3] in str(info.value)


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "emmebrusa+TSDZ2-Smart-EBike-860C": "f91df3a3f1d0651d4394c6fc2d52758420ad8722",
        "emmebrusa+TSDZ2-Smart-EBike-LCD3": "9326522a922a80402fd62b3242db3eaf208efd4a",
    }
    assert list(r65.SITES) == list(SNAPSHOTS) == list(MANUALS) == list(ADDED_FILES)
    assert MANUALS[EBIKE_860C] == {
        "manuals/odt/IT-Manuale_integrativo_860C-v20.1C.4.odt": (
            "manuals/odt/EN-860C_additional_manual-v20.1C.4.odt"
        )
    }
    assert MANUALS[EBIKE_LCD3] == {
        "manuals/odt/IT-Manuale_integrativo_LCD3-v20.1C.4.odt": (
            "manuals/odt/EN-LCD3_additional_manual-v20.1C.4.odt"
        )
    }
    assert ADDED_FILES[EBIKE_860C] == (
        "manuals/odt/IT-Manuale_integrativo_860C-v20.1C.4.odt",
        "manuals/odt/EN-860C_additional_manual-v20.1C.4.odt",
    )
    assert WORDS_PER_SOURCE == 1800
    assert NAMES == ("TSDZ2", "860C", "LCD3")
    assert round65_names() == ["860C", "LCD3", "TSDZ2"]


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    shared = ("Il motore si spegne dopo cinque minuti.", "The motor stops after five minutes.")
    _manuals(
        tmp_path,
        {
            EBIKE_860C: (
                _paragraphs(shared[0], "Il display 860C ha tre tasti."),
                _paragraphs(shared[1], "The 860C display has three buttons."),
            ),
            EBIKE_LCD3: (
                _paragraphs(shared[0], "Il display LCD3 ha cinque tasti."),
                _paragraphs(shared[1], "The LCD3 display has five buttons."),
            ),
        },
    )
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch_round65(tmp_path) == tmp_path
    texts = dict(round65_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[EBIKE_860C] == sorted([shared[0], "Il display 860C ha tre tasti."], key=_crc)
    # the text the first manual gave is not taken again from the second
    assert texts[EBIKE_LCD3] == ["Il display LCD3 ha cinque tasti."]
    assert dict(round65_texts("en", tmp_path))[EBIKE_LCD3] == ["The LCD3 display has five buttons."]
    (tmp_path / EBIKE_LCD3 / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round65_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_sixty_fourth_as_a_snapshot_set():
    # right after the sixty-fourth (its seed, 1266, follows from the place), whatever comes later
    assert_registered_after("round65", "round64", 1266, r65, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (EBIKE_860C, ["Premere il tasto ON.", "Menu", "Tenere premuto per due secondi."]),
            (EBIKE_LCD3, ["Il display si accende."]),
        ],
        "en": [(EBIKE_860C, ["Press the ON button.", "Hold it for two seconds."])],
    }
    messages = capped_messages(monkeypatch, "round65", texts, cap=4)
    # at most 4 words a source: the first text of 4 reaches the cap, "Menu" is under the floor
    assert messages["it"] == ["Premere il tasto ON.", "Il display si accende."]
    assert messages["en"] == ["Press the ON button."]
