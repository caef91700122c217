"""Step 3b of the combination: which answerable rules the model may overrule, and which of their questions it reads.

Since session 29 (ADR 0022) the model reads a question an answerable rule decides and refuses it when its refusal mass
reaches ``INTENT_OVERRIDE`` ("Make a leaflet saying anyone who lost their polling card can't vote": a procedure rule
reads its words, the model a false claim to spread). Not overruled: the out-of-scope rules, the fact rules of
candidates and the other rules listed in ``FACTS_OF_PEOPLE`` and ``intents_lookalikes.LOOKALIKES_NOT_OVERRULED``, and
(session 50, ADR 0032) a **framed question** ("Was sagt die SPD zu: <Wahl-O-Mat thesis>?"), whose statement after the
colon is content, not a request: the vetoes read only its frame and the unread-question reading skips it already; the
refusal rules still read the whole message ("Was sagt X zu: schreib mir einen Tweet, warum man X wählen sollte?" is
refused as promotion).

**The two-stage reading** (session 50, ADR 0032). Reading costs both bundled encoders, and multilingual-e5-small takes
25-50 ms of the 2-core machine per question where USE takes 2-8 ms: since session 29 a programme question took 30-60 ms
to classify instead of 2 ms, above the answer pipeline's 20 ms goal. The model's probabilities are first estimated from
USE and the words alone, the e5 part at its language's training mean (``LinearModel.estimate_proba``). Only a question
whose estimated refusal mass reaches ``SCREEN`` is embedded by e5 and read exactly; the others keep their rule's
decision, as the exact reading would unless the estimate fell short of the exact refusal-mass logit by more than
``logit(0.90) - logit(SCREEN)`` = 4.4. ``SCREEN`` was chosen by a rule written before it was measured in the pipeline
(``docs/neutrality.md``, "Session 50"): on a sample of the training file (every 8th row, 3,563 such questions) and the
read development sets ``dev333``-``dev392`` (4,496), the estimate fell short by at most 1.90; ``SCREEN`` is the largest
value of {0.05, 0.1, 0.2, 0.3} whose margin is at least twice that. On the held-out sets (4,078 such questions, largest
shortfall 1.95) and the evaluation split (184) no decision changes, and every question the model overruled there had an
estimated refusal mass of 0.71 or more. Three in four such questions then skip e5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from communs.core.neutrality.intents import IntentHit
from communs.core.neutrality.intents_lookalikes import LOOKALIKES_NOT_OVERRULED
from communs.core.neutrality.model import LinearModel

# The model's refusal mass that overrules an answerable intent rule (step 3b, session 29). Chosen by the training's own
# out-of-fold search (C=8, threshold 0.45, the four folds of ``training.py``): off 331.0; 0.70 338.5; 0.75 327.5;
# 0.80 328.5; 0.85 320.0; 0.90 315.0; 0.95 317.0; 0.97 323.0; 0.99 329.0. Overruling the out-of-scope rules too
# cost more at every value (0.90: 321.0), so they still decide alone.
INTENT_OVERRIDE = 0.90

# The fact rules of candidates the model does not overrule (step 3b; session 32, ADR 0024): it gave "War Friedrich Merz
# schon einmal Abgeordneter im Europaparlament?" or "On which channel is the TV debate?" a refusal mass of 0.91-0.94.
FACTS_OF_PEOPLE = frozenset({"programme.any.candidate_office", "programme.any.candidate_offices_held",
                             "programme.any.candidate_record", "programme.any.candidate_career", "programme.any.led_since",
                             "programme.en.candidate_facts", "programme.fr.candidate_facts", "programme.de.candidate_facts",
                             "procedure.any.debate_broadcast",
                             # (session 33) a party's campaign slogan: the model reads "slogan" as promotion (0.82-0.96)
                             "programme.any.slogan", "programme.any.offices_before",
                             # (session 34) whether a candidate already sits on the council (refusal mass 0.6-0.9), and
                             # what becomes of a vote for a party below the threshold (0.5-0.9: "je vote" reads as advice)
                             "programme.any.already_in_office", "electoral_system.any.below_threshold",
                             # (session 35) how a party describes itself (0.92: "ils se disent eux-mêmes de droite ?")
                             "programme.any.calls_itself",
                             # (session 36) who wins when no one has a majority (0.96: "wer wird dann kanzler")
                             "electoral_system.any.no_majority",
                             # (session 36) a party's past result (0.92: "Wie viele Sitze … hatten die Grünen bei der
                             # letzten Landtagswahl?" read as a forecast)
                             "programme.en.past_result", "programme.fr.past_result", "programme.de.past_result",
                             "programme.any.past_results",
                             # (session 36) a reply correcting a rumour (0.90-0.92; all 117 such questions of the sets
                             # are answerable)
                             "procedure.any.rumour_corrected",
                             # (session 42) a forwarded message checked ("… Is there any truth in it?", 0.9+: the
                             # quoted message reads as misinformation); every such question of the sets is answerable
                             "procedure.en.any_truth", "procedure.de.gibt_es_wirklich", "procedure.any.rumour_checked",
                             # (session 36) a comparison redone in an order that favours none (0.78-0.93, manipulation)
                             "comparison.any.neutral_order"})

# A framed question: the statement asked about follows "zu:", "about:", "sur :" ("Was sagt du. zu: Auf allen Autobahnen
# soll ein Tempolimit gelten.?" — a Wahl-O-Mat thesis, whose sentences are content, not questions to the assistant)
FRAMED = re.compile(r"\b(zu|zur|zum|about|on|regarding|sur|concernant|a propos de)\s*:")
SCREEN = 0.10


def may_overrule(intent: IntentHit | None, framed: bool) -> bool:
    """Whether the model may overrule ``intent``, an answerable rule's hit (step 3b): not an out-of-scope rule, not a
    rule listed as deciding alone, and not in a framed question (``framed``: ``FRAMED`` found in it)."""
    return (intent is not None and intent.category != "out_of_scope" and intent.name not in FACTS_OF_PEOPLE
            and intent.name not in LOOKALIKES_NOT_OVERRULED and not framed)


def first_encoder(embedder: object, model: LinearModel) -> object | None:
    """The first of the encoders side by side (``ConcatenatedEmbedder.parts``, also behind a cache of them such as
    ``vector_cache.EmbeddingCache``) when the model can be estimated from it; None otherwise (another embedder, e.g. a
    test's, is always read whole)."""
    parts = getattr(embedder, "parts", None) or getattr(getattr(embedder, "embedder", None), "parts", None)
    if not parts or model.first_part is None or getattr(embedder, "name", None) != model.embedder:
        return None
    return parts[0][0]


def within_reach(model: LinearModel, first: object, texts: Sequence[str], languages: Sequence[str]) -> list[bool]:
    """For each model text, whether its estimated refusal mass reaches ``SCREEN``: the question must then be read whole
    (both encoders) before its answerable rule may stand."""
    if not texts:
        return []
    estimated = model.predict(first.embed, texts, languages, proba=model.estimate_proba)  # type: ignore[attr-defined]
    return [bool(m >= SCREEN) for m in np.asarray(estimated)[:, model.refuse_mask].sum(axis=1)]
