"""The sixty-second text set's reader (the replies of bots and a voice skill made by Italians:
Chill's JavaScript modules, GoogleBot's Python modules, cocwarbot's, bibot's and Birder's JSON
locale files, each Italian file paired with its English one by path of keys), its sources, cap
and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round62 as r62
from benchmarks.text_round62 import (
    ADDED_FILES,
    BIBOT,
    BIRDER,
    CHILL,
    COCWARBOT,
    FILES,
    GOOGLEBOT,
    LEFT_OUT_KEYS,
    NAMES,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    fetch_round62,
    js_literals,
    json_literals,
    locale_texts,
    message_texts,
    python_literals,
    round62_names,
    round62_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

_CHILL_IT = """exports.commands = {
\t'8ball': {
\t\ttitle: `Palla magica`,
\t\tfortunes: [
\t\t\t`Sicuramente sì.`,
\t\t\t`Chiedi più tardi.`,
\t\t],
\t},
\tplay: {
\t\t// un commento `non letto`
\t\tqueued: (title, n) => `Ho aggiunto **${title}** alla coda, ora ci sono ${n} brani.`,
\t\tno_vc: `Devi essere in un canale vocale per usare \\`/play\\`.`,
\t\tvolume: n => n > 50 ? `Volume alto` : `Volume basso`,
\t\tlines: `Prima riga del messaggio\\nSeconda riga del messaggio`,
\t},
\tcoinflip: {
\t\tcoin: [`Testa`, `Croce`],
\t},
};
exports.functions = {
\twelcomeMessage: {
\t\tmessages: [`Benvenuto, speriamo tu abbia portato la pizza.`],
\t\ttitle: 'Un nuovo membro è arrivato',
\t},
};
"""

_CHILL_EN = """exports.commands = {
\t'8ball': {
\t\ttitle: `Magic ball`,
\t\tfortunes: [
\t\t\t`It is certain.`,
\t\t\t`Ask again later.`,
\t\t],
\t},
\tplay: {
\t\tqueued: (title, n) => `I added **${title}** to the queue, there are ${n} songs now.`,
\t\tno_vc: `You must be in a voice channel to use \\`/play\\`.`,
\t\tvolume: n => n > 50 ? `Loud volume` : `Quiet volume`,
\t\tlines: `First line of the message\\r\\nSecond line of the message`,
\t},
\tcoinflip: {
\t\tcoin: [`Heads`, `Tails`],
\t},
};
exports.functions = {
\twelcomeMessage: {
\t\tmessages: [`Welcome, we hope you brought pizza.`],
\t\ttitle: "A new member has arrived",
\t},
};
"""

_GOOGLEBOT_IT = """# Copyright (c) 2017 Marco
AUTHOR = 'Marco'
LANGUAGE = 'Italiano'
STRINGS = [
    {
        'start': '<b>Benvenuto nel bot!</b>\\nAccedi con <a href="https://example.org">Google</a>.',
        'trends': '🔍 Le ricerche di tendenza in {country}'
                  ' negli ultimi giorni',
        'drive_downloading_progress': 'Sto scaricando il tuo file... (%s%)',
        'back_button': '🔙 Indietro',
    },
]


def get(key):
    return 'Non è un messaggio del bot'
"""

_GOOGLEBOT_EN = """AUTHOR = 'Marco'
LANGUAGE = 'English'
STRINGS = [
    {
        'start': '<b>Welcome to the bot!</b>\\nSign in with <a href="https://example.org">Google</a>.',
        'trends': '🔍 The trending searches in {country}'
                  ' in the last days',
        'drive_downloading_progress': 'Downloading your file... (%s%)',
        'back_button': '🔙 Back',
    },
]
"""


def _write_sources(root, chill=(_CHILL_IT, _CHILL_EN), googlebot=(_GOOGLEBOT_IT, _GOOGLEBOT_EN)):
    """Write the five sources' locale files (defaults where none is given) and stamp them."""
    (it_js, en_js), (it_py, en_py) = chill, googlebot
    texts = {
        CHILL: (it_js, en_js),
        GOOGLEBOT: (it_py, en_py),
        COCWARBOT: (
            '{"LOCALE_NAME": "Italiano", "START": "Ciao {0}, benvenuto! Usa /help per '
            'conoscere le funzioni :smile:", "WAR_NOT": "Il clan non è in guerra `{0}`."}',
            '{"LOCALE_NAME": "English", "START": "Hi {0}, welcome! Use /help to know the '
            'functions :smile:", "WAR_NOT": "The clan is not at war `{0}`."}',
        ),
        BIBOT: (
            '{"greeting": "Ciao ${ctx.from.first_name}! Sono il promemoria della pillola",'
            ' "pill-taken": "Pillola presa oggi, bravissima!"}',
            '{"greeting": "Hi ${ctx.from.first_name}! I am the pill reminder",'
            ' "pill-taken": "Pill taken today, well done!"}',
        ),
        BIRDER: (
            '{"welcome": {"success": "Ciao, sono Birder <break time=\'1s\'/> cosa vuoi fare?"},'
            ' "getTimeline": {"success": "{count, plural, =0 {nessun tweet} other {# tweet}}"}}',
            '{"welcome": {"success": "Hi, I am Birder <break time=\'1s\'/> what do you want?"},'
            ' "getTimeline": {"success": "{count, plural, =0 {no tweets} other {# tweets}}"}}',
        ),
    }
    for repo, (italian, english) in texts.items():
        ((it_file, en_file),) = FILES[repo].items()
        _write(root / repo, it_file, italian)
        _write(root / repo, en_file, english)
        _write(root / repo, ".snapshot-commit", SNAPSHOTS[repo] + "\n")


# --- The readers ----------------------------------------------------------------------------


def test_js_literals_by_path_of_keys_and_list_place():
    values = js_literals(_CHILL_IT)
    assert values[("commands", "8ball", "title")] == ["Palla magica"]
    assert values[("commands", "8ball", "fortunes", "1")] == ["Chiedi più tardi."]
    assert values[("commands", "play", "queued")] == [
        "Ho aggiunto **${title}** alla coda, ora ci sono ${n} brani."
    ]
    assert values[("commands", "play", "no_vc")] == [
        "Devi essere in un canale vocale per usare `/play`."
    ]
    assert values[("commands", "play", "volume")] == ["Volume alto", "Volume basso"]
    assert values[("commands", "play", "lines")] == [
        "Prima riga del messaggio\nSeconda riga del messaggio"
    ]
    assert values[("commands", "coinflip", "coin", "0")] == ["Testa"]
    assert values[("functions", "welcomeMessage", "title")] == ["Un nuovo membro è arrivato"]
    assert not any("commento" in v for vs in values.values() for v in vs)


def test_js_literals_module_exports_and_numbers_as_keys():
    source = "module.exports = {\n  translation: {\n    1: 'uno', 'two-words': \"due\" }\n};\n"
    assert js_literals(source) == {
        ("translation", "1"): ["uno"],
        ("translation", "two-words"): ["due"],
    }


def test_python_literals_reads_only_the_strings_assignment():
    values = python_literals(_GOOGLEBOT_IT)
    assert values == {
        ("STRINGS", "0", "start"): [
            '<b>Benvenuto nel bot!</b>\nAccedi con <a href="https://example.org">Google</a>.'
        ],
        ("STRINGS", "0", "trends"): ["🔍 Le ricerche di tendenza in {country} negli ultimi giorni"],
        ("STRINGS", "0", "drive_downloading_progress"): ["Sto scaricando il tuo file... (%s%)"],
        ("STRINGS", "0", "back_button"): ["🔙 Indietro"],
    }


def test_json_literals_by_path_of_keys():
    assert json_literals('{"a": {"b": "testo", "c": ["x", "y"]}, "n": 3}') == {
        ("a", "b"): ["testo"],
        ("a", "c", "0"): ["x"],
        ("a", "c", "1"): ["y"],
    }


def test_message_texts_takes_out_placeholders_commands_code_and_shortcodes():
    assert message_texts("Ciao ${name}! Usa /help per la lista :smile:") == [
        "Ciao ! Usa per la lista"
    ]
    assert message_texts("Scarico il file... (%s%) in `/tmp/x`\n\nFatto al %1$s") == [
        "Scarico il file... ( %) in",
        "Fatto al",
    ]
    assert message_texts("<speak>Ciao <break time='1s'/> a {name} su https://x.it</speak>") == [
        "Ciao a su"
    ]
    assert message_texts("Prima ```codice\nsu due righe``` dopo") == ["Prima dopo"]
    assert message_texts("{count, plural, =0 {nessuno} other {# tweet}}") == []
    assert message_texts("km/h e/o 24/7 **grassetto**") == ["km/h e/o 24/7 grassetto"]


def test_locale_texts_leaves_out_the_rule_s_keys():
    values = js_literals(_CHILL_IT)
    texts = locale_texts(values, LEFT_OUT_KEYS[CHILL])
    assert not any(path[:3] == ("commands", "8ball", "fortunes") for path in texts)
    assert not any(path[:3] == ("functions", "welcomeMessage", "messages") for path in texts)
    # a bold placeholder leaves its marks: a hole the rule knows, not the writer's slip
    assert texts[("commands", "play", "queued")] == [
        "Ho aggiunto * * alla coda, ora ci sono brani."
    ]


# --- Sources read and paired ----------------------------------------------------------------


def test_each_source_pairs_its_files_by_key(tmp_path):
    _write_sources(tmp_path)
    italian, english = site_paragraphs(CHILL, tmp_path)
    assert italian == [
        "Palla magica",
        "Ho aggiunto * * alla coda, ora ci sono brani.",
        "Devi essere in un canale vocale per usare .",
        "Volume alto",
        "Volume basso",
        "Prima riga del messaggio",
        "Seconda riga del messaggio",
        "Testa",
        "Croce",
        "Un nuovo membro è arrivato",
    ]
    assert english[:2] == ["Magic ball", "I added * * to the queue, there are songs now."]
    assert "First line of the message" in english and "Second line of the message" in english
    italian, english = site_paragraphs(GOOGLEBOT, tmp_path)
    assert italian == [
        "Benvenuto nel bot!",
        "Accedi con Google .",  # a tag taken out leaves a space
        "🔍 Le ricerche di tendenza in negli ultimi giorni",
        "Sto scaricando il tuo file... ( %)",
        "🔙 Indietro",
    ]
    assert "Welcome to the bot!" in english and "Sign in with Google ." in english
    assert "Marco" not in italian and "Italiano" not in italian
    italian, english = site_paragraphs(COCWARBOT, tmp_path)
    assert italian == [
        "Ciao , benvenuto! Usa per conoscere le funzioni",
        "Il clan non è in guerra .",
    ]
    assert english == ["Hi , welcome! Use to know the functions", "The clan is not at war ."]
    assert site_paragraphs(BIBOT, tmp_path) == (
        ["Ciao ! Sono il promemoria della pillola", "Pillola presa oggi, bravissima!"],
        ["Hi ! I am the pill reminder", "Pill taken today, well done!"],
    )
    assert site_paragraphs(BIRDER, tmp_path) == (
        ["Ciao, sono Birder cosa vuoi fare?"],
        ["Hi, I am Birder what do you want?"],
    )


def test_a_key_in_one_language_only_pairs_nothing(tmp_path):
    italian = "exports.commands = { report: { too_long: `Messaggio troppo lungo da inviare` } };"
    english = "exports.commands = { Report: { too_long: `Message too long to send` } };"
    _write_sources(tmp_path, chill=(italian, english))
    assert site_paragraphs(CHILL, tmp_path) == ([], [])


def test_untranslated_and_english_texts_and_lorem_ipsum_left_out(tmp_path):
    italian = (
        "exports.a = { x: `Comando sconosciuto, riprova`, y: `Server Info`,"
        " z: `This command is only available in servers`, w: `Lorem ipsum dolor sit amet` };"
    )
    english = (
        "exports.a = { x: `Unknown command, try again`, y: `Server Info`,"
        " z: `This command is only available in servers`, w: `Lorem ipsum dolor sit amet` };"
    )
    _write_sources(tmp_path, chill=(italian, english))
    assert site_paragraphs(CHILL, tmp_path) == (
        ["Comando sconosciuto, riprova"],
        ["Unknown command, try again"],
    )


def test_a_missing_file_stops_the_run(tmp_path):
    _write_sources(tmp_path)
    (tmp_path / CHILL / "languages/it.js").unlink()
    with pytest.raises(RuntimeError, match=r"lacks languages/it\.js;") as info:
        site_paragraphs(CHILL, tmp_path)
    assert "JavaScript or Python" in str(info.value) and SNAPSHOTS[CHILL] in str(info.value)
    (tmp_path / COCWARBOT / "locales/en-EN.json").unlink()
    with pytest.raises(RuntimeError, match=r"lacks locales/en-EN\.json;.*remake it"):
        site_paragraphs(COCWARBOT, tmp_path)


# --- Sources, cap and names ------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "mirko93s+Chill": "1532ab48db59d1c526de5773b9cd12804009390b",
        "MarcoBuster+GoogleBot": "4e56efe5af0685b4097eba8969e382e821036e3a",
        "DrJest+cocwarbot": "3ee274efe63ecf1839cef8b37456a9812050c414",
        "gianlucaparadise+bibot": "246fcc4ef5befb36c8ac86a5558d18cec2e41c15",
        "acerbisgianluca+alexa-twitter": "44755d5e55ca6087ed6d2ed67e08f1c8a8f31ed6",
    }
    assert list(r62.SITES) == list(SNAPSHOTS) == list(FILES)
    assert FILES == {
        CHILL: {"languages/it.js": "languages/en-US.js"},
        GOOGLEBOT: {"languages/it.py": "languages/en.py"},
        COCWARBOT: {"locales/it-IT.json": "locales/en-EN.json"},
        BIBOT: {"bot/locales/it.json": "bot/locales/en.json"},
        BIRDER: {"lambda/custom/resources/it-IT.json": "lambda/custom/resources/en-US.json"},
    }
    assert ADDED_FILES == {
        CHILL: ("languages/it.js", "languages/en-US.js"),
        GOOGLEBOT: ("languages/it.py", "languages/en.py"),
    }
    assert LEFT_OUT_KEYS == {
        CHILL: (("commands", "8ball", "fortunes"), ("functions", "welcomeMessage", "messages")),
        COCWARBOT: (("LOCALE_NAME",),),
    }
    assert WORDS_PER_SOURCE == 1100
    assert round62_names() == ["Birder", "Chill", "GoogleBot", "bibot", "cocwarbot"]
    assert sorted(NAMES) == round62_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    _write_sources(tmp_path)
    assert fetch_round62(tmp_path) == tmp_path
    texts = dict(round62_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[BIBOT] == sorted(
        ["Ciao ! Sono il promemoria della pillola", "Pillola presa oggi, bravissima!"], key=_crc
    )
    assert "Hi, I am Birder what do you want?" in dict(round62_texts("en", tmp_path))[BIRDER]
    (tmp_path / BIRDER / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round62_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_sixty_first_as_a_snapshot_set():
    # right after the sixty-first (its seed, 1263, follows from the place), whatever comes later
    assert_registered_after("round62", "round61", 1263, r62, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (CHILL, ["Devi essere in un canale vocale.", "Indietro", "Brano aggiunto alla coda."]),
            (COCWARBOT, ["Il clan non è in guerra."]),
        ],
        "en": [(CHILL, ["You must be in a voice channel.", "Song added to the queue."])],
    }
    messages = capped_messages(monkeypatch, "round62", texts, cap=4)
    # at most 4 words a source: the first text of 7 reaches the cap, "Indietro" is under the floor
    assert messages["it"] == ["Devi essere in un canale vocale.", "Il clan non è in guerra."]
    assert messages["en"] == ["You must be in a voice channel."]
