"""The forty-ninth text set's reader (gettext catalogues: OCA/l10n-italy's `i18n/it.po` files and
two ilGhera plugins' `it_IT.po`, each entry's msgid paired with its msgstr), its sources, cap and
names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round49 as r49
from benchmarks.text_round49 import (
    BOOKING,
    CATALOGUES,
    IT_MODULES,
    L10N_ITALY,
    NAMES,
    SNAPSHOTS,
    SUPPORT,
    WORDS_PER_SOURCE,
    fetch_round49,
    odoo_interface,
    plugin_front,
    po_pairs,
    po_value_texts,
    round49_names,
    round49_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: it\\n"\n\n'


def _entry(msgid: str, msgstr: str, refs: str = "", flags: str = "") -> str:
    lines = [f"#: {refs}"] if refs else []
    if flags:
        lines.append(f"#, {flags}")
    return "\n".join([*lines, f'msgid "{msgid}"', f'msgstr "{msgstr}"', "", ""])


def _catalogue(*entries: str) -> str:
    return HEADER + "".join(entries)


def _l10n_italy(root, first: str, rest: str = "") -> None:
    """Write OCA/l10n-italy's catalogues: the first module's `first`, the others' `rest`."""
    for index, module in enumerate(IT_MODULES):
        _write(root / L10N_ITALY, f"{module}/i18n/it.po", _catalogue(first if index == 0 else rest))


# --- A catalogue's values, read as plain text ------------------------------------------------


def test_a_value_loses_printf_placeholders_tags_and_splits_at_line_breaks():
    assert po_value_texts("Fattura %s del %(date)s: %1$s pagata al 100%%") == [
        "Fattura del : pagata al 100%"
    ]
    assert po_value_texts("Prima riga<br/>\nSeconda {name} riga https://example.com") == [
        "Prima riga",
        "Seconda riga",
    ]
    assert po_value_texts("%d") == []
    # no blank flag: Python's `'...' % object` keeps its `% o`
    assert po_value_texts("'Nota - %s' % object.name") == ["'Nota - ' % object.name"]
    assert po_value_texts("% imposta") == ["% imposta"]


def test_entries_obsolete_fuzzy_untranslated_or_refused_pair_nothing(tmp_path):
    path = _write(
        tmp_path,
        "it.po",
        _catalogue(
            _entry("Invoice date", "Data fattura", "code:addons/x.py:1"),
            _entry("Draft", "Bozza", flags="fuzzy"),
            _entry("Not yet", ""),
            _entry("Refused", "Rifiutato", "admin/settings.php:3"),
            '#~ msgid "Old"\n#~ msgstr "Vecchio"\n\n',
            'msgid "%d ticket"\nmsgid_plural "%d tickets"\n'
            'msgstr[0] "%d biglietto"\nmsgstr[1] "%d biglietti"\n\n',
        ),
    )
    pairs = list(po_pairs(path, lambda refs: not any(r.startswith("admin/") for r in refs)))
    assert pairs == [
        (["Data fattura"], ["Invoice date"]),
        (["biglietto"], ["ticket"]),
        (["biglietti"], ["tickets"]),
    ]


# --- The references' criteria ------------------------------------------------------------------


def test_odoo_interface_keeps_fields_views_menus_reports_and_code_not_data_records():
    assert odoo_interface([])
    assert odoo_interface(["code:addons/l10n_it_fatturapa/models/partner.py:0"])
    assert odoo_interface(["model:ir.model.fields,field_description:l10n_it_ipa.field_x"])
    assert odoo_interface(["model_terms:ir.ui.view,arch_db:l10n_it_delivery_note.report"])
    assert odoo_interface(["model:ir.actions.report,name:l10n_it_x.y"])
    assert odoo_interface(["model:mail.template,subject:l10n_it_x.y"])
    assert odoo_interface(["model:res.groups,name:l10n_it_x.y"])
    assert odoo_interface(["model:mis.report.kpi,description:a", "model:ir.ui.menu,name:b"])
    assert not odoo_interface(["model:mis.report.kpi,description:l10n_it_mis_reports_pl_bs.a"])
    assert not odoo_interface(["model:ateco.category,name:l10n_it_ateco.a", "model:x.y,name:b"])


def test_plugin_front_leaves_out_admin_and_carried_libraries():
    assert plugin_front([])
    assert plugin_front(["includes/class-wprb-reservation-widget.php:120"])
    assert plugin_front(["admin/class-wprb-admin.php:10", "includes/class-x.php:5"])
    assert not plugin_front(["admin/class-wprb-admin.php:10"])
    assert not plugin_front(["plugin-update-checker/Puc/v4p11/UpdateChecker.php:1"])
    assert not plugin_front(["vendor/a.php:1", "libraries/b.php:2", "admin/c.php:3"])


# --- The sources ---------------------------------------------------------------------------


def test_the_localisation_reads_every_module_s_catalogue_less_data_records(tmp_path):
    _l10n_italy(
        tmp_path,
        _entry("Delivery note", "Documento di trasporto", "model:ir.model,name:l10n_it_x.m")
        + _entry("Balance sheet line", "Riga di bilancio", "model:mis.report.kpi,name:l10n_it_x.k")
        + _entry("Withholding tax", "Ritenuta d'acconto", "code:addons/l10n_it_x/models/a.py:0"),
        _entry("Split payment", "Scissione dei pagamenti", "model:ir.model.fields,help:x.f"),
    )
    _write(tmp_path / L10N_ITALY, "l10n_it_fatturapa/i18n/es.po", _catalogue(_entry("A", "B")))
    it_texts, en_texts = site_paragraphs(L10N_ITALY, tmp_path)
    assert it_texts == ["Documento di trasporto", "Ritenuta d'acconto", "Scissione dei pagamenti"]
    assert en_texts == ["Delivery note", "Withholding tax", "Split payment"]


def test_a_snapshot_lacking_a_catalogue_stops_the_run(tmp_path):
    # a snapshot extracted by tools/extract_text_snapshot.sh alone has no `.po` file
    _l10n_italy(tmp_path, "")
    (tmp_path / L10N_ITALY / CATALOGUES[L10N_ITALY][7]).unlink()
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(L10N_ITALY, tmp_path)
    assert CATALOGUES[L10N_ITALY][7] in str(info.value) and SNAPSHOTS[L10N_ITALY] in str(info.value)
    with pytest.raises(RuntimeError, match=SNAPSHOTS[SUPPORT]):
        site_paragraphs(SUPPORT, tmp_path)


def test_the_plugins_leave_out_admin_only_entries(tmp_path):
    _write(
        tmp_path / BOOKING,
        "languages/wp-restaurant-booking-it_IT.po",
        _catalogue(
            _entry("Book now", "Prenota ora", "includes/class-wprb-reservation-widget.php:10"),
            _entry("Closing days", "Giorni di chiusura", "admin/wprb-set-closing-days.php:4"),
            _entry("Your reservation", "La tua prenotazione"),
        ),
    )
    _write(tmp_path / BOOKING, "languages/wp-restaurant-booking.pot", _catalogue(_entry("X", "")))
    assert site_paragraphs(BOOKING, tmp_path) == (
        ["Prenota ora", "La tua prenotazione"],
        ["Book now", "Your reservation"],
    )
    _write(
        tmp_path / SUPPORT,
        "languages/wss-it_IT.po",
        _catalogue(
            _entry("New ticket", "Nuovo ticket", "includes/class-wc-support-system.php:1"),
            _entry("Check for updates", "Controlla aggiornamenti", "plugin-update-checker/a.php:2"),
        ),
    )
    assert site_paragraphs(SUPPORT, tmp_path) == (["Nuovo ticket"], ["New ticket"])


def test_repeats_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _write(
        tmp_path / SUPPORT,
        "languages/wss-it_IT.po",
        _catalogue(
            _entry("Open tickets", "Ticket aperti"),
            _entry("Opened tickets", "Ticket aperti"),
            _entry("Email", "Email"),
            _entry("Please select a product first", "Please select a product first"),
            _entry("Lorem ipsum dolor sit amet", "Lorem ipsum dolor sit amet"),
            _entry("Some text", "Lorem ipsum dolor"),
        ),
    )
    it_texts, en_texts = site_paragraphs(SUPPORT, tmp_path)
    assert it_texts == ["Ticket aperti"]
    assert en_texts == ["Open tickets", "Opened tickets", "Some text"]


# --- Sources, cap and names --------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "OCA+l10n-italy": "886056ac1a7490177fa30cadda422b5997650ad0",
        "ilGhera+wc-support-system": "7624e529d6534a4aae7433451e6e544929dce1e9",
        "ilGhera+wp-restaurant-booking": "8e7696fb421b501d91c250e3d55b4391c81997d7",
    }
    assert len(IT_MODULES) == len(set(IT_MODULES)) == 55
    assert "l10n_it_intrastat" not in IT_MODULES and "l10n_it_intrastat_statement" in IT_MODULES
    assert CATALOGUES[L10N_ITALY][0] == "account_vat_period_end_statement/i18n/it.po"
    assert CATALOGUES[SUPPORT] == ("languages/wss-it_IT.po",)
    assert CATALOGUES[BOOKING] == ("languages/wp-restaurant-booking-it_IT.po",)
    assert WORDS_PER_SOURCE == 5000
    assert round49_names() == ["OCA", "Odoo", "WooCommerce", "Woocommerce", "WordPress", "ilGhera"]
    assert sorted(NAMES) == round49_names()


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    _l10n_italy(tmp_path, _entry("Invoice date", "Data fattura"))
    _write(tmp_path / SUPPORT, CATALOGUES[SUPPORT][0], _catalogue(_entry("New ticket", "Nuovo")))
    _write(tmp_path / BOOKING, CATALOGUES[BOOKING][0], _catalogue(_entry("Book", "Prenota")))
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch_round49(tmp_path) == tmp_path
    assert list(round49_texts("it", tmp_path)) == [
        (L10N_ITALY, ["Data fattura"]),
        (SUPPORT, ["Nuovo"]),
        (BOOKING, ["Prenota"]),
    ]
    assert [texts for _repo, texts in round49_texts("en", tmp_path)] == [
        ["Invoice date"],
        ["New ticket"],
        ["Book"],
    ]
    (tmp_path / BOOKING / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round49_texts("it", tmp_path))


def test_texts_come_in_a_fixed_mixed_order(tmp_path):
    _write(
        tmp_path / SUPPORT,
        CATALOGUES[SUPPORT][0],
        _catalogue(*(_entry(f"Ticket number {n}", f"Ticket numero {n}") for n in "abcdef")),
    )
    _l10n_italy(tmp_path, "")
    _write(tmp_path / BOOKING, CATALOGUES[BOOKING][0], _catalogue())
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    texts = dict(round49_texts("it", tmp_path))[SUPPORT]
    assert texts == sorted((f"Ticket numero {n}" for n in "abcdef"), key=_crc)


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


# --- Wiring (passes once the main session registers the set) -----------------------------------


def test_the_set_registered_after_the_forty_eighth_as_a_snapshot_set():
    # right after the forty-eighth (its seed, 1250, follows from the place), whatever comes later
    assert_registered_after("round49", "round48", 1250, r49, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (
                L10N_ITALY,
                ["Data della fattura elettronica.", "ok", "Ritenuta d'acconto applicata."],
            ),
            (BOOKING, ["La tua prenotazione è confermata."]),
        ],
        "en": [(L10N_ITALY, ["Electronic invoice date here.", "Withholding tax applied."])],
    }
    messages = capped_messages(monkeypatch, "round49", texts, cap=4)
    # at most 4 words a source: the first text of 4 reaches the cap, "ok" is under the floor
    assert messages["it"] == [
        "Data della fattura elettronica.",
        "La tua prenotazione è confermata.",
    ]
    assert messages["en"] == ["Electronic invoice date here."]
