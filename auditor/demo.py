"""Build the demo client and audit: a hotel's booking journey across six touchpoints."""

from __future__ import annotations

import logging
import random
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from auditor.checklists import JOURNEY, builtin_templates
from auditor.commands import (
    AddClient,
    AddEvidence,
    AddFinding,
    Batch,
    Command,
    CreateAudit,
    Editor,
    EditVisit,
    SetAnswer,
)
from auditor.evidence import prepare
from auditor.i18n import N_
from auditor.model import AnswerType, Audit, AuditStatus, Client, Finding, Item, Severity, Visit
from auditor.resources import resource_path
from auditor.service import PlannedVisit
from auditor.storage import Store

log = logging.getLogger(__name__)

DEMO_AUDITOR = "Marta Rinaldi"  # the demo's auditor: its history reads as her work


@dataclass(frozen=True)
class DemoFinding:
    key: str
    touchpoint: str
    severity: Severity
    title: str
    description: str
    recommendation: str
    item: str  # the id of the checklist item it belongs to


_FINDINGS = (
    DemoFinding(
        "wrong_price_on_phone",
        "phone",
        Severity.CRITICAL,
        "Al telefono è stato indicato un prezzo diverso da quello pubblicato",
        "Per il pacchetto «Weekend Spa» l'operatrice ha indicato 420 € a notte, mentre il sito riporta 340 € "
        "per le stesse date; alla richiesta di chiarimento ha risposto «il sito non è aggiornato».",
        "Allineare ogni settimana tariffe e pacchetti tra sito, gestionale e reception; dare al personale "
        "un'unica fonte dei prezzi.",
        "accurate_info",
    ),
    DemoFinding(
        "slow_answer",
        "phone",
        Severity.MAJOR,
        "Risposta al telefono dopo 58 secondi (12 squilli)",
        "Alle 10:41 il numero della reception ha squillato per 58 secondi prima della risposta, senza "
        "messaggio di attesa.",
        "Attivare il trabocco delle chiamate verso il back office dopo 4 squilli e un messaggio che indichi "
        "i tempi di attesa.",
        "time_to_answer",
    ),
    DemoFinding(
        "greeting_no_name",
        "phone",
        Severity.MAJOR,
        "Saluto al telefono senza il nome dell'hotel né dell'operatrice",
        "La chiamata è stata aperta con un semplice «Pronto?», con tono basso e discendente. Il nome "
        "dell'operatrice non è mai stato detto.",
        "Adottare un saluto standard: «Hotel Bellavista, buongiorno, sono Giulia: come posso aiutarla?»",
        "greeting_names",
    ),
    DemoFinding(
        "email_typos",
        "email",
        Severity.MAJOR,
        "La risposta via e-mail ha errori di accento e di maiuscole, anche nel nome dell'hotel",
        "«perchè», «hotel bellavista», due frasi che iniziano con la minuscola e un doppio spazio nella "
        "conferma del preventivo. La firma non riporta il nome di chi scrive.",
        "Rileggere ogni risposta con il controllo ortografico attivo e usare un modello di firma con nome, "
        "ruolo e contatto diretto.",
        "accents",
    ),
    DemoFinding(
        "grainy_hero",
        "website",
        Severity.MAJOR,
        "Foto principale della home page sgranata",
        "L'immagine di apertura è un ingrandimento di una foto piccola: su uno schermo da 27 pollici i "
        "dettagli della terrazza sono impastati e si vedono blocchi di compressione.",
        "Sostituire la foto con un originale ad almeno 2400 px di larghezza, esportato in qualità 80-85.",
        "hero_image_sharp",
    ),
    DemoFinding(
        "contact_not_in_menu",
        "website",
        Severity.MAJOR,
        "La pagina dei contatti non è nel menu principale",
        "Per trovare telefono e indirizzo bisogna scorrere fino al piè di pagina; il numero non è "
        "cliccabile da smartphone e la partita IVA non compare.",
        "Aggiungere «Contatti» al menu, rendere il numero un link tel: e indicare la P.IVA nel piè di pagina.",
        "contact_in_menu",
    ),
    DemoFinding(
        "reception_wait",
        "shop",
        Severity.MAJOR,  # a moment of truth missed: nobody acknowledged the guest for 4 minutes
        "Attesa di 4 minuti al banco senza essere salutati",
        "All'arrivo due addetti erano al telefono; nessuno ha fatto un cenno di saluto nei primi 4 minuti.",
        "Anche quando si è occupati, salutare con lo sguardo e un «arrivo subito» entro 10 secondi.",
        "greeted_fast",
    ),
    DemoFinding(
        "price_list_outdated",
        "shop",
        Severity.MINOR,
        "Listino esposto non aggiornato",
        "Nell'espositore della reception il listino della spa riporta ancora i prezzi del 2025.",
        "Ritirare il materiale scaduto e nominare un responsabile che lo controlli ogni lunedì.",
        "materials_current",
    ),
    DemoFinding(
        "floor_left_dirty",
        "technician",
        Severity.MAJOR,
        "Il tecnico ha lasciato polvere e impronte sul pavimento",
        "Dopo l'intervento sul climatizzatore della camera 214 restavano polvere sotto l'unità e impronte "
        "di scarpe sul pavimento chiaro; non sono stati usati copriscarpe né teli.",
        "Inserire nel capitolato del fornitore copriscarpe, telo di protezione e pulizia finale verificata.",
        "left_clean",
    ),
    DemoFinding(
        "dm_slow_reply",
        "social",
        Severity.MINOR,
        "Risposta al messaggio diretto dopo 26 ore",
        "Il messaggio su Instagram inviato sabato alle 11:05 ha ricevuto risposta domenica alle 13:20; "
        "il chatbot del sito non ha passato la conversazione a una persona.",
        "Definire un tempo massimo di risposta di 4 ore anche nel fine settimana e un passaggio all'operatore "
        "nel chatbot.",
        "dm_reply_hours",
    ),
)


def _passing_value(item: Item, rng: random.Random) -> Any:
    """Return a plausible passing answer for an item the script does not name."""
    match item.type:
        case AnswerType.YES_NO:
            return "yes"  # N/A only where the script says why (nothing bought, no English site)
        case AnswerType.SCALE:
            return rng.choice([4, 4, 5, 5, 3])
        case AnswerType.CHOICE:
            return max(item.options, key=lambda o: o.points).id
        case AnswerType.NUMBER | AnswerType.TIMER:
            threshold = item.threshold or 10
            factor = rng.uniform(0.3, 0.9) if item.pass_if == "at_most" else rng.uniform(1.1, 2)
            return round(threshold * factor, 1)
    return None  # text and photo items only hold what the script gives them


def _demo_bytes(name: str) -> bytes | None:
    path = resource_path("demo", name)
    return path.read_bytes() if path.is_file() else None


def _load_toml(name: str) -> dict[str, Any]:
    path = resource_path("demo", name)
    if not path.is_file():
        log.warning("demo file %s missing: the demo audit will be thinner", name)
        return {}
    return tomllib.loads(path.read_text("utf-8"))


def build_demo(store: Store, *, seed: int = 7, lang: str = "it") -> str:
    """Add the demo client and audit to the workspace through commands and return the audit id."""
    rng = random.Random(seed)
    # Commands, as the window runs them: the demo audit gets a real history to show.
    editor = Editor(store, actor=DEMO_AUDITOR, lang=lang)
    client = editor.run(
        AddClient(
            Client(
                name="Hotel Bellavista S.r.l.",
                brands=["Hotel Bellavista", "Bellavista Spa"],
                website="https://www.hotelbellavista-garda.it",
                phone="+39 045 620 1234",
                email="info@hotelbellavista-garda.it",
                logo=_demo_bytes("client_logo.png"),
                report_language=lang,
            )
        )
    ).result
    visit_day = date(2026, 11, 9)
    audit = Audit(
        client_id=client.id,
        title="Percorso di prenotazione \u2013 autunno 2026",
        scenario="Una coppia cerca un weekend con spa a fine novembre, chiede un preventivo, telefona per "
        "la disponibilità, arriva in hotel e segnala un guasto al climatizzatore.",
        auditor=DEMO_AUDITOR,
        planned_date=visit_day,
        actual_date=visit_day,
        status=AuditStatus.DRAFT,  # the first answer starts it, as in the window
    )
    titles = {
        "website": "Sito web www.hotelbellavista-garda.it",
        "phone": "Telefonata alla reception",
        "email": "Risposta alla richiesta di preventivo",
        "shop": "Accoglienza alla reception",
        "technician": "Intervento tecnico sul climatizzatore",
        "social": "Instagram e chat del sito",
    }
    # The journey's checklists by id and exact version: the answer script is written for them.
    templates = {t.id: t for t in builtin_templates() if t.id in JOURNEY}
    plans = [
        PlannedVisit(templates[k].id, titles[k], template_version=templates[k].version)
        for k in titles
        if k in templates
    ]
    command = CreateAudit(audit, plans)
    editor.run(command)
    visits = [store.audits.visit(visit_id) for visit_id in command.visit_ids]
    script = _load_toml("answers.toml")
    start = datetime(2026, 11, 9, 9, 30, tzinfo=UTC)
    for offset, visit in enumerate(visits):
        _answer_visit(
            editor,
            visit,
            templates[visit.kind.value],
            script.get(visit.kind.value, {}),
            rng,
            start + timedelta(hours=offset),
        )
    _add_findings(editor, audit.id, visits, templates)
    return audit.id


def _answer_visit(
    editor: Editor,
    visit: Visit,
    template: Any,
    script: dict[str, Any],
    rng: random.Random,
    when: datetime,
) -> None:
    answers = script.get("answers", {})
    unanswered = set(script.get("unanswered", ()))
    commands: list[Command] = []
    for item in template.items:
        if item.id in unanswered:
            continue
        scripted = answers.get(item.id)
        if scripted is not None:
            commands.append(
                SetAnswer(visit.id, item.id, scripted["value"], scripted.get("note", ""))
            )
        elif (value := _passing_value(item, rng)) is not None:
            commands.append(SetAnswer(visit.id, item.id, value, ""))
    metrics = script.get("metrics", {})
    commands.append(
        EditVisit(
            visit.id,
            {
                "visited_at": script.get("visited_at") or when,
                "nps": metrics.get("nps"),
                "csat": metrics.get("csat"),
                "ces": metrics.get("ces"),
            },
        )
    )
    # One transaction per visit, as the auditor fills one in: each answer still has its entry.
    editor.run(Batch(commands, N_("Answer")))


def _add_findings(
    editor: Editor, audit_id: str, visits: list[Visit], templates: dict[str, Any]
) -> None:
    by_kind = {v.kind.value: v for v in visits}
    images = _load_toml("manifest.toml").get("image", [])
    findings: dict[str, Finding] = {}
    first_of_kind: dict[str, Finding] = {}
    for spec in _FINDINGS:
        visit = by_kind.get(spec.touchpoint)
        if visit is None:
            continue
        items = templates[spec.touchpoint].items
        item = next((i for i in items if i.id == spec.item), None)
        finding = editor.run(
            AddFinding(
                Finding(
                    audit_id=audit_id,
                    visit_id=visit.id,
                    item_id=item.id if item else None,
                    title=spec.title,
                    severity=spec.severity,
                    description=spec.description,
                    recommendation=spec.recommendation,
                )
            )
        ).result
        findings[spec.key] = finding
        first_of_kind.setdefault(spec.touchpoint, finding)
    for entry in images:
        kind = entry.get("touchpoint", "")
        visit = by_kind.get(kind)
        data = resource_path("demo", entry["file"]).read_bytes()
        finding = findings.get(entry.get("finding", "")) or first_of_kind.get(kind)
        intake, analysis = prepare(data, entry["file"], lang=editor.lang)
        editor.run(
            AddEvidence(
                audit_id,
                intake,
                analysis,
                visit_id=visit.id if visit else None,
                item_id=finding.item_id if finding else None,
                caption=entry.get("caption", {}).get("it", ""),
                source=entry.get("source", "file"),
                filename=entry["file"],
                finding_id=finding.id if finding else None,
            )
        )
