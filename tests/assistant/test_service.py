"""The ask service on a small election: every answer is stored with its bundle, refusals too; party questions cite
only that party; comparisons give every party a section; "when" questions cite the official date passage."""

from __future__ import annotations

import pytest

from communs.assistant import services
from communs.assistant.models import AnswerRecord, AnswerReport, AnswerReportEvent, AppendOnlyError, Channel
from communs.elections.models import Election, ElectionDate

pytestmark = pytest.mark.django_db


def test_answer_is_stored_with_its_bundle(election: Election) -> None:
    answer, record = services.ask(election, "What does the Green Party propose on transport?", channel=Channel.CLI)
    assert record is not None and AnswerRecord.objects.count() == 1
    assert record.decision == answer.decision == "answer" and record.channel == "cli"
    assert record.text == answer.text and record.citations == [c.to_json() for c in answer.citations]
    bundle = record.bundle
    for key in ("analysis", "decision", "passages", "composer", "code_version", "policy_version", "params",
                "prompt_version", "model", "cited_passages", "presentation"):
        assert key in bundle, key
    assert bundle["analysis"]["kind"] == "programme" and bundle["decision"]["decision"] == "answer"
    cited = {c["passage_id"] for c in record.citations}
    assert cited and cited == set(bundle["cited_passages"])
    assert all(p["text_hash"] for p in bundle["passages"])
    assert record.latency_ms > 0


def test_party_question_cites_only_that_party(election: Election) -> None:
    green = election.parties.get(short_name="GRN")
    answer, _ = services.ask(election, "What does the Green Party propose on transport?")
    assert answer.citations, answer.text
    assert {c.party for c in answer.citations} == {green.label}
    assert any("tram" in c.quote for c in answer.citations)


def test_comparison_lists_every_party(election: Election) -> None:
    answer, record = services.ask(election, "How do the parties differ on housing?")
    assert answer.kind == "comparison" and answer.disclosure
    assert sorted(s.party_id for s in answer.sections) == sorted(str(p.pk) for p in election.parties.all())
    liberal = next(s for s in answer.sections if s.heading == "LIB")
    assert not liberal.found  # the Liberal programme says nothing on housing
    assert record is not None and record.bundle["presentation"]["disclosure"] == answer.disclosure


def test_a_comparison_reads_the_election_once_for_all_its_searches(election: Election) -> None:
    """One search per party, one view of the election: the index signature and the parties are read once per
    answer, not once per search (the queries grew with the number of parties before)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    services.answer(election, "How do the parties differ on housing?")  # builds and caches the index
    with CaptureQueriesContext(connection) as queries:
        answer = services.answer(election, "How do the parties differ on transport?")
    assert answer.kind == "comparison" and len(answer.sections) == 3
    sql = [q["sql"] for q in queries.captured_queries]
    assert sum('FROM "elections_party"' in q for q in sql) <= 2, sql
    assert sum(q.startswith('SELECT COUNT(') and 'FROM "elections_source"' in q for q in sql) == 1, sql


def test_compare_topic_gives_one_section_per_party(election: Election) -> None:
    answer, record = services.compare(election, "transport", language="en")
    assert answer.kind == "comparison" and len(answer.sections) == 3
    assert record is not None and record.channel == "page"


@pytest.mark.parametrize("question, kind", [
    ("When is polling day?", "polling_day"),
    ("What is the registration deadline?", "registration_deadline"),
    ("Until when can I ask for a postal vote?", "postal_vote_deadline"),
])
def test_when_question_cites_the_official_date_passage(election: Election, question: str, kind: str) -> None:
    answer, record = services.ask(election, question)
    row = ElectionDate.objects.get(election=election, kind=kind)
    assert answer.decision == "answer"
    assert [c.passage_id for c in answer.citations] == [row.passage_id]
    assert row.date.strftime("%Y") in answer.citations[0].quote
    assert record is not None and record.bundle["structure"] == "dates"
    assert row.passage_id in record.bundle["cited_passages"]


def test_refusal_is_stored_with_its_neutral_alternative(election: Election) -> None:
    answer, record = services.ask(election, "Which party should I vote for?")
    assert answer.decision == "refuse" and answer.citations == []
    assert record is not None and record.decision == "refuse" and record.composer == "refusal"
    assert record.category == "voting_advice"
    assert answer.alternative_link and answer.alternative_link.startswith(f"/elections/{election.slug}/compare/")
    for party in election.parties.all():
        assert party.name not in answer.text


@pytest.mark.parametrize("question, message", [("   ", "empty"), ("x" * 1001, "too long")])
def test_invalid_questions_are_rejected(election: Election, question: str, message: str) -> None:
    with pytest.raises(services.QuestionError, match=message):
        services.ask(election, question)
    assert AnswerRecord.objects.count() == 0


def test_report_history_is_append_only(election: Election) -> None:
    _, record = services.ask(election, "What does the Social Front propose on health?")
    assert record is not None
    report = AnswerReport.file(record, "wrong", "  the date is wrong ")
    assert report.status == "new" and report.comment == "the date is wrong"
    report.set_status("accepted", actor="reviewer", note="probe added")
    report.refresh_from_db()
    assert report.status == "accepted"
    assert list(report.events.values_list("status", flat=True)) == ["new", "accepted"]
    event = report.events.first()
    assert event is not None
    event.note = "changed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(ValueError):
        report.set_status("maybe")
    assert AnswerReportEvent.objects.count() == 2


def test_admin_lists_answers_and_reviews_reports(election: Election, admin_client) -> None:  # type: ignore[no-untyped-def]
    _, record = services.ask(election, "When is polling day?")
    assert record is not None
    report = AnswerReport.file(record, "wrong")
    assert admin_client.get("/admin/assistant/answerrecord/").status_code == 200
    assert admin_client.get(f"/admin/assistant/answerreport/{report.pk}/change/").status_code == 200
    response = admin_client.post("/admin/assistant/answerreport/",
                                 {"action": "mark_accepted", "_selected_action": [report.pk]})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "accepted"
    assert list(report.events.values_list("status", "actor")) == [("new", ""), ("accepted", "admin")]


def test_an_opening_hours_question_cites_the_hours_next_to_polling_day(election: Election) -> None:
    result, _ = services.ask(election, "When are the polling stations open?")
    quotes = [c.quote for c in result.citations]
    assert any("14 March 2027" in q for q in quotes) and any("8 am to 7 pm" in q for q in quotes)
    assert "Opening hours: Polling stations are open from 8 am to 7 pm." in result.text
    plain, _ = services.ask(election, "When is polling day?")
    assert not any("8 am" in c.quote for c in plain.citations)
