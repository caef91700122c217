"""The bundled demo consultation (fictional town of Rivebelle, three languages): 12 seed recommendations from a
fictional citizens' assembly, 3 citizen contributions, and the votes of 100 simulated participants in three opinion
camps (probabilities in ``communs/demo/consultation/consultation.json``; numpy generator with a fixed seed, so the
same votes every time). ``load_demo()`` is idempotent: a second call changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from django.db import transaction

from communs.consultations.models import (
    Consultation,
    ContextDocument,
    Contribution,
    Participant,
    Phase,
    Status,
    Vote,
    VoteEvent,
)

DATA = Path(__file__).resolve().parent.parent / "demo" / "consultation" / "consultation.json"


def load_demo(path: Path = DATA) -> str:
    spec = json.loads(path.read_text(encoding="utf-8"))
    existing = Consultation.objects.filter(slug=spec["slug"]).first()
    if existing is not None:
        return f"{existing.slug} (already loaded)"
    with transaction.atomic():
        c = Consultation.objects.create(
            slug=spec["slug"], title=spec["title"], question=spec["question"], description=spec["description"],
            languages=spec["languages"], translations=spec["translations"], phase=Phase.OPEN, licence=spec["licence"],
        )
        for position, doc in enumerate(spec["documents"]):
            ContextDocument.objects.create(consultation=c, position=position, **doc)
        rng = np.random.default_rng(spec["random_seed"])
        camps = spec["camps"]
        n = int(spec["participants"])
        camp_of = rng.choice(len(camps["share"]), size=n, p=np.asarray(camps["share"]) / sum(camps["share"]))
        participants = [Participant.objects.create(consultation=c, pid=pid) for pid in range(n)]
        statements = []
        for tid, seed in enumerate(spec["seeds"]):
            statements.append(Contribution.objects.create(
                consultation=c, tid=tid, text=seed["text"], language=seed["language"], is_seed=True,
                status=Status.ACCEPTED, reviewed=True,
            ))
        for offset, item in enumerate(spec["contributions"]):
            statements.append(Contribution.objects.create(
                consultation=c, tid=len(spec["seeds"]) + offset, text=item["text"], language=item["language"],
                author=participants[offset * 7], status=Status.ACCEPTED,
            ))
        votes, events = [], []
        for p, camp in zip(participants, camp_of, strict=True):
            for k, s in enumerate(statements):
                if rng.random() > camps["participation"]:
                    continue
                agree, disagree = camps["agree"][camp][k], camps["disagree"][camp][k]
                draw = rng.random()
                value = 1 if draw < agree else -1 if draw < agree + disagree else 0
                votes.append(Vote(participant=p, contribution=s, value=value))
                events.append(VoteEvent(participant=p, contribution=s, value=value, origin="demo"))
        Vote.objects.bulk_create(votes)
        VoteEvent.objects.bulk_create(events)
    return f"{c.slug}: {len(statements)} statements, {n} participants, {len(votes)} votes"
