"""Question templates: "What does <party> say about: <topic>?" split into the party it names and the topic.

A question of the form "Was sagt die SPD zu: Mieten?" carries two different things: *who* (the party, which the
platform turns into a party filter) and *what* (the topic, which is what a passage must be about). When the party
filter already applies, the template words and the party's name only add noise to the matching: in the embedding
they pull the query vector towards "a question about a party" rather than the topic, and in BM25 they score the
same for every passage of the filtered party but enlarge the normalising maximum, so the topic words weigh less
against the dense score. :func:`matching_text` therefore reduces such a question to its topic when the party is
filtered, and to "<party>: <topic>" otherwise (the name is then needed to find the party's passages).

The templates are data per language (German, French, English): a verb of saying / thinking / planning followed by
the subject and a preposition ("zu", "about", "sur"...), or a "position of X on" phrase. A question that matches
none is used unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# verb phrases that open "what does X say about Y" questions (folded for matching: lower case, no accents needed)
_DE_VERBS = r"sagt|sagen|denkt|denken|meint|meinen|will|wollen|halt|hält|halten|plant|planen|fordert|fordern|schreibt|schreiben|vertritt|vertreten|macht|machen|tut|tun"
_DE_PREPS = r"zu|zum|zur|uber|über|von|vom|bei|beim|in|im|in sachen|hinsichtlich|bezuglich|bezüglich"
_EN_VERBS = r"say|think|want|plan|propose|write|believe|stand"
_EN_PREPS = r"about|on|regarding|concerning|of|for|with regard to|when it comes to"
_FR_VERBS = r"dit|disent|pense|pensent|propose|proposent|veut|veulent|prevoit|prévoit|prevoient|prévoient|ecrit|écrit|ecrivent|écrivent"
_FR_PREPS = r"sur|de|du|des|à propos de|a propos de|au sujet de|concernant|en matière de|en matiere de|quant à|quant a|pour"

_END = r"\b\s*[:,\-–—]?\s*(?P<topic>.+?)\s*[?？.!]*\s*$"
_PATTERNS = [
    # German: "Was sagt X zu: Y?", "Wie steht X zu Y?", "Welche Position hat X zu Y?", "Was will X beim Thema Y?"
    rf"^\s*(?:und\s+)?was\s+(?:{_DE_VERBS})\s+(?:denn\s+)?(?P<subject>[^:?]{{1,80}}?)\s+(?:eigentlich\s+)?(?:{_DE_PREPS})(?:\s+(?:dem\s+)?thema)?{_END}",
    rf"^\s*wie\s+(?:steht|stehen|positioniert\s+sich|positionieren\s+sich)\s+(?P<subject>[^:?]{{1,80}}?)\s+(?:{_DE_PREPS}){_END}",
    rf"^\s*welche\s+(?:position|haltung|meinung|forderungen?)\s+(?:hat|haben|vertritt|vertreten)\s+(?P<subject>[^:?]{{1,80}}?)\s+(?:{_DE_PREPS}){_END}",
    # comparisons, whose subject is "the parties": "Wie unterscheiden sich die Parteien beim Thema Y?"
    rf"^\s*(?:wie|worin)\s+unterscheiden\s+sich\s+(?P<subject>[^:?]{{1,80}}?)\s+(?:{_DE_PREPS}|hinsichtlich)(?:\s+(?:dem\s+)?thema)?{_END}",
    rf"^\s*how\s+(?:do|does)\s+(?P<subject>[^:?]{{1,80}}?)\s+(?:differ|compare)\s+(?:{_EN_PREPS}){_END}",
    rf"^\s*en\s+quoi\s+(?P<subject>[^:?]{{1,80}}?)\s+(?:se\s+distinguent|se\s+diff[ée]rencient|diff[èe]rent)(?:[- ]ils|[- ]elles)?\s+(?:{_FR_PREPS}){_END}",
    rf"^\s*quelles?\s+(?:sont\s+les\s+)?diff[ée]rences?\s+entre\s+(?P<subject>[^:?]{{1,80}}?)\s+(?:{_FR_PREPS}){_END}",
    # English: "What does X say about: Y?", "Where does X stand on Y?", "What is X's position on Y?"
    rf"^\s*(?:and\s+)?what\s+(?:does|do|did)\s+(?P<subject>[^:?]{{1,80}}?)\s+(?:{_EN_VERBS})\s+(?:{_EN_PREPS}){_END}",
    rf"^\s*where\s+(?:does|do)\s+(?P<subject>[^:?]{{1,80}}?)\s+stand\s+(?:{_EN_PREPS}){_END}",
    rf"^\s*what\s+(?:is|are)\s+(?P<subject>[^:?]{{1,80}}?)(?:'s|’s|')\s+(?:position|stance|view|views|policy|policies)\s+(?:{_EN_PREPS}){_END}",
    rf"^\s*what\s+(?:is|are)\s+the\s+(?:position|stance|view|views|policy|policies)\s+of\s+(?P<subject>[^:?]{{1,80}}?)\s+(?:{_EN_PREPS}){_END}",
    # French: "Que dit X sur : Y ?", "Qu'est-ce que X propose pour Y ?", "Quelle est la position de X sur Y ?"
    rf"^\s*(?:et\s+)?(?:que\b|qu['’]est[- ]ce\s+que\b|qu['’]est[- ]ce\s+qu['’])\s*(?:{_FR_VERBS})?\s*(?P<subject>[^:?]{{1,80}}?)\s+(?:{_FR_VERBS})?\s*(?:{_FR_PREPS}){_END}",
    rf"^\s*quelle\s+est\s+la\s+(?:position|opinion|proposition|vision)\s+(?:de|du|des|d['’])\s*(?P<subject>[^:?]{{1,80}}?)\s+(?:{_FR_PREPS}){_END}",
]
_COMPILED = [re.compile(p, re.IGNORECASE | re.UNICODE) for p in _PATTERNS]
# for "template: topic" questions the subject runs up to the last preposition before the colon
_GREEDY = [re.compile(p.replace("(?P<subject>[^:?]{1,80}?)", "(?P<subject>.+)"), re.IGNORECASE | re.UNICODE) for p in _PATTERNS]
_PLACEHOLDER = "x"


@dataclass(frozen=True)
class QuestionParts:
    """``subject`` is who the question asks about ('' when no template matched); ``topic`` is what it asks."""

    subject: str
    topic: str


def split_question(text: str) -> QuestionParts:
    """Split "What does X say about: Y?" into subject X and topic Y (a subject never holds a colon or a question
    mark and is at most 80 characters: "Was sagt zu: ... klimaneutral zu werden" is no template, whose subject would
    otherwise run to the second "zu"). When the text holds a colon after the template
    ("Was sagt X zu: Y"), the colon decides where the topic starts, so a party name holding "zu" or "on" is kept
    whole; a question matching no template is all topic."""
    stripped = text.strip()
    head, colon, tail = stripped.partition(":")
    topic = tail.strip().rstrip("?？.! ").strip()
    if colon and topic:
        for pattern in _GREEDY:
            m = pattern.match(f"{head.strip()} {_PLACEHOLDER}")
            if m is not None and m.group("topic") == _PLACEHOLDER and m.group("subject").strip():
                return QuestionParts(subject=m.group("subject").strip(), topic=topic)
    for pattern in _COMPILED:
        m = pattern.match(stripped)
        if m is not None and m.group("subject").strip() and m.group("topic").strip():
            return QuestionParts(subject=m.group("subject").strip(), topic=m.group("topic").strip())
    return QuestionParts(subject="", topic=stripped)


def matching_text(text: str, party_filtered: bool) -> str:
    """The text to match passages with (for BM25 and for the query embedding): the topic alone when a party filter
    already applies, "<subject>: <topic>" otherwise, and ``text`` unchanged when no template matched."""
    parts = split_question(text)
    if not parts.subject:
        return text
    return parts.topic if party_filtered else f"{parts.subject}: {parts.topic}"
