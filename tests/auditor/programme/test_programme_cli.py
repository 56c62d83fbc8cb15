"""A programme of 12 locations and 3 waves built through the command line, checked by hand.

Everything goes through `auditor`: the checklists, the locations (a CSV import and single adds),
the audits (`auditor new --location --wave`), the answers (`auditor answers import`, one file a
wave, and `auditor answer`). The league tables, ranks, changes and chain averages of
`auditor programme --json` are then checked against this file's own reading of the formulas in
docs/programmes.md ("How a programme is scored").
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

from auditor.cli import main
from tests.auditor.programme.templates import ITEMS, PHONE, SHOP

CLIENT = "Catena Caffè"
WAVES = ["Q1 2026", "Q2 2026", "Q3 2026"]
LOCATIONS = [(f"Bar {n:02d}", f"B{n:02d}", "Nord" if n % 3 else "Sud") for n in range(1, 13)]
SKIPPED = ("Bar 06", "Q2 2026")  # no audit: its Q3 change compares with Q1
EMPTY = ("Bar 10", "Q3 2026")  # an audit with no answers: unranked, listed last
TIED = ("Bar 04", "Bar 08", "Q2 2026")  # the same answers: the same rank


def cli(path: Path, capsys, *args: str) -> str:
    """Run the real command line in this process; return its stdout (status 0 required)."""
    capsys.readouterr()
    status = main(["--workspace", str(path), *args])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def answers_for(rng: random.Random) -> dict[str, dict[str, object]]:
    """Return a random set of answers: touchpoint -> item -> value (some N/A, some left out)."""
    chosen: dict[str, dict[str, object]] = {}
    for kind, items in ITEMS.items():
        chosen[kind] = {}
        for item, (_weight, how) in items.items():
            roll = rng.random()
            if roll < 0.08:
                continue  # unanswered
            if how == "yes_no":
                chosen[kind][item] = "na" if roll < 0.15 else rng.choice(["yes", "yes", "no"])
            elif how == "scale5":
                chosen[kind][item] = rng.randint(1, 5)
            elif rng.random() < 0.5:
                chosen[kind][item] = "Nothing to add"
    return chosen


# -- the formula, as docs/programmes.md states it ---------------------------------------------


def touchpoint_score(kind: str, values: dict[str, object]) -> float | None:
    earned = possible = 0.0
    for item, (weight, how) in ITEMS[kind].items():
        value = values.get(item)
        if value is None or value == "na" or how == "text":
            continue
        fraction = {"yes": 1.0, "no": 0.0}[value] if how == "yes_no" else (value - 1) / 4
        earned += weight * fraction
        possible += weight
    return earned / possible * 100 if possible else None


def overall(scores: dict[str, float | None]) -> float | None:
    present = [s for s in scores.values() if s is not None]
    return sum(present) / len(present) if present else None  # visits weigh 1 each


def expected_ranks(values: dict[str, float | None]) -> dict[str, int | None]:
    shown = sorted((round(v, 1) for v in values.values() if v is not None), reverse=True)
    return {
        name: None if v is None else 1 + sum(1 for s in shown if s > round(v, 1))
        for name, v in values.items()
    }


@pytest.fixture(scope="module")
def programme(tmp_path_factory) -> tuple[Path, dict, dict]:
    """Build the programme through the command line; return (workspace, answers, audit ids)."""
    folder = tmp_path_factory.mktemp("programme")
    path = folder / "catena.auditdesk"
    capsys = _Capture()
    for name, source in (("shop.toml", SHOP), ("phone.toml", PHONE)):
        (folder / name).write_text(source, encoding="utf-8")
        capsys.run(path, "templates", "import", str(folder / name))
    with (folder / "locations.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["nome", "codice", "regione", "città"])
        writer.writerows([[n, c, r, "Milano"] for n, c, r in LOCATIONS[:10]])
    capsys.run(path, "new", "--client", CLIENT, "--title", "Kick-off", "--template", "chain_shop")
    capsys.run(path, "locations", "import", "--client", CLIENT, str(folder / "locations.csv"))
    for name, code, region in LOCATIONS[10:]:
        capsys.run(
            path, "locations", "add", "--client", CLIENT, name, "--code", code, "--region", region
        )
    rng = random.Random(15)
    answers: dict[tuple[str, str], dict] = {}
    audits: dict[tuple[str, str], str] = {}
    for wave in WAVES:
        rows = [["audit", "touchpoint", "item", "value", "note"]]
        for name, code, _region in LOCATIONS:
            if (name, wave) == SKIPPED:
                continue
            audit = capsys.run(
                path, "new", "--client", CLIENT, "--location", code if name.endswith("1") else name,
                "--wave", wave, "--template", "chain_shop", "--template", "chain_phone",
                "--nickname", "Volpe",
            ).strip()  # fmt: skip
            audits[(name, wave)] = audit
            chosen = {} if (name, wave) == EMPTY else answers_for(rng)
            if (name, wave) == (TIED[1], TIED[2]):
                chosen = answers[(TIED[0], wave)]
            answers[(name, wave)] = chosen
            for kind, values in chosen.items():
                rows += [[audit[:8], kind, item, str(value), ""] for item, value in values.items()]
        with (folder / f"{wave}.csv").open("w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
        capsys.run(path, "answers", "import", str(folder / f"{wave}.csv"))
    # One more answer by hand, as an auditor would correct one
    name, wave = "Bar 01", "Q3 2026"
    capsys.run(path, "answer", audits[(name, wave)], "shop", "greeted", "no")
    answers[(name, wave)].setdefault("shop", {})["greeted"] = "no"
    return path, answers, audits


class _Capture:
    """Run the command line for a module-scoped fixture (capsys is function-scoped)."""

    def run(self, path: Path, *args: str) -> str:
        import contextlib
        import io

        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["--workspace", str(path), *args])
        assert status == 0, err.getvalue()
        return out.getvalue()


def test_league_tables_ranks_changes_and_chain_averages(programme, capsys):
    path, answers, audits = programme
    doc = json.loads(cli(path, capsys, "programme", CLIENT, "--json"))
    assert doc["client"] == CLIENT
    assert [w["label"] for w in doc["waves"]] == WAVES
    assert doc["touchpoints"] == ["shop", "phone"]
    previous: dict[str, float] = {}
    for wave in doc["waves"]:
        label = wave["label"]
        scores = {}
        touchpoints = {}
        for name, _code, _region in LOCATIONS:
            chosen = answers.get((name, label))
            touchpoints[name] = (
                {k: touchpoint_score(k, chosen.get(k, {})) for k in ITEMS}
                if chosen is not None
                else {}
            )
            scores[name] = overall(touchpoints[name]) if chosen is not None else None
        ranks = expected_ranks(scores)
        rows = wave["locations"]
        assert len(rows) == 12
        assert wave["audits"] == sum(1 for n, *_ in LOCATIONS if (n, label) in audits)
        # League order: ranked best first (ties by name), the unscored last by name.
        order = sorted(
            (n for n, *_ in LOCATIONS),
            key=lambda n: (ranks[n] is None, ranks[n] or 0, n.casefold()),
        )
        assert [r["location"] for r in rows] == order
        for row in rows:
            name = row["location"]
            assert row["rank"] == ranks[name], (label, name)
            if scores[name] is None:
                assert row["overall"] is None and row["change"] is None
            else:
                assert row["overall"] == round(scores[name], 1)
                for kind, value in touchpoints[name].items():
                    assert row["touchpoints"][kind] == (None if value is None else round(value, 1))
                before = previous.get(name)
                want = (
                    None if before is None else round(round(scores[name], 1) - round(before, 1), 1)
                )
                assert row["change"] == want, (label, name)
            assert row["audit"] == audits.get((name, label))
        scored = [s for s in scores.values() if s is not None]
        assert wave["chain_average"] == round(sum(scored) / len(scored), 1)
        previous.update({n: s for n, s in scores.items() if s is not None})
    q2 = {r["location"]: r for r in doc["waves"][1]["locations"]}
    assert q2[TIED[0]]["rank"] == q2[TIED[1]]["rank"]  # the tie
    q3 = {r["location"]: r for r in doc["waves"][2]["locations"]}
    assert q3["Bar 06"]["change"] is not None  # compared with Q1, Q2 skipped
    assert q3["Bar 10"]["rank"] is None and q3["Bar 10"]["audit"] is not None


def test_one_wave_and_a_region(programme, capsys):
    path, _answers, _audits = programme
    doc = json.loads(cli(path, capsys, "programme", CLIENT, "--wave", "q2 2026", "--json"))
    assert [w["label"] for w in doc["waves"]] == ["Q2 2026"]
    everyone = {r["location"]: r for r in doc["waves"][0]["locations"]}
    south = json.loads(
        cli(path, capsys, "programme", CLIENT, "--wave", "Q2 2026", "--region", "sud", "--json")
    )["waves"][0]
    names = [r["location"] for r in south["locations"]]
    assert names and all(everyone[n]["region"] == "Sud" for n in names)
    assert [r["rank"] for r in south["locations"] if r["rank"]] == sorted(
        r["rank"] for r in south["locations"] if r["rank"]
    )
    assert south["locations"][0]["rank"] == 1
    text = cli(path, capsys, "programme", CLIENT, "--wave", "Q2 2026")
    assert "Q2 2026: chain average" in text and "Bar 04" in text
    capsys.readouterr()
    assert main(["--workspace", str(path), "programme", CLIENT, "--wave", "Q9"]) == 2
    assert "has no wave Q9" in capsys.readouterr().err
