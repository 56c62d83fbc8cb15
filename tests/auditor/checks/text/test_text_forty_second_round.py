"""What the thirty-fourth round changed, read on the real Italian misspellings of the sets'
published text (benchmarks/bench_text_real_it.py) after the forty-second set was measured: an
article run into the next word ("unserver") was offered no split, since a word shorter than ten
letters split only into two common words and server is not common in the Italian counts. After
a preposition or an article, a word of five letters or more is now a word the writer meant, and
the split is offered when it reads likelier than every one-word correction: "un server" first.
Where a word reads likelier, the split is not offered at all: offered second or third it read
"di fessa" for difessa, "su portati" for suportati, "la lazzo" for lalazzo among generated
slips, so "dimarmo" keeps disarmo and gets no "di marmo" (a cost told). In a long word a rare half
now needs five letters, not four: "controlare" was offered "contro lare".

Read in the forty-second set (Debian's package descriptions), then on every set: Italian's
productive prefixes of four letters or more beyond those the engine knew (macro-, meta-, mini-,
maxi-, mega-, iper-, ultra-, contro-, retro-, pseudo-, poli-, infra-, intra-) before a word
Hunspell knows are words ("metapacchetto", "macroblocchi", "minifrigo", "retrocompatibili"),
as sotto- and multi- were; a slip behind the prefix is still a slip, and so is a word one slip
from a known word that the prefix would have made a word (controlare: contro + lare; minierra:
mini + erra; metadatti: meta + datti, generated slips the first try let through). Hunspell mode
only: the bundled lists lack too many of the words those slips are one slip from.
"""

from __future__ import annotations

import pytest

from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged, suggestions


def test_an_article_run_into_a_rare_word_is_offered_apart_first() -> None:
    need_hunspell("it")
    text = "Installa unserver web sul portatile."
    assert flagged(text, "it") == ["unserver"]
    assert suggestions(text, "it", "unserver")[:1] == ("un server",)


@pytest.mark.parametrize(
    ("text", "word", "first", "split"),
    [
        ("La difessa del sito è pronta.", "difessa", "difesa", "di fessa"),
        ("I formati suportati sono tre.", "suportati", "supportati", "su portati"),
        ("Un piano dimarmo bianco in cucina.", "dimarmo", "disarmo", "di marmo"),
        ("La strada dierta porta al mare.", "dierta", "dieta", "di erta"),
    ],
)
def test_a_rare_split_of_a_short_word_is_not_offered_beside_a_likelier_word(
    text: str, word: str, first: str, split: str
) -> None:
    need_hunspell("it")
    offered = suggestions(text, "it", word)
    assert offered[:1] == (first,)
    assert split not in offered


@pytest.mark.parametrize(
    ("text", "word", "split"),
    [
        ("Il sistema venise aggiornato.", "venise", "veni se"),  # venisse: se is no article
        ("Controlla le legatre del testo.", "legatre", "lega tre"),  # legature
    ],
)
def test_no_rare_split_beside_a_pronoun_or_a_word_that_is_no_article(
    text: str, word: str, split: str
) -> None:
    need_hunspell("it")
    assert split not in suggestions(text, "it", word)


def test_english_keeps_two_common_words() -> None:
    need_hunspell("en")
    assert "ell per" not in suggestions("Run ellper, then close it.", "en", "ellper")
    assert suggestions("We say thankyou to every guest.", "en", "thankyou")[:1] == ("thank you",)


def test_a_long_prefix_before_a_known_word_is_a_word() -> None:
    need_hunspell("it")
    text = (
        "Questo metapacchetto installa i macroblocchi. La camera ha un minifrigo e un "
        "maxischermo; i driver sono retrocompatibili e la rete è ultraveloce."
    )
    assert flagged(text, "it") == []
    slips = "Questo metapachetto installa il minifirgo e un maxischremo."
    assert flagged(slips, "it") == ["metapachetto", "minifirgo", "maxischremo"]


def test_a_slip_of_a_known_word_is_no_prefixed_word() -> None:
    need_hunspell("it")
    text = "Bisogna controlare la minierra e i metadatti delle minisature."
    assert flagged(text, "it") == ["controlare", "minierra", "metadatti", "minisature"]


def test_a_long_word_splits_at_a_rare_half_of_five_letters_or_more() -> None:
    need_hunspell("it")
    # controlare is controllare, never "contro lare" (Lari, the household gods)
    offered = suggestions("Bisogna controlare la difesa.", "it", "controlare")
    assert offered[:1] == ("controllare",) and "contro lare" not in offered
    offered = suggestions("I dati sarannomonitorati ogni giorno.", "it", "sarannomonitorati")
    assert offered[:1] == ("saranno monitorati",)
