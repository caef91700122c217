"""Refusal rules added for cross-language parity (policy 1.2): the fr, de or en form of a refusal that another
language's rule already caught. Same format as :data:`communs.core.neutrality.rules._RULES_SRC`, into which they are
merged (before the generic "opinion" rules); written for precision on the answerable look-alikes of the policy.
"""

from __future__ import annotations

_X = r"[^.?!]"

_LABELS_DE = (r"(rechtsextrem|linksextrem|rechtsradikal|linksradikal|extremistisch|rassistisch|faschistisch|"
              r"populistisch|radikal|kommunistisch|antisemitisch|demokratiefeindlich|verfassungsfeindlich)\w*")

PARITY_RULES_SRC: list[tuple[str, str | None, str]] = [
    # ------------------------------------------------------------------ labels ("would you call X ... ?")
    ("label.de.bezeichnen", "label",
     r"\b(als|fur)\b" + _X + r"{0,40}\b" + _LABELS_DE + _X + r"{0,30}\b(bezeichnen|nennen|einstufen|einordnen|"
     r"halten)\b"),
    # ------------------------------------------------------------------ voting advice
    ("voting_advice.en.who_should_group", "voting_advice",
     r"\bwho(m)? (should|ought to|must)\b" + _X + r"{0,30}\bvote\b(?! by| in| at| early| online| from| abroad)|\bshould i (go|vote) (against|differently|"
     r"otherwise|the same)\b|\bwhat (would|do|does) (a|an) (typical|average|normal)\b" + _X + r"{0,40}\bvote\b"),
    ("voting_advice.fr.qui_soutenir", "voting_advice",
     r"\bqui (soutenir|choisir|elire)\b|\bpour qui\b" + _X + r"{0,30}\b(devrai\w*|doi\w*|faut)\b|"
     r"\b(devrais|dois)(-je)? voter (autrement|pareil|comme)\b|\b(je devrais|devrais-je|dois-je|je dois) "
     r"(choisir|prendre|soutenir|elire) (un|une|le|la|les)\b"),
    ("voting_advice.en.split_votes", "voting_advice",
     r"\bhow (should|shall|ought) (i|we)\b" + _X + r"{0,10}\b(split|divide|share|distribute|use)\b" + _X
     + r"{0,30}\b(two |both |my |our )?votes\b"),
    ("voting_advice.fr.repartir", "voting_advice",
     r"\bcomment (devrais-je|dois-je|je devrais|je dois|faut-il) (repartir|partager|diviser|utiliser)\b" + _X
     + r"{0,60}\b(deux |mes )?voix\b"),
    ("voting_advice.de.aufteilen", "voting_advice",
     r"\bwie (sollte|soll|muss) ich\b" + _X + r"{0,40}\b(stimmen|erststimme|zweitstimme)\b" + _X
     + r"{0,60}\b(aufteilen|verteilen|vergeben|nutzen|splitten)\b"),
    ("voting_advice.de.hilf_entscheiden", "voting_advice",
     r"\bhilf mir\b" + _X + r"{0,60}\b(zu )?entscheiden\b|\bwen (unterstutze|wahle|nehme|ankreuze)\w* ich\b|"
     r"\bwas (wurde|wurden|wahlt|wahlen)\b (ein|eine|einer|der|die|jemand|leute|menschen)\b" + _X
     + r"{0,50}\bwahlen\b|\bwelche[nr]? (partei|kandidat\w*|liste)\b" + _X + r"{0,40}\b(sollte\w*|soll|sollen)\b" + _X
     + r"{0,40}\b(unterstutzen|wahlen|nehmen|empfehlen)\b|\bwelche\w*\b" + _X + r"{0,40}\b(sollen|soll|sollten) "
     r"(wir|ich)\b" + _X + r"{0,20}\bempfehlen\b"),
    ("voting_advice.en.abstain", "voting_advice",
     r"\b(should|shall|ought to) (i|we)\b" + _X + r"{0,20}\b(abstain|spoil\w*|stay (at )?home|not vote)\b"),
    ("voting_advice.fr.abstenir", "voting_advice",
     r"\b(dois-je|devrais-je|je devrais|je dois|faut-il que je)\b" + _X + r"{0,20}\b(m'abstenir|voter blanc|"
     r"voter nul|rester chez moi|ne pas voter)\b"),
    ("voting_advice.de.enthalten", "voting_advice",
     r"\b(soll|sollte) ich\b" + _X + r"{0,30}\b(enthalten|ungultig wahlen|zu hause bleiben|nicht wahlen)\b"),
    # ------------------------------------------------------------------ judgements of candidates
    ("candidate_judgement.fr.hauteur", "candidate_judgement",
     r"\b(est|sont|serait)(-il|-elle|-ils|-elles)?\b" + _X + r"{0,40}\b(a la hauteur|de taille)\b"),
    ("candidate_judgement.de.gewachsen", "candidate_judgement",
     r"\b(ist|sind|ware)\b" + _X + r"{0,40}\b(gewachsen)\b"),
    # ------------------------------------------------------------------ ranking and evaluation
    ("ranking.en.parity", "ranking",
     r"\b(gets?|got)\b" + _X + r"{0,30}\bright\b(?! to\b)|\bworth (anything|something|the paper)\b|"
     r"\b(plan|programme|program|proposal|policy|idea|manifesto)s?\b" + _X + r"{0,40}\b(a good idea|a bad idea|"
     r"any good)\b|\bwhose\b" + _X + r"{0,40}\b(best|smartest|most \w+|worst)\b|\b(order|rank\w*)\b" + _X
     + r"{0,30}\bfrom (the )?best\b"),
    ("ranking.fr.parity", "ranking",
     r"\bvaut(-il|-elle)? (quelque chose|rien)\b|\bdu meilleur au (pire|moins bon)\b|\bclasse\w*\b" + _X
     + r"{0,40}\b(meilleur|pire)\b"),
    ("ranking.de.parity", "ranking",
     r"\bliegt\b" + _X + r"{0,30}\brichtig\b|\bvo(m|n) (besten|beste) (zum|bis zum) schlechtesten\b|"
     r"\breihenfolge\b" + _X + r"{0,40}\b(besten|schlechtesten|beste)\b|\bwas ist (gut|positiv) und was "
     r"(ist )?(schlecht|negativ)\b|\bverdient\w*\b" + _X + r"{0,15}\bzu (regieren|gewinnen)\b"),
    # ------------------------------------------------------------------ promotion
    ("promotion.en.motivate", "promotion",
     r"\b(write|draft|compose|create|make|give me)\b" + _X + r"{0,50}\b(speech|post|message|letter|flyer)s?\b" + _X
     + r"{0,30}\bto (motivate|mobili[sz]e|rally|fire up)\b"),
    ("promotion.de.motivieren", "promotion",
     r"\b(schreib|verfasse|entwirf|erstelle|mach|gib mir)\w*\b" + _X + r"{0,50}\b(rede|post|nachricht|brief|"
     r"flyer)\w*" + _X + r"{0,60}\b(motivieren|mobilisieren|anfeuern)\b"),
    # ------------------------------------------------------------------ misinformation
    ("misinformation.en.spread", "misinformation",
     r"\b(spread the word|let everyone know|tell everyone)\b" + _X + r"{0,60}\b(polls?|polling stations?|"
     r"election|vote|voting)\b" + _X + r"{0,40}\b(closed|close|moved|cancell?ed|postponed)\b"),
    ("misinformation.de.schliessen", "misinformation",
     r"\b(schreib\w*|verfass\w*|verbreit\w*|poste|sag allen)\b" + _X + r"{0,80}\bwahllokal\w*\b" + _X
     + r"{0,40}\bschliessen\b"),
]
