"""The fifty-ninth text set's reader (the player-facing text of games by Italian makers: Two
Interviewees, a Ren'Py visual novel, its Italian translation file's blocks and strings; Block
League and Murder, two Minetest minigames, their Italian `.tr` entries less those only the
server's administrators see; Wavy Fish, a libGDX game, its `.properties` and Android strings by
key), its sources, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import re
import zlib

import pytest

from benchmarks import text_round59 as r59
from benchmarks.text_round59 import (
    ADDED_FILES,
    BLOCK_LEAGUE,
    BLOCK_LEAGUE_LUA,
    BLOCK_LEAGUE_TR,
    FILES,
    INTERVIEWEES,
    INTERVIEWEES_TL,
    MURDER,
    MURDER_LUA,
    MURDER_TR,
    NAMES,
    SNAPSHOTS,
    WAVY_FISH,
    WAVY_FISH_PROPERTIES,
    WAVY_FISH_STRINGS,
    WORDS_PER_SOURCE,
    admin_file,
    fetch_round59,
    lua_literals,
    message_lines,
    player_entries,
    renpy_text,
    renpy_translations,
    round59_names,
    round59_texts,
    say_text,
    site_paragraphs,
    take_out,
    tr_entries,
    tr_texts,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _resources(body: str) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>\n<resources>\n{body}\n</resources>\n'


TL_HEADER = "\ufeff# TODO: Translation updated at 2018-07-09 12:00\n\n"


def _tl_block(block: str, english: str, italian: str) -> str:
    return (
        f'# game/script.rpy:10\ntranslate it {block}:\n\n    # i "{english}"\n    i "{italian}"\n\n'
    )


def _tl_strings(pairs: dict[str, str]) -> str:
    body = "".join(
        f'    # game/script.rpy:99\n    old "{old}"\n    new "{new}"\n\n'
        for old, new in pairs.items()
    )
    return f"translate it strings:\n\n{body}"


def _interviewees(root, body: str = "") -> None:
    body = body or _tl_block("start_1", "Good morning, sit down.", "Buongiorno, si sieda.")
    _write(root / INTERVIEWEES, INTERVIEWEES_TL, TL_HEADER + body)


def _minetest(root, repo: str, tr_file: str, lua_files: tuple, tr: str = "", lua=None) -> None:
    """Write a Minetest source's `.tr` file and every Lua file of the rule's list (the given
    sources, an empty file elsewhere)."""
    lua = lua or {}
    tr = tr or "# textdomain: test\nYour team got the ball!=La tua squadra ha preso la palla!\n"
    _write(root / repo, tr_file, tr)
    for path in lua_files:
        _write(root / repo, path, lua.get(path, "-- nothing\n"))


def _wavy_fish(root, properties: dict | None = None, strings=("", "")) -> None:
    """Write the fourth source's files: the given (Italian, English) `.properties` bodies by
    file name, one default pair elsewhere, and the two `strings.xml` files."""
    properties = properties or {}
    for it_file, en_file in WAVY_FISH_PROPERTIES.items():
        name = en_file.rsplit("/", 1)[-1]
        italian, english = properties.get(
            name, (f"{name}_key=Testo italiano di {name}\n", f"{name}_key=English text of {name}\n")
        )
        _write(root / WAVY_FISH, it_file, italian)
        _write(root / WAVY_FISH, en_file, english)
    for (it_file, en_file), (italian, english) in zip(
        WAVY_FISH_STRINGS.items(), [strings], strict=True
    ):
        _write(root / WAVY_FISH, it_file, _resources(italian))
        _write(root / WAVY_FISH, en_file, _resources(english))


def _all(root) -> None:
    _interviewees(root)
    _minetest(root, BLOCK_LEAGUE, BLOCK_LEAGUE_TR, BLOCK_LEAGUE_LUA)
    _minetest(root, MURDER, MURDER_TR, MURDER_LUA)
    _wavy_fish(root)


# --- Placeholders ------------------------------------------------------------------------------


def test_a_placeholder_goes_with_the_space_before_and_what_is_glued_after_it():
    nul = re.compile("\x00")
    assert take_out("You have to wait for \x00s to use the knife", nul) == (
        "You have to wait for to use the knife"
    )
    assert take_out("\x00 (\x00) killed you!", nul) == "killed you!"
    assert take_out("Hai ucciso \x00, bravo", nul) == "Hai ucciso, bravo"
    assert take_out("(\x00s cooldown)", nul) == "(cooldown)"
    assert take_out("shoot \x00\u2665, hold down", nul) == "shoot, hold down"
    assert take_out("by 5 \x00(20>25)", nul) == "by 5(20>25)"


# --- Ren'Py: blocks by id, strings by their `old` ---------------------------------------------


def test_a_say_statement_s_text_is_its_last_literal_after_a_speaker():
    assert say_text('i happy "Hello."') == "Hello."
    assert say_text('"Narration here."') == "Narration here."
    assert say_text('"Irene" "Named on the spot."') == "Named on the spot."
    assert say_text('voice "audio/line1.ogg"') is None
    assert say_text('play music "theme.ogg"') is None
    assert say_text('$ name = "Irene"') is None
    assert say_text("nvl clear") is None


def test_renpy_tags_escapes_and_interpolations():
    assert renpy_text(r"Find them at {a=https://x.org}the page{/a}, {i}my{/i} friend") == (
        "Find them at the page, my friend"
    )
    assert renpy_text(r"Wait.{w}Then go.{p=1.0}Done") == "Wait. Then go. Done"
    assert renpy_text(r"A \"quoted\" line\nand a second") == 'A "quoted" line and a second'
    assert renpy_text(r"Ciao [name], come stai? 50%% {{sic} [[not a name]") == (
        "Ciao, come stai? 50% {sic} [not a name]"
    )


def test_the_visual_novel_pairs_blocks_by_id_and_strings_by_old(tmp_path):
    body = (
        _tl_block("start_1", "Good {b}morning{/b}, sit down.", "Buongiorno, si sieda.")
        + "# game/script.rpy:20\ntranslate it start_2:\n\n"
        + '    # voice "v1.ogg"\n    # m "Thank you."\n    # m "Here is my CV."\n'
        + '    voice "v1.ogg"\n    m "Grazie."\n    m "Ecco il mio curriculum."\n\n'
        + _tl_strings(
            {
                "Skills: OK": "Competenze: OK",
                "Not translated yet": "",
                "Same words here": "Same words here",
            }
        )
    )
    _interviewees(tmp_path, body)
    italian, english = renpy_translations(tmp_path / INTERVIEWEES / INTERVIEWEES_TL)
    assert italian[("block", "start_2")] == ["Grazie.", "Ecco il mio curriculum."]
    assert english[("block", "start_2")] == ["Thank you.", "Here is my CV."]
    assert english[("block", "start_1")] == ["Good morning, sit down."]
    assert italian[("string", "Skills: OK")] == "Competenze: OK"
    assert italian[("string", "Not translated yet")] == ""
    it_texts, en_texts = site_paragraphs(INTERVIEWEES, tmp_path)
    # the byte-order mark does not hide the first line's comment; the voice file is no text
    assert it_texts == [
        "Buongiorno, si sieda.",
        "Grazie.",
        "Ecco il mio curriculum.",
        "Competenze: OK",
    ]
    assert en_texts == ["Good morning, sit down.", "Thank you.", "Here is my CV.", "Skills: OK"]


# --- Minetest: `.tr` entries, less those only administrators see ------------------------------


def test_tr_entries_and_their_escapes(tmp_path):
    path = _write(
        tmp_path,
        "x.it.tr",
        "# textdomain: murder\n"
        "@1 won!=@1 ha vinto!\n"
        "Code@=secret=Codice@=segreto\n"
        "Knife@nRight click to throw=Coltello@nClick destro per lanciare\n"
        "Untranslated=\n\n",
    )
    entries = tr_entries(path)
    assert entries == {
        "@1 won!": "@1 ha vinto!",
        "Code@=secret": "Codice@=segreto",
        "Knife@nRight click to throw": "Coltello@nClick destro per lanciare",
        "Untranslated": "",
    }
    assert tr_texts("@1 won!") == ["won!"]
    assert tr_texts("Codice@=segreto") == ["Codice=segreto"]
    assert tr_texts("Coltello@nClick destro per lanciare") == [
        "Coltello",
        "Click destro per lanciare",
    ]
    assert tr_texts("Mail me@@home") == ["Mail me@home"]


def test_lua_literals_skip_comments_and_read_escapes():
    source = (
        '-- a comment\'s "quote"\n'
        '--[[ long "comment" ]]\n'
        'local a = S("Your team got the ball!")\n'
        "local b = S('It\\'s @1 to go\\n')\n"
        "local c = [[long\nstring]]\n"
    )
    assert lua_literals(source) == {"Your team got the ball!", "It's @1 to go\n", "long\nstring"}


def test_administrators_files_by_their_paths():
    assert admin_file("src/commands.lua") and admin_file("chatcmdbuilder.lua")
    assert admin_file("src/debug/testkit.lua") and admin_file("_debug/logs.lua")
    assert admin_file("src/privs.lua") and admin_file("_tests/map_reset.lua")
    # the rule's list takes "log" as the logs' file; Block League's kill feed is caught too
    assert admin_file("src/HUD/hud_log.lua")
    assert not admin_file("src/modes/TD/ball.lua")
    assert not admin_file("_roles/murderer/murderer_items.lua")


def test_strings_used_only_in_administrators_files_are_left_out(tmp_path):
    tr = (
        "Your team got the ball!=La tua squadra ha preso la palla!\n"
        "You've entered test mode=Sei entrato in modalità test\n"
        "It allows to use the /bladmin command=Permette di usare il comando /bladmin\n"
        "Shared message here=Messaggio condiviso qui\n"
        "Never in the code=Mai nel codice\n"
        "Wait @1s@nthen shoot=Aspetta @1s@npoi spara\n"
    )
    lua = {
        "src/modes/TD/ball.lua": 'local S = minetest.get_translator("block_league")\n'
        'S("Your team got the ball!")\nS("Shared message here")\nS("Wait @1s\\nthen shoot", 3)\n',
        "src/debug/testkit.lua": 'S("You\'ve entered test mode")\nS("Shared message here")\n',
        "src/privs.lua": 'description = S("It allows to use the /bladmin command")\n',
    }
    _minetest(tmp_path, BLOCK_LEAGUE, BLOCK_LEAGUE_TR, BLOCK_LEAGUE_LUA, tr, lua)
    kept = player_entries(tmp_path / BLOCK_LEAGUE, BLOCK_LEAGUE_TR, BLOCK_LEAGUE_LUA)
    assert set(kept) == {
        "Your team got the ball!",
        "Shared message here",
        "Never in the code",
        "Wait @1s@nthen shoot",
    }
    italian, english = site_paragraphs(BLOCK_LEAGUE, tmp_path)
    assert "La tua squadra ha preso la palla!" in italian and "Mai nel codice" in italian
    assert "Aspetta" in italian and "poi spara" in italian  # the parameter and its unit out
    assert "Wait" in english and "then shoot" in english
    read = " ".join(italian + english)
    assert "test" not in read and "bladmin" not in read


# --- Wavy Fish: `.properties` and Android strings by key -----------------------------------------


def test_message_values_lines_apostrophes_and_arguments():
    assert message_lines("It''s {0} points,\nwell done!") == ["It's points,", "well done!"]
    assert message_lines("Score: {0,number}") == ["Score:"]


def test_the_libgdx_game_pairs_by_key_and_by_resource_name(tmp_path):
    _wavy_fish(
        tmp_path,
        properties={
            "strings.properties": (
                "play=gioca\nyou_win=Hai vinto\\! Complimenti\ntut1_1=Tocca lo schermo per "
                "far saltare il pesce\nonly_it=Solo italiano qui presente\n",
                "play=play\nyou_win=You won\\! Congratulations\ntut1_1=Tap the screen to make "
                "the fish jump\nhard=hard mode only\n",
            ),
        },
        strings=(
            '<string name="allow">Consenti l\\\'accesso</string>\n'
            '<string name="goToSettings">Vai alle impostazioni</string>',
            '<string name="app_name" translatable="false">Wavy Fish</string>\n'
            '<string name="allow">Allow the access</string>\n'
            '<string name="goToSettings">Go to app settings</string>',
        ),
    )
    italian, english = site_paragraphs(WAVY_FISH, tmp_path)
    assert "Hai vinto! Complimenti" in italian and "You won! Congratulations" in english
    assert "Tocca lo schermo per far saltare il pesce" in italian
    assert "Consenti l'accesso" in italian and "Allow the access" in english
    assert "Testo italiano di info_strings.properties" in italian
    read = " ".join(italian + english)
    assert "Solo italiano" not in read and "hard mode" not in read and "Wavy Fish" not in read


def test_repeats_untranslated_texts_and_lorem_ipsum_left_out(tmp_path):
    _minetest(
        tmp_path,
        MURDER,
        MURDER_TR,
        MURDER_LUA,
        tr="Bomb planted=Bomba piazzata\nBomb planted again=Bomba piazzata\n"
        "Lorem ipsum dolor sit=Lorem ipsum dolor sit amet\nDetective=Detective\n",
    )
    italian, english = site_paragraphs(MURDER, tmp_path)
    assert italian.count("Bomba piazzata") == 1
    read = " ".join(italian + english)
    assert "Lorem" not in read and "Detective" not in read


def test_a_snapshot_lacking_a_file_stops_the_run(tmp_path):
    _all(tmp_path)
    missing = BLOCK_LEAGUE_LUA[-1]
    (tmp_path / BLOCK_LEAGUE / missing).unlink()
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(BLOCK_LEAGUE, tmp_path)
    assert f"lacks {missing};" in str(info.value)
    assert SNAPSHOTS[BLOCK_LEAGUE] in str(info.value) and "`.lua`" in str(info.value)


# --- Sources, cap and names --------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "maurovanetti+two-interviewees": "6b1ec9774d29e1119c38c957090100c544ecba05",
        "minetest-mods-camp+block_league": "ed2493af4e911c3736899a1b2107d0033a748b90",
        "minetest-mods-camp+minetest-murder-mod": "eec264d1428cdc2f6f7c53091d8f650e81816827",
        "stefanosiano+Wavy-Fish": "038422a668e9ae75ca5b4daf22b4749edff255ce",
    }
    assert FILES[INTERVIEWEES] == ("game/tl/it/script.rpy",)
    assert FILES[BLOCK_LEAGUE][0] == "locale/block_league.it.tr"
    assert FILES[MURDER][0] == "locale/murder.it.tr"
    assert len(BLOCK_LEAGUE_LUA) == 43 and len(MURDER_LUA) == 19
    assert all(path.endswith(".lua") for path in BLOCK_LEAGUE_LUA + MURDER_LUA)
    assert WAVY_FISH_PROPERTIES == {
        "android/assets/data/strings_it.properties": "android/assets/data/strings.properties",
        "android/assets/data/info_strings_it.properties": (
            "android/assets/data/info_strings.properties"
        ),
        "android/assets/data/tutorial_strings_it.properties": (
            "android/assets/data/tutorial_strings.properties"
        ),
    }
    assert WAVY_FISH_STRINGS == {
        "android/res/values-it/strings.xml": "android/res/values/strings.xml"
    }
    # the extraction keeps `.properties` and `res/values*/strings.xml`, not `.rpy`, `.tr`, `.lua`
    assert set(ADDED_FILES) == {INTERVIEWEES, BLOCK_LEAGUE, MURDER}
    assert sum(len(paths) for paths in ADDED_FILES.values()) == 65
    assert all(ADDED_FILES[repo] == FILES[repo] for repo in ADDED_FILES)
    assert WORDS_PER_SOURCE == 1000
    assert round59_names() == [
        "Block League",
        "Minetest",
        "Minetest Murder",
        "Murder",
        "Two Interviewees",
        "Wavy Fish",
        "Wavy-Fish",
    ]
    assert sorted(NAMES) == round59_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    _all(tmp_path)
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch_round59(tmp_path) == tmp_path
    texts = dict(round59_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[INTERVIEWEES] == ["Buongiorno, si sieda."]
    assert texts[MURDER] == ["La tua squadra ha preso la palla!"]
    expected = [f"Testo italiano di {name}.properties" for name in ("strings", "info_strings")]
    expected.append("Testo italiano di tutorial_strings.properties")
    assert texts[WAVY_FISH] == sorted(expected, key=_crc)
    english = dict(round59_texts("en", tmp_path))
    assert english[BLOCK_LEAGUE] == ["Your team got the ball!"]
    (tmp_path / MURDER / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round59_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_fifty_eighth_as_a_snapshot_set():
    # right after the fifty-eighth (its seed, 1260, follows from the place), whatever comes later
    assert_registered_after("round59", "round58", 1260, r59, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (INTERVIEWEES, ["Buongiorno, si sieda pure.", "Grazie."]),
            (MURDER, ["La tua squadra ha preso la palla!"]),
        ],
        "en": [(INTERVIEWEES, ["Good morning, please sit down.", "Thanks."])],
    }
    messages = capped_messages(monkeypatch, "round59", texts, cap=4)
    # at most 4 words a source: the first text of 4 reaches the cap, "Grazie." is under the floor
    assert messages["it"] == ["Buongiorno, si sieda pure.", "La tua squadra ha preso la palla!"]
    assert messages["en"] == ["Good morning, please sit down."]
