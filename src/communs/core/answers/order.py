"""A party order that favours none: a shuffle seeded by the question and the election.

The seed is the first 8 bytes of SHA-256(normalised question + U+001F + election id), where the question is
normalised by accent folding, lower-casing and keeping only word characters separated by single spaces. The same
question in the same election always gets the same order (reproducible, recorded in the answer's bundle); different
questions get independent uniform permutations (``random.Random(seed).shuffle`` over the party ids sorted), so over
many questions every party comes first about equally often.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence

from communs.core.text import fold


def normalised_question(question: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", fold(question)))


def order_seed(question: str, election_id: str) -> int:
    digest = hashlib.sha256(f"{normalised_question(question)}\x1f{election_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def party_order(party_ids: Sequence[str], question: str, election_id: str) -> tuple[list[str], int]:
    """The shuffled ids and the seed used."""
    seed = order_seed(question, election_id)
    ids = sorted(dict.fromkeys(party_ids))
    random.Random(seed).shuffle(ids)
    return ids, seed
