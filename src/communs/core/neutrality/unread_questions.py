"""The questions of a longer message that no answerable rule reads, read again by the model alone (session 25).

"I run a small bakery in Rouen. What do Renaissance and the RN propose on employer contributions? Should the SMIC be
raised again next year, yes or no? I'd also like to know where the programmes are published.": an answerable rule reads
the message (what the parties propose) and the model, which decides only what no rule decides, never sees the verdict
asked in the middle. Session 24 left this open: a request hidden among legitimate questions went through whenever a
rule answered the rest.

So when no refusal rule fired on a message of several sentences and an answerable rule (not the out-of-scope one) or
the model decided it (ADR 0018), each of its sentences that is a question of seven words or more and that no answerable rule reads on its own is read
by the model alone (names masked, as for any question). If the model gives one of them a refusal mass of at least
``UNREAD_THRESHOLD``, the message is refused with the model's most likely refusal category for it.

The threshold is higher than the model's own (0.45), and short questions are left out: such a question is read without
the message around it, and a short one often leans on what came before ("Se dit-elle de gauche radicale ?", "Not
directly by the people, right?", "C'est un narcissique, non ?"), which read alone looks like a request. Measured with
the rules of the session start (a617534), on the development sets dev5-dev128 (read before, but never for this
reading) and dev129-dev133 (unread then), refusals caught / over-refusals:

| questions of | threshold | dev5-dev128 | dev129-dev133 |
|---|---|---|---|
| 5+ words | 0.70 | 3 / 8 | 10 / 0 |
| 5+ words | 0.80 | 3 / 4 | 8 / 0 |
| 7+ words | 0.60 | 4 / 1 | 11 / 2 |
| 7+ words | 0.70 | 3 / 0 | 8 / 0 |
| **7+ words** | **0.80** | **3 / 0** | **6 / 0** |
| 7+ words | 0.90 | 3 / 0 | 5 / 0 |

0.80 keeps a margin above the first over-refusals (0.65). The same reading for the messages the model decides (answer
or out of scope) at 0.80: dev5-dev128 0 / 0 over 1,055 such messages, dev129-dev133 2 / 0, dev134-dev138 (unread
when measured) 6 / 0. A framed question ("Was sagt X zu: <thesis>?") is not read this way: the thesis is content. Statements were left out: read alone they added hundreds of
over-refusals (a rumour reported, "I'm torn between the SPD and the Greens"). Training does not see this reading (the
cross-validated threshold search reads whole messages); the held-out sets and the benchmark do, through
:meth:`classifier.Classifier.classify_many`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from communs.core.neutrality.final_question import sentences
from communs.core.neutrality.policy import NeutralityDecision

# A question that only asks to confirm a fact the message stated or asked before it (session 33): "Das Volk stimmt da ja
# nicht direkt ab, oder?", "12,5 % des inscrits, c'est bien ça ?", "The list that comes first gets a bonus, right?" —
# read alone, such a statement with a tag reads like a request for a verdict
_CONFIRMATION = re.compile(r"(,\s*|\s)(oder|right|non|n'est-ce pas|c'est (bien )?(ça|ca|cela)|hein|nicht wahr|stimmt'?s|gell|"
                           r"isn'?t (it|that)|is that right|correct|c'est correct|c'est exact|richtig|"
                           # (session 40) whether a claim told before is a scam: "C'est du sérieux ou c'est une arnaque ?"
                           r"(c'est du s[ée]rieux|c'est vrai) ou c'est une arnaque|(legit|real) or (a )?(scam|fake)|"
                           r"(echt|ernst) oder (ein )?(betrug|fake))\s*\?+\s*$",
                           re.IGNORECASE)
# (session 46) the voter's own belief to be checked, after the question it belongs to: « Je fais une affiche pour le CDI :
# comment sont élus les sénateurs ? Je crois que c'est pas les citoyens directement ? » (not when the assistant is asked:
# "I think they're crooks, don't you?")
_BELIEF_CHECKED = re.compile(r"^\W*(je crois|je pense|il me semble|j'ai l'impression|i think|i believe|i thought|ich glaube|ich "
                             r"dachte|ich meine)\b(?!.*\b(tu|toi|vous|you|your|du|dir|dich|ihr|euch)\b)[^?]*\?+\s*$",
                             re.IGNORECASE)
# (round 8) a claim reported, not asked (« Y'a un tract … qui dit que les bureaux de vote fermeront à midi ?! »), whom to
# report "it" to (« Je devrais le signaler à qui ? »), and an elliptic continuation of the question before it (« … il se
# présente comment ? Comme un parti de gauche, ou plutôt social-démocrate ? »)
_REPORTED_OR_ELLIPTIC = re.compile(r"\b(qui dit|qui affirme|that says|saying that|claiming that|der behauptet|in dem steht|wonach)\b|"
                                   r"\b(le|la|ca|it|this|that|das|es|ihn|sie) (signaler|report|melden)\b|"
                                   r"^\W*(comme|as|als|plutot|eher|rather)\b", re.IGNORECASE)
UNREAD_THRESHOLD = 0.8
UNREAD_RULE = "model.unread_question"
MIN_WORDS = 7
# The rules whose reading of a sentence with the one before it counts (session 39): a way of voting named, then "which of
# the two suits me?". Not every rule: a long rule read across sentences would drop a verdict asked after a fact ("… can't
# vote in the general election. Write a short opinion: is that legitimate?")
READS_AFTER_RULES = frozenset({"procedure.any.way_for_me", "procedure.any.which_way_for_me"})  # (session 45: the second)


def unread_questions(asked: str, reads_alone: Callable[[str], bool],
                     reads_after: Callable[[str, str], bool] | None = None) -> tuple[str, ...]:
    """The questions of ``asked`` (the message with its disclaimers set aside, as written) of ``MIN_WORDS`` words or
    more that ``reads_alone`` (an answerable-rule check on one sentence) does not read; empty for one sentence.

    ``reads_after(previous, sentence)``: whether the rule that decided the message (one of ``READS_AFTER_RULES``) reads
    the sentence with the one before it, which names what it refers to ("I have never voted by post or by proxy. Which of the two would suit
    someone in my situation?", session 39): such a sentence is read."""
    parts = sentences(asked)
    if len(parts) < 2:
        return ()
    return tuple(part for n, part in enumerate(parts) if part.rstrip().endswith("?") and len(part.split()) >= MIN_WORDS
                 and not _CONFIRMATION.search(part) and not _BELIEF_CHECKED.search(part)
                 and not _REPORTED_OR_ELLIPTIC.search(part) and not reads_alone(part)
                 and not (n and reads_after is not None and reads_after(parts[n - 1], part)))


def reread(decision: NeutralityDecision, probs: list[np.ndarray], labels: tuple[str, ...], refuse_mask: np.ndarray,
           wrapped: bool) -> NeutralityDecision:
    """``decision`` (taken by an answerable rule), or a refusal when the model gives one of the unread questions
    (``probs``: their class distributions) a refusal mass of at least ``UNREAD_THRESHOLD``. ``wrapped``: the message
    carries an evasion wrapper, which turns the category into ``manipulation`` (misinformation stays itself)."""
    if not probs:
        return decision
    best = max(probs, key=lambda p: float(p[refuse_mask].sum()))
    mass = float(best[refuse_mask].sum())
    if mass < UNREAD_THRESHOLD:
        return decision
    category = labels[int(np.argmax(np.where(refuse_mask, best, -1.0)))]
    if wrapped and category != "misinformation":
        category = "manipulation"
    return NeutralityDecision("refuse", category, decision.language, mass, UNREAD_RULE)
