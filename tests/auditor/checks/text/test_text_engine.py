"""The spelling engine: Hunspell where the system has it, the bundled lists where not.

The labelled set in data/spelling/ was written for these tests (not taken from the tuning
material): real and typed errors in short business sentences, and correct sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.checks.text import check_text, engine, hunspell
from auditor.checks.text.morphology import inflection_known, prefix_known
from auditor.checks.text.spelling import check_spelling
from auditor.checks.text.suggest import cost, neighbours
from auditor.checks.text.tokenize import split_words
from auditor.i18n import translator
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import SPELLING

DATA = Path(__file__).resolve().parent / "data" / "spelling"


def errors(lang: str) -> list[tuple[str, str, str, str]]:
    """Return (typo, right, kind, sentence) rows of a language's labelled errors."""
    rows = []
    for line in (DATA / f"{lang}_errors.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            typo, right, kind, sentence = line.split("\t")
            assert typo in sentence, line
            rows.append((typo, right, kind, sentence))
    return rows


def score(lang: str) -> tuple[float, float, list[str], list[str]]:
    """Return recall, top-3 rate, misses and wrong suggestions on the labelled errors."""
    found = top3 = 0
    missed, wrong = [], []
    rows = errors(lang)
    for typo, right, _kind, sentence in rows:
        start = sentence.index(typo)
        hits = [
            f
            for f in check_text(sentence, lang=lang).findings
            if f.rule in SPELLING and f.start < start + len(typo) and start < f.end
        ]
        if not hits:
            missed.append(typo)
            continue
        found += 1
        if any(right in [s.lower() for s in f.suggestions[:3]] for f in hits):
            top3 += 1
        else:
            wrong.append(f"{typo}->{right}: {hits[0].suggestions}")
    return found / len(rows), top3 / max(found, 1), missed, wrong


def alarms(lang: str) -> list[str]:
    """Return the spelling findings on the language's correct sentences."""
    out = []
    for line in (DATA / f"{lang}_clean.txt").read_text("utf-8").splitlines():
        out += [f.excerpt for f in check_text(line, lang=lang).findings if f.rule in SPELLING]
    return out


@pytest.mark.parametrize("lang", ["it", "en"])
def test_hunspell_engine_finds_the_labelled_errors_and_suggests_the_fix(lang):
    need_hunspell(lang, "en")
    assert engine.speller(lang).engine == "hunspell"
    recall, top3, missed, wrong = score(lang)
    assert recall == 1.0, missed
    assert top3 >= 0.95, wrong
    assert alarms(lang) == []


@pytest.mark.parametrize("lang", ["it", "en"])
def test_fallback_lists_still_work_without_hunspell(lang, lists_only):
    assert engine.speller(lang).engine == "lists"
    recall, top3, missed, wrong = score(lang)
    assert recall >= 0.9, missed
    assert top3 >= 0.85, wrong
    assert alarms(lang) == []


def test_english_inside_italian_is_a_loanword_only_when_bounded():
    need_hunspell("it", "en")
    sp = engine.speller("it")
    assert all(sp.core_accepts(w) for w in ("file", "weekend", "server", "backup", "link"))
    # Italian words missing their last letter are typos, even though English knows them
    assert not any(sp.core_accepts(w) for w in ("part", "camp", "valor", "error", "dell"))


def test_morphology_of_the_fallback_no_longer_accepts_too_much(lists_only):
    freq = {"qualità": 5000, "prezzo": 9000, "contattare": 3000, "bloccare": 3000}.get
    assert not inflection_known("qualita", lambda w: freq(w) or 0)
    known = {"prezzo", "contattare", "bloccare", "modulo"}.__contains__
    assert not prefix_known("sprezzo", known)  # s- on a noun
    assert not prefix_known("riprezzo", known)
    assert prefix_known("ricontattare", known)
    assert prefix_known("sbloccare", known)
    assert prefix_known("sottomodulo", known)
    sp = engine.speller("it")
    assert not sp.core_accepts("qualita")
    assert not sp.core_accepts("part")


def test_one_letter_words_are_checked():
    found = [
        (f.rule, f.excerpt, f.suggestions[:1])
        for f in check_text("La camera é pronta e l ordine è partito.", lang="it").findings
    ]
    assert found == [("accent", "é", ("è",)), ("accent", "l", ("l'",))]
    ok = "A Roma e a Milano, o a Torino, i clienti è chiaro: vedi punto C e la lettera b) sopra."
    assert [f.excerpt for f in check_text(ok, lang="it").findings if f.rule in SPELLING] == []
    assert check_text("I think a room is free.", lang="en").findings == []


def test_suggestions_rank_accents_and_neighbouring_keys_first():
    assert cost("citta", "città", "it") < cost("citta", "cotta", "it")  # accent before a letter
    assert "o" in neighbours("it")["p"] and "ò" in neighbours("it")["l"]
    assert cost("caldaja", "caldaia", "it") < cost("caldaja", "caldala", "it")  # i is next to j
    assert cost("sucesso", "successo", "it") < 1.0  # a doubled letter is a cheap slip
    words = check_text("Il tecnico controllerà la caldaja domani.", lang="it").findings
    assert words[0].suggestions[0] == "caldaia"


def test_two_slips_away_are_corrected():
    [finding] = check_text("L'apuntamneto è confermato.", lang="it").findings
    assert "appuntamento" in finding.suggestions[:3]


def test_client_brand_names_come_first_in_suggestions():
    text = "Il portale fatturx è attivo."
    _ = translator("it")
    words = split_words(text, "it", [])
    [finding] = check_spelling(words, "it", frozenset(), _, text, brands=["Fatturix"])
    assert finding.suggestions[0] == "Fatturix"


def test_accepted_words_still_silence_the_check():
    text = "Il modulo clientiweb è attivo."
    assert [f.excerpt for f in check_text(text, lang="it").findings] == ["clientiweb"]
    assert check_text(text, lang="it", accepted_words=["ClientiWeb"]).findings == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Gentile cliente, La ringraziamo. Riceverai una conferma domani.", "Riceverai"),
        ("Gentile cliente, La informiamo che potresti ricevere due e-mail.", "potresti"),
        ("Gentile cliente, non esiti a contattarci: possiamo aiutarti.", "aiutarti"),
        ("Gentile cliente, La ringraziamo. Clicca qui per il modulo.", "Clicca"),
    ],
)
def test_a_tu_form_inside_a_lei_text_is_caught(text, excerpt):
    found = [(f.rule, f.excerpt) for f in check_text(text, lang="it").findings]
    assert ("formality_mix", excerpt) in found


def test_tu_look_alikes_are_not_tu():
    text = "Gentile cliente, La ringraziamo: gli esperti, i concerti e gli arresti sono confermati."
    assert check_text(text, lang="it").findings == []


def test_dictionary_files_are_found_and_read_with_spylls(tmp_path, monkeypatch):
    (tmp_path / "it_IT.aff").write_text("SET UTF-8\nSFX A Y 1\nSFX A o i o\n", "utf-8")
    (tmp_path / "it_IT.dic").write_text("2\ngatto/A\ncasa\n", "utf-8")
    assert hunspell.find_files("it", [tmp_path / "missing", tmp_path]) == tmp_path / "it_IT.aff"
    assert hunspell.find_files("en", [tmp_path]) is None
    loaded = hunspell._Spylls(tmp_path / "it_IT.aff")
    assert loaded.check("gatti") and loaded.check("casa") and not loaded.check("gatte")


def test_hunspell_can_be_switched_off(lists_only):
    assert hunspell.dictionary("it") is None
    assert engine.speller("it").engine == "lists"


def test_british_spellings_pass_but_not_a_typo_that_looks_british():
    need_hunspell("en")
    sp = engine.speller("en")
    assert all(sp.core_accepts(w) for w in ("labelled", "customise", "analysed", "catalogues"))
    # -our/-ogue need the British form attested in the English list: these are typos
    assert not any(sp.core_accepts(w) for w in ("errour", "doctour", "sence", "informations"))
    found = check_text("We labelled the parcels and will customise the errour report.", lang="en")
    assert [f.excerpt for f in found.findings] == ["errour"]


def test_a_dropped_letter_ranks_before_an_unrelated_short_word():
    assert cost("dti", "dati", "it") < cost("dti", "di", "it")  # a letter missing, not one extra
    assert cost("conferma", "confermaa", "it") < 1.0  # a doubled letter stays cheap
    # an extra letter next to its neighbouring key (v beside c) is a likelier slip than a stray one
    assert cost("cvasa", "casa", "it") < cost("cpasa", "casa", "it")
    [finding] = check_text("Il tecnico verrà a controllare la caldia domani.", lang="it").findings
    assert finding.suggestions[0] == "caldaia"


def test_file_names_and_backticks_are_not_prose():
    text = "Le invio preventvo_2024.pdf e offrta.docx; il comando `gti rebsae` non serve."
    assert [f.excerpt for f in check_text(text, lang="it").findings] == []
    # a typo next to a file name is still a typo, and a missing space is still flagged
    found = check_text("Le invio il prevnetivo in allegato.Domani la chiamo.", lang="it").findings
    assert [f.rule for f in found] == ["spelling", "punctuation_spacing"]
