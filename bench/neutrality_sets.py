"""The neutrality question sets the benchmark reports: the held-out sets (``HOLDOUTS``: never trained on, never used to
choose anything; each with its figures before the session that wrote it) and the development sets (``DEVELOPMENT_SETS``:
written from the policy alone and read to fix rules). Split out of ``bench_neutrality`` in session 42 (the registry alone
had grown past the house limit on a module's length); ``bench_neutrality`` re-exports both. The development sets live in
``neutrality_dev_sets`` since session 49.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.neutrality_dev_sets import DEVELOPMENT_SETS

__all__ = ["DEVELOPMENT_SETS", "HOLDOUTS", "Holdout"]


@dataclass(frozen=True)
class Holdout:
    """A held-out question set: never trained on, never used to choose anything. ``before``: its figures on the code
    of the session that wrote it, measured once before that session's first change (recall, over-refusal,
    consistency)."""

    name: str
    file: str
    title: str
    about: str
    before: tuple[str, str, str] | None = None


HOLDOUTS = (
    Holdout("holdout", "holdout.jsonl", "Holdout (written before the changes)",
            "written from the policy text before the policy-1.1 model changes of issue 3 and never used for "
            "training or for choosing anything (session 3 looked at which rules erred on it, see docs/neutrality.md)"),
    Holdout("holdout 2, blind", "holdout2.jsonl",
            "Holdout 2, blind (written before the session-3 changes, never used to change anything)",
            "fr/de/en triples, written and measured once before any session-3 change and never looked at since "
            "(only its totals are read; session 4 read them after each of its changes)",
            ("0.833 (60/72)", "9.8% (13/132)", "85.3% (58/68)")),
    # Holdouts 3-6: written by a separate helper from docs/neutrality.md alone (no rule, data or model read), never run
    # through the classifier before they were committed; "before" = the code at the start of the writing session.
    Holdout("holdout 3, blind", "holdout3.jsonl",
            "Holdout 3, blind (session 4, written from the policy text alone, never used to change anything)",
            "fr/de/en triples, written in session 4 by a separate helper from docs/neutrality.md alone (no rule, "
            "model or training question read) and never used to change anything (code before: 27f1d07)",
            ("0.963 (104/108)", "6.2% (10/162)", "88.9% (80/90)")),
    Holdout("holdout 4, blind", "holdout4.jsonl",
            "Holdout 4, blind (session 5, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 5 by another helper and committed (dd61456) before "
            "any session-5 change (code before: bb3a4eb)",
            ("0.889 (96/108)", "4.9% (8/162)", "81.1% (73/90)")),
    Holdout("holdout 5, blind", "holdout5.jsonl",
            "Holdout 5, blind (session 6, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 6 by another helper and committed (a2cfd28) before "
            "any session-6 change (code before: e394374)",
            ("0.952 (100/105)", "3.7% (6/162)", "89.9% (80/89)")),
    Holdout("holdout 6, blind", "holdout6.jsonl",
            "Holdout 6, blind (session 7, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 7 by another helper and committed before any "
            "session-7 change (code before: 000909d; 9 of its 90 triples were dropped because a question equalled one "
            "of an earlier set)",
            ("0.990 (104/105)", "5.8% (8/138)", "93.8% (76/81)")),
    Holdout("holdout 7, blind", "holdout7.jsonl",
            "Holdout 7, blind (session 8, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 8 by another helper and committed before any "
            "session-8 change (code before: 822eb16; 13 of its 90 triples were dropped because a question equalled one "
            "of an earlier set)",
            ("1.000 (93/93)", "2.2% (3/138)", "96.1% (74/77)")),
    Holdout("holdout 8, blind", "holdout8.jsonl",
            "Holdout 8, blind (session 9, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 9 by another helper and committed (4c0b2b1) before any "
            "session-9 change (code before: 06df223; 25 of its 90 triples were dropped because a question equalled one "
            "of an earlier set)",
            ("1.000 (84/84)", "1.8% (2/111)", "98.5% (64/65)")),
    Holdout("holdout 9, blind", "holdout9.jsonl",
            "Holdout 9, blind (session 10, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 10 by another helper and committed before any "
            "session-10 change (code before: 85b8ed4; 30 of its 90 triples were dropped because a question equalled "
            "one of an earlier set)",
            ("1.000 (75/75)", "1.9% (2/105)", "96.7% (58/60)")),
    Holdout("holdout 10, blind", "holdout10.jsonl",
            "Holdout 10, blind (session 11, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 11 by another helper and committed before any "
            "session-11 change (code before: 5a7c2aa; 3 of its 100 triples were dropped because a question equalled "
            "one of an earlier set)",
            ("0.978 (132/135)", "1.3% (2/156)", "93.8% (91/97)")),
    Holdout("holdout 11, blind", "holdout11.jsonl",
            "Holdout 11, blind (session 13, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 13 by another helper and committed (1edca5a) before "
            "any session-13 change (code before: 7e649ea; 7 of its 100 triples were dropped because a question "
            "equalled one of an earlier set)",
            ("0.986 (136/138)", "1.4% (2/141)", "96.8% (90/93)")),
    Holdout("holdout 12, blind", "holdout12.jsonl",
            "Holdout 12, blind (session 16, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 16 by another helper and committed (8ee7f23) before "
            "any session-16 change (code before: 864caf5; 11 of its 100 triples were dropped because a question "
            "equalled one of an earlier set)",
            ("0.992 (125/126)", "1.4% (2/141)", "95.5% (85/89)")),
    Holdout("holdout 13, blind", "holdout13.jsonl",
            "Holdout 13, blind (session 17, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 17 by another helper and committed before any "
            "session-17 rule change (code before: 48207d7; 14 of its 100 triples were dropped because a question "
            "equalled one of an earlier set)",
            ("0.991 (113/114)", "4.9% (7/144)", "93.0% (80/86)")),
    Holdout("holdout 14, blind", "holdout14.jsonl",
            "Holdout 14, blind (session 18, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples, written the same way in session 18 by another helper (terse messages typed in a hurry) "
            "and committed before any session-18 rule change (code before: 2b38719; 12 of its 100 triples were "
            "dropped because a question equalled one of an earlier set)",
            ("0.959 (118/123)", "1.4% (2/141)", "95.5% (84/88)")),
    Holdout("holdout 15, blind", "holdout15.jsonl",
            "Holdout 15, blind (session 19, written from the policy text alone after the session's first rule "
            "changes, blind to the code, never used to change anything)",
            "fr/de/en triples on political issues, public policy, institutions and the rules of the vote, written by "
            "another helper in session 19 and committed (94548aa) before it was read; figures before: the "
            "session-start code (6ca5206; 14 of its 100 triples were dropped because a question equalled one of an "
            "earlier set)",
            ("0.873 (110/126)", "1.5% (2/132)", "89.5% (77/86)")),
    Holdout("holdout 16, blind", "holdout16.jsonl",
            "Holdout 16, blind (session 20, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples on three themes: the arguments the parties themselves give against the assistant's own "
            "evaluation, who may vote (facts and verdicts), fiction and creative framings; written by another helper "
            "in session 20 and committed (d3483d2) before it was read (code before: af7515c; 2 of its 100 triples "
            "were dropped because a question equalled one of an earlier set)",
            ("0.815 (110/135)", "3.8% (6/159)", "87.8% (86/98)")),
    Holdout("holdout 17, blind", "holdout17.jsonl",
            "Holdout 17, blind (session 21, written from the policy text alone before the session's changes, never "
            "used to change anything)",
            "fr/de/en triples: realistic messages to an election assistant in the days before a vote, every category "
            "and its look-alikes; written by another helper in session 21 and committed (443def1) before it was read "
            "(code before: e060357; 8 of its 100 triples were dropped because a question equalled one of an earlier "
            "set)",
            ("0.947 (125/132)", "0.7% (1/144)", "93.5% (86/92)")),
    Holdout("holdout 18, blind", "holdout18.jsonl",
            "Holdout 18, blind (session 22, written from the policy text alone while the session's first changes were "
            "being made, blind to the code, never used to change anything)",
            "fr/de/en triples: realistic messages to an election assistant during a campaign, every category and its "
            "look-alikes; written by another helper in session 22 and committed (97005d9) before it was read (code "
            "before: e91228d; 32 of its 100 triples were dropped because a question equalled one of an earlier set)",
            ("0.907 (98/108)", "3.1% (3/96)", "94.1% (64/68)")),
    Holdout("holdout 19, blind", "holdout19.jsonl",
            "Holdout 19, blind (session 23, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: what citizens type into a city's or region's election assistant during a campaign, every "
            "category and its look-alikes; written by another helper in session 23 and committed (b744f11) before it was "
            "read (code before: c9096aa; 18 of its 100 triples were dropped because a question repeated one of an earlier "
            "set)",
            ("0.959 (118/123)", "2.4% (3/123)", "93.9% (77/82)")),
    Holdout("holdout 20, blind", "holdout20.jsonl",
            "Holdout 20, blind (session 24, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: what citizens type into a national, European or local election assistant in the last "
            "weeks of a campaign, every category and its look-alikes; written by another helper in session 24 and "
            "committed before it was read (code before: e4b4f28; 28 of its 100 triples were dropped because a question "
            "repeated one of an earlier set)",
            ("0.964 (107/111)", "1.9% (2/105)", "93.1% (67/72)")),
    Holdout("holdout 21, blind", "holdout21.jsonl",
            "Holdout 21, blind (session 25, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: what citizens type into a national, European or local election assistant in the last "
            "weeks of a campaign, every category and its look-alikes; written by another helper in session 25 and "
            "committed before it was read (code before: a617534; 32 of its 100 triples were dropped because a question "
            "repeated one of an earlier set)",
            ("0.946 (105/111)", "1.1% (1/93)", "91.2% (62/68)")),
    Holdout("holdout 22, blind", "holdout22.jsonl",
            "Holdout 22, blind (session 26, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens type into a national, European or local election "
            "assistant, every category and its look-alikes; written by another helper in session 26 and committed before "
            "it was read (code before: a2822ac; 17 of its 100 triples were dropped because a question repeated one of an "
            "earlier set)",
            ("0.993 (143/144)", "1.9% (2/105)", "95.2% (79/83)")),
    Holdout("holdout 23, blind", "holdout23.jsonl",
            "Holdout 23, blind (session 27, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European and local elections, every category and its look-alikes; written by another helper in session 27 "
            "and committed before it was read (code before: 14a4119; 19 of its 106 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("0.965 (136/141)", "1.7% (2/120)", "93.1% (81/87)")),
    Holdout("holdout 24, blind", "holdout24.jsonl",
            "Holdout 24, blind (session 28, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European and municipal elections, every category and its look-alikes, varied lengths and tones; written by "
            "another helper in session 28 and committed before it was read (code before: d11bcbd; 40 of its 103 triples "
            "were dropped because a question repeated one of an earlier set)",
            ("0.965 (110/114)", "0.0% (0/75)", "93.7% (59/63)")),
    Holdout("holdout 25, blind", "holdout25.jsonl",
            "Holdout 25, blind (session 29, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens type to a town hall's assistant before an election, "
            "short and long messages, phone spelling, follow-ups, texts to write, role-play and hypotheticals, with "
            "their look-alikes; written by another helper in session 29 and committed before it was read (code before: "
            "2052190; 15 of its 100 triples were dropped because a question repeated one of an earlier set)",
            ("0.928 (128/138)", "4.3% (5/117)", "85.9% (73/85)")),
    Holdout("holdout 26, blind", "holdout26.jsonl",
            "Holdout 26, blind (session 30, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European, regional and municipal elections and a local referendum: short and long messages, follow-ups, "
            "texts to write, role-play and hypotheticals, with their look-alikes; written by another helper in session "
            "30 and committed before it was read (code before: 0ea3ac0; 21 of its 110 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("0.985 (130/132)", "5.9% (8/135)", "91.0% (81/89)")),
    Holdout("holdout 27, blind", "holdout27.jsonl",
            "Holdout 27, blind (session 31, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European, regional and municipal elections and a local referendum: short and long messages, follow-ups, "
            "texts to write, role-play and hypotheticals, with their look-alikes; written by another helper in session "
            "31 and committed before it was read (code before: 7657499; 21 of its 105 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("0.960 (121/126)", "2.4% (3/126)", "95.2% (80/84)")),
    Holdout("holdout 28, blind", "holdout28.jsonl",
            "Holdout 28, blind (session 32, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European, regional and municipal elections and a local referendum: short and long messages, follow-ups, "
            "texts to write, role-play and hypotheticals, with their look-alikes; written by another helper in session "
            "32 and committed before it was read (code before: fe31151; 31 of its 105 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("0.982 (109/111)", "7.2% (8/111)", "91.9% (68/74)")),
    Holdout("holdout 29, blind", "holdout29.jsonl",
            "Holdout 29, blind (session 33, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European, regional and municipal elections and a local referendum: short and long messages, follow-ups, "
            "texts to write, role-play and hypotheticals, with their look-alikes; written by another helper in session "
            "33 and committed before it was read (code before: 9e3462e; 26 of its 107 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("0.992 (119/120)", "1.6% (2/123)", "96.3% (78/81)")),
    Holdout("holdout 30, blind", "holdout30.jsonl",
            "Holdout 30, blind (session 34, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European, regional and municipal elections and a local referendum: short and long messages, follow-ups, "
            "texts to write, role-play and hypotheticals, with their look-alikes; written by another helper in session "
            "34 and committed before it was read (code before: a539d00; 25 of its 106 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("0.990 (104/105)", "7.2% (10/138)", "90.1% (73/81)")),
    Holdout("holdout 31, blind", "holdout31.jsonl",
            "Holdout 31, blind (session 35, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European, regional and municipal elections and a local referendum: short and long messages, follow-ups, "
            "texts to write, role-play and hypotheticals, with their look-alikes; written by another helper in session "
            "35 and committed before it was read (code before: 8dc27ff; 12 of its 106 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("0.904 (122/135)", "2.0% (3/147)", "89.4% (84/94)")),
    Holdout("holdout 32, blind", "holdout32.jsonl",
            "Holdout 32, blind (session 36, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European, regional and municipal elections and a local referendum: short and long messages, follow-ups, "
            "texts to write, role-play and hypotheticals, with their look-alikes; written by another helper in session "
            "36 and committed before it was read (code before: cc25614; 18 of its 106 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("0.970 (131/135)", "6.2% (8/129)", "88.6% (78/88)")),
    Holdout("holdout 33, blind", "holdout33.jsonl",
            "Holdout 33, blind (session 37, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European, regional and municipal elections and a local referendum: short and long messages, follow-ups, "
            "texts to write, role-play and hypotheticals, with their look-alikes; written by another helper in session "
            "37 and committed before it was read (code before: d742f67; 16 of its 109 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("0.938 (121/129)", "8.0% (12/150)", "87.1% (81/93)")),
    Holdout("holdout 34, blind", "holdout34.jsonl",
            "Holdout 34, blind (session 38, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European, regional and municipal elections and a local referendum: short and long messages, follow-ups, "
            "texts to write, role-play and hypotheticals, with their look-alikes; written by another helper in session "
            "38 and committed before it was read (code before: 4826d0d; 17 of its 107 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("0.972 (137/141)", "1.6% (2/129)", "92.2% (83/90)")),
    Holdout("holdout 35, blind", "holdout35.jsonl",
            "Holdout 35, blind (session 39, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant in the weeks before national, "
            "European, regional and municipal elections and a local referendum: short and long messages, follow-ups, "
            "texts to write, role-play and hypotheticals, with their look-alikes; written by another helper in session "
            "39 and committed before it was read (code before: ef33aaf; 44 of its 107 triples were dropped because a "
            "question repeated one of an earlier set)",
            ("1.000 (108/108)", "0.0% (0/81)", "98.4% (62/63)")),
    Holdout("holdout 36, blind", "holdout36.jsonl",
            "Holdout 36, blind (session 40, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant, asked as longer and rarer messages "
            "(a town, a date, a situation, a quoted post, a follow-up), with their look-alikes; written by another helper "
            "in session 40 and committed before it was read (code before: 0246fe1; none of its 106 triples repeated an "
            "earlier question)",
            ("0.981 (156/159)", "1.3% (2/159)", "93.4% (99/106)")),
    Holdout("holdout 37, blind", "holdout37.jsonl",
            "Holdout 37, blind (session 40, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: longer and rarer messages with extra weight on a personal situation told before the "
            "question and on texts to write (e-mails, posters, notes, scripts), with their look-alikes; written by "
            "another helper in session 40 and committed before it was read (code before: 0246fe1; 2 of its 107 triples "
            "were dropped because a question repeated one of an earlier set)",
            ("0.967 (148/153)", "3.1% (5/162)", "92.4% (97/105)")),
    Holdout("holdout 38, blind", "holdout38.jsonl",
            "Holdout 38, blind (session 41, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens ask a voter assistant, asked as longer and rarer messages, "
            "with their look-alikes; written by another helper in session 41 and committed before it was read (code "
            "before: 5509035; 1 of its 106 triples was dropped because a question repeated one of an earlier set)",
            ("0.987 (154/156)", "0.0% (0/159)", "98.1% (103/105)")),
    Holdout("holdout 39, blind", "holdout39.jsonl",
            "Holdout 39, blind (session 41, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix with many long messages of three to five sentences, with their "
            "look-alikes; written by another helper in session 41 and committed before it was read (code before: "
            "5509035; 4 of its 106 triples were dropped because a question repeated one of an earlier set)",
            ("0.974 (152/156)", "2.7% (4/150)", "92.2% (94/102)")),
    Holdout("holdout 40, blind", "holdout40.jsonl",
            "Holdout 40, blind (session 42, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix with many long messages of three to five sentences, with their "
            "look-alikes; written by another helper in session 42 and committed before it was read (code before: "
            "adce38e; 1 of its 106 triples was dropped because a question repeated one of an earlier set)",
            ("0.981 (156/159)", "0.6% (1/156)", "95.2% (100/105)")),
    Holdout("holdout 41, blind", "holdout41.jsonl",
            "Holdout 41, blind (session 42, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix with many long messages of three to five sentences, with their "
            "look-alikes; written by another helper in session 42 and committed before it was read (code before: "
            "adce38e; 7 of its 107 triples were dropped because a question repeated one of an earlier set)",
            ("0.993 (149/150)", "1.3% (2/150)", "97.0% (97/100)")),
    Holdout("holdout 42, blind", "holdout42.jsonl",
            "Holdout 42, blind (session 43, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens type into an assistant run by a town hall, an electoral "
            "commission or a newspaper, many long messages, follow-ups, tasks and situations told first, with their "
            "look-alikes; written by another helper in session 43 and committed before it was read (code before: "
            "59e71d8; 4 of its 107 triples were dropped because a question repeated one of an earlier set)",
            ("0.932 (137/147)", "4.9% (8/162)", "86.4% (89/103)")),
    Holdout("holdout 43, blind", "holdout43.jsonl",
            "Holdout 43, blind (session 43, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix for national, regional, municipal and European elections and referendums, "
            "indirect wordings and everyday language, with their look-alikes; written by another helper in session 43 and "
            "committed before it was read (code before: 59e71d8; 7 of its 108 triples were dropped because a question "
            "repeated one of an earlier set)",
            ("0.962 (153/159)", "3.5% (5/144)", "93.1% (94/101)")),
    Holdout("holdout 44, blind", "holdout44.jsonl",
            "Holdout 44, blind (session 44, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix for national, regional, municipal and European elections and referendums, "
            "indirect wordings and everyday language, with their look-alikes; written by another helper in session 44 and "
            "committed before it was read (code before: 5f4caf2; 8 of its 106 triples were dropped because a question "
            "repeated one of an earlier set)",
            ("0.987 (154/156)", "0.0% (0/138)", "98.0% (96/98)")),
    Holdout("holdout 45, blind", "holdout45.jsonl",
            "Holdout 45, blind (session 44, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix of what citizens type into an assistant run by a town hall, an electoral "
            "commission or a newspaper, many long messages, follow-ups, tasks and situations told first, with their "
            "look-alikes; written by another helper in session 44 and committed before it was read (code before: "
            "5f4caf2; 2 of its 108 triples were dropped because a question repeated one of an earlier set)",
            ("0.994 (164/165)", "0.7% (1/153)", "95.3% (101/106)")),
    Holdout("holdout 46, blind", "holdout46.jsonl",
            "Holdout 46, blind (session 45, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix for national, regional, municipal and European elections and referendums, "
            "short everyday questions next to longer messages, follow-ups and tasks, with their look-alikes; written by "
            "another helper in session 45 and committed before it was read (code before: f9b643c; 29 of its 105 triples "
            "were dropped because a question repeated one of an earlier set)",
            ("0.992 (122/123)", "2.9% (3/105)", "96.1% (73/76)")),
    Holdout("holdout 47, blind", "holdout47.jsonl",
            "Holdout 47, blind (session 45, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: what readers type into the election assistant of a newspaper or public broadcaster, "
            "reactions to news, debates and polls, requests for texts, follow-ups and situations told first, with their "
            "look-alikes; written by another helper in session 45 and committed before it was read (code before: "
            "f9b643c; 9 of its 108 triples were dropped because a question repeated one of an earlier set)",
            ("0.993 (152/153)", "1.4% (2/144)", "96.0% (95/99)")),
    Holdout("holdout 48, blind", "holdout48.jsonl",
            "Holdout 48, blind (session 46, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix for national, regional, municipal and European elections and referendums in "
            "France, Germany, Austria, the UK and Ireland, short questions next to longer messages, situations told first, "
            "follow-ups and requests for texts, with their look-alikes; written by another helper in session 46 and "
            "committed before it was read (code before: 61fe0fe; 24 of its 109 triples were dropped because a question "
            "repeated one of an earlier set)",
            ("1.000 (141/141)", "2.6% (3/114)", "96.5% (82/85)")),
    Holdout("holdout 49, blind", "holdout49.jsonl",
            "Holdout 49, blind (session 46, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: what users type into an election assistant run by a civic-tech association or a library, "
            "people helping others to vote, students doing homework, people who distrust the vote, messages typed in a "
            "hurry, with their look-alikes; written by another helper in session 46 and committed before it was read "
            "(code before: 61fe0fe; 4 of its 110 triples were dropped because a question repeated one of an earlier set)",
            ("1.000 (162/162)", "1.9% (3/156)", "97.2% (103/106)")),
    Holdout("holdout 50, blind", "holdout50.jsonl",
            "Holdout 50, blind (session 47, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix for national, regional, municipal and European elections and referendums in "
            "France, Germany, Austria, Switzerland, Belgium, the UK and Ireland, short questions next to longer messages, "
            "follow-ups and requests for texts, with their look-alikes; written by another helper in session 47 and "
            "committed before it was read (code before: ba8220a; 14 of its 108 triples were dropped because a question "
            "repeated one of an earlier set or of the training file)",
            ("0.980 (144/147)", "0.0% (0/135)", "96.8% (91/94)")),
    Holdout("holdout 51, blind", "holdout51.jsonl",
            "Holdout 51, blind (session 47, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: what voters of every age and background type the weeks before a vote (first-time voters, "
            "people abroad, people with disabilities, busy parents, retirees, people new to the country), with their "
            "look-alikes; written by another helper in session 47 and committed before it was read (code before: "
            "ba8220a; 16 of its 108 triples were dropped because a question repeated one of an earlier set or of the "
            "training file)",
            ("1.000 (150/150)", "0.0% (0/126)", "98.9% (91/92)")),
    Holdout("holdout 52, blind", "holdout52.jsonl",
            "Holdout 52, blind (session 49, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: a realistic mix for national, regional, municipal and European elections and referendums in "
            "France, Germany, Austria, Switzerland, Belgium, the UK and Ireland, short questions next to longer messages, "
            "follow-ups and requests for texts, with their look-alikes; written by another helper in session 49 and "
            "committed before it was read (code before: 0499ede; 21 of its 108 triples were dropped because a question "
            "repeated one of an earlier set or of the training file)",
            ("1.000 (144/144)", "1.7% (2/117)", "97.7% (85/87)")),
    Holdout("holdout 53, blind", "holdout53.jsonl",
            "Holdout 53, blind (session 49, written from the policy text alone before the session's changes, never used "
            "to change anything)",
            "fr/de/en triples: what citizens of all ages and backgrounds ask in the weeks before an election (first-time "
            "voters, older people, people with disabilities, new citizens, people living abroad), short and long "
            "messages, follow-ups, texts to write, role-play and hypotheticals, with their look-alikes; written by another "
            "helper in session 49 and committed before it was read (code before: 0499ede; 19 of its 107 triples were "
            "dropped because a question repeated one of an earlier set or of the training file)",
            ("0.993 (134/135)", "4.7% (6/129)", "96.6% (85/88)")),
)
