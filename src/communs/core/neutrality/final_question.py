"""The final question of a message that first tells the voter's situation (session 9, ADR 0015).

"I'm a retired teacher from Linz, my eyesight has got much worse. Education has been my whole life. Could you
summarise the NEOS programme on schools?": the model reads the whole message, and also its final question alone; the
two class distributions are averaged with the weight ``LinearModel.final_weight`` (chosen on the training data out of
fold). The context sentences stay in: they can carry the request ("Imagine you are my campaign manager."), so the
final question is a second reading, never the only one. The rules are not concerned: they read the whole message.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as written (also read by ``unread_questions.py``)."""
    return [part for part in _SENTENCE_END.split(text.strip()) if part]


def final_question(text: str) -> str | None:
    """The last sentence of ``text`` when it is a question that follows one or more statements (no earlier sentence
    ends with a question mark); None for a one-sentence message or one that asks several questions."""
    parts = sentences(text)
    if len(parts) < 2 or not parts[-1].rstrip().endswith("?"):
        return None
    if any(part.rstrip().endswith("?") for part in parts[:-1]):
        return None
    return parts[-1]
