"""Refusal rules for columns to fill in a table of parties or candidates (sessions 42-43; moved out of ``rules_clauses``
in session 43, which had grown past the house limit on a module's length, and merged back into its rules at the same
place): a column of labels ("extrême : oui / non"), of verdicts ("réaliste ? (oui/non)"), where the assistant places each
party ("a column where YOU place each one: far left, …, far right"), or with its own estimate ("ajoute une colonne avec ton
estimation pour la prochaine"). Same format as ``rules._RULES_SRC``; no typo-repair targets
(``rules_clauses.CLAUSES_NO_REPAIR``).
"""

from __future__ import annotations

_X = r"[^.?!]"

COLUMN_RULES_SRC: list[tuple[str, str | None, str]] = [
    # (session 42) a column of labels to fill in: "ajoute une colonne « extrême : oui / non » et remplis-la pour chaque
    # liste", "add a column 'extremist: yes / no'"
    ("label.any.label_column", "label",
     r"\b(colonnes?|columns?|\w*spalten?)\b" + _X + r"{0,40}\b(extrem\w*|rechtsextrem\w*|linksextrem\w*|populist\w*|"
     r"radikal\w*|radical\w*|far[- ](right|left)|racist\w*|raciste\w*|rassist\w*|fascist\w*|faschist\w*)\b" + _X
     + r"{0,20}\b(oui|yes|ja|non|no|nein|[yjo] ?/ ?n)\b"),
    # (session 43) a column where the assistant places each party, and one with its own estimate: "… with a column where YOU
    # place each one: far left, left, centre, right, far right", « … ajoute une colonne avec ton estimation pour la prochaine »
    ("label.any.you_place_column", "label",
     r"\b(columns?|colonnes?|\w*spalten?)\b" + _X + r"{0,40}\b(where|ou|wo|in der)\b" + _X + r"{0,10}\b(you|tu|du)\b" + _X
     + r"{0,10}\b(place|places|classes|ranges|einordnest|einsortierst|verortest)\b"),
    ("prediction.any.estimate_column", "prediction",
     r"\b(columns?|colonnes?|\w*spalten?)\b" + _X + r"{0,20}\b(avec |with |mit )?(ton|ta|your|deine[rn]?|eure[rn]?) (own |propre )?"
     r"(estimations?|estimates?|schat[z]ung\w*|prog[n]ose\w*|pronostics?|previsions?|forecasts?|predictions?|guess\w*)\b"),
    # (session 43) a column of verdicts to fill in: "parti | âge de départ proposé | réaliste ? (oui/non)"
    ("ranking.any.verdict_column", "ranking",
     r"\b(realist\w*|credible|glaubwurdig|serieux|serious|finan[c]able|finanzierbar|faisable|feasible|mac[h]bar)\b\s*\??\s*"
     r"[(:]?\s*(oui|yes|ja)\s*/\s*(non|no|nein)\b"),
]
