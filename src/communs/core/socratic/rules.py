"""Rules of the leading-question detector, per language (fr, de, en).

A question is *leading* when its form suggests the expected answer or brings in an opinion (Loftus & Palmer 1974 on
wording effects; the survey-methodology checklists of Schuman & Presser 1981 and Dillman et al. 2014 list the same
families used here):

- ``tag_question``: a statement with a tag that asks for agreement (", isn't it?", "n'est-ce pas ?", ", oder?");
- ``opinion_prompt``: asks the person to adopt a view ("don't you think", "ne pensez-vous pas", "finden Sie nicht");
- ``negative_question``: a yes/no question opened in the negative ("Wouldn't it be better", "Ne faudrait-il pas");
- ``why_not``: a proposal disguised as a question ("Why not just...", "Pourquoi ne pas", "Warum nicht einfach");
- ``presupposition``: takes a disputed premise as given ("Why is X so harmful?", "Given how bad X is");
- ``loaded_word``: a word that carries a verdict ("ridiculous", "évidemment", "Verschwendung");
- ``one_way_yes_no``: a yes/no question with an evaluative, comparative or intensifying word and no alternative
  ("Is it too expensive?", "Would a tax be better?", "Do you really think...");
- ``social_proof``: appeals to what others supposedly think ("most people", "les études montrent");
- ``side_not_raised`` (only with the contribution): the question brings in a side (cost, danger, unfairness...) that
  the author did not mention.

Each rule returns human-readable reasons; the same signal names are the rule features of the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communs.core.socratic.lexicon import folded, lexicon

SIGNALS = (
    "tag_question", "opinion_prompt", "negative_question", "why_not", "presupposition", "loaded_word",
    "one_way_yes_no", "social_proof",
)
CONTEXT_SIGNALS = ("side_not_raised",)
WEIGHTS = {
    "tag_question": 0.95, "opinion_prompt": 0.95, "negative_question": 0.85, "why_not": 0.85,
    "presupposition": 0.8, "loaded_word": 0.75, "one_way_yes_no": 0.7, "social_proof": 0.8, "side_not_raised": 0.7,
}


@dataclass(frozen=True)
class Hit:
    signal: str
    reason: str


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# Everything below runs on folded text (lower case, no accents, ' for apostrophes).
_PREAMBLE = {
    "en": _rx(r"^(?:(?:in your (?:view|opinion|experience)|to you|for you|honestly|so|and|then|now|ok|okay|well|"
              r"in your mind|from your point of view|from where you stand|as you see it)(?![\w'-])\s*,?\s*)+"),
    "fr": _rx(r"^(?:(?:selon vous|a votre avis|d'apres vous|pour vous|de votre point de vue|honnetement|alors|et|"
              r"donc|bon|en fait|concretement|a vos yeux)(?![\w'-])\s*,?\s*)+"),
    "de": _rx(r"^(?:(?:ihrer meinung nach|aus ihrer sicht|ihrer ansicht nach|nach ihrer einschatzung|ehrlich gesagt|"
              r"also|und|nun|na|konkret|fur sie|ihrer erfahrung nach)(?![\w'-])\s*,?\s*)+"),
}
_WH = {
    "en": frozenset("what which who whom whose why how where when whereabouts".split()),
    "fr": frozenset("que qu quoi qui quel quelle quels quelles pourquoi comment ou quand combien lequel laquelle "
                    "lesquels lesquelles".split()),
    "de": frozenset("was wer wen wem wessen warum wieso weshalb weswegen wie wo wann welche welcher welches welchen "
                    "welchem woran wofur womit wodurch worauf wovon woher wohin worin woruber wozu inwiefern "
                    "inwieweit".split()),
}
_EN_AUX = frozenset(
    "is are was were am do does did will would should could can shall may might must has have had isn't aren't "
    "wasn't weren't don't doesn't didn't won't wouldn't shouldn't couldn't can't hasn't haven't hadn't mustn't "
    "shan't".split()
)
_ALTERNATIVE = {"en": re.compile(r"\bor\b(?!\s+not\b)"), "fr": re.compile(r"\bou\b(?!\s+non\b)(?!\s+pas\b)"),
                "de": re.compile(r"\boder\b(?!\s+nicht\b)(?!\s*\?)")}

_TAG = {
    "en": _rx(r",\s*(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|shouldn't|couldn't|can't|"
              r"hasn't|haven't|is|are|does|do|did|will|would|have|has|can|could|should|was|were|must)"
              r"(?:\s+(?:it|they|we|you|he|she|there|this|that|i|one))?"
              r"\s*\?\s*$",
              r",\s*(?:right|correct|no|eh|surely|true|agreed|yes|huh|ok|okay|don't you think|wouldn't you say|"
              r"wouldn't you agree|don't you agree)\s*\?\s*$"),
    "fr": _rx(r"n'est-ce pas", r"n'est ce pas",
              r",\s*(?:non|pas vrai|hein|vrai|d'accord|si|c'est ca|oui|pas|vous ne trouvez pas|vous ne croyez pas|"
              r"vous ne pensez pas|je me trompe|on est d'accord|avouez|convenez-en)\s*\?\s*$"),
    "de": _rx(r"nicht wahr",
              r",\s*(?:oder|oder nicht|oder etwa nicht|gell|gelle|ne|nee|nicht|stimmt's|stimmts|stimmt das nicht|"
              r"richtig|ja|wahr|nicht so|finden sie nicht|meinen sie nicht|oder\s+\w+\s+nicht)\s*\?\s*$"),
}
_OPINION = {
    "en": _rx(r"\bdon't you (?:think|agree|feel|believe|find|see|want|accept)\b",
              r"\bdo you not (?:think|agree|feel|believe|see)\b", r"\bwouldn't you (?:agree|say|rather|prefer)\b",
              r"\bwould you not (?:agree|say)\b",
              r"\byou(?:'d| would| will|'ll)? (?:surely |certainly |must )?agree\b(?!.*\bor\b)",
              r"\b(?:isn't|is it not) (?:it )?true\b", r"\bcan(?:'t| not|not)? we (?:all )?agree\b",
              r"\byou (?:must|have to) (?:admit|agree|accept)\b", r"\badmit (?:it|that)\b",
              r"^(?:do|would|wouldn't) you agree (?:that|with me)\b(?!.*\bor\b)",
              r"\bare(?:n't)? you (?:convinced|persuaded) that\b"),
    "fr": _rx(r"\bne (?:pensez|trouvez|croyez|diriez|voyez|voulez|sentez)-vous pas\b",
              r"\bvous ne (?:pensez|trouvez|croyez|diriez|voyez|sentez) pas\b",
              r"\bne (?:penses|trouves|crois)-tu pas\b", r"\btu ne (?:penses|trouves|crois) pas\b",
              r"\bne seriez-vous pas d'accord\b", r"\b(?:etes-vous|vous etes|seriez-vous) d'accord (?:pour dire )?(?:que|qu')",
              r"\b(?:admettez|avouez|reconnaissez|convenez)(?:-le)?\b", r"\bn'est-il pas vrai\b",
              r"\bvous conviendrez\b", r"\bvous admettrez\b",
              r"\bvous etes (?:surement|certainement|bien) d'accord\b", r"\bne sommes-nous pas d'accord\b"),
    "de": _rx(r"\b(?:finden|meinen|glauben|denken|sehen|fuhlen) sie (?:das )?(?:denn )?nicht\b",
              r"\bsind sie nicht (?:auch )?(?:der meinung|der ansicht|einverstanden|uberzeugt)\b",
              r"\bwurden sie (?:mir )?nicht zustimmen\b", r"\bstimmen sie (?:mir )?(?:nicht )?zu,? dass\b",
              r"\bgeben sie (?:es )?zu\b", r"\bsie mussen (?:doch )?zugeben\b", r"\bsie werden (?:mir )?zustimmen\b", r"\bsie stimmen (?:mir )?(?:sicher|bestimmt|doch)\w* zu\b",
              r"\bist es nicht wahr\b", r"\bwollen sie (?:denn )?nicht\b", r"\bsind wir uns nicht einig\b",
              r"\b(?:findest|meinst|glaubst|denkst) du nicht\b", r"\bsie sind (?:doch )?sicher auch\b"),
}
_NEGATIVE = {
    "en": _rx(r"^(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|shouldn't|couldn't|can't|"
              r"hasn't|haven't|hadn't|mustn't|shan't)\b",
              r"^(?:is|are|was|were|do|does|did|would|should|could|can|will|has|have|must|shall)\s+(?:\w+\s+){0,3}?"
              r"not\b(?!\s+only\b)",
              r"[,:;]\s*(?:isn't|aren't|wouldn't|shouldn't|couldn't|won't|doesn't|don't|hasn't|haven't)\s+"
              r"(?:it|they|this|that|there|we|you|the|a|an)\b"),
    "fr": _rx(r"^(?:ne|n')\s*\S+.*\b(?:pas|plus|jamais|guere)\b",
              r"^(?:est-ce que|est-ce qu')\s*(?:\S+\s+){0,2}?(?:ne\b|n')\s*\S+.*\b(?:pas|plus|jamais)\b",
              r"^(?:\S+\s+){0,2}?(?:ne|n')\s*(?:serait|faudrait|vaudrait|devrait|devrions|devrait-on|est|sont|"
              r"y a|faut|peut|pourrait|pourrions)\S*\s.*\b(?:pas|plus)\b",
              r"\b(?:ne\s+|n')\S+-(?:t-)?(?:il|elle|ils|elles|on|vous|nous|je|tu|ce)\s+(?:pas|plus|jamais)\b"),
    "de": _rx(r"^(?:ist|sind|war|waren|ware|waren|sollte|sollten|soll|sollen|wurde|wurden|hat|haben|hatte|hatten|"
              r"gibt|gabe|kann|konnen|konnte|konnten|muss|mussen|musste|mussten|darf|durfen|wird|werden|spricht|"
              r"sprechen|macht|brauchen|braucht|tut|geht|lohnt|bringt|hilft|bietet|reicht|zeigt)\b[^,]{0,60}?"
              r"\b(?:nicht|kein|keine|keinen|keinem|keiner)\b",
              r"^[a-z]+ (?:sie|es|er|wir|man|ihr|du)\b[^,]{0,50}?\b(?:nicht|kein|keine|keinen|keinem|keiner)\b"),
}
_WHY_NOT = {
    "en": _rx(r"^why not\b", r"^why (?:don't|shouldn't|wouldn't|can't|won't) (?:we|you|they|the \w+|people)\b",
              r"^(?:how|what) about (?:just|simply)\b", r"^why (?:bother|even)\b"),
    "fr": _rx(r"^pourquoi (?:ne pas|ne .{1,30} pas)\b", r"^et si (?:on|nous) (?:\w+ ){0,2}(?:simplement|juste|plutot)\b",
              r"^pourquoi (?:meme|s'embeter)\b"),
    "de": _rx(r"^(?:warum|wieso|weshalb) (?:nicht|denn nicht)\b", r"^(?:warum|wieso|weshalb) \w+ (?:wir|man|sie) "
              r"(?:nicht|denn nicht|nicht einfach)\b", r"^wie ware es,? (?:einfach|stattdessen)\b",
              r"^(?:warum|wieso) uberhaupt\b"),
}
_PRESUPPOSITION = {
    "en": _rx(r"^why\b(?!.*\b(?:to|for) you\b).*\b(?:so|such|too)\s+\w+",
              r"^(?:why|how (?:can|could))\b.*\b(?:keep|keeps|continue|continues|go on|goes on)\b",
              r"^why\b.*\b(?:always|never)\b", r"^how (?:many|much)\b.*\b(?:before|until)\b",
              r"^why (?:would|should|could) (?:anyone|anybody|someone|one|a sane)\b",
              r"^why should (?:\S+\s+){1,5}(?:pay|suffer|accept|put up|bear|foot|give up|sacrifice)\b",
              r"^(?:given|considering|seeing|since)\s+(?:how|the fact that|all the|the obvious|the clear)\b",
              r"^how (?:bad|harmful|damaging|dangerous|unfair|wasteful|expensive|costly|terrible|much damage|"
              r"much harm|much money .* waste|many more)\b",
              r"^what(?:'s| is) (?:so )?(?:wrong|great|bad|good|terrible) (?:with|about)\b",
              r"^how (?:can|could|do|does|would) (?:anyone|anybody|you|we|they|people|one|the \w+) (?:still |possibly |"
              r"seriously |honestly )?(?:justify|defend|ignore|accept|support|oppose|want|believe|tolerate|deny)\b",
              r"^how (?:much )?longer (?:must|should|will|do|can)\b",
              r"^(?:now that|after)\b.*\b(?:failed|failure|fiasco|disaster|mess|chaos|proven|shown)\b",
              r"^(?:why|how) (?:do|does|did) (?:you|they|we|people|the \w+) (?:keep|still|continue)\b",
              r"^what (?:will|would|could) (?:it|this|that) take (?:for you )?to (?:see|admit|accept|realise|realize)\b"),
    "fr": _rx(r"^pourquoi (?:est|sont|serait|seraient|etait)\S*\b.*\b(?:si|aussi|tellement|trop)\s+\w+",
              r"^pourquoi\b(?!.*\b(?:pour vous|a vos yeux)\b).*\b(?:tellement|si|aussi|trop)\s+\w+",
              r"^(?:pourquoi|comment)\b.*\b(?:continuer|continue|continuent|continuera|persiste|s'obstine)\w*",
              r"^pourquoi\b.*\b(?:toujours|jamais)\b", r"^combien\b.*\b(?:encore|avant)\b",
              r"^pourquoi (?:vouloir|aller|s'acharner|diable)\b",
              r"^pourquoi (?:\S+\s+){1,6}(?:devraient|devrait|doivent|doit)-(?:ils|elles|il|elle|on)\s+"
              r"(?:payer|subir|accepter|supporter|sacrifier|renoncer)\b",
              r"^(?:etant donne|vu|compte tenu|puisque|sachant|dans la mesure ou)\b.*\b(?:a quel point|combien|"
              r"evident|clair|echec|desastr|nuisible|dangereu)",
              r"^(?:a quel point|combien)\b.*\b(?:nuisible|nocif|dangereu|injuste|couteu|absurde|mauvais|nefaste)\w*",
              r"^qu'est-ce qui (?:cloche|ne va pas|est si (?:mal|bien|genial|terrible))\b",
              r"^(?:comment|pourquoi) (?:peut-on|pouvez-vous|peuvent-ils|ose-t-on|osez-vous|justifier|defendre|"
              r"accepter|ignorer)\b(?!.*\b(?:ou|ou non)\b)",
              r"^jusqu'a quand\b",
              r"^(?:maintenant que|apres)\b.*\b(?:echec|fiasco|desastre|chaos|pagaille|gachis|prouve|montre)\b",
              r"^pourquoi (?:continuer|continue-t-on|persiste-t-on|s'obstine)\w*"),
    "de": _rx(r"^(?:warum|wieso|weshalb)\b(?!.*\b(?:fur sie|ihnen)\b).*\b(?:so|derart|zu)\s+\w+",
              r"^(?:warum|wieso|weshalb|wie (?:kann|konnen|konnte))\b.*\b(?:weiter|weiterhin|immer noch|noch immer)\b",
              r"^(?:warum|wieso|weshalb)\b.*\b(?:immer|nie|niemals)\b", r"^wie viele?\b.*\b(?:noch|bevor|bis)\b",
              r"^(?:wie|warum|wieso) (?:kann|konnte|sollte|wurde) (?:man|jemand) (?:nur|bloss|denn|uberhaupt)\b",
              r"^(?:warum|wieso|weshalb) (?:sollen|sollten|muss|mussen|soll) (?:\S+\s+){0,7}?(?:zahlen|bezahlen|"
              r"leiden|ertragen|hinnehmen|verzichten|opfern)\b",
              r"^(?:angesichts|da|nachdem|wo doch|weil doch|in anbetracht)\b.*\b(?:wie|offensichtlich|klar|"
              r"gescheitert|schadlich|gefahrlich|desastros|katastroph)",
              r"^wie (?:schadlich|gefahrlich|teuer|ungerecht|schlimm|schlecht|verheerend|unsinnig|viel schaden|"
              r"sehr schadet)\b",
              r"^was ist (?:denn )?(?:so )?(?:falsch|schlecht|toll|gut|schlimm) (?:an|daran)\b",
              r"^wie (?:kann|konnen|soll|sollen) (?:man|jemand|sie|wir) (?:noch |ernsthaft |nur |denn )*"
              r"(?:rechtfertigen|verteidigen|ignorieren|akzeptieren|unterstutzen|dafur|dagegen|glauben|wollen)\b",
              r"^(?:wie lange|bis wann) (?:noch|soll|sollen|mussen|wollen)\b",
              r"^(?:warum|wieso) (?:halt|halten|macht|machen) (?:man|sie|die \w+) (?:noch immer|immer noch|weiter)\b"),
}


# Rhetorical forms found anywhere in a question: dismissal ("what's the point"), informing the person of one side
# ("are you aware that..."), impatience ("what is stopping them from finally..."), "so why...?" after a claim, and
# "who would even...".
_RHETORICAL = {
    "en": _rx(r"\bwhat(?:'s| is) the (?:point|use|sense)\b", r"\bwhat good (?:is|would|will)\b",
              r"^(?:are|were) you (?:aware|conscious)\b.*\bthat\b", r"^did you (?:know|realise|realize)\b.*\bthat\b",
              r"^have you (?:considered|thought about|forgotten|noticed)\b.*\bthat\b",
              r"\bwhat(?:'s| is) (?:stopping|holding back|keeping)\b", r"\b(?:so|then) why\b", r"\bwhy then\b",
              r"^(?:who|what|why|how|where)\b.*\beven\b", r"\bfinally\b", r"\bat long last\b",
              r"^why\b.*\binsists?\b", r"^how (?:strongly|much) do you (?:support|agree|oppose|like|dislike|welcome)\b",
              r"^what(?:'s| is) so \w+ about\b", r"^since (?:everybody|everyone|nobody|no one)\b"),
    "fr": _rx(r"\ba quoi bon\b", r"^(?:savez|saviez)-vous\b.*\bque\b", r"^(?:etes|etiez)-vous conscient",
              r"^avez-vous (?:pense|songe|oublie|remarque)\b.*\b(?:que|qu')", r"\bqu'attend\w*\b",
              r"\bqu'est-ce qui (?:empeche|retient|bloque)\b", r"\balors pourquoi\b", r"\bpourquoi donc\b",
              r"^(?:qui|que|qu'|pourquoi|comment|ou)\S*\s.*\bseulement\b", r"\benfin\b",
              r"^pourquoi\b.*\b(?:tient|tiennent|s'obstine\w*|s'entete\w*|insiste\w*)\b",
              r"^(?:a quel point|dans quelle mesure) (?:soutenez|approuvez|rejetez|appreciez|aimez)",
              r"^qu'(?:a|ont)-(?:t-)?(?:il|elle|ils|elles) de si\b", r"^puisque (?:tout le monde|personne)\b",
              r"^combien de temps\b.*\bencore\b"),
    "de": _rx(r"^wozu\b", r"\bwas soll (?:das|denn)\b", r"\bwas bringt (?:das|es) (?:denn|uberhaupt)\b",
              r"^ist (?:ihnen|dir) (?:bewusst|klar)\b.*\bdass\b", r"^(?:wissen|wussten) sie\b.*\bdass\b",
              r"^haben sie (?:bedacht|daran gedacht|vergessen|bemerkt)\b.*\bdass\b",
              r"\bworauf (?:wartet|warten)\b", r"\bwas (?:halt|hindert)\b", r"\bwarum also\b", r"\bwieso also\b",
              r"^(?:wer|was|warum|wieso|wie|wo)\b(?!.*\b(?:falls|wenn) uberhaupt\b).*\buberhaupt\b", r"\bendlich\b",
              r"^(?:warum|wieso)\b.*\b(?:besteht|bestehen|beharrt|beharren)\b",
              r"^wie (?:sehr|stark) (?:unterstutzen|befurworten|begrussen|mogen) sie\b",
              r"^was ist (?:denn )?so \w+ an\b", r"^da (?:\w+ )?(?:alle|jeder|niemand)\b",
              r"^(?:wie lange|bis wann)\b.*\bnoch\b"),
}


def _questions(text: str) -> list[str]:
    """The interrogative sentences of ``text`` (folded), or the whole text when none ends with '?'."""
    parts = [p.strip() for p in re.split(r"(?<=[?!.])\s+", text) if p.strip()]
    qs = [p for p in parts if p.endswith("?")]
    return qs or [text.strip()]


def strip_preamble(sentence: str, language: str) -> str:
    return _PREAMBLE[language].sub("", sentence).strip(" ,;:-–—")


def is_yes_no(sentence: str, language: str) -> bool:
    """True for a closed (yes/no) question: no interrogative word leads it."""
    tokens = re.findall(r"[\w'-]+", sentence)
    if not tokens:
        return False
    wh = _WH[language]
    first = tokens[0]
    if language == "en":
        return first in _EN_AUX or (first not in wh and not any(t in wh for t in tokens[:3]))
    if language == "fr":
        pieces = [p for t in tokens[:3] for p in re.split(r"['-]", t) if p]
        head = [p for p in pieces[:4] if p not in ("que", "qu")] + pieces[:1]
        return not any(p in wh for p in head) and tokens[-1] not in wh
    head = tokens[:3]
    return not any(t in wh or (t.startswith("wo") and t[2:] in _DE_WO) for t in head)


_DE_WO = frozenset("ran fur mit durch rauf von her hin rin ruber zu rum".split())
_SOCIAL = {
    "en": re.compile(r"\bmost (?:\w+ ){0,2}(?:are|think|say|agree|want|oppose|feel|believe|support|reject|prefer)\b"),
    "fr": re.compile(r"\bla plupart des (?:\S+ ){0,2}(?:sont|pensent|trouvent|veulent|disent|preferent|soutiennent|"
                     r"rejettent|s'opposent)\b"),
    "de": re.compile(r"\bdie meisten (?:\S+ ){0,2}(?:sind|finden|wollen|sagen|meinen|glauben|bevorzugen|unterstutzen|"
                     r"lehnen)\b"),
}
# Hedges that contain a social-proof phrase but only ask what the person knows.
_HEDGES = re.compile(r"\b(?:as far as you know|soweit sie wissen|a votre connaissance|pour autant que vous le sachiez)\b")
# "Would you still want it if it cost more?": a yes/no question that adds a condition to push one way.
_CONDITION = {
    "en": re.compile(r"\b(?:still|even)\b.*\b(?:if|when)\b"),
    "fr": re.compile(r"\b(?:encore|toujours|quand meme)\b.*\b(?:si|s'il|s'ils|meme si)\b"),
    "de": re.compile(r"\b(?:noch|immer noch|trotzdem)\b.*\b(?:wenn|falls)\b"),
}


def rule_hits(question: str, language: str) -> list[Hit]:
    """Every rule that fires on ``question`` (fr, de or en), with a reason for each."""
    lang = language if language in _TAG else "en"
    lex = lexicon(lang)
    whole = folded(question)
    hits: list[Hit] = []
    seen: set[str] = set()

    def add(signal: str, reason: str) -> None:
        if signal not in seen:
            seen.add(signal)
            hits.append(Hit(signal, reason))

    for raw in _questions(whole):
        sentence = strip_preamble(raw, lang)
        if _TAG[lang].search(sentence):
            add("tag_question", "tag question asking for agreement")
        if _OPINION[lang].search(sentence):
            add("opinion_prompt", "asks the person to adopt a view")
        if _NEGATIVE[lang].search(sentence):
            add("negative_question", "negative yes/no question suggests the answer")
        if _WHY_NOT[lang].search(sentence):
            add("why_not", "proposal disguised as a question")
        if _PRESUPPOSITION[lang].search(sentence) or _RHETORICAL[lang].search(sentence):
            add("presupposition", "takes a disputed premise as given")
        if lang == "de" and is_yes_no(sentence, lang) and re.search(r"\b(?:doch|etwa)\b", sentence):
            add("one_way_yes_no", "modal particle (doch/etwa) expects one answer")
        if is_yes_no(sentence, lang) and _CONDITION[lang].search(sentence):
            add("one_way_yes_no", "yes/no question adding a condition that pushes one way")
        if is_yes_no(sentence, lang) and not _ALTERNATIVE[lang].search(sentence):
            pushed = lex["evaluative"].find(sentence) + lex["comparative"].find(sentence)
            pushed += lex["intensifiers"].find(sentence)
            if pushed:
                add("one_way_yes_no", f"yes/no question pointing one way ({', '.join(dict.fromkeys(pushed))})")
    loaded = lex["loaded"].find(whole)
    if loaded:
        add("loaded_word", f"loaded word: {', '.join(dict.fromkeys(loaded))}")
    unhedged = _HEDGES.sub(" ", whole)
    social = lex["social_proof"].find(unhedged) + [m.group(0) for m in _SOCIAL[lang].finditer(unhedged)]
    if social:
        add("social_proof", f"appeal to what others think: {', '.join(dict.fromkeys(social))}")
    return hits


def side_words(question: str, contribution: str, language: str) -> list[str]:
    """Evaluative or loaded words of the question whose stem the contribution does not contain."""
    lex = lexicon(language if language in _TAG else "en")
    q = folded(question)
    c = folded(contribution)
    c_stems = {w[:5] for w in re.findall(r"[\w'-]+", c)}
    found = lex["evaluative"].find(q) + lex["loaded"].find(q) + lex["objections"].find(q)
    out = []
    for phrase in dict.fromkeys(found):
        key = [w for w in phrase.split() if len(w) > 3] or phrase.split()
        if not any(w[:5] in c_stems for w in key):
            out.append(phrase)
    return out
