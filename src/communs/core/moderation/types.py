"""What a moderation rule returns: reasons (machine code + human detail + span) and the overall verdict."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reason:
    """One finding. ``code`` is stable (``spam.links``, ``abuse.insult``, ``pii.email``, ``duplicate``...),
    ``detail`` is a short English explanation for moderators, ``span`` the offending characters when known."""

    code: str
    detail: str
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "detail": self.detail, "span": list(self.span) if self.span else None}


@dataclass(frozen=True)
class Verdict:
    """``hold`` means "do not publish before a moderator looks at it"; ``redaction`` is a suggested version of the
    text with personal data replaced by placeholders (None when nothing needs redacting)."""

    hold: bool
    reasons: list[Reason] = field(default_factory=list)
    redaction: str | None = None

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]
