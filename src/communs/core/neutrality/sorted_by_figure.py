"""The parties sorted by a figure of their own programmes (session 24; moved out of ``rule_exceptions`` in session 43,
which had grown past the house limit on a module's length): "classer les partis selon le montant qu'ils prévoient de
consacrer à la défense, d'après leurs programmes", "Sortier die Parteien nach dem Jahr, in dem sie laut eigenem Programm
klimaneutral werden wollen", "rank the parties by the minimum wage in their manifestos, highest first". An order by what
the parties themselves state is no ranking of the parties: ``rule_exceptions`` keeps the ranking rules off it, and the
intent ``comparison.any.sorted_by_figure`` (``intents_facts``) answers it. Works on folded text (``rules.prepare``).
"""

from __future__ import annotations

import re

# The parties sorted by a figure of their own programmes (session 24): "classer les partis selon le montant qu'ils
# prévoient de consacrer à la défense, d'après leurs programmes"
SORTED_BY_FIGURE = re.compile(
    # (session 45: also "rank", "Can you rank the parties by the year their manifestos say they'll hit net zero?")
    r"\b(classe\w*|range\w*|trie\w*|sort|order|rank|sortier\w*|ordne\w*)\b[^.?!]{0,60}\b(selon|d'apres|par|by|according to|"
    r"nach)\b[^.?!]{0,10}\b(le montant|la somme|combien|le nombre|le chiffre|le budget|le niveau|le taux|la hauteur|"
    r"the (amount|level|size|number|figure|rate|height)|how (much|many|high)|(der|die) (hohe|summe|anzahl|zahl)|dem betrag|"
    # (session 36) "Classe les partis selon l'âge de départ à la retraite qu'ils proposent"; (session 38) a year:
    # "Sortier die Parteien nach dem Jahr, in dem sie laut eigenem Programm klimaneutral werden wollen"
    r"l'age|the age|dem alter|das alter|l'annee|the (target )?year|dem (ziel)?jahr|das (ziel)?jahr)"
    r"\b|\b(classe\w*|range\w*|trie\w*|sort|order|rank|sortier\w*|ordne\w*)\b[^.!]{0,140}\b(du plus (bas|haut|faible|petit|"
    r"eleve) au plus (bas|haut|faible|petit|eleve)|(from )?(the )?(lowest|highest|smallest|largest|low|high) to (the )?"
    r"(lowest|highest|smallest|largest|low|high)|von (niedrig|hoch|gering)\w* (nach|zu|bis) (niedrig|hoch|gering)\w*|"
    r"(auf|ab)steigend|(de|)croissant|vom (hochsten|niedrigsten|grossten|kleinsten) zum (hochsten|niedrigsten|grossten|"
    r"kleinsten))\b|"
    # (session 26) "classer les partis du montant proposé le plus élevé au plus bas"
    r"\b(classe\w*|range\w*|trie\w*|sort|order|sortier\w*|ordne\w*)\b[^.?!]{0,40}\bdu (montant|chiffre|taux|niveau|salaire|"
    r"budget|nombre|s[m]ic|salaire minimum)\b[^.?!]{0,30}\ble plus (eleve|haut|bas|faible|petit|gros|important) au plus\b|"
    # (session 25) the figure each party names in its own programme, the verb before or after: "Könnten Sie die Parteien
    # nach der Höhe der Mindestrente ordnen, die jede in ihrem Programm nennt?"
    r"^(?=.*\b(classe\w*|range\w*|trie\w*|sort|order|rank|list|sortier\w*|ordne\w*)\b).*\b(die|den|das|que|qu'|that|"
    r"which) (sie|jede|jeder|chacun|chaque parti|each( one| party)?|they|ils)\b[^.?!]{0,50}\b(nennt|nennen|angibt|"
    r"angeben|beziffert|beziffern|citent|cite|indiquent|indique|chiffrent|chiffre|names?|states?|gives?|puts? "
    r"forward|fordert|fordern|vorschlagt|vorschlagen|vorsieht|vorsehen|verspricht|versprechen|proposent|propose|"
    # (session 35: "…, die sie laut Programm pro Jahr bauen wollen")
    r"promettent|promet|prevoient|prevoit|proposes?|promises?|pledges?|wollen|planen)\b|"
    # (session 28) "die Parteien danach sortieren, wie viele Sozialwohnungen sie laut Programm bauen wollen"
    r"\bdanach (zu )?(sortier\w*|ordn\w*|reih\w*)\b,? (wie (viele?|hoch)|in welchem jahr|(ab |bis )?wann)\b|"
    # (session 45) "… bis wann sie laut Programm klimaneutral werden wollen – vom frühesten zum spätesten Jahr"
    r"\b(classe\w*|range\w*|trie\w*|sort|order|rank|sortier\w*|ordne\w*)\b[^.!]{0,140}\b(vom (fru[h]es[t]en|spa[t]es[t]en) zum "
    r"(fru[h]es[t]en|spa[t]es[t]en)|(from )?(the )?(ear[l]ie[s]t|lat[e]st) to (the )?(ear[l]ie[s]t|lat[e]st)|de la plus (pro[c]he|"
    r"loi[n]ta[i]ne) a la plus (pro[c]he|loi[n]ta[i]ne))\b|"
    # (session 35) the verb first: "Sortier die Parteien danach, wie viele Milliarden sie laut eigenem Wahlprogramm in
    # die Bahn stecken wollen"
    r"\b(sortier\w*|ordne\w*|reih\w*)\b[^.?!]{0,40}\bdanach,? wie (viele?|hoch)\b|"
    # (session 43) "rank the parties by the minimum wage in their manifestos, highest first", "Rank the parties by the voting
    # age their manifestos propose, lowest first"
    r"\b(rank|sort|order|classe\w*|range\w*|trie\w*|sortier\w*|ordne\w*)\b[^.?!]{0,100}\b(manifesto|pro[g]r[a]mm?e|program|"
    r"wahlprogramm|programme)s?\b[^.?!]{0,40}\b(highest|lowest|smallest|largest|yo[u]n[g]est|ol[d]est|ea[r]l[i]est|latest) first\b|"
    r"\b(rank|sort|order)\b[^.?!]{0,60}\b(highest|lowest|smallest|largest|yo[u]n[g]est|ol[d]est|ea[r]l[i]est|latest) first\b[^.?!]{0,40}"
    r"\b(manifesto|pro[g]r[a]mm?e|program)s?\b|"
    # (session 43) the verb last: "Kannst du die Parteien nach dem Jahr sortieren, in dem sie laut Programm …"
    r"\bnach (dem (ziel)?jahr|der (hohe|summe|anzahl|zahl)|dem (betrag|alter))\b[^.?!]{0,30}\b(sortier\w*|ordn\w*|reih\w*)\b")
