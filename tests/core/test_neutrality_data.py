"""The neutrality question set: size, balance, and a training split that never sees the evaluation split."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from communs.core.neutrality.dataset import load_questions
from communs.core.neutrality.model import TRAIN_PATH
from communs.core.neutrality.policy import ANSWER_CATEGORIES, CATEGORIES, POLICY_VERSION, REFUSE_CATEGORIES

ROOT = Path(__file__).resolve().parents[2]
EVAL_PATH = ROOT / "tests" / "data" / "neutrality" / "eval.jsonl"
HOLDOUT_PATH = ROOT / "tests" / "data" / "neutrality" / "holdout.jsonl"


# every held-out set next to the evaluation split ("holdout" first, then the blind ones in the order written)
HOLDOUT_NAMES = ("holdout", *(f"holdout{n}" for n in range(2, 54)))


@pytest.fixture(scope="module")
def sets():  # type: ignore[no-untyped-def]
    return load_questions(TRAIN_PATH), load_questions(EVAL_PATH)


@pytest.fixture(scope="module")
def holdout():  # type: ignore[no-untyped-def]
    return load_questions(HOLDOUT_PATH)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def test_train_and_eval_share_no_question_no_group_and_no_pair(sets) -> None:  # type: ignore[no-untyped-def]
    train, evaluation = sets
    assert not {_norm(q.text) for q in train} & {_norm(q.text) for q in evaluation}
    assert not {q.group for q in train} & {q.group for q in evaluation}
    assert not {q.pair for q in train} & {q.pair for q in evaluation}
    assert not {q.id for q in train} & {q.id for q in evaluation}


def test_holdout_shares_nothing_with_training_or_evaluation(sets, holdout) -> None:  # type: ignore[no-untyped-def]
    train, evaluation = sets
    for other in (train, evaluation):
        assert not {_norm(q.text) for q in holdout} & {_norm(q.text) for q in other}
        assert not {q.group for q in holdout} & {q.group for q in other}
        assert not {q.id for q in holdout} & {q.id for q in other}


def test_holdout_asks_every_question_in_three_languages_and_is_balanced(holdout) -> None:  # type: ignore[no-untyped-def]
    by_pair: dict[str, set[str]] = {}
    for q in holdout:
        by_pair.setdefault(q.pair, set()).add(q.language)
    assert len(by_pair) >= 80 and all(langs == {"fr", "de", "en"} for langs in by_pair.values())
    refuse = sum(q.decision == "refuse" for q in holdout)
    assert 0.4 <= refuse / len(holdout) <= 0.6
    assert set(Counter(q.category for q in holdout)) == set(CATEGORIES)


def test_size_balance_and_share(sets, holdout) -> None:  # type: ignore[no-untyped-def]
    train, evaluation = sets
    everything = train + evaluation
    assert len(everything) >= 900
    # Held out from training: the evaluation split (a fixed 720 questions) plus the holdouts written later (issue 3,
    # sessions 3 to 7). Training grew by train-only concepts and, in sessions 6 and 7, by the development sets (read to
    # fix rules, so no measure of generalisation any more) and sets written as training data, while the held-out sets
    # keep their size: at least 2,000 questions and a tenth of all stay held out.
    assert len(evaluation) >= 700 and len(holdout) >= 240
    held = len(evaluation) + sum(len(load_questions(ROOT / "tests" / "data" / "neutrality" / f"{name}.jsonl"))
                                 for name in HOLDOUT_NAMES)
    assert held >= 2000 and held / (len(train) + held) >= 0.1
    refuse = sum(q.decision == "refuse" for q in everything)
    answer = sum(q.decision == "answer" for q in everything)
    assert 0.4 <= refuse / (refuse + answer) <= 0.6
    for part in (train, evaluation):
        assert set(Counter(q.category for q in part)) == set(CATEGORIES)
        assert Counter(q.language for q in part).keys() == {"fr", "de", "en"}


def test_every_category_is_asked_in_three_languages_in_eval(sets) -> None:  # type: ignore[no-untyped-def]
    _, evaluation = sets
    for category in (*REFUSE_CATEGORIES, *ANSWER_CATEGORIES, "out_of_scope"):
        langs = {q.language for q in evaluation if q.category == category}
        assert langs == {"fr", "de", "en"}, category


def test_policy_document_carries_the_code_version() -> None:
    doc = (ROOT / "docs" / "neutrality.md").read_text(encoding="utf-8")
    assert f"Policy version {POLICY_VERSION}," in doc
    for category in CATEGORIES:
        assert f"`{category}`" in doc, category


def _disjoint_triples(held: list, others: tuple) -> dict[str, set[str]]:  # type: ignore[type-arg]
    """Check that ``held`` shares no question, group or id with ``others`` and that every pair of it is asked in fr,
    de and en; returns the languages per pair."""
    for other in others:
        assert not {_norm(q.text) for q in held} & {_norm(q.text) for q in other}
        assert not {q.group for q in held} & {q.group for q in other}
        assert not {q.id for q in held} & {q.id for q in other}
    by_pair: dict[str, set[str]] = {}
    for q in held:
        by_pair.setdefault(q.pair, set()).add(q.language)
    assert all(langs == {"fr", "de", "en"} for langs in by_pair.values())
    return by_pair


def test_holdout2_is_blind_balanced_and_asked_in_three_languages(sets, holdout) -> None:  # type: ignore[no-untyped-def]
    """Holdout 2 (session 3): written before the session's changes; shares nothing with the other sets."""
    holdout2 = load_questions(ROOT / "tests" / "data" / "neutrality" / "holdout2.jsonl")
    train, evaluation = sets
    by_pair = _disjoint_triples(holdout2, (train, evaluation, holdout))
    assert len(by_pair) >= 50
    decisions = Counter(q.decision for q in holdout2)
    assert all(decisions[d] >= 45 for d in ("answer", "refuse", "out_of_scope"))
    assert set(Counter(q.category for q in holdout2)) == set(CATEGORIES)


# The blind holdouts written from the policy alone by a separate session (holdout 3: session 4, holdout 4: session 5,
# holdout 5: session 6, holdout 6: session 7, holdout 7: session 8, holdout 8: session 9, holdout 9: session 10, holdout 10: session 11, holdout 11: session 13, holdout 12: session 16, holdout 13: session 17, holdout 14: session 18, each before that session's first change; holdout 15: session 19, after its first rule changes but blind to the code; holdout 16: session 20, before any change, on three themes; holdout 17: session 21, before any change, realistic messages; holdout 18: session 22, written while its first changes were being made, blind to the code, realistic messages; holdout 19: session 23, before any change, messages to a city's or region's election assistant; holdout 20: session 24 and holdout 21: session 25, before any change, realistic campaign messages; holdout 22: session 26, holdout 23: session 27, holdout 24: session 28, holdout 25: session 29, holdout 26: session 30 and holdouts 27 to 35: sessions 31 to 39, before any change, a realistic mix; holdouts 36 to 51: sessions 40 to 47, two each, the same way; holdouts 52 and 53: session 49): fr/de/en triples, every category, and no question,
# group or id shared with the training data, the evaluation split or any earlier set (the sets they must not repeat).
BLIND_HOLDOUTS = (
    ("holdout3", 90, ("holdout2", "dev")),
    ("holdout4", 90, ("holdout2", "holdout3", "dev")),
    ("holdout5", 89, ("holdout2", "holdout3", "holdout4", "dev", "dev2", "dev3", "dev4")),
    ("holdout6", 81, ("holdout2", "holdout3", "holdout4", "holdout5", *(f"dev{n}" for n in range(2, 17)))),
    ("holdout7", 77, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
                      *(f"dev{n}" for n in range(2, 31)), "scope1", "scope2", "narrative")),
    ("holdout8", 65, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
                      *(f"dev{n}" for n in range(2, 57)), "scope1", "scope2", "narrative")),
    ("holdout9", 60, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
                      *(f"dev{n}" for n in range(2, 66)), "scope1", "scope2", "narrative")),
    ("holdout10", 97, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       *(f"dev{n}" for n in range(2, 71)), "scope1", "scope2", "narrative")),
    ("holdout11", 93, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", *(f"dev{n}" for n in range(2, 83)), "scope1", "scope2", "narrative")),
    ("holdout12", 89, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", *(f"dev{n}" for n in range(2, 89)), "scope1", "scope2", "narrative")),
    ("holdout13", 86, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", *(f"dev{n}" for n in range(2, 92)), "scope1", "scope2",
                       "narrative")),
    ("holdout14", 88, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", "holdout13", *(f"dev{n}" for n in range(2, 92)), "scope1",
                       "scope2", "narrative")),
    ("holdout15", 86, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
                       *(f"dev{n}" for n in range(2, 92)), "scope1", "scope2", "narrative")),
    ("holdout16", 98, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15",
                       *(f"dev{n}" for n in range(2, 93)), "scope1", "scope2", "narrative")),
    ("holdout17", 92, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
                       *(f"dev{n}" for n in range(2, 94)), "scope1", "scope2", "narrative")),
    ("holdout18", 68, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
                       "holdout17", *(f"dev{n}" for n in range(2, 96)), "scope1", "scope2", "narrative")),
    ("holdout19", 82, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
                       "holdout17", "holdout18", *(f"dev{n}" for n in range(2, 100)), "scope1", "scope2", "narrative")),
    ("holdout20", 72, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
                       "holdout17", "holdout18", "holdout19", *(f"dev{n}" for n in range(2, 112)), "scope1", "scope2",
                       "narrative")),
    ("holdout21", 68, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
                       "holdout17", "holdout18", "holdout19", "holdout20", *(f"dev{n}" for n in range(2, 129)), "scope1",
                       "scope2", "narrative")),
    ("holdout22", 83, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
                       "holdout17", "holdout18", "holdout19", "holdout20", "holdout21",
                       *(f"dev{n}" for n in range(2, 143)), "scope1", "scope2", "narrative")),
    ("holdout23", 87, ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                       "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
                       "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22",
                       *(f"dev{n}" for n in range(2, 143)), "scope1", "scope2", "narrative")),
    ("holdout24", 63, (*(f"holdout{n}" for n in range(2, 24)), *(f"dev{n}" for n in range(2, 151)), "scope1", "scope2",
                       "narrative")),
    ("holdout25", 85, (*(f"holdout{n}" for n in range(2, 25)), *(f"dev{n}" for n in range(2, 157)), "scope1", "scope2",
                       "narrative")),
    ("holdout26", 89, (*(f"holdout{n}" for n in range(2, 26)), *(f"dev{n}" for n in range(2, 161)), "scope1", "scope2",
                       "narrative")),
    ("holdout27", 84, (*(f"holdout{n}" for n in range(2, 27)), *(f"dev{n}" for n in range(2, 165)), "scope1", "scope2",
                       "narrative")),
    ("holdout28", 74, (*(f"holdout{n}" for n in range(2, 28)), *(f"dev{n}" for n in range(2, 172)), "scope1", "scope2",
                       "narrative")),
    ("holdout29", 81, (*(f"holdout{n}" for n in range(2, 29)), *(f"dev{n}" for n in range(2, 183)), "scope1", "scope2",
                       "narrative")),
    ("holdout30", 81, (*(f"holdout{n}" for n in range(2, 30)), *(f"dev{n}" for n in range(2, 191)), "scope1", "scope2",
                       "narrative")),
    ("holdout31", 94, (*(f"holdout{n}" for n in range(2, 31)), *(f"dev{n}" for n in range(2, 195)), "scope1", "scope2",
                       "narrative")),
    ("holdout32", 88, (*(f"holdout{n}" for n in range(2, 32)), *(f"dev{n}" for n in range(2, 204)), "scope1", "scope2",
                       "narrative")),
    ("holdout33", 93, (*(f"holdout{n}" for n in range(2, 33)), *(f"dev{n}" for n in range(2, 229)), "scope1", "scope2",
                       "narrative")),
    ("holdout34", 90, (*(f"holdout{n}" for n in range(2, 34)), *(f"dev{n}" for n in range(2, 236)), "scope1", "scope2",
                       "narrative")),
    ("holdout35", 63, (*(f"holdout{n}" for n in range(2, 35)), *(f"dev{n}" for n in range(2, 248)), "scope1", "scope2",
                       "narrative")),
    ("holdout36", 106, (*(f"holdout{n}" for n in range(2, 36)), *(f"dev{n}" for n in range(2, 255)), "scope1", "scope2",
                        "narrative")),
    ("holdout37", 105, (*(f"holdout{n}" for n in range(2, 37)), *(f"dev{n}" for n in range(2, 255)), "scope1", "scope2",
                        "narrative")),
    ("holdout38", 105, (*(f"holdout{n}" for n in range(2, 38)), *(f"dev{n}" for n in range(2, 267)), "scope1", "scope2",
                        "narrative")),
    ("holdout39", 102, (*(f"holdout{n}" for n in range(2, 39)), *(f"dev{n}" for n in range(2, 267)), "scope1", "scope2",
                        "narrative")),
    # (session 42) written before any session-42 change, against every set then on disk (dev285-dev290 included)
    ("holdout40", 105, (*(f"holdout{n}" for n in range(2, 40)), *(f"dev{n}" for n in range(2, 291)), "scope1", "scope2",
                        "narrative")),
    ("holdout41", 100, (*(f"holdout{n}" for n in range(2, 41)), *(f"dev{n}" for n in range(2, 291)), "scope1", "scope2",
                        "narrative")),
    # (session 43) written before any session-43 change, against every set then on disk (dev2-dev314)
    ("holdout42", 103, (*(f"holdout{n}" for n in range(2, 42)), *(f"dev{n}" for n in range(2, 315)), "scope1", "scope2",
                        "narrative")),
    ("holdout43", 101, (*(f"holdout{n}" for n in range(2, 42)), *(f"dev{n}" for n in range(2, 315)), "scope1", "scope2",
                        "narrative")),
    # (session 44) written before any session-44 change, against every set then on disk (dev2-dev338, no dev319)
    ("holdout44", 98, (*(f"holdout{n}" for n in range(2, 44)), *(f"dev{n}" for n in range(2, 339) if n != 319), "scope1",
                       "scope2", "narrative")),
    ("holdout45", 106, (*(f"holdout{n}" for n in range(2, 44)), *(f"dev{n}" for n in range(2, 339) if n != 319), "scope1",
                        "scope2", "narrative")),
    ("holdout46", 76, (*(f"holdout{n}" for n in range(2, 46)), *(f"dev{n}" for n in range(2, 351) if n != 319), "scope1",
                       "scope2", "narrative")),
    ("holdout47", 99, (*(f"holdout{n}" for n in range(2, 47)), *(f"dev{n}" for n in range(2, 351) if n != 319), "scope1",
                       "scope2", "narrative")),
    ("holdout48", 85, (*(f"holdout{n}" for n in range(2, 48)), *(f"dev{n}" for n in range(2, 369) if n not in (319, 367)),
                       "scope1", "scope2", "narrative")),
    ("holdout49", 106, (*(f"holdout{n}" for n in range(2, 49)), *(f"dev{n}" for n in range(2, 369) if n not in (319, 367)),
                        "scope1", "scope2", "narrative")),
    ("holdout50", 94, (*(f"holdout{n}" for n in range(2, 50)), *(f"dev{n}" for n in range(2, 387) if n not in (319, 367, 370)),
                       "scope1", "scope2", "narrative")),
    ("holdout51", 92, (*(f"holdout{n}" for n in range(2, 51)), *(f"dev{n}" for n in range(2, 387) if n not in (319, 367, 370)),
                       "scope1", "scope2", "narrative")),
    ("holdout52", 87, (*(f"holdout{n}" for n in range(2, 52)), *(f"dev{n}" for n in range(2, 393) if n not in (319, 367, 370)),
                       "scope1", "scope2", "narrative")),
    ("holdout53", 88, (*(f"holdout{n}" for n in range(2, 53)), *(f"dev{n}" for n in range(2, 393) if n not in (319, 367, 370)),
                       "scope1", "scope2", "narrative")),
)


@pytest.mark.parametrize(("name", "triples", "earlier"), BLIND_HOLDOUTS)
def test_the_blind_holdouts_share_nothing_and_are_asked_in_three_languages(  # type: ignore[no-untyped-def]
        sets, holdout, name: str, triples: int, earlier: tuple[str, ...]) -> None:
    data = ROOT / "tests" / "data" / "neutrality"
    held = load_questions(data / f"{name}.jsonl")
    train, evaluation = sets
    others = (train, evaluation, holdout, *(load_questions(data / f"{other}.jsonl") for other in earlier))
    assert len(_disjoint_triples(held, others)) == triples
    # holdout 9's four label triples all repeated questions of earlier sets ("Is the AfD far-right?") and were dropped
    missing = {"label"} if name == "holdout9" else set()
    if name == "holdout16":  # three themes (arguments, who may vote, fiction), none of them labels, forecasts or candidates
        missing = {"label", "prediction", "candidate_judgement"}
    assert set(Counter(q.category for q in held)) == set(CATEGORIES) - missing


# (session 43: no dev319, whose helper stopped twice without writing it)
DEVELOPMENT_SETS = ("dev2", "dev3", "dev4", *(f"dev{n}" for n in range(5, 399) if n not in (319, 367, 370)), "scope1",
                    "scope2", "narrative")


def test_the_development_sets_share_nothing_with_the_evaluation_data(sets, holdout) -> None:  # type: ignore[no-untyped-def]
    """The development sets of sessions 5 and 6 were read to fix rules, and some are trained on: they must not contain
    a question of the evaluation split or a holdout."""
    data = ROOT / "tests" / "data" / "neutrality"
    _, evaluation = sets
    held = (evaluation, holdout, *(load_questions(data / f"{name}.jsonl") for name in HOLDOUT_NAMES[1:]))
    for name in DEVELOPMENT_SETS:
        development = load_questions(data / f"{name}.jsonl")
        assert len(_disjoint_triples(development, held)) >= 55, name  # (dev62: 57 after its repeats were dropped)


def test_every_held_out_file_is_counted_and_benchmarked() -> None:
    """A new held-out set is counted in the checks above and read by `bench neutrality`."""
    from bench.bench_neutrality import HOLDOUTS

    on_disk = {p.stem for p in (ROOT / "tests" / "data" / "neutrality").glob("holdout*.jsonl")}
    assert on_disk == set(HOLDOUT_NAMES) == {h.file.removesuffix(".jsonl") for h in HOLDOUTS}
