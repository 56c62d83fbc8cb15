"""Write docs/examples/branch-visit.xlsx, the example XLSForm of docs/templates.md, from TEMPLATE.

Run `python docs/examples/make_examples.py` after changing TEMPLATE; a test fails while the
spreadsheet on disk differs from what this script writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from auditor.forms import write_xlsform
from auditor.model import (
    AnswerType,
    ChoiceOption,
    Dimension,
    Item,
    Phase,
    Section,
    Template,
    TouchpointKind,
)

HERE = Path(__file__).resolve().parent
F, E = Dimension.FUNCTIONAL, Dimension.EMOTIONAL


def t(it: str, en: str) -> dict[str, str]:
    """Return a bilingual text."""
    return {"it": it, "en": en}


def yes_no(item_id: str, section: str, question: dict, guidance: dict, **extra: object) -> Item:
    """Return a yes/no item."""
    return Item(item_id, question, guidance, AnswerType.YES_NO, extra.pop("dimension", F),
                extra.pop("phase", Phase.ACTIVATION), section, **extra)  # fmt: skip


TEMPLATE = Template(
    id="branch_visit",
    version="1.0.0",
    touchpoint=TouchpointKind.SHOP,
    title=t("Visita in filiale bancaria", "Bank branch visit"),
    description=t(
        "Il cliente misterioso chiede informazioni su un conto corrente e un mutuo.",
        "The mystery shopper asks about a current account and a mortgage.",
    ),
    sections=(
        Section("outside", t("Esterno e ingresso", "Outside and entrance")),
        Section("welcome", t("Accoglienza e attesa", "Welcome and waiting")),
        Section("advice", t("Consulenza", "Advice")),
        Section("close", t("Congedo e seguito", "Farewell and follow-up")),
    ),
    items=(
        Item(
            "entrance_photo",
            t("Foto dell'ingresso", "Photo of the entrance"),
            t(
                "Una foto frontale dell'ingresso e dell'insegna, senza persone riconoscibili.",
                "One front photo of the entrance and the sign, with no recognisable people.",
            ),
            AnswerType.PHOTO,
            F,
            Phase.AWARENESS,
            "outside",
            required=True,
        ),
        yes_no(
            "sign_clean",
            "outside",
            t("Insegna e vetrine pulite e integre?", "Sign and windows clean and intact?"),
            t(
                "No se ci sono sporco, adesivi vecchi, lettere mancanti o luci spente.",
                "No for dirt, old stickers, missing letters or lights off.",
            ),
            phase=Phase.AWARENESS,
            require_evidence_on_fail=True,
        ),
        yes_no(
            "atm_working",
            "outside",
            t("Il bancomat esterno funziona?", "Is the outside cash machine working?"),
            t(
                "Prova a chiedere il saldo; No se è fuori servizio o lo schermo è illeggibile.",
                "Try a balance enquiry; No if it is out of order or the screen is unreadable.",
            ),
            phase=Phase.AWARENESS,
        ),
        Item(
            "queue_wait",
            t("Attesa prima di essere ricevuto, in secondi", "Wait before being seen, in seconds"),
            t(
                "Dal ritiro del numero (o dall'ingresso) al saluto dell'operatore.",
                "From taking a ticket (or walking in) to the clerk's greeting.",
            ),
            AnswerType.TIMER,
            F,
            Phase.CONSIDERATION,
            "welcome",
            weight=2,
            moment_of_truth=True,
            threshold=300,
            unit="s",
        ),
        Item(
            "counters_open",
            t("Sportelli aperti", "Counters open"),
            t(
                "Conta gli sportelli con un operatore presente.",
                "Count the counters with a clerk present.",
            ),
            AnswerType.NUMBER,
            F,
            Phase.CONSIDERATION,
            "welcome",
            threshold=2,
            pass_if="at_least",
        ),
        Item(
            "greeting",
            t(
                "Come è stato accolto il cliente dall'operatore?",
                "How was the customer greeted by the clerk?",
            ),
            t(
                "Ascolta le prime parole: sorriso, saluto e nome contano.",
                "Listen to the first words: a smile, a greeting and a name count.",
            ),
            AnswerType.CHOICE,
            E,
            Phase.ACTIVATION,
            "welcome",
            weight=2,
            moment_of_truth=True,
            options=(
                ChoiceOption(
                    "warm", t("Saluto, sorriso e presentazione", "Greeting, smile and own name"), 3
                ),
                ChoiceOption("polite", t("Saluto cortese", "Polite greeting"), 2),
                ChoiceOption("curt", t("Sbrigativo («Dica»)", "Curt (“Next”)"), 0),
            ),
        ),
        yes_no(
            "needs_asked",
            "advice",
            t(
                "Sono state chieste le esigenze prima di proporre un prodotto?",
                "Were the customer's needs asked before a product was offered?",
            ),
            t(
                "Domande su lavoro, reddito, uso del conto; No se propone subito un prodotto.",
                "Questions about work, income, how the account is used; No if a product comes first.",
            ),
            dimension=E,
            weight=2,
        ),
        Item(
            "documents",
            t(
                "Quali documenti sono stati indicati per aprire il conto?",
                "Which documents were named as needed to open the account?",
            ),
            t("Segnare tutti quelli nominati.", "Tick every one named."),
            AnswerType.SELECT_MULTIPLE,
            F,
            Phase.ACTIVATION,
            "advice",
            options=(
                ChoiceOption("id_card", t("Documento d'identità", "Identity document"), 2),
                ChoiceOption("tax_code", t("Codice fiscale", "Tax code"), 2),
                ChoiceOption("payslip", t("Busta paga", "Payslip"), 1),
                ChoiceOption("none", t("Nessuno", "None"), 0),
            ),
        ),
        yes_no(
            "mortgage_offered",
            "advice",
            t(
                "È stato proposto un appuntamento per il mutuo?",
                "Was an appointment about the mortgage offered?",
            ),
            t(
                "Sì se propone data e ora, anche con un collega.",
                "Yes if a date and time is offered, even with a colleague.",
            ),
            phase=Phase.PURCHASE,
            moment_of_truth=True,
            require_note_on_fail=True,
        ),
        yes_no(
            "card_given",
            "advice",
            t("È stato consegnato un biglietto da visita?", "Was a business card handed over?"),
            t(
                "Solo se l'appuntamento non è stato proposto.",
                "Only when no appointment was offered.",
            ),
            phase=Phase.PURCHASE,
            relevant="${mortgage_offered} = 'no'",
        ),
        yes_no(
            "contact_written",
            "advice",
            t(
                "È stato annotato un recapito per ricontattare il cliente?",
                "Was a contact written down to call the customer back?",
            ),
            t(
                "Solo senza appuntamento né biglietto: un numero o un'e-mail scritti a mano valgono Sì.",
                "Only with neither appointment nor card: a handwritten number or e-mail counts as Yes.",
            ),
            phase=Phase.PURCHASE,
            relevant="${card_given} = 'no'",
        ),
        Item(
            "explanation",
            t("Chiarezza della spiegazione dei costi", "Clarity of the explanation of costs"),
            t(
                "1 = confusa o assente, 5 = canone, costi e tassi spiegati senza che tu chieda.",
                "1 = confusing or none, 5 = fee, costs and rates explained unasked.",
            ),
            AnswerType.SCALE,
            F,
            Phase.CONSIDERATION,
            "advice",
            weight=2,
        ),
        yes_no(
            "courteous",
            "close",
            t("Cortese per tutta la visita?", "Courteous throughout the visit?"),
            t(
                "No per toni bruschi, telefono personale o commenti sul cliente.",
                "No for a curt tone, a personal phone call or remarks about the customer.",
            ),
            dimension=E,
            phase=Phase.LOYALTY,
            weight=3,
            critical=True,
            require_note_on_fail=True,
        ),
        yes_no(
            "farewell",
            "close",
            t("Saluto e ringraziamento al congedo?", "A goodbye and a thank-you?"),
            t(
                "Anche un semplice «Grazie, arrivederci» vale Sì.",
                "A plain “Thank you, goodbye” counts as Yes.",
            ),
            dimension=E,
            phase=Phase.LOYALTY,
            moment_of_truth=True,
        ),
        Item(
            "remarks",
            t("Osservazioni", "Remarks"),
            t(
                "Quello che il cliente dovrebbe sapere e non rientra nelle domande.",
                "What the client should know that no question covers.",
            ),
            AnswerType.TEXT,
            F,
            Phase.LOYALTY,
            "close",
        ),
    ),
)


def build(folder: Path = HERE) -> Path:
    """Write branch-visit.xlsx into folder and return its path."""
    path = folder / "branch-visit.xlsx"
    write_xlsform(TEMPLATE, path)
    return path


if __name__ == "__main__":
    print(build())
