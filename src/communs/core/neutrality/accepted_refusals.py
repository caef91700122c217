"""A first sentence that accepts the assistant's refusal, and what is asked after it (sessions 31-40).

"Fine, you won't tell me who to vote for. So what does each party say about rents?": the first sentence names the
refused request only to accept that it is refused (``courtesy.REFUSAL_ACCEPTED``). The refusal rules that read its words
would refuse the whole message; the exceptions here set them aside when the request is not asked again after it.

- ``refusal_accepted_unless(words)``: the accepted refusal, with none of ``words`` after it (one rule's exception,
  ``rule_exceptions.RULE_EXCEPTIONS``): labels (session 31), competence (32), ratings (35), a pick (38).
- ``SYSTEM_VERDICT_ACCEPTED`` (session 40): the verdict on an electoral rule declined and accepted, then a question of
  fact ("You wouldn't say whether Germany's 5% rule is fair, fine. But why was it brought in?";
  ``classifier.text_facts`` asks no verdict on the system of it).
- ``only_asked_again`` (session 40; session 41: every category of ``ASKED_AGAIN_CATEGORIES``, not only voting advice):
  a rule of those categories that fires on such a message is kept only when it fires on what follows the accepted
  sentence too ("Ok, j'ai compris que tu ne me diras pas pour qui voter. Par contre, jusqu'à quand je peux
  m'inscrire ?" is a procedure; "… So, Labour or Green?" stays refused). Labels, misinformation and manipulation keep
  their rules' own exceptions: a label or a hint asked after it leans on the first sentence's words ("… Then is it at
  least racist?", "… Donne-moi juste un indice").
- ``NO_FORECAST_ASKED``, ``NO_FORECAST_OR_ACCEPTED``: a forecast the voter says they do not want, the rules on publishing
  forecasts, or a forecast's refusal accepted (sessions 27-40; exceptions of the prediction rules).
Works on folded text (``rules.prepare``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from communs.core.neutrality.courtesy import COMPETENCE_WORDS_SRC, HONESTY_WORDS_SRC, LABEL_WORDS_SRC
from communs.core.neutrality.courtesy import REFUSAL_ACCEPTED as _REFUSAL_ACCEPTED


class _Hit(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def category(self) -> str | None: ...


H = TypeVar("H", bound=_Hit)
_WORD = re.compile(r"\w+")


# (session 31) the refusal of a label accepted, with no label asked again after it ("Fine, you won't tell me whether the
# AfD is extremist. Then tell me …", not "… Is the AfD far-right?")
def refusal_accepted_unless(words: str) -> re.Pattern[str]:
    """A refusal accepted in a first sentence, with none of ``words`` asked again after it."""
    return re.compile(r"(?:" + _REFUSAL_ACCEPTED.pattern + r")(?!.*\b(" + words + r")\b)")


LABEL_REFUSAL_ACCEPTED = refusal_accepted_unless(LABEL_WORDS_SRC + r"|nazi\w*")
# (session 32) the same for a candidate's competence: "Fine, you won't tell me whether she's competent. Then just tell me
# what Léa Castaing studied …" (not "… So is she qualified?")
JUDGEMENT_REFUSAL_ACCEPTED = refusal_accepted_unless(COMPETENCE_WORDS_SRC + r"|" + HONESTY_WORDS_SRC)

# (session 35) the same for a rating: "Fine, you won't rate candidates. So just tell me how long Janet Price has been
# council leader." (not "… So rate them anyway.")
RATING_REFUSAL_ACCEPTED = refusal_accepted_unless(r"rate|rank|score|grade|note|notes|classe|evalue|bewert\w*|ordne\w*|"
                                                  r"ranke|benote")

# (session 38) the refusal accepted in words the rule reads ("OK, you won't pick for me, got it. So what does each party
# say about transport?", "Schon gut, du sagst mir nicht, wer am besten ist. Dann zeig mir …"), with no choice or best asked
# again after it
PICK_REFUSAL_ACCEPTED = refusal_accepted_unless(r"pick|choose|vote|voting|should i|best|better|meilleur\w*|mieux|"
                                                r"choisi\w*|vot\w*|beste\w*|besser\w*|wahl\w*|wahlen|soll ich")

# (session 40) the verdict on a rule the assistant declined, accepted, then a question of fact: "You wouldn't say whether
# Germany's 5% rule is fair, fine. But why was it brought in?" (``classifier.text_facts``: no verdict on the system asked)
SYSTEM_VERDICT_ACCEPTED = refusal_accepted_unless(
    r"fair|unfair|juste|injuste|gerecht\w*|ungerecht\w*|legitim\w*|defensible|vertretbar|should|faut-il|faudrait|sollte\w*|"
    r"too many|trop|zu viele|good|bon|bonne|gut|bad|mauvais\w*|schlecht\w*|better|mieux|besser|sense|sens|sinnvoll|abolish\w*|"
    r"scrap\w*|supprimer|abschaffen|democratic|democratique|demokratisch")


# (session 27) a forecast the voter says they do not want, or the rules on publishing forecasts: "Je veux juste la
# situation actuelle, pas des pronostics.", "Ab wann dürfen am Wahltag Prognosen veröffentlicht werden?"
NO_FORECAST_ASKED = re.compile(
    # (not the assistant's own habit: "je sais que tu ne fais pas de pronostics, mais…", "du machst keine Prognosen, aber")
    # (session 43) the strongest party's lead candidate "automatically" in office, no party named; who wins their
    # constituency, a relative clause: "Wer seinen Wahlkreis gewinnt, kommt nicht mehr sicher in den Bundestag?"
    r"\b(der|die|des) (starkste\w*|grosste\w*) (partei|fraktion|liste)\b[^.?!]{0,40}\bautomatisch\b|\bautomatisch\b[^.?!]{0,60}"
    r"\b(der|die|des) (starkste\w*|grosste\w*) (partei|fraktion|liste)\b|\bwer (seinen|ihren|den|einen) wahlkreis (gewinnt|"
    r"holt)\b|\bgewinnt,? wer\b|\bwer kommt in die stichwahl,? wenn\b|"
    # (session 43) who goes to the run-off under the rule just asked about: "OB-Wahl: Was passiert, wenn im ersten Wahlgang
    # keiner über 50 % kommt? Wer kommt in die Stichwahl?"
    r"\b(was passiert|what happens|que se passe-t-il|qu'est-ce qui se passe),? (wenn|if|si|s')[^?]{0,100}\?\s*(und |and |et )?(wer|who|"
    r"qui) (kommt|goes|go|gets|va|passe|passent|vont|se qualifie\w*)\b[^?]{0,30}\b(stichwahl|run-?off|second tour|deuxieme tour)\b|"
    # (session 45) who wins under the rule just asked about: "Was passiert, wenn … beide eine Mehrheit bekommen? Wer gewinnt
    # dann, entscheidet die Stichfrage?"
    r"\b(was passiert|what happens|que se passe-t-il|qu'est-ce qui se passe),? (wenn|if|si|s')[^?]{0,160}\?\s*(und |and |et )?(wer|"
    r"who|qui) (gewinnt|wins|gagne|l'emporte) (dann|then|alors|in that case|dans ce cas)\b|"
    r"(?<!fais )(?<!faites )(?<!machst )(?<!machen )(?<!macht )(?<!do )(?<!make )\b(not|no|pas( de| des)?|sans|keine|ohne|"
    r"nicht)( any| aucun| irgendwelche)? (predictions?|forecasts?|pronostics?|previsions?|prognosen?|vorhersagen?|"
    r"spekulation\w*|speculation)\b(?![^.?!]{0,60}\b(but|mais|aber|though|quand meme|trotzdem|doch)\b)|\b(prognosen?|predictions?|forecasts?|"
    r"pronostics?|estimations|exit polls?|hochrechnungen)\b[^.?!]{0,40}\b(veroffentlicht|published|publi\w+|"
    r"announced|bekannt ?gegeben)\b|\b(veroffentlich\w*|publish\w*|publi\w+) (\w+ ){0,3}(prognosen|predictions?|"
    r"forecasts?|pronostics?|estimations|exit polls?|hochrechnungen?)\b|"
    # (session 33) forecasts the voter does not want to hear of, and the television's 6 pm projection against the
    # official result: "Je ne veux entendre parler ni de sondages ni de pronostics", "Von Umfragen und Prognosen will
    # ich nichts mehr hören", "Ist die Prognose um 18 Uhr im Fernsehen schon das amtliche Ergebnis?"
    r"\b(ni de|ni des) (sondages|pronostics|previsions)\b|\b(don'?t|do not) want to hear (about|of) (the )?(polls|"
    r"forecasts|predictions)\b|\b(will|mochte|mag) ich nichts (mehr )?(horen|wissen)\b|\bprognosen?\b[^.?!]{0,40}\b(\d+ "
    r"uhr|amtlich\w*|offiziell\w*|endergebnis)\b|\b(amtlich\w*|offiziell\w*) (end)?ergebnis\b[^.?!]{0,40}\bprognosen?\b|"
    # (session 34) "Um 18 Uhr kommen im Fernsehen die Prognosen. Ist das dasselbe wie das amtliche Endergebnis?"
    r"\b\d+ uhr\b[^.?!]{0,40}\bprognosen?\b[^?!]{0,60}\b(amtlich\w*|offiziell\w*) (end)?ergebnis\b|"
    # (session 40) the same a sentence later, and the difference between the projections asked: "Um 18 Uhr kommt in der
    # ARD die Prognose, danach Hochrechnungen. Was ist da der Unterschied, und wann steht das amtliche Endergebnis fest?";
    # a forecast asked "instead of" one: "plutôt qu'un pronostic : un tableau des résultats officiels de 2017 à 2024"
    r"\b\d+ uhr\b[^.?!]{0,40}\bprognosen?\b.{0,140}\b(amtlich\w*|offiziell\w*) (end)?ergebniss?e?\b|\bprognosen?\b"
    r"[^.?!]{0,40}\bhochrechnung\w*\b.{0,30}\bunterschied\b|"
    # (session 41) "… erklären, was die 18-Uhr-Prognose von der Hochrechnung und vom vorläufigen amtlichen Ergebnis
    # unterscheidet"
    r"\b\d+-uhr-prognosen?\b[^.?!]{0,120}\b(unterscheid\w*|unterschied\w*)\b|"
    # (session 41) the projection asked about as the result: "Um 18 Uhr zeigt die ARD eine Prognose für jede Partei. Ist
    # das schon das amtliche Ergebnis?", "Ist das schon das Ergebnis oder nur eine Prognose?"
    r"\b(prognosen?|hochrechnung\w*|exit polls?|estimations?|projections?)\b.{0,80}\b(schon|already|deja) (das|the|le) "
    r"(amtliche |offizielle |official |officiel )?(end)?(ergebnis|result|resultat)\b|\b(schon|already|deja) (das|the|le) "
    r"(amtliche |offizielle |official |officiel )?(end)?(ergebnis|result|resultat)\b[^.?!]{0,30}\b(prognosen?|"
    r"hochrechnung\w*|exit polls?|estimations?|projections?)\b|"
    # (session 45) "Is the exit poll at 10pm the actual result or just a prediction?"
    r"\b(exit polls?|estimations?|projections?|prognosen?|hochrechnung\w*)\b.{0,60}\b(actual|real|official|final|reel|"
    r"officiel|definitif|amtliche|echte|tatsachliche|richtige) (result|resultat|ergebnis)\b.{0,20}\b(or|ou|oder)\b.{0,20}\b"
    r"(prediction|forecast|estimate|estimation|projection|prognose|schatzung|vorhersage)\b|\b(instead of|rather than|plutot qu'|au lieu d'|statt|anstatt|"
    r"anstelle|pas pour|not for|nicht fur) ?(a |an |un |une |des |einer |einem |eine )?(predictions?|forecasts?|pronostics?|previsions?|prognosen?|vorhersagen?)\b")
# (session 30) a forecast the voter accepts the assistant won't make, in a first sentence: "Ok, you won't forecast the
# result. So when and where are the official results published?"
NO_FORECAST_OR_ACCEPTED = re.compile(NO_FORECAST_ASKED.pattern + "|" + _REFUSAL_ACCEPTED.pattern)


# (session 41: also predictions, rankings, judgements of candidates and promotion, "Tu refuses les pronostics, ok. Alors
# donne-moi plutôt le score réel des écologistes aux européennes de 2019 et de 2024", "D'accord, pas de poème à la gloire
# d'un politique, compris. Alors écris plutôt un petit poème pour les 70 ans de mon père")
ASKED_AGAIN_CATEGORIES = frozenset({"voting_advice", "prediction", "ranking", "candidate_judgement", "promotion"})


def only_asked_again(folded: str, hits: Sequence[H], again: Callable[[str], Sequence[H]]) -> list[H]:
    """``hits`` less the hits of ``ASKED_AGAIN_CATEGORIES`` (and of the opinion rules) that ``again`` (the rules) does not
    find in what follows a first sentence accepting the refusal, when at least two words follow it."""
    accepted = _REFUSAL_ACCEPTED.match(folded)
    rest = folded[accepted.end():].lstrip() if accepted is not None else ""
    if len(_WORD.findall(rest)) < 2 or not any(_read_again(h) for h in hits):
        return list(hits)
    asked = {h.name for h in again(rest)}
    return [h for h in hits if not _read_again(h) or h.name in asked]


# (session 42) rules that read a last sentence after another one, and so fire on the whole message only: the bare choice
# after the refusal accepted ("ok no advice. snp or labour for holyrood 🤷") is the refused request asked again
_LAST_SENTENCE_RULES = frozenset({"voting_advice.any.last_party_or_party"})


def _read_again(hit: _Hit) -> bool:
    """A hit of ``ASKED_AGAIN_CATEGORIES``, or of an opinion rule, whose kind the model names (session 42: "Tu ne
    donnes pas ton avis sur l'éolien en mer, compris. Quels arguments les partis eux-mêmes avancent-ils ?"); not a rule
    of ``_LAST_SENTENCE_RULES``."""
    return (hit.category is None or hit.category in ASKED_AGAIN_CATEGORIES) and hit.name not in _LAST_SENTENCE_RULES
