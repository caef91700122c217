"""The voter's disclaimers: what a question says it is NOT asking ("I'm not asking who to vote for, just what the SPD
proposes on rents").

A disclaimer names a refused request only to set it aside: "Je sais que tu ne peux pas me dire pour qui voter, mais
comment je fais une procuration ?" is a procedure question, "Ich frag nicht, wer gewinnt, sondern wie der Sieger
ermittelt wird" an electoral-system question. Read as a whole, such questions carry the words of the refusal they
disclaim ("who to vote for", "wer gewinnt", "extremistisch"), and the refusal rules and the model refused them.
:func:`what_is_asked` removes the disclaimer so that the rest of the classifier reads what is asked, in the same way
in fr, de and en. What follows the disclaimer is still read by every refusal rule: "I know you can't tell me who to
vote for, but which party fits me best?" is refused, and so is "I'm not asking for advice, just between us: who?".

A disclaimer is a sentence, or a clause after a comma, colon or dash, that opens with a disclaiming lead ("I'm not asking", "without telling me", "no voting
advice", "I know you can't", "je ne te demande pas", "sans me dire", "pas de pronostic", "ich frage nicht", "ohne
Wahlempfehlung", "keine Prognose", "ob …, will ich nicht wissen"); it ends at the first contrastive turn (", but",
", just", ", only", ", mais", ", juste", ", alors", ", sondern", ", nur", ", aber"...), else at the first colon or
dash, else at the first comma. A sentence that is a disclaimer from end to end ("I'm not asking who to vote for.")
is dropped when another sentence remains. Nothing is removed when less than two words would remain.

Session 5 dropped a few disclaimed requests inside ``rules.prepare`` (for the rules only); this module replaces it
with many more forms in the three languages, and the model reads its result too.

Not disclaimers: purposes ("for a school project"), which change nothing, and wrappers that lift the policy ("you
don't have to be neutral here", see ``rules.py``), which are refused.
"""

from __future__ import annotations

import re
from functools import lru_cache

from communs.core.neutrality.courtesy import without_courtesy

_LEAD_EN = (
    r"i'?\s?a?m not (?:asking|looking for|after|interested in|trying to (?:get|find out))|i am not (?:asking|looking for)|"
    r"not asking (?:you )?(?:for|about|who|which|whether|if|what|how)|"
    r"i do(?:n'?t| not) (?:want|need|expect)(?: to know| to hear| you to (?:tell|say|recommend|pick|judge|rank))?"
    r" (?:your|a|an|any|who|which|whether|if|advice|recommendations?|opinions?|predictions?|forecasts?|rankings?|"
    r"verdicts?|judg(?:e)?ments?)|"
    r"without (?:you )?(?:telling|giving|recommending|advising|judging|saying|ranking|rating|taking sides|predicting|"
    r"any (?:advice|recommendation|judg(?:e)?ment|opinion|ranking|prediction))|"
    r"no (?:voting |vote |political )?(?:advice|recommendations?|opinions?|predictions?|forecasts?|judg(?:e)?ments?|"
    r"rankings?|verdicts?|spin|tips?|labels?)(?: (?:needed|wanted|required|please))?|"
    r"not (?:your|an?|any) (?:opinion|recommendation|advice|verdict|prediction|forecast|ranking|judg(?:e)?ment)|"
    r"do(?:n'?t| not) (?:give|tell|send) me (?:your|who|which|whether|if|what you|a recommendation|advice)|"
    r"i know (?:that )?(?:you|u) (?:can'?t|cannot|can not|are not allowed|aren'?t allowed|must not|mustn'?t|won'?t|"
    r"shouldn'?t|have to (?:stay|be|remain) neutral)|"
    r"i (?:understand|realise|realize|get) (?:that )?(?:you|u) (?:can'?t|cannot|won'?t|are not allowed|have to "
    r"(?:stay|be|remain) neutral)|"
    r"leaving aside (?:who|which|whether)|regardless of (?:who|which|whether)|"
    r"i (?:won'?t|will not|shan'?t) ask|i'?\s?a?m not going to ask|i'?\s?a?m not talking about|it'?s not about|"
    # asking for a simpler wording is no request of its own: "say it more simply: what's the second vote for?"
    r"(?:say|explain|put|tell me) (?:it|that|this) (?:more )?(?:simply|simpler|plainly|in plain (?:english|words))|"
    r"in (?:one|a single) sentence"
)
_LEAD_FR = (
    r"je ne (?:te|vous) demande pas|je (?:ne )?(?:te |vous )?demande pas|je ne (?:veux|cherche|voudrais|souhaite) pas|"
    r"je veux pas|je cherche pas|"
    r"sans (?:me |nous )?(?:dire|donner|conseiller|recommander|juger|prendre parti|classer|faire de|pronostiquer|"
    r"predire|orienter)|"
    r"sans (?:aucun |aucune )?(?:conseil|recommandation|consigne|jugement|avis|pronostic|parti pris|classement)|"
    r"(?:pas|aucun|aucune) (?:de |d')?(?:conseils?|recommandations?|consignes?|pronostics?|pronos?|avis|jugements?|"
    r"classements?|predictions?|previsions?|opinions?|etiquettes?)(?: de vote)?(?: svp| s'il te plait| s'il vous plait| merci)?|"
    r"ne me (?:donne|donnez|dis|dites|conseille|conseillez) pas (?:ton|votre|pour qui|qui|quel|lequel|laquelle|si)|"
    r"(?:pas|non pas) (?:ton|votre) (?:avis|opinion)|"
    r"je sais (?:bien |tres bien )?que (?:tu|vous) (?:ne )?(?:peux|pouvez|dois|devez|as|avez|es|etes)"
    r"(?: pas| pas le droit| tenu| tenus| oblige)|"
    r"je comprends (?:bien )?que (?:tu|vous) ne (?:peux|pouvez|dois|devez)|"
    r"je ne vais pas (?:te |vous )?demander|je ne (?:te |vous )?demanderai pas|je ne parle (?:pas )?(?:de|des|du|d')|"
    r"il ne s'agit pas (?:de|des|du|d')|ce n'est pas (?:une question de|pour savoir)|"
    # ("dis-moi simplement…" is "just tell me…", the request itself)
    r"(?:dis|explique|redis|reformule)[- ](?:le|ca|le-moi)(?: plus)? (?:simplement|clairement)|(?:dis|explique)-moi plus "
    r"(?:simplement|clairement)|en une (?:seule )?phrase"
)
_LEAD_DE = (
    r"ich (?:frag(?:e)?|will|mochte|wollte|brauche|suche|erwarte) (?:dich |sie |euch )?(?:ja |hier |jetzt )?(?:gar |"
    r"explizit |ausdrucklich )?(?:nicht|keine?n?)(?!,? dass (?!du\b|ihr\b|sie mir\b))(?: wissen| horen)?(?:,? (?:ob|wer|wen|wem|was|welche\w*|wie)\b)?|"
    r"ohne (?:mir |uns )?(?:etwas |was )?(?:zu (?:sagen|raten|empfehlen|werten|bewerten|beurteilen)|"
    r"(?:eine |jede )?(?:wahlempfehlung|empfehlung|wertung|bewertung|prognose|meinung|ratschlag|vorhersage|tipp|"
    r"ranking|rangliste))|"
    r"ohne (?:mir |uns )?(?:etwas |was )?(?:raten|empfehlen|sagen|werten) zu wollen|"
    r"(?:bitte )?keine (?:wahlempfehlung|empfehlung|prognose|meinung|bewertung|wertung|tipps?|rangliste|vorhersage|"
    r"einschatzung|ratschlage|urteile?|etiketten|schubladen|rankings?|rangliste)(?: bitte)?|"
    r"(?:gib|sag) mir (?:bitte )?(?:jetzt )?nicht,? (?:deine|ihre|wen|welche\w*|wer|ob)|"
    r"nicht (?:deine|ihre) (?:meinung|einschatzung|empfehlung)|"
    r"ich weis+,? (?:dass )?(?:du|sie) (?:mir )?(?:das )?(?:ja )?(?:darfst|kannst|sollst|durfen|konnen|musst|"
    r"mussen|bist|sind) (?:mir )?(?:das |so was |sowas )?(?:ja )?(?:nicht|keine|neutral)|"
    r"ob .{1,120}?, (?:will|mochte|muss) ich (?:gar |eigentlich |hier |jetzt )?(?:nicht|gar nicht) wissen|"
    r"ich (?:werde|will|mochte) (?:dich |sie |euch )?nicht fragen|es geht (?:mir |uns )?nicht (?:um|darum)|"
    r"ich rede (?:hier )?nicht (?:von|uber)|"
    r"(?:sag|erklar)(?:'?s| es| das)? (?:mal |bitte )?(?:einfacher|verstandlicher|klarer)|in einem satz"
)
_OPENERS = (r"(?:(?:ok(?:ay)?|so|look|listen|well|hi|hello|hey|and|but|please|alors|bon|ecoute|ecoutez|bonjour|salut|"
            r"et|mais|stp|svp|s'il te plait|also|hallo|na|hor zu|und|aber|bitte|sorry|pardon)\W+){0,3}")
_LEAD = re.compile(rf"^\W*{_OPENERS}(?:{_LEAD_EN}|{_LEAD_FR}|{_LEAD_DE})\b", re.IGNORECASE)
# The same leads after a clause boundary: "Hi, I'm a student and rents keep rising, I'm not asking who to vote for, I
# just want to know what X proposes."
_LEAD_INSIDE = re.compile(rf"[,;:–—]\s*(?:{_LEAD_EN}|{_LEAD_FR}|{_LEAD_DE})\b", re.IGNORECASE)
# Where a disclaimer turns to the question: a contrastive word after a comma, colon or dash ("…, just what…"), or a bare
# "but/mais/aber/sondern" ("… who to vote for but how…").
_TURN = re.compile(
    r"\s*(?:[,;:–—]|\s-)\s*(?:(?:but|just|only|simply|so|rather|instead|mais|juste|seulement|simplement|uniquement|"
    r"alors|plutot|aber|sondern|nur|einfach|dann|blos+|lediglich|sag mir|dis-moi|tell me)\b\s*[,:]?\s*)+|"
    r"\s+(?:but|mais|aber|sondern)\s+",
    re.IGNORECASE,
)
# A disclaimer that closes a sentence: "…, without commenting on whether it's a good method?", "…, sans dire si c'est
# une bonne méthode ?", "…, ohne zu bewerten, ob es gut ist?" (judging and telling verbs only: "…, without any
# disclaimers" is a wrapper, not a disclaimer).
_TRAILING = re.compile(
    r"\s*[,;–—]\s*(?:(?:and|et|und|but|mais|aber)\s+)?(?:please\s+|bitte\s+)?(?:without (?:you )?(?:telling|saying|"
    r"commenting|judging|evaluating|assessing|rating|ranking|recommending|giving (?:me )?(?:your|an?|any) "
    r"(?:opinion|view|verdict|recommendation|advice))|sans (?:me |nous )?(?:dire|juger|commenter|evaluer|noter|"
    r"classer|recommander|conseiller|donner (?:ton|votre|un|d') ?(?:avis|opinion|verdict|conseil))|ohne (?:mir |uns )?"
    r"(?:zu (?:bewerten|werten|sagen|beurteilen|kommentieren|empfehlen|raten)|(?:eine |deine |ihre )?(?:wertung|"
    r"bewertung|empfehlung|meinung)))\b[^.?!]*(?=[.?!…]*\s*$)",
    re.IGNORECASE,
)
_STOP = re.compile(r"\s*(?:[:;–—]|\s-\s)\s*")
_COMMA = re.compile(r"\s*,\s*")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
_WORD = re.compile(r"\w+")


_ONE_FOR_ONE = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüÿßœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜŸ’",
                             "aaaaaaceeeeiiiinooooouuuuysoeAAAAAACEEEEIIIINOOOOOUUUUY'")


def _fold(text: str) -> str:
    """Lower case, without accents, the SAME length as ``text`` (offsets are shared)."""
    return text.translate(_ONE_FOR_ONE).lower()


def _asked_part(sentence: str) -> str | None:
    """What a sentence asks once its opening disclaimer is removed; ``""`` when the whole sentence is a disclaimer;
    None when it opens with no disclaimer."""
    folded = _fold(sentence)
    if len(folded) != len(sentence):  # a character whose lower case is longer ("İ"): offsets would not match
        return None
    lead = _LEAD.match(folded)
    if lead is not None:
        cut = _turn(folded, lead.end())
        return sentence[cut:].strip() if cut is not None else ""
    inside = _LEAD_INSIDE.search(folded)
    if inside is not None:
        cut = _turn(folded, inside.end())
        return (sentence[:inside.start()] + (", " + sentence[cut:] if cut is not None else "")).strip()
    trailing = _TRAILING.search(folded)
    return None if trailing is None else (sentence[:trailing.start()] + sentence[trailing.end():]).strip()


def _turn(folded: str, start: int) -> int | None:
    """Where the question resumes after a disclaimer that ends at ``start``: after its turn ("…, just"), else after
    the first colon or dash, else after the first comma; None when the disclaimer runs to the end of the sentence."""
    for pattern in (_TURN, _STOP, _COMMA):
        cut = pattern.search(folded, start)
        if cut is not None:
            return cut.end()
    return None


@lru_cache(maxsize=4096)
def what_is_asked(text: str) -> str:
    """``text`` without its letter formulas (``courtesy.py``) and the voter's disclaimers (see the module docstring);
    the disclaimers stay when fewer than two words would remain."""
    text = without_courtesy(text)
    sentences = _SENTENCE.split(text.strip())
    kept: list[str] = []
    changed = False
    for sentence in sentences:
        asked = _asked_part(sentence)
        if asked is None:
            kept.append(sentence)
            continue
        changed = True
        if asked:
            kept.append(asked)
    if not changed:
        return text
    rest = " ".join(kept).strip()
    return rest if len(_WORD.findall(rest)) >= 2 else text


# (session 45) Two more disclaimers, read by the rules only (``classifier.text_facts``): what the model reads of a question
# is what it was trained on (``what_is_asked``, ADR 0023), and changing it waits for a retraining. A trailing ", not yours"
# asks for the party's own view ("… whats their own position, not yours", « … ce qu'ils disent eux, pas toi », „… was sagen
# die selbst dazu, nicht du"); « Pas besoin de me dire lequel est le meilleur » asks nothing.
_NOT_YOURS = re.compile(r"\s*,\s*(?:not (?:yours|you)|pas (?:toi|ton avis|la tienne|le tien|vous|votre avis)|nicht (?:du|deine "
                        r"(?:meinung|sicht)))(?=\s*[.?!…]*\s*$)")
_NO_NEED = re.compile(r"^\W*pas besoin de (?:me |nous )?(?:dire|donner|classer)\b[^.?!]*[.?!…]*\s*$")


def what_rules_read(text: str) -> str:
    """``what_is_asked(text)`` less the two disclaimers above; unchanged when fewer than two words would remain."""
    asked = what_is_asked(text)
    kept = []
    for sentence in _SENTENCE.split(asked.strip()):
        folded = _fold(sentence)
        if len(folded) == len(sentence) and _NO_NEED.match(folded):
            continue
        found = _NOT_YOURS.search(folded) if len(folded) == len(sentence) else None
        kept.append(sentence[:found.start()] + sentence[found.end():] if found else sentence)
    rest = " ".join(kept).strip()
    return rest if len(_WORD.findall(rest)) >= 2 else asked
