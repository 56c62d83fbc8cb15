"""The fifty-first text set's reader (Italian online shops and their extensions: a Milanese
shop's Laravel language files, a WooCommerce theme's and a WooCommerce plugin's gettext
catalogues, a Magento theme's and a Magento module's translation CSVs), its sources, cap and
names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round51 as r51
from benchmarks.text_round51 import (
    ADDED_FILES,
    COOKIES,
    DNAFACTORY,
    FILES,
    LDAV,
    LDAV_CATALOGUE,
    NAMES,
    PROTEO,
    PROTEO_CATALOGUE,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    ZUGY,
    ZUGY_FILES,
    fetch_round51,
    laravel_value_texts,
    magento_rows,
    magento_value_texts,
    php_array_strings,
    plugin_front,
    round51_names,
    round51_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: it\\n"\n\n'


def _entry(msgid: str, msgstr: str, refs: str = "", context: str = "", flags: str = "") -> str:
    lines = [f"#: {refs}"] if refs else []
    if flags:
        lines.append(f"#, {flags}")
    if context:
        lines.append(f'msgctxt "{context}"')
    return "\n".join([*lines, f'msgid "{msgid}"', f'msgstr "{msgstr}"', "", ""])


def _catalogue(*entries: str) -> str:
    return HEADER + "".join(entries)


def _lang(items: str) -> str:
    """A Laravel language file: a comment, then the array it returns."""
    return f"<?php\n\n/* the shop's strings */\nreturn [\n{items}\n];\n"


def _zugy(root, files: dict[str, tuple[str, str]]) -> None:
    """Write the shop's language files: every file the rule reads, `files` giving some their
    Italian and English arrays' items, the others one item each."""
    for name in ZUGY_FILES:
        it_items, en_items = files.get(name, (f"'x' => 'Testo {name}',", f"'x' => 'Text {name}',"))
        _write(root / ZUGY, f"resources/lang/it/{name}.php", _lang(it_items))
        _write(root / ZUGY, f"resources/lang/en/{name}.php", _lang(en_items))


# --- A Laravel language file: the array a PHP file returns -------------------------------------


def test_a_language_file_s_strings_by_key_path_nested_and_in_order(tmp_path):
    path = _write(
        tmp_path,
        "checkout.php",
        "<?php\n"
        "// 'old' => 'Vecchio testo',\n"
        "return array(\n"
        "    'title' => 'Il tuo ordine',\n"
        '    "address" => [\n'
        "        'line1' => 'Indirizzo',  # a comment after\n"
        "        'hint' => \"Scrivi l'indirizzo\",\n"
        "        'steps' => ['Carrello', 'Pagamento'],\n"
        "    ],\n"
        "    'year' => 'Anno ' . date('Y'),\n"
        "    'url' => route('home', ['id' => 3]),\n"
        "    'title' => 'Il tuo ordine, di nuovo',\n"
        "    7 => 'Sette',\n"
        ");\n",
    )
    assert php_array_strings(path) == {
        ("title",): "Il tuo ordine, di nuovo",
        ("address", "line1"): "Indirizzo",
        ("address", "hint"): "Scrivi l'indirizzo",
        ("address", "steps", "0"): "Carrello",
        ("address", "steps", "1"): "Pagamento",
        ("7",): "Sette",
    }
    assert next(iter(php_array_strings(path))) == ("title",)


def test_a_file_that_returns_no_array_has_no_strings(tmp_path):
    assert php_array_strings(_write(tmp_path, "a.php", "<?php echo 'Ciao';\n")) == {}
    assert php_array_strings(_write(tmp_path, "b.php", "<?php return $strings;\n")) == {}


def test_laravel_placeholders_and_plural_forms_are_taken_out():
    assert laravel_value_texts("Ciao :name, il tuo ordine :order_id è partito") == [
        "Ciao , il tuo ordine è partito"
    ]
    assert laravel_value_texts("Aperto dalle 10:30, vedi http://example.com/a:b") == [
        "Aperto dalle 10:30, vedi"
    ]
    assert laravel_value_texts("{0} Nessun prodotto|[1,Inf] :count prodotti") == [
        "Nessun prodotto",
        "prodotti",
    ]
    assert laravel_value_texts("[0,Inf] hours") == ["hours"]
    assert laravel_value_texts("]1,Inf[ items|{1} one item|[2,*] items") == [
        "items",
        "one item",
        "items",
    ]
    assert laravel_value_texts("Prima riga\nSeconda <b>riga</b>") == ["Prima riga", "Seconda riga"]
    assert laravel_value_texts(":count") == []


# --- A Magento translation file ---------------------------------------------------------------


def test_magento_rows_by_source_and_their_placeholders(tmp_path):
    path = _write(
        tmp_path,
        "it_IT.csv",
        '"Add to Cart","Aggiungi al carrello"\n'
        '"You have %1 items in your cart.","Hai %1 articoli nel carrello."\n'
        '"Only one column"\n'
        'Subscribe,"Iscriviti, ora"\n'
        '"Add to Cart","Aggiungi al carrello, di nuovo",module,Magento_Checkout\n',
    )
    assert magento_rows(path) == {
        "Add to Cart": "Aggiungi al carrello, di nuovo",
        "You have %1 items in your cart.": "Hai %1 articoli nel carrello.",
        "Subscribe": "Iscriviti, ora",
    }
    assert magento_value_texts("Hai %1 articoli nel carrello (100%)") == [
        "Hai articoli nel carrello (100%)"
    ]
    assert magento_value_texts("%1 di %2") == ["di"]


# --- The sources ---------------------------------------------------------------------------


def test_the_shop_s_files_pair_by_key_path_and_its_back_office_is_not_read(tmp_path):
    _zugy(
        tmp_path,
        {
            "checkout": (
                "'title' => 'Completa il tuo ordine',\n"
                "'card' => ['holder' => 'Intestatario della carta', 'only_it' => 'Solo qui'],",
                "'card' => ['holder' => 'Cardholder name'],\n"
                "'title' => 'Complete your order',\n"
                "'only_en' => 'Only in English',",
            ),
        },
    )
    _write(tmp_path / ZUGY, "resources/lang/it/admin.php", _lang("'x' => 'Pannello'"))
    _write(tmp_path / ZUGY, "resources/lang/en/admin.php", _lang("'x' => 'Dashboard'"))
    _write(tmp_path / ZUGY, "resources/lang/it/validation.php", _lang("'x' => 'Obbligatorio'"))
    _write(tmp_path / ZUGY, "resources/lang/en/validation.php", _lang("'x' => 'Required'"))
    italian, english = site_paragraphs(ZUGY, tmp_path)
    assert len(ZUGY_FILES) == 23
    assert italian[:2] == ["Testo address", "Testo ageSplash"]
    assert "Completa il tuo ordine" in italian and "Intestatario della carta" in italian
    assert "Complete your order" in english and "Cardholder name" in english
    assert italian.index("Completa il tuo ordine") < italian.index("Intestatario della carta")
    assert not {"Solo qui", "Pannello", "Obbligatorio"} & set(italian)
    assert not {"Only in English", "Dashboard", "Required"} & set(english)
    assert len(italian) == len(english) == 22 + 2


def test_the_theme_keeps_entries_without_context_referred_to_outside_its_settings(tmp_path):
    _write(
        tmp_path / PROTEO,
        PROTEO_CATALOGUE,
        _catalogue(
            _entry(
                "Your cart is empty", "Il carrello è vuoto", "woocommerce/cart/cart-empty.php:20"
            ),
            _entry("Site title color", "Colore del titolo", "inc/customizer/panels/site.php:4"),
            _entry(
                "Show the sidebar",
                "Mostra la barra laterale",
                "inc/customizer/panels/a.php:3 inc/woocommerce.php:9",
            ),
            _entry("Sidebar", "Barra laterale", "inc/widgets/a.php:8", "Sidebar name"),
            _entry("Welcome to Proteo", "Benvenuto in Proteo", "inc/theme-dashboard/a.php:1"),
            _entry("A clean theme for shops", "Un tema pulito per negozi"),
            _entry("Search results", "Risultati della ricerca", "search.php:22", flags="fuzzy"),
            _entry("Nothing found", "", "404.php:21"),
        )
        + '#: woocommerce/myaccount/orders.php:12\nmsgid "%d order"\nmsgid_plural "%d orders"\n'
        'msgstr[0] "%d ordine"\nmsgstr[1] "%d ordini"\n\n',
    )
    assert site_paragraphs(PROTEO, tmp_path) == (
        ["Il carrello è vuoto", "Mostra la barra laterale", "ordine", "ordini"],
        ["Your cart is empty", "Show the sidebar", "order", "orders"],
    )


def test_the_plugin_leaves_out_its_settings_and_header_entries(tmp_path):
    assert plugin_front(["woocommerce-pdf-italian-add-on.php:120"])
    assert plugin_front(["includes/class-wc-settings-general.php:4", "templates/pdf/a.php:9"])
    assert not plugin_front(["includes/class-wc-settings-fpa.php:10"])
    assert not plugin_front(
        ["includes/_class-wc-settings.php:3", "includes/class_wc_update_db.php:1"]
    )
    assert not plugin_front([])
    _write(
        tmp_path / LDAV,
        LDAV_CATALOGUE,
        _catalogue(
            _entry(
                "VAT number is not correct",
                "La partita IVA non è corretta",
                "woocommerce-pdf-italian-add-on.php:300",
            ),
            _entry(
                "Next receipt number",
                "Numero prossima ricevuta",
                "includes/class-wc-settings.php:5",
            ),
            _entry("Italian Add-on", "Add-on italiano"),
        ),
    )
    assert site_paragraphs(LDAV, tmp_path) == (
        ["La partita IVA non è corretta"],
        ["VAT number is not correct"],
    )


def test_a_magento_theme_s_english_is_its_en_us_csv_or_the_source(tmp_path):
    _write(
        tmp_path / DNAFACTORY,
        "i18n/it_IT.csv",
        '"Add to Cart","Aggiungi al carrello"\n"See All","Vedi tutti i prodotti"\n"Empty","%1"\n',
    )
    _write(tmp_path / DNAFACTORY, "i18n/en_US.csv", '"See All","See all the products"\n')
    assert site_paragraphs(DNAFACTORY, tmp_path) == (
        ["Aggiungi al carrello", "Vedi tutti i prodotti"],
        ["Add to Cart", "See all the products"],
    )
    _write(
        tmp_path / COOKIES,
        "i18n/it_IT.csv",
        '"Accept cookies","Accetta i cookie"\n"Cookie Policy","Cookie Policy"\n',
    )
    assert site_paragraphs(COOKIES, tmp_path) == (["Accetta i cookie"], ["Accept cookies"])


def test_repeats_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _write(
        tmp_path / COOKIES,
        "i18n/it_IT.csv",
        '"Accept","Accetta tutti i cookie"\n'
        '"Accept all","Accetta tutti i cookie"\n'
        '"Policy","You must accept the cookies to continue"\n'
        '"Lorem","Lorem ipsum dolor sit amet"\n'
        '"Some text","Lorem ipsum dolor"\n',
    )
    italian, english = site_paragraphs(COOKIES, tmp_path)
    assert italian == ["Accetta tutti i cookie"]
    assert english == ["Accept", "Accept all", "Policy", "Lorem", "Some text"]


def test_a_snapshot_lacking_a_file_stops_the_run(tmp_path):
    # the text extraction keeps no `.php`, `.po` or `.csv`: a snapshot the files were not added to
    _zugy(tmp_path, {})
    (tmp_path / ZUGY / "resources/lang/en/team.php").unlink()
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(ZUGY, tmp_path)
    assert "lacks resources/lang/en/team.php;" in str(info.value)
    assert SNAPSHOTS[ZUGY] in str(info.value)
    with pytest.raises(RuntimeError, match=r"lacks i18n/it_IT\.csv, i18n/en_US\.csv;"):
        site_paragraphs(DNAFACTORY, tmp_path)
    with pytest.raises(RuntimeError, match=f"lacks {PROTEO_CATALOGUE};"):
        site_paragraphs(PROTEO, tmp_path)


# --- Sources, cap and names --------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "Mastergalen+Zugy-Laravel": "b9a25bb14d6ddae47276ab72c72f1fed48403e44",
        "yithemes+yith-proteo": "24e903ae7e58766dd2b86d1d4ba94eb085a0cc3d",
        "LDAV+woocommerce-pdf-italian-add-on": "1ff9f701031b44f6b7248eadfb1a85052ff1a691",
        "dnafactory+magento2-theme-blank": "7e47b023a036e226df75457756f284d89dc3d170",
        "WaPoNe+module-cookie-notification": "973a4591e681a7987725abc057c82ab5d489d484",
    }
    assert list(FILES) == list(SNAPSHOTS) == list(ADDED_FILES)
    assert [len(files) for files in ADDED_FILES.values()] == [46, 1, 1, 2, 1]
    assert FILES[ZUGY]["resources/lang/it/checkout.php"] == "resources/lang/en/checkout.php"
    assert not {"admin", "activityLogParser", "routes", "validation", "pagination"} & set(
        ZUGY_FILES
    )
    assert "passwords" not in ZUGY_FILES and "auth" in ZUGY_FILES
    assert ADDED_FILES[PROTEO] == ("languages/yith-proteo-it_IT.po",)
    assert ADDED_FILES[LDAV] == ("languages/woocommerce-pdf-italian-add-on-it_IT.po",)
    assert ADDED_FILES[DNAFACTORY] == ("i18n/it_IT.csv", "i18n/en_US.csv")
    assert ADDED_FILES[COOKIES] == ("i18n/it_IT.csv",)
    assert WORDS_PER_SOURCE == 1200
    assert round51_names() == [
        "DNAFactory",
        "Magento",
        "Proteo",
        "WooCommerce",
        "WordPress",
        "YITH",
        "YITH Proteo",
        "Zugy",
    ]
    assert sorted(NAMES) == round51_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def _every_source(root) -> None:
    _zugy(root, {})
    _write(root / PROTEO, PROTEO_CATALOGUE, _catalogue(_entry("Cart", "Carrello", "header.php:2")))
    _write(root / LDAV, LDAV_CATALOGUE, _catalogue(_entry("Receipt", "Ricevuta", "a.php:1")))
    _write(root / DNAFACTORY, "i18n/it_IT.csv", '"Search","Cerca"\n')
    _write(root / DNAFACTORY, "i18n/en_US.csv", "")
    _write(root / COOKIES, "i18n/it_IT.csv", '"Accept","Accetta"\n')
    for repo, commit in SNAPSHOTS.items():
        (root / repo / ".snapshot-commit").write_text(commit + "\n")


def test_the_set_s_texts_come_through_the_checked_snapshots_in_a_fixed_mixed_order(tmp_path):
    _every_source(tmp_path)
    assert fetch_round51(tmp_path) == tmp_path
    texts = dict(round51_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[ZUGY] == sorted((f"Testo {name}" for name in ZUGY_FILES), key=_crc)
    assert [texts[repo] for repo in list(SNAPSHOTS)[1:]] == [
        ["Carrello"],
        ["Ricevuta"],
        ["Cerca"],
        ["Accetta"],
    ]
    assert dict(round51_texts("en", tmp_path))[DNAFACTORY] == ["Search"]
    (tmp_path / COOKIES / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round51_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_fiftieth_as_a_snapshot_set():
    # right after the fiftieth (its seed, 1252, follows from the place), whatever comes later
    assert_registered_after("round51", "round50", 1252, r51, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (ZUGY, ["Il tuo ordine è partito.", "Carrello", "Consegna in 45 minuti."]),
            (PROTEO, ["Il carrello è vuoto."]),
        ],
        "en": [(ZUGY, ["Your order is on its way.", "Delivery in 45 minutes."])],
    }
    messages = capped_messages(monkeypatch, "round51", texts, cap=4)
    # at most 4 words a source: the first text of 5 reaches the cap, "Carrello" is under the floor
    assert messages["it"] == [
        "Il tuo ordine è partito.",
        "Il carrello è vuoto.",
    ]
    assert messages["en"] == ["Your order is on its way."]
