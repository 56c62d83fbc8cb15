"""Built-in checklists load complete; broken templates are refused by file, line and key."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from auditor.checklists import (
    TemplateError,
    builtin_template,
    builtin_templates,
    load_template_file,
    parse_template,
    validate_files,
)
from auditor.checks.registry import CHECKS
from auditor.i18n import set_user_language
from auditor.model import AnswerType, Dimension, Template, TouchpointKind

ROOT = Path(__file__).resolve().parents[2]
BUILTIN = ROOT / "checklists"
BROKEN = Path(__file__).resolve().parent / "data" / "checklists"
KINDS = [kind.value for kind in TouchpointKind]
# Trade checklists: one sector each, all in-person visits (touchpoint "shop"), written as an agency does.
TRADES = ["bank_branch", "car_dealer", "hotel_reception", "pharmacy", "restaurant"]
BUILTIN_IDS = KINDS + TRADES
# Checks that write a measured number into the answer: one item each, or the stopwatch fills two.
VALUE_CHECKS = {
    "call.time_to_answer",
    "call.rings",
    "call.longest_hold",
    "call.holds",
    "call.duration",
    "reply.business_hours",
}


def builtin(kind: str) -> Template:
    return load_template_file(BUILTIN / f"{kind}.toml")


def test_builtin_templates_are_the_files_in_touchpoint_then_id_order():
    templates = builtin_templates()
    shop_kind = sorted([*TRADES, "shop"])  # the trade visits sit with the shop, by id
    assert [(t.id, t.touchpoint.value) for t in templates] == [
        ("website", "website"),
        ("phone", "phone"),
        ("email", "email"),
        *[(template_id, "shop") for template_id in shop_kind],
        ("technician", "technician"),
        ("social", "social"),
    ]
    assert sorted(p.stem for p in BUILTIN.glob("*.toml")) == sorted(BUILTIN_IDS)
    assert builtin_template("technician") is templates[-2]
    with pytest.raises(KeyError):
        builtin_template("fax")


@pytest.mark.parametrize("kind", BUILTIN_IDS)
def test_builtin_file_validates_and_keeps_its_source(kind):
    path = BUILTIN / f"{kind}.toml"
    assert validate_files([path]) == []
    template = load_template_file(path)
    head = (template.id, template.touchpoint.value, template.schema, template.version)
    touchpoint = "shop" if kind in TRADES else kind
    assert head[:3] == (kind, touchpoint, 1) and re.fullmatch(r"1\.0\.\d+", head[3])
    # Audits store the exact text they were run with.
    assert template.source == path.read_text("utf-8")
    for text in (template.title, template.description):
        assert text["it"].strip() and text["en"].strip() and text["it"] != text["en"]
    for section in template.sections:
        assert section.title["it"].strip() and section.title["en"].strip()


@pytest.mark.parametrize("kind", KINDS)
def test_builtin_items_are_complete_in_both_languages(kind):
    template = builtin(kind)
    assert 12 <= len(template.items) <= 25
    ids = [item.id for item in template.items]
    assert len(set(ids)) == len(ids)
    for item in template.items:
        for text in (item.question, item.guidance):
            assert set(text) == {"it", "en"}, item.id
            assert text["it"].strip() and text["en"].strip() and text["it"] != text["en"], item.id
        # Guidance says exactly what to look at: a sentence or more, never a bare label.
        assert min(len(item.guidance["it"]), len(item.guidance["en"])) >= 60, item.id
        assert item.check is None or item.check in CHECKS, item.id


# Quoted words are what staff said (a «Ciao, cosa ti serve?» is a finding's example, not our voice).
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”")
# The shopper is addressed neutrally: no tu (pronouns, possessives, second-person verbs; "sei" is
# also "six", so the checklists write the digit), no "il cliente è stato/la cliente" agreement.
_TU_WORDS = re.compile(
    r"\b(tu|ti|te|tuo|tua|tuoi|tue|sei|hai|puoi|devi|vuoi|sai|fai|vai|chiedi|rispondi|scrivi"
    r"|leggi|metti|prendi|trascrivi|accolt[oaie]|la cliente|il cliente è stat[oa])\b",
    re.IGNORECASE,
)
# -are imperatives read like the third person mid-sentence, so only a sentence opening with one
# counts ("Fotografa il difetto."): instructions use the infinitive ("Fotografare il difetto.").
# Nouns that look like imperatives ("Prova su strada", "Nota") are left out.
_TU_IMPERATIVE = re.compile(
    r"(?:^|[.:;!?]\s+)(annota|fotografa|scatta|guarda|ascolta|osserva|segna|chiama"
    r"|controlla|entra|aspetta|cronometra|racconta|confronta|allega|usa|avvia|premi)\b",
    re.IGNORECASE,
)
_YOU = re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE)


def _texts(template: Template) -> list[dict[str, str]]:
    texts = [template.title, template.description]
    texts += [section.title for section in template.sections]
    for item in template.items:
        texts += [item.question, item.guidance]
        texts += [option.label for option in item.options]
    return texts


@pytest.mark.parametrize("kind", TRADES)
def test_trade_checklists_are_bilingual_sized_and_neutral(kind):
    template = builtin(kind)
    assert template.touchpoint is TouchpointKind.SHOP
    assert 18 <= len(template.items) <= 30
    assert any(item.critical for item in template.items)
    for text in _texts(template):
        assert set(text) == {"it", "en"}
        assert text["it"].strip() and text["en"].strip() and text["it"] != text["en"], text
        italian, english = _QUOTED.sub("", text["it"]), _QUOTED.sub("", text["en"])
        assert not _TU_WORDS.search(italian), text["it"]
        assert not _TU_IMPERATIVE.search(italian), text["it"]
        assert not _YOU.search(english), text["en"]
        # Accents as an Italian writes them: è, perché, qualità; never e' or perchè.
        assert not re.search(r"\b(perchè|poichè|finchè|affinchè|benchè|sè|pò|qual'è)\b", italian)
        assert not re.search(r"\b[EeAaOoUu]'(?=\s)", italian), text["it"]
    for item in template.items:
        assert min(len(item.guidance["it"]), len(item.guidance["en"])) >= 60, item.id
        assert item.check is None or item.check in CHECKS, item.id
    types = {item.type for item in template.items}
    # Mostly yes/no, a wait timed against a threshold, a judged scale, remarks and a photo.
    assert AnswerType.TIMER in types and AnswerType.SCALE in types and AnswerType.CHOICE in types
    assert {AnswerType.TEXT, AnswerType.PHOTO} <= types
    yes_no = sum(item.type is AnswerType.YES_NO for item in template.items)
    assert yes_no > len(template.items) / 2


def test_car_dealer_asks_about_the_test_drive_only_when_one_was_offered():
    from auditor.conditions import hidden_items, problems

    template = builtin("car_dealer")
    drive = {"licence_checked", "test_drive_route", "test_drive_conduct", "test_drive_debrief"}
    assert {i.id for i in template.items if i.relevant} == drive
    assert problems(template) == []
    assert hidden_items(template, {"test_drive_offered": "no"}) == drive
    assert hidden_items(template, {}) == drive  # unanswered reads as empty: not asked yet
    assert hidden_items(template, {"test_drive_offered": "yes"}) == set()


def test_the_neutral_address_heuristic_catches_tu_and_you():
    assert _TU_WORDS.search("Se ti hanno salutato") and _TU_WORDS.search("Sei stato accolto?")
    assert _TU_IMPERATIVE.search("Vale No. Fotografa il cartellino.")
    assert not _TU_IMPERATIVE.search("Il receptionist annota il nome. Fotografare il difetto.")
    assert not _TU_WORDS.search(_QUOTED.sub("", "Un «Ciao, cosa ti serve?» vale No."))
    assert _YOU.search("Were you greeted?")
    assert not _YOU.search(_QUOTED.sub("", "“Can I help you?”"))
    # The shop checklist's farewell as it was before it turned neutral (1.0.0).
    assert _TU_WORDS.search("Ti hanno salutato ringraziando e invitandoti a tornare?")


@pytest.mark.parametrize("kind", BUILTIN_IDS)
def test_every_builtin_checklist_addresses_the_shopper_neutrally(kind):
    # All eleven: no tu, no gendered agreement for the shopper, no "you"; quoted staff words aside.
    for text in _texts(builtin(kind)):
        italian, english = _QUOTED.sub("", text["it"]), _QUOTED.sub("", text["en"])
        assert not _TU_WORDS.search(italian), text["it"]
        assert not _TU_IMPERATIVE.search(italian), text["it"]
        assert not _YOU.search(english), text["en"]


def test_the_generic_shop_checklist_fits_any_in_person_visit():
    # Hotels, branches and practices use it too: nothing that assumes shelves and aisles.
    shop = builtin("shop")
    for text in _texts(shop):
        assert not re.search(r"\b(scaffal\w*|corsi[ae])\b", text["it"], re.IGNORECASE), text["it"]
        assert not re.search(r"\b(shelf|shelves|aisles?)\b", text["en"], re.IGNORECASE), text["en"]


@pytest.mark.parametrize("kind", BUILTIN_IDS)
def test_builtin_items_are_tagged_as_a_consultant_would(kind):
    template = builtin(kind)
    items = template.items
    critical = [i for i in items if i.critical]
    assert 1 <= len(critical) <= 3  # a few true deal-breakers, not a list of everything important
    assert all(i.weight == 3 and i.require_note_on_fail for i in critical)
    assert any(i.moment_of_truth for i in items)
    dimensions = Counter(i.dimension for i in items)
    assert dimensions[Dimension.EMOTIONAL] >= len(items) // 4
    assert dimensions[Dimension.FUNCTIONAL] >= len(items) // 3
    assert len({i.phase for i in items}) >= 3
    assert all(i.weight in (1, 2, 3) for i in items)
    assert any(i.require_evidence_on_fail for i in items)
    assert {i.section for i in items} == {s.id for s in template.sections}
    assert len({i.type for i in items}) >= 3
    for item in items:
        if not item.scorable:  # a text or photo answer never fails: it cannot be a deal-breaker
            assert not (item.critical or item.moment_of_truth), item.id
            assert item.check not in VALUE_CHECKS, item.id
        if item.type in (AnswerType.NUMBER, AnswerType.TIMER):
            assert item.threshold and item.threshold > 0 and item.pass_if == "at_most", item.id
        if item.type is AnswerType.TIMER:
            assert item.unit == "s", item.id
        if item.type is AnswerType.SCALE:
            assert item.scale_max == 5, item.id
        if item.type is AnswerType.CHOICE:
            points = [o.points for o in item.options]
            assert len(points) >= 3 and min(points) == 0, item.id
            assert len(set(points)) == len(points), item.id
            for option in item.options:
                assert option.label["it"].strip() and option.label["en"].strip(), option.id
    checks = [i.check for i in items if i.check in VALUE_CHECKS]
    assert len(checks) == len(set(checks))


def test_every_answer_type_is_used_somewhere():
    used = {item.type for template in builtin_templates() for item in template.items}
    assert used == set(AnswerType)


def test_automated_checks_are_wired_with_expert_thresholds():
    def wired(kind: str) -> dict[str, tuple]:
        items = builtin(kind).items
        return {i.id: (i.check, i.type.value, i.threshold, i.unit) for i in items if i.check}

    assert wired("phone") == {
        "time_to_answer": ("call.time_to_answer", "timer", 15, "s"),
        "rings": ("call.rings", "number", 3, ""),
        "longest_hold": ("call.longest_hold", "timer", 60, "s"),
        "call_duration": ("call.duration", "timer", 300, "s"),
    }
    email = wired("email")
    # One working day of the reply check's office hours (9-18).
    assert email.pop("reply_hours") == ("reply.business_hours", "number", 9, "h")
    assert email == {
        i: ("text", "yes_no", None, "")
        for i in (
            "typo_free",
            "capitals",
            "accents",
            "brand_spelling",
            "register_consistent",
            "readable",
        )
    }
    assert wired("website") == {
        "hero_image_sharp": ("image", "yes_no", None, ""),
        "contact_in_menu": ("site.contact_page", "choice", None, ""),
        "no_broken_links": ("site.broken_links", "yes_no", None, ""),
        "phone_clickable": ("site.clickable_contacts", "yes_no", None, ""),
        "privacy_cookie": ("site.privacy_policy", "yes_no", None, ""),
        "vat_number": ("site.vat_number", "yes_no", None, ""),
        "copy_no_typos": ("text", "yes_no", None, ""),
        "images_quality": ("site.images", "yes_no", None, ""),
    }
    assert wired("social") == {
        "post_images_sharp": ("image", "yes_no", None, ""),
        "dm_reply_hours": ("reply.business_hours", "number", 4, "h"),
        "dm_text_correct": ("text", "yes_no", None, ""),
    }
    # Text findings go to the first item naming the text check: it must be the typo item.
    assert next(i.id for i in builtin("email").items if i.check == "text") == "typo_free"


def test_the_deal_breakers_are_the_ones_a_client_would_expect():
    critical = {t.id: sorted(i.id for i in t.items if i.critical) for t in builtin_templates()}
    assert critical == {
        "website": ["privacy_cookie"],
        "phone": ["accurate_info", "call_answered", "courteous_throughout"],
        "email": ["accurate", "privacy_ok", "reply_received"],
        "shop": ["courtesy", "price_correct"],
        "technician": ["introduced_id", "price_agreed", "safety"],
        "social": ["public_no_data", "public_respectful"],
        "hotel_reception": ["booking_correct", "courtesy", "room_number_discreet"],
        "restaurant": ["allergens_answered", "bill_correct", "tableware_clean"],
        "bank_branch": ["conversation_private", "costs_disclosed", "no_tied_selling"],
        "car_dealer": ["price_complete", "respectful"],
        "pharmacy": ["counter_privacy", "prescription_only_refused"],
    }


def test_greeting_choice_scores_company_and_own_name_best():
    greeting = next(i for i in builtin("phone").items if i.id == "greeting_names")
    assert [(o.id, o.points) for o in greeting.options] == [
        ("full", 3),
        ("company", 2),
        ("company_only", 1),
        ("generic", 0),
    ]


def test_valid_fixture_loads():
    template = load_template_file(BROKEN / "valid.toml")
    [item] = template.items
    assert (item.id, item.section, item.type, item.weight, item.require_note_on_fail) == (
        "answered",
        "main",
        AnswerType.YES_NO,
        2.0,
        True,
    )


# (file, line, key named, what the message says). Each file is valid.toml with one fault.
A = "item 'answered': "
BROKEN_CASES = [
    ("bad_syntax", 6, None, "not valid TOML: a table written on one line is not closed"),
    (
        "unterminated_array",
        21,
        None,
        "not valid TOML: a value is not valid (text goes in quotes) at the end of the file",
    ),
    ("not_utf8", 17, None, "the file is not UTF-8 text"),
    ("unknown_top_key", 6, "colour", "unknown key 'colour'"),
    ("unknown_item_key", 20, "wieght", A + "unknown key 'wieght'"),
    ("wrong_type_weight", 20, "weight", A + "weight must be a finite number, not 'high'"),
    ("wrong_type_critical", 20, "critical", A + "critical must be true or false, not 'yes'"),
    ("wrong_type_check", 20, "check", A + "check must be a string"),
    ("missing_italian", 16, "question", A + "question has no Italian text ('it')"),
    ("empty_english", 17, "guidance", A + "guidance has no English text ('en')"),
    ("unknown_check", 20, "check", A + "check 'site.speed' is not a known automated check"),
    (
        "value_check_on_yes_no",
        20,
        "check",
        "check 'call.rings' measures a number, so the item must be a number",
    ),
    ("duplicate_item_id", 22, "id", "item id 'answered' is used more than once (first in item 1)"),
    ("duplicate_section_id", 13, "id", "section id 'main' is used more than once"),
    ("choice_without_options", 12, "options", A + "a choice item needs at least two options"),
    ("choice_one_option", 20, "options", A + "a choice item needs at least two options"),
    ("choice_negative_points", 20, "option", A + "option 'no' has negative points"),
    ("threshold_on_yes_no", 20, "threshold", A + "'threshold' only applies to number and timer"),
    ("timer_without_threshold", 12, "threshold", A + "a timer item needs a 'threshold' to pass"),
    ("bad_pass_if", 21, "pass_if", A + 'pass_if must be "at_most" or "at_least"'),
    (
        "scale_max_out_of_range",
        20,
        "scale_max",
        A + "scale_max must be a whole number from 2 to 10",
    ),
    ("bad_dimension", 18, "dimension", A + "dimension is 'physical'; expected one of: functional"),
    ("bad_phase", 19, "phase", A + "phase is 'retention'; expected one of: awareness"),
    ("bad_on_fail", 20, "on_fail", A + 'on_fail must be a list of "note" and/or "evidence"'),
    ("undeclared_section", 14, "section", A + "section 'greeting' is not declared in [[sections]]"),
    ("missing_item_key", 12, "phase", A + "missing required key 'phase'"),
    ("bad_touchpoint", 5, "touchpoint", "touchpoint is 'fax'; expected one of: website, phone"),
    ("unsupported_schema", 2, "schema", "schema 2 is not supported (this version reads schema 1)"),
]

MISSING_KEY_CASES = {"choice_without_options", "timer_without_threshold", "missing_item_key"}


@pytest.mark.parametrize("name, line, key, message", BROKEN_CASES, ids=[c[0] for c in BROKEN_CASES])
def test_broken_template_is_refused_naming_file_line_and_key(name, line, key, message):
    path = BROKEN / f"{name}.toml"
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    [problem] = caught.value.problems  # one fault, one problem: no echoes of it
    text = str(problem)
    assert text.startswith(f"{path}:{line}: "), text
    assert message in text, text
    if key is not None:
        assert key in problem.message
        named = path.read_text("utf-8").splitlines()[line - 1]
        # A missing key has no line of its own: the fault points at its item's header.
        assert named == "[[items]]" if name in MISSING_KEY_CASES else named.startswith(key), named
    assert str(caught.value) == text  # the CLI prints this line as is


def test_fixtures_are_all_covered_and_validate_files_reports_each_once():
    names = {p.stem for p in BROKEN.glob("*.toml")}
    assert names == {c[0] for c in BROKEN_CASES} | {"valid"}
    paths = [BROKEN / f"{c[0]}.toml" for c in BROKEN_CASES] + [BROKEN / "valid.toml"]
    problems = validate_files(paths)
    assert [(Path(p.path).stem, p.line) for p in problems] == [(c[0], c[1]) for c in BROKEN_CASES]


def test_several_faults_in_one_file_are_all_reported():
    text = (BROKEN / "valid.toml").read_text("utf-8")
    text = text.replace('dimension = "functional"', 'dimension = "physical"')
    text = text.replace("weight = 2", "weight = 0")
    with pytest.raises(TemplateError) as caught:
        parse_template(text, "two.toml")
    assert [str(p).split(": ")[0] for p in caught.value.problems] == ["two.toml:18", "two.toml:20"]


def test_missing_file_is_a_template_error():
    with pytest.raises(TemplateError, match=r"nowhere\.toml:0: cannot read the file: no such file"):
        load_template_file(BROKEN / "nowhere.toml")


def test_an_unreadable_template_is_refused_in_the_users_language(tmp_path):
    set_user_language("it")
    with pytest.raises(TemplateError) as caught:
        load_template_file(tmp_path)
    assert caught.value.problems[0].message == (
        "impossibile leggere il file: è una cartella, non un file"
    )


def test_docs_example_is_a_valid_template_and_the_list_matches_the_files():
    docs = (ROOT / "docs" / "checklists.md").read_text("utf-8")
    example = docs.split("```toml\n", 1)[1].split("```", 1)[0]
    template = parse_template(example, "docs/checklists.md")
    assert [(i.id, i.type.value) for i in template.items] == [
        ("greeting_names", "choice"),
        ("longest_hold", "timer"),
    ]
    rows = [line.split("|") for line in docs.splitlines() if line.startswith("| `")]
    listed = {cells[1].strip(" `"): int(cells[3]) for cells in rows if cells[3].strip().isdigit()}
    assert listed == {t.id: len(t.items) for t in builtin_templates()}


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("missing_italian", "voce 'answered': question: manca il testo italiano ('it')"),
        ("unknown_item_key", "voce 'answered': chiave sconosciuta 'wieght'"),
        ("wrong_type_weight", "voce 'answered': weight: serve un numero finito, non 'high'"),
        ("not_utf8", "il file non è testo UTF-8"),
    ],
)
def test_a_checklists_problems_are_said_in_the_users_language(name, said):
    set_user_language("it")
    with pytest.raises(TemplateError) as caught:
        load_template_file(BROKEN / f"{name}.toml")
    assert [p.message for p in caught.value.problems] == [said]


def test_the_registry_lists_every_rule_of_the_text_check() -> None:
    # the registry says which rules each check relies on; kept equal to the check's own list
    # (punctuation was missing from it until the twenty-third round)
    from auditor.checks.text import RULES

    assert set(CHECKS["text"].rules) == set(RULES)
