"""What the electoral rules decide after the vote, asked with no party named (moved out of ``rule_exceptions`` in
session 36): a vote for a list below the threshold, what follows "automatically" from a result, who wins or governs
when no one has a majority. ``intents_facts`` answers them as ``electoral_system`` questions and ``rule_exceptions`` keeps
the forecast and advice rules off them ("Will the CDU automatically form the government?" stays a forecast).
"""

from __future__ import annotations

from communs.core.neutrality.names import folded_party_alternation

# (session 34) what becomes of a vote for a party below the threshold: "si le parti pour lequel je vote fait moins de
# 5%, ma voix est perdue ?", "if the party i vote for doesnt make 5%, is my vote just gone?" (also read by
# ``intents_facts``: an electoral-system question)
BELOW_THRESHOLD_SRC = (r"^(?!.*\b(should|ought|devrai\w*|dois|doit|sollte\w*|soll|pour qui|who|whom|wen|which|quel(le)?s?|"
                       r"welche\w*|instead|plutot|stattdessen|better|mieux|besser)\b).*"
                       r"\b(si|if|wenn|falls) (le parti|la liste|the party|the list|die partei|die liste|my party|mon parti|"
                       r"meine partei)\b[^.?!]{0,40}\b(vote|wahle|choose|choisis)\b[^.?!]{0,40}\b(moins de|under|below|less "
                       r"than|doesn'?t? (make|reach|get|clear)|does not (make|reach|get|clear)|unter|nicht (uber|auf)|"
                       r"n'atteint pas|ne fait pas)\b[^.?!]{0,20}(\b(cinq|five|funf)\b|\b5 ?(%|pour ?cent|percent|prozent))|"
                       # (session 35) a list that gets a figure below it: "Si je vote pour une liste qui fait 3 % aux
                       # européennes, ma voix part où ?"
                       r"^(?!.*\b(should|ought|devrai\w*|dois|doit|sollte\w*|soll|pour qui|whom|wen|instead|plutot|stattdessen|"
                       r"better|mieux|besser)\b).*\b(si|if|wenn|falls) (je vote|i vote|ich wahle|j'ai vote|i voted|ich "
                       r"gewahlt habe)\b[^.?!]{0,40}\b(qui|that|which|die|who)\b[^.?!]{0,15}\b(fait|gets|makes|bekommt|holt|"
                       r"erreicht|only gets|ne fait que|nur)\b[^.?!]{0,10}\b[1-4]([.,]\d)? ?(%|pour ?cent|percent|prozent)|"
                       # (session 36) where one's vote goes when one's list gets such a figure: "ma voix pour une liste a
                       # 3% elle part ou", "J'ai voté pour une liste qui a fait 3 %. Ma voix, elle est partie où ?"
                       r"^(?!.*\b(should|ought|devrai\w*|dois|doit|sollte\w*|soll|pour qui|whom|wen|instead|plutot|stattdessen|"
                       r"better|mieux|besser)\b)(?=.*\b[1-4]([.,]\d)? ?(%|pour ?cent|percent|prozent))(?=.*\b(liste|list|"
                       r"party|parti|partei)\b).*(\b(ma voix|my vote|meine stimme|mon vote)\b[^.?!]{0,30}\b(part|partie|passe|devient|"
                       r"happens?|go(es)?|gone|geht|passiert|bleibt|verloren|perdue?|lost|wasted)\b|\b(passe|happens?|"
                       r"passiert)\b[^.?!]{0,20}\b(ma voix|my vote|meine stimme|mon vote)\b)")
# (session 33) what happens by rule after the vote, no party named: "does the strongest party automatically form the
# government?", "Wird der Spitzenkandidat der stärksten Fraktion automatisch Präsident?" ("Will the CDU automatically
# form the government?" stays a forecast)
# (session 35: also "forcément", "Le parti qui a le plus de députés obtient-il forcément Matignon ?")
_AUTOMATIC = r"\b(automatically|automatiquement|automatisch|d'office|forcement|necessarily|zwangslaufig)\b"
_OUTCOME = (r"\b(government|gouvernement|regierung\w*|chancel\w*|kanzler\w*|president\w*|prasident\w*|premier ministre|"
            r"matignon|downing street|kanzleramt|"
            r"prime minister|seats?|sieges?|sitz\w*|mandat\w*)\b")
# (session 38) "Reform" as a party's subject, not the common noun: "If Reform come first, do they automatically …?"
REFORM_AS_PARTY = r"reform (comes?|wins?|tops?|finish\w*|gets?|is the (largest|biggest))\b"
BY_RULE_AFTER_SRC = (r"^(?!.*(?<!\w)(" + folded_party_alternation() + r"|" + REFORM_AS_PARTY + r")(?!\w))(?=.*(" + _AUTOMATIC + r"[^.?!]{0,60}" + _OUTCOME + "|" + _OUTCOME
                     + r"[^.?!]{0,30}" + _AUTOMATIC + "))")
# (session 35) who wins or governs under the rules when no one has a majority, no party named: "Wer gewinnt eigentlich,
# wenn im ersten Wahlgang niemand über 50 % kommt?", "In a run-off with three candidates left, who wins? Do they need over
# 50%?", "Wenn keine Partei die Mehrheit hat: Wie läuft die Regierungsbildung ab und wer wird dann Kanzler?"
NO_MAJORITY_SRC = (r"^(?!.*(?<!\w)(" + folded_party_alternation() + r")(?!\w))(?=.*\b(wins?|winner|gagne\w*|gewinnt|"
                   r"gewinner|wer wird|who becomes|qui devient|qui est elu\w*|who is elected|wer ist gewahlt)\b)(?=.*(\b(if|"
                   r"when|wenn|falls|si|quand|lorsque?)\b[^.?!]{0,40}\b(nobody|no one|no candidate|no party|niemand|keine[rn]?"
                   r"( partei| kandidat\w*)?|personne|aucun\w*)\b[^.?!]{0,40}\b(50|majority|mehrheit|majorite|absolute?)|"
                   # (session 36) "keiner hat ne mehrheit, wer wird dann kanzler"
                   r"^(nobody|no one|no party|keiner|niemand|keine partei|personne|aucun parti) (has|gets|hat|kriegt|bekommt|"
                   r"n'a) (a |an |the |ne |eine |die |la |une )?(absolute |absolue )?(majority|mehrheit|majorite)\b|"
                   # (session 36) "Wie funktioniert die Stichwahl bei der Bürgermeisterwahl, und wer gewinnt am Ende?"
                   r"\b(wie funktioniert|how does|how do|comment fonctionne|comment marche)\b[^.?!]{0,20}\b(die |the |le |"
                   r"la )?(stichwahl|run-?offs?|second round|second tour|ballottage)\b|\b(need|"
                   r"needs|brauch\w*|faut-il|faut|doit|doivent|muss|mussen)\b[^.?!]{0,20}\b(over|more than|uber|mehr als|plus de)"
                   r" (50|half|die halfte|la moitie)))")
