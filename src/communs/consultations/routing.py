"""Which statement a participant sees next (one at a time, like Polis).

Rule. Candidates are the visible contributions (``visible_contributions``) the participant has not voted on and did
not write. Each gets a weight

    weight = novelty(S) * (1 + 3 * separation) * (1 - 0.5 * pass_rate)

- ``novelty(S) = 1 + 8 * 2 ** (-S / 5)`` with S the number of votes the statement has: a new statement is worth up
  to 9 times a well-voted one, so fresh contributions quickly get the votes they need. This is Polis's novelty boost
  (polis ``math/src/polismath/math/conversation.clj``, ``priority-metric``: ``(+ 1 (* 8 (Math/pow 2 (/ S -5))))``).
- ``separation`` in [0, 1]: once a synthesis exists, how well the statement separates the opinion groups (e.g. the
  between-group spread of agreement from ``core.deliberation``), scaled by the largest score; 0 without a synthesis.
- ``pass_rate``: share of "pass" votes (smoothed: (passes + 1) / (S + 2)); statements people skip matter less.

The highest weight wins; statements within 10 % of it are near-ties and one is drawn with a random generator seeded
by (consultation, participant, number of votes already cast), so the choice is reproducible for a given state but
differs between participants (no herding by order)."""

from __future__ import annotations

import random
from collections.abc import Mapping

from django.db.models import Count, Q

from communs.consultations.models import Consultation, Contribution, Participant, Vote
from communs.consultations.visibility import visible_contributions

NEAR_TIE = 0.9


def novelty(votes: int) -> float:
    return 1.0 + 8.0 * 2.0 ** (-votes / 5.0)


def weight(votes: int, passes: int, separation: float) -> float:
    pass_rate = (passes + 1) / (votes + 2)
    return novelty(votes) * (1.0 + 3.0 * separation) * (1.0 - 0.5 * pass_rate)


def _normalised(scores: Mapping[int, float] | Mapping[str, float] | None) -> dict[int, float]:
    if not scores:
        return {}
    values = {int(k): max(0.0, float(v)) for k, v in scores.items()}
    top = max(values.values(), default=0.0)
    return {k: (v / top if top > 0 else 0.0) for k, v in values.items()}


def ranked_candidates(
    consultation: Consultation, participant: Participant | None,
    separation: Mapping[int, float] | Mapping[str, float] | None = None,
) -> list[tuple[float, Contribution]]:
    """(weight, contribution) for every candidate, best first (ties by public number)."""
    scores = _normalised(separation if separation is not None else consultation.routing_scores)
    qs = visible_contributions(consultation).annotate(n_votes=Count("votes"), n_pass=Count("votes", filter=Q(votes__value=0)))
    if participant is not None:
        voted = Vote.objects.filter(participant=participant).values("contribution_id")
        qs = qs.exclude(pk__in=voted).exclude(author=participant)
    ranked = [(weight(c.n_votes, c.n_pass, scores.get(c.pk, 0.0)), c) for c in qs]
    ranked.sort(key=lambda wc: (-wc[0], wc[1].tid))
    return ranked


def next_statement(
    consultation: Consultation, participant: Participant | None,
    separation: Mapping[int, float] | Mapping[str, float] | None = None, seed: int | None = None,
) -> Contribution | None:
    """The next statement to show, or None when the participant has voted on everything visible."""
    ranked = ranked_candidates(consultation, participant, separation)
    if not ranked:
        return None
    best = ranked[0][0]
    ties = [c for w, c in ranked if w >= NEAR_TIE * best]
    if seed is None:
        cast = Vote.objects.filter(participant=participant).count() if participant is not None else 0
        seed = hash((consultation.pk, participant.pid if participant else -1, cast)) & 0xFFFFFFFF
    return random.Random(seed).choice(ties)
