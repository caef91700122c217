"""Insult, abuse and threat lexicons for French, German and English (data, not code).

Entries are written plainly; ``abuse.py`` normalises them and the text the same way (accents folded, leetspeak
mapped, repeated letters collapsed), so one entry also catches "c0nnard", "connnnard" or "c.o.n.n.a.r.d".
A trailing ``*`` makes the entry a prefix ("encul*" catches "enculé", "enculer"). Entries shorter than five letters
after normalisation are only applied when the text is in that entry's language (a French "con" is not an English
word, but an English "cone" would collide with a collapsed "conne").
THREATS are regular expressions over the folded text (accents stripped, lower case).
"""

from __future__ import annotations

INSULTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "con", "conne", "connard", "connasse", "conasse", "abruti*", "debile*", "cretin*", "idiot*", "imbecile*",
        "salaud*", "salope*", "salopard*", "ordure*", "encul*", "enfoire*", "batard*", "pute", "putes", "putain",
        "merdeux", "merdeuse", "trou du cul", "tete de con", "fils de pute", "ta gueule", "ferme ta gueule",
        "pauvre type", "sous-merde", "raclure*", "pourriture*", "tocard*", "bouffon*", "guignol*",
        "nique ta mere", "pd", "pede", "tapette*", "gogol*", "attarde*",
    ),
    "de": (
        "arschloch*", "arsch", "idiot*", "depp*", "vollidiot*", "trottel*", "wichser*", "hurensohn*", "hure*",
        "schlampe*", "fotze*", "missgeburt*", "spast", "spasti*", "vollpfosten*", "penner*",
        "drecksau*", "dreckskerl*", "mistkerl*", "schwachkopf*", "dummkopf*", "blodmann*", "blodian*",
        "halt die fresse", "halts maul", "verpiss dich", "fick dich", "scheisskerl*", "kanake*", "schwuchtel*",
    ),
    "en": (
        "idiot*", "moron*", "imbecile*", "stupid", "dumbass*", "asshole*", "arsehole*", "bastard*", "bitch*",
        "cunt*", "dickhead*", "fuck you", "fuck off", "motherfucker*", "fucker*", "shithead*", "scumbag*",
        "retard*", "twat*", "wanker*", "prick", "douchebag*", "piece of shit", "shut up", "loser*", "slut*",
        "whore*", "faggot*", "fag", "jackass*",
    ),
}

# Entries that are ordinary words in another of our languages: applied only to texts in their own language.
FALSE_FRIENDS: frozenset[str] = frozenset({"retard*", "idiot*", "imbecile*", "stupid", "depp*", "penner*"})

THREATS: dict[str, tuple[str, ...]] = {
    "fr": (
        r"\bje (?:vais|vas|te vais) (?:te |vous )?(?:tuer|buter|crever|egorger|defoncer|frapper)",
        r"\b(?:on|je) (?:va|vais) (?:te|vous) (?:faire la peau|retrouver)",
        r"\b(?:tu|vous) (?:merite|meritez|merites) (?:de )?(?:mourir|crever)",
        r"\bcreve\b",
    ),
    "de": (
        r"\bich (?:bringe|bring|werde) (?:dich|euch) (?:um|umbringen|toten|fertigmachen)",
        r"\b(?:du|ihr) (?:solltest|solltet|sollst) (?:sterben|verrecken)",
        r"\bverreck\w*",
    ),
    "en": (
        r"\bi(?:'ll| will| am going to|'m going to|m gonna| gonna) (?:kill|hurt|shoot|stab|beat|find) (?:you|u)\b",
        r"\byou (?:should|deserve to|ought to) (?:die|be killed|be shot)",
        r"\bkill yourself\b|\bkys\b",
    ),
}
