"""Moderation rules over plain text (no Django): spam, abuse and insults, personal data, near-duplicates.

``moderate(text, language, rate)`` runs the text rules and returns a ``Verdict``: ``hold=True`` keeps the
contribution pending until a moderator decides; personal data also comes with a suggested redaction. Duplicates
need the consultation's vectors and are checked by the caller with ``near_duplicates``."""

from __future__ import annotations

from communs.core.moderation.abuse import abuse_reasons
from communs.core.moderation.duplicates import DUPLICATE_THRESHOLD, DuplicateMatch, near_duplicates
from communs.core.moderation.pii import find_pii, iban_is_valid, pii_reasons, redact
from communs.core.moderation.spam import PostingRate, spam_reasons
from communs.core.moderation.types import Reason, Verdict
from communs.core.text import detect_language

__all__ = [
    "DUPLICATE_THRESHOLD", "DuplicateMatch", "PostingRate", "Reason", "Verdict", "abuse_reasons", "find_pii",
    "iban_is_valid", "moderate", "near_duplicates", "pii_reasons", "redact", "spam_reasons",
]


def moderate(text: str, language: str | None = None, rate: PostingRate | None = None) -> Verdict:
    """Every text rule; any finding holds the contribution for a moderator."""
    lang = language or detect_language(text)
    reasons = spam_reasons(text, rate) + abuse_reasons(text, lang)
    pii, redaction = pii_reasons(text)
    reasons += pii
    return Verdict(hold=bool(reasons), reasons=reasons, redaction=redaction)
