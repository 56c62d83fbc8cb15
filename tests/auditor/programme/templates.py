"""Two small checklists the programme tests score by hand: a shop visit and a phone call."""

from __future__ import annotations

SHOP = """
schema = 1
id = "chain_shop"
version = "1.0.0"
touchpoint = "shop"
title = { it = "Visita al negozio", en = "Shop visit" }
description = { it = "Per i test", en = "For the tests" }

[[sections]]
id = "door"
title = { it = "Ingresso", en = "Entrance" }

[[sections]]
id = "desk"
title = { it = "Banco", en = "Desk" }

[[items]]
id = "greeted"
section = "door"
type = "yes_no"
question = { it = "Saluto all'ingresso?", en = "Greeted at the door?" }
guidance = { it = "Entro 10 secondi.", en = "Within 10 seconds." }
weight = 2
dimension = "emotional"
phase = "activation"

[[items]]
id = "clean"
section = "door"
type = "yes_no"
question = { it = "Ingresso pulito?", en = "Clean entrance?" }
guidance = { it = "Pavimento e vetrine.", en = "Floor and windows." }
dimension = "functional"
phase = "awareness"

[[items]]
id = "price_right"
section = "desk"
type = "yes_no"
question = { it = "Prezzo corretto alla cassa?", en = "Right price at the till?" }
guidance = { it = "Come sullo scaffale.", en = "As on the shelf." }
weight = 3
critical = true
dimension = "functional"
phase = "purchase"

[[items]]
id = "advice"
section = "desk"
type = "scale"
scale_max = 5
question = { it = "Qualità del consiglio", en = "Quality of the advice" }
guidance = { it = "Da 1 a 5.", en = "From 1 to 5." }
weight = 2
dimension = "emotional"
phase = "consideration"
"""

PHONE = """
schema = 1
id = "chain_phone"
version = "1.0.0"
touchpoint = "phone"
title = { it = "Telefonata", en = "Phone call" }
description = { it = "Per i test", en = "For the tests" }

[[sections]]
id = "call"
title = { it = "Chiamata", en = "Call" }

[[items]]
id = "answered"
section = "call"
type = "yes_no"
question = { it = "Risposta entro tre squilli?", en = "Answered within three rings?" }
guidance = { it = "Contare gli squilli.", en = "Count the rings." }
weight = 2
dimension = "functional"
phase = "activation"

[[items]]
id = "name_given"
section = "call"
type = "yes_no"
question = { it = "Ha detto il suo nome?", en = "Did they give their name?" }
guidance = { it = "All'inizio.", en = "At the start." }
dimension = "emotional"
phase = "activation"

[[items]]
id = "remarks"
section = "call"
type = "text"
question = { it = "Osservazioni", en = "Remarks" }
guidance = { it = "Libere.", en = "Free text." }
dimension = "functional"
phase = "loyalty"
"""

# item id -> (weight, kind): what the tests' own formula needs
ITEMS = {
    "shop": {"greeted": (2, "yes_no"), "clean": (1, "yes_no"), "price_right": (3, "yes_no"),
             "advice": (2, "scale5")},
    "phone": {"answered": (2, "yes_no"), "name_given": (1, "yes_no"), "remarks": (0, "text")},
}  # fmt: skip
