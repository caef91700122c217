"""What a message asks, for the rules that need an electoral word (session 15).

"The polling station is in the school gym. How do I get the smell out of my gym bag?" names the election only in the
story told before the question; the question asks about a gym bag. The procedure and electoral-system rules
(``intents.py``) use generic verbs ("how do I get …"), so they count an electoral word only in the question asked:
the final question of a message that tells a situation first (``final_question.py``), unless that question refers back
to the story — a few words ("What now?", "Was nun ?"), or a demonstrative that points at what was told ("Is that
true?", "Est-ce un vrai courrier officiel ?", "Ist das eine echte Nachricht?", "What should I do about it?", "Où
signaler ce genre de message ?"; "Is it a real letter?" but not "Is it going to rain this weekend?", session 16). Then
the whole message is what is asked, as before. Works on folded text (``rules.prepare``: lower case, no accents).

``clause_tail`` (session 17): the question after the last colon, dash, semicolon or comma of what is asked, when it
starts with a question word ("Nach der Wahlparty: wie bekomme ich einen Rotweinfleck aus dem Hemd?", "Sunday is
election day in Brussels – is it going to rain?"); ``intents.match_intent`` calls such a message out of scope when
that clause names an everyday subject and nothing political, and what comes before it asks nothing answerable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from communs.core.neutrality.final_question import final_question
from communs.core.neutrality.system_judgement import SENTENCE_END

REFERS_BACK_WORDS = 4  # a final question this short leans on the story ("What now?", "Et maintenant ?")

_THING = (r"(message|letter|text|sms|email|e-mail|notice|claim|rumou?r|post|flyer|leaflet|news|information|courrier|"
          r"lettre|mail|texto|rumeur|tract|publication|annonce|nachricht|brief|meldung|geruecht|gerucht|schreiben)")
_REFERS_BACK = re.compile(
    # en: "is that true?", "is it a real letter?", "what should I do about it?", "this message"
    r"\b(is|was|are|were) (this|that|these|those)\b|\b(is|was) it (true|real|legal|allowed|official|normal|ok|okay|"
    r"valid|possible|genuine|fake|a|an|the|really|even|still|correct|right|safe|binding)\b|\b(about|with|of) (this|that|"
    r"it)\b|"
    r"\b(this|that|these|those) (kind of |sort of )?" + _THING + r"|\b" + _THING + r"s? like (this|that)\b|"
    # fr: "est-ce un vrai courrier ?", "c'est vrai ?", "ce message", "ça", "cela"
    r"\best-ce (un|une|vrai|vraiment|bien|officiel|normal|legal)\b|\bc'est (vrai|officiel|normal|legal|un|une|bien)\b|"
    r"\b(ce|cet|cette|ces) (genre de |type de |sorte de )?" + _THING + r"|\b(ca|cela|ceci)\b|"
    # de: "ist das echt?", "stimmt das?", "diese Nachricht"
    r"\b(ist|is|war|sind|stimmt) (das|dies|diese)\b|\bstimmt es\b|\b(ist|war) es (wahr|echt|legal|erlaubt|normal|"
    r"offiziell|gultig|moglich|ein|eine|wirklich|richtig|korrekt|okay|ok|uberhaupt|noch)\b|"
    r"\b(diese|dieser|dieses|diesen) " + _THING + r"|\bdas (stimmt|ist echt|ist wahr)\b|"
    # whom to contact about what was told (session 25): "… als Wahlhelferin mitmachen. An wen wende ich mich?"
    r"\ban wen (wende|kann|soll) ich mich( (da|dafur|damit|dann))?( wenden)?\s*\?|\bwho (do|should|can) i (contact|ask|"
    r"talk to|get in touch with)\s*\?|\ba qui (dois-je |je dois |puis-je |je peux |faut-il )?m'adresser\s*\?"
)


# a clause break followed by a question word: "…: wie …?", "… – is it …?", "…, how do I …?"
_CLAUSE_BREAK = re.compile(
    r"(?::|;|\s[-\u2013\u2014]\s|,)\s*(?=(how|what|which|who|where|when|why|is|are|will|can|could|should|would|do|does|"
    r"wie|was|welche\w*|wer|wo|wohin|woher|wann|warum|wird|werden|ist|sind|kann|soll|sollte|gibt|muss|darf|comment|que|"
    r"qu'est-ce|quel\w*|qui|ou|quand|pourquoi|combien|est-ce|est-il|va-t-il|faut-il|peut-on|dois-je)\b)"
)


def clause_tail(folded: str) -> tuple[str, str] | None:
    """(what comes before, the question after the last clause break) of the question a message asks, or None when it
    has no such break or does not end with a question mark."""
    asked = asked_text(folded).strip()
    if not asked.endswith("?"):
        return None
    breaks = list(_CLAUSE_BREAK.finditer(asked))
    if not breaks:
        return None
    return asked[: breaks[-1].start()], asked[breaks[-1].end():]


# A creative piece asked for after a story: "On Sunday I'm running the polling station with some colleagues. Write me a
# funny little poem to thank them for the croissants." (session 20): the request is the last sentence.
_CREATIVE_REQUEST = re.compile(
    r"^((can|could) you |(tu peux|peux-tu|pourrais-tu|vous pouvez|pouvez-vous) |(kannst du|konntest du|konnen sie) )?"
    r"(please |stp |bitte )?(write|compose|make up|invent|draft|ecris|redige|invente|imagine|schreib\w*|"
    r"verfass\w*|dicht\w*|erfind\w*)( me| us|-moi|-nous| mir| uns)?\b[^.?!]{0,30}\b(poem|song|story|rhyme|limerick|"
    r"toast|card|verse|poeme|chanson|histoire|conte|comptine|rime|petit mot|carte|gedicht|lied|geschichte|reim|"
    r"marchen|karte|spruch|vers)\w*\b"
)


def creative_tail(folded: str) -> str | None:
    """The last sentence when a message ends with a request for a poem, a song or a story after one or more
    statements (no question among them); else None."""
    parts = [part for part in SENTENCE_END.split(folded.strip()) if part]
    if len(parts) < 2 or not _CREATIVE_REQUEST.search(parts[-1]) or any("?" in part for part in parts[:-1]):
        return None
    return parts[-1]


def stands_alone(question: str) -> bool:
    """Whether ``question`` says what it asks without leaning on what came before ("wie geht das?", "what now?" do
    not)."""
    return len(question.split()) > REFERS_BACK_WORDS and _REFERS_BACK.search(question) is None


@lru_cache(maxsize=1024)
def asked_text(folded: str) -> str:
    """The part of ``folded`` whose words say what is asked: the final question after a story, unless it refers back
    to the story; otherwise the whole text."""
    final = final_question(folded)
    if final is None or not stands_alone(final):
        return folded
    return final


# What follows a colon is quoted content unless it is itself a question ("…, last thing: where should my second
# vote go?" asks for advice; "Was sagt X zu: Der Flugverkehr soll …" quotes a thesis), also one that opens with a
# preposition ("Bei der Stichwahl: Für welchen der beiden Kandidaten sollte …", "… : pour laquelle …"; session 32).
# (moved from ``intents`` in session 45)
QUESTION_START = re.compile(
    r"\s*((fur|bei|mit|uber|von|nach|an|in|zu|auf|aus|for|with|about|on|at|by|to|from|of|pour|avec|sur|dans|chez|de|"
    r"par|a|en) )?"
    r"(where|what|which|who|whom|how|why|when|should|shall|can|could|would|do|does|is|are|wo|wohin|was|welche\w*|"
    r"wer|wen|wem|wie|warum|wann|soll|sollte|kann|ou|que|quel\w*|qui|quoi|lequel|laquelle|lesquel\w*|comment|"
    r"pourquoi|quand|dois|devrais|est-ce)\b"
)
