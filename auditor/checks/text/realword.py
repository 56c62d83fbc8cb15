"""Real words that are errors in context, and web misspellings a broad list would pass."""

from __future__ import annotations

# Real words that are errors in context: word (lowercase) -> correction. Missing accents are the
# accent rule's; these are the ones a spell checker accepts because they exist as other words.
REAL_WORD = {
    "it": {
        "avvolte": "a volte",
        "apposto": "a posto",
        "daccordo": "d'accordo",
        "propio": "proprio",
        "sopratutto": "soprattutto",
        "pultroppo": "purtroppo",
        "squola": "scuola",
        "obbiettivo": "obiettivo",
        "aereoporto": "aeroporto",
        "efficente": "efficiente",
        "sufficente": "sufficiente",
        "coscenza": "coscienza",
        "qualcunaltro": "qualcun altro",
        "accellerare": "accelerare",
        "metereologico": "meteorologico",
        "celebrale": "cerebrale",
        "areoporto": "aeroporto",
        "redarre": "redigere",
        # frequent on the web, so the broad word list would let them through
        "disaggio": "disagio",
        "sucesso": "successo",
        "efficenza": "efficienza",
        "cosidetto": "cosiddetto",
        "perfavore": "per favore",
        "pressapoco": "pressappoco",
        "accelleratore": "acceleratore",
        "conoscienza": "conoscenza",
        "aquistare": "acquistare",
        "aquisto": "acquisto",
        "eccezzionale": "eccezionale",
        "qualcosaltro": "qualcos'altro",
        "ingegniere": "ingegnere",
        "igene": "igiene",
    },
    "en": {
        "alot": "a lot",
        "recieve": "receive",
        "untill": "until",
        "wich": "which",
        "definately": "definitely",
        "seperate": "separate",
        "accomodation": "accommodation",
        "occured": "occurred",
        "adress": "address",
        "tommorow": "tomorrow",
        "tomorow": "tomorrow",
        "wether": "whether",
        "begining": "beginning",
        "beleive": "believe",
        "calender": "calendar",
        # contractions without their apostrophe
        "dont": "don't",
        "doesnt": "doesn't",
        "didnt": "didn't",
        "isnt": "isn't",
        "wasnt": "wasn't",
        "arent": "aren't",
        "werent": "weren't",
        "couldnt": "couldn't",
        "wouldnt": "wouldn't",
        "shouldnt": "shouldn't",
        "havent": "haven't",
        "hasnt": "hasn't",
        "hadnt": "hadn't",
        "youre": "you're",
        "theyre": "they're",
        "ive": "I've",
        "youve": "you've",
        "weve": "we've",
        "theyve": "they've",
    },
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Two entries are also participles: avvolte of avvolgere ("erano avvolte nel mistero") and
# apposto of apporre ("ha apposto la firma"). Beside their auxiliary, or avvolte before the
# preposition that says what wraps, they are the verb; elsewhere the common slip ("Avvolte
# capita", "è tutto apposto"). "È apposto" stays a slip: both readings take essere.
_ESSERE = _words(
    "è sono era erano sia siano sarà saranno fosse fossero stato stata stati state essere "
    "essendo viene vengono veniva venivano venne vennero rimane rimangono restano"
)
_AVERE = _words(
    "ho hai ha abbiamo avete hanno avevo aveva avevano abbia abbiano avrà avranno avere aver avendo"
)
_WRAPPED_IN = _words(
    "in nel nella nei nelle negli nello nell' da dal dalla dai dalle dagli dallo dall' tra fra"
)


def used_as_participle(low: str, before: str, after: str) -> bool:
    """Return True when a listed Italian word that is also a participle reads as one here."""
    if low == "avvolte":
        return before in _ESSERE or before in _AVERE or after in _WRAPPED_IN
    if low == "apposto":
        return before in _AVERE
    return False
