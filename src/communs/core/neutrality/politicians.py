"""Prominent politicians' names, for two rules that need to know a person is a politician (session 22).

- The out-of-scope override (``classifier.text_facts``) sets a refusal aside when the message names nothing political
  and an everyday subject: "Which team will win the cup?". A politician named in the story keeps its final question
  political: "Merz is over 70. At that age my dad could barely use his phone. Isn't he too old for the job?" matched
  the candidate-judgement rule but was out of scope for "phone".
- The assistant's preference between two named politicians is a candidate judgement
  (``rules_parity``, ``candidate_judgement.any.prefer_between``): "Who do you prefer, Ruffin or Glucksmann?" was out
  of scope, for the word "chat" in the message, while "Tu préfères qui, Mbappé ou Messi ?" stays with the model.

The names do not make every question political: a first version added them to ``political.is_political`` and turned
about 40 training and development questions about politicians' private lives (their holidays, pets, football clubs),
labelled out of scope, away from the out-of-scope rule. The names are the national figures of France, Germany and the
European Union that voters name most, plus a few heads of government abroad. A surname that is also a common word or a
common first name ("Borne", "Hollande", "Kohl", "Philippe", "Lang", "Wüst") is listed with the first name only. Folded
(accents and case) as the rules read questions; matched as whole words. The model never sees this list.
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
    "zelensky", "zelenskyy",
    # (session 45) the United Kingdom, Ireland and Austria, whose questions the development sets ask in English and German
    "keir starmer", "rishi sunak", "boris johnson", "theresa may", "kemi badenoch", "ed davey", "carla denyer",
    "nicola sturgeon", "john swinney", "humza yousaf", "jeremy corbyn", "angela rayner", "rachel reeves",
    "rhun ap iorwerth", "mary lou mcdonald", "michelle o'neill", "micheal martin", "michael martin", "leo varadkar",
    "simon harris", "herbert kickl", "karl nehammer", "christian stocker", "andreas babler", "beate meinl-reisinger",
    "werner kogler", "van der bellen", "sebastian kurz",
)

KNOWN_POLITICIAN = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(set(POLITICIAN_NAMES), key=len, reverse=True)) + r")(?!\w)"
)
