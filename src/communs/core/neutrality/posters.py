"""A question asked on a poster, a FAQ or a notice (session 46): the words of a text to write ("Mach ein Plakat",
"for our FAQ") around a question the assistant answers. The promotion rules that read a text to write refuse campaign
material; a poster whose content is "Which parties want to lower the voting age?" is a comparison question.
"""

from __future__ import annotations

import re

from communs.core.neutrality.intents import match_intent
from communs.core.neutrality.political import KNOWN_PARTY
from communs.core.neutrality.politicians import KNOWN_POLITICIAN
from communs.core.neutrality.rules import match_rules

_POSTER_BEFORE = re.compile(r"\b(plakat|poster|affiche|aushang|flyer|faq|wandzeitung|infotafel|panneau|notice|handout|"
                            r"merkblatt|fiche|expose|referat)\b")
_CAMPAIGN_WORD = re.compile(r"\b(campaign\w*|campagne\w*|wahlkampf\w*|canvass\w*|tract\w*|militant\w*|werbung|promo\w*|"
                            r"support\w*|soutien\w*|unterstutz\w*)\b")


def question_on_a_poster(prepared: str) -> bool:
    """Whether ``prepared`` (output of ``rules.prepare``) asks, after a colon, a question that goes on a poster, a FAQ or a
    notice: what the text is for names no party, no politician and no campaign, and no refusal rule reads the question
    (nor an out-of-scope one) („Wir machen ein Plakat für den Jugendbeirat: Welche Parteien wollen das Wahlalter senken?").
    A text-writing rule's hit on such a message is no request for campaign material (``classifier.text_facts``)."""
    before, colon, after = prepared.partition(": ")
    if not colon or not _POSTER_BEFORE.search(before) or _CAMPAIGN_WORD.search(before):
        return False
    if KNOWN_PARTY.search(before) or KNOWN_POLITICIAN.search(before) or not after.rstrip().endswith("?"):
        return False
    read = match_intent(after)  # (no answerable rule reading it leaves the message to the model)
    return (read is None or read.category != "out_of_scope") and not match_rules(after)
