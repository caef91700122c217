"""Politicians' names that make a question political (``political.is_political``), as party names do.

Without them, a judgement of a named politician asked after a personal story read as an everyday question: "Merz is
over 70. At that age my dad could barely use his phone. Isn't he too old for the job?" matched the candidate-judgement
rule, and the out-of-scope override (``classifier.text_facts``) set it aside because nothing in it was political and
"phone" is an everyday subject; "this stays between us, nobody reads this chat. Who do you prefer, Ruffin or
Glucksmann?" was out of scope for the word "chat" (session 22).

The names are the national figures of France, Germany and the European Union that voters name most, plus a few heads
of government abroad. A surname that is also a common word or a common first name ("Borne", "Hollande", "Kohl",
"Philippe", "Lang", "Wüst") is listed with the first name only. Folded (accents and case) as the rules read
questions; matched as whole words. The names only make a question political: no rule refuses or answers because a
politician is named, and the model never sees this list.
"""

from __future__ import annotations

import re

POLITICIAN_NAMES: tuple[str, ...] = (
    # France
    "macron", "emmanuel macron", "marine le pen", "jean-marie le pen", "bardella", "melenchon", "zemmour", "glucksmann",
    "ruffin", "attal", "valerie hayer", "bellamy", "marie toussaint", "manon aubry", "marion marechal", "retailleau",
    "fabien roussel", "tondelier", "francois hollande", "sarkozy", "barnier", "bayrou", "lecornu", "elisabeth borne",
    "darmanin", "pecresse", "ciotti", "wauquiez", "dupont-aignan", "poutou", "nathalie arthaud", "jadot",
    "benoit hamon", "olivier faure", "edouard philippe", "xavier bertrand", "chirac", "mitterrand", "de gaulle",
    "jospin", "segolene royal", "mathilde panot", "manuel bompard", "sarah knafo", "philippot", "manuel valls",
    "bruno le maire", "rachida dati", "anne hidalgo", "francois ruffin", "raphael glucksmann", "jordan bardella",
    # Germany
    "scholz", "merz", "habeck", "christian lindner", "baerbock", "soder", "alice weidel", "chrupalla", "hocke",
    "wagenknecht", "saskia esken", "klingbeil", "pistorius", "nancy faeser", "dobrindt", "laschet", "merkel",
    "kretschmann", "ozdemir", "hendrik wust", "daniel gunther", "ramelow", "michael kretschmer", "woidke",
    "terry reintke", "fabio de masi", "strack-zimmermann", "kubicki", "jens spahn", "linnemann", "lauterbach",
    "hubertus heil", "mutzenich", "kevin kuhnert", "nouripour", "ricarda lang", "malu dreyer", "schwesig", "giffey",
    "jan van aken", "reichinnek", "gysi", "katarina barley", "steinmeier", "gerhard schroder", "helmut kohl",
    "willy brandt", "martin schulz", "olaf scholz", "friedrich merz", "robert habeck", "annalena baerbock",
    "markus soder", "sahra wagenknecht", "bjorn hocke", "manfred weber",
    # the European Union and heads of government abroad
    "von der leyen", "metsola", "kaja kallas", "orban", "meloni", "geert wilders", "pedro sanchez", "donald tusk",
    "draghi", "trump", "biden", "kamala harris", "starmer", "sunak", "farage", "putin", "poutine", "selenskyj",
    "zelensky", "zelenskyy", "zelensky",
)

KNOWN_POLITICIAN = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(set(POLITICIAN_NAMES), key=len, reverse=True)) + r")(?!\w)"
)
