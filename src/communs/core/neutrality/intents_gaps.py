"""Answerable-intent rules that fill a gap in one language (session 14).

Where an intent had a rule in two languages and none in the third, its translation went to the model and was often
decided differently. The rules here fill such a gap in the one language that lacked it; the other two languages'
rules already exist elsewhere (their wordings are quoted in each comment), so unlike :mod:`intents_parity` a rule here is not written in
three languages. They are merged into :data:`communs.core.neutrality.intents._INTENTS_SRC` like the others (same
vetoes; ``programme.fr.qu_a_promis`` needs a political word, see ``intents._NEED_POLITICAL_RULES``).
"""

from __future__ import annotations

_X = r"[^.?!:]"

GAP_SRC: list[tuple[str, str, str]] = [
    # "Will die Parti animaliste die Jagd verbieten?" (en "Does X want to…", fr "X veut-il…"); a German function word
    # keeps English "Will Labour win?" out of it, and winning or losing is left to the forecast rules and the model
    ("programme.de.will", "programme",
     r"^(und |also |aber )?(will|wollen|mochte|mochten) (?!(ich|wir|du|ihr|man|i|you|we|they|he|she|it|the|a|an|there|"
     r"this|that)\b)(?!" + _X + r"{0,80}\b(gewinn\w*|sieg\w*|verlier\w*)\b)(?=" + _X + r"{0,80}\b(die|der|das|den|"
     r"dem|fur|mit|auf|von|zum|zur|im|am|eine?n?|nicht|mehr|weniger|abschaffen|einfuhren)\b)" + _X
     + r"{1,100}\b\w+(en|ern|eln)\s*\?"),
    # "Qu'a promis Marianne Keller sur les crèches ?", "qu'avait promis le RN sur le numérique ?"
    ("programme.fr.qu_a_promis", "programme",
     r"\bqu'(a|avait|ont|avaient)(-t-il|-t-elle|-ils|-elles)? (promis|propose|dit|prevu|annonce|defendu|"
     r"revendique)\b"),
    # "How old do you have to be to vote in the Brandenburg state election?" (de "Ab wie vielen Jahren darf man…",
    # fr "À partir de quel âge peut-on voter…")
    ("procedure.en.age", "procedure",
     r"\bhow old (do|does|must|should) (you|i|one|someone|people|a person|voters?) (have to |need to |got to )?be\b"
     + _X + r"{0,40}\b(vote|voting|stand|run|register)\b|\b(what|which) (is the )?(minimum |voting )?age\b" + _X
     + r"{0,30}\b(vote|voting|stand|run)\b"),
]
