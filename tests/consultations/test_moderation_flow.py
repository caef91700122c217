"""Every moderation path through the API and the admin: clean, spam, abuse, personal data with redaction,
near-duplicate pointer, pre-moderation, auto-hide after N flags, moderator actions -> append-only events."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client

from communs.consultations.models import Comment, Contribution, ModerationEvent, Status
from tests.consultations.conftest import api_client, make_consultation, post_json

pytestmark = pytest.mark.django_db
URL = "/api/consultations/town/contributions"


def post(text: str, **extra: object) -> dict:
    client, token = api_client("town")
    r = post_json(client, URL, {"text": text, **extra}, token)
    assert r.status_code == 200, r.content
    return r.json()


def test_clean_contribution_is_accepted(consultation) -> None:  # type: ignore[no-untyped-def]
    out = post("Add a night bus on Fridays and Saturdays between the station and the university.")
    assert out["status"] == "accepted" and out["reasons"] == [] and out["statement"]["tid"] == 4
    assert out["statement"]["language"] == "en"
    assert not ModerationEvent.objects.exists()


@pytest.mark.parametrize(("text", "code"), [
    ("Cheap!!! http://a.example http://b.example http://c.example http://d.example", "spam.links"),
    ("Le maire est un c0nnard fini", "abuse.insult"),
    ("Ich bringe dich um, Bürgermeister", "abuse.threat"),
])
def test_spam_and_abuse_are_held(consultation, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    out = post(text)
    assert out["status"] == "pending"
    assert code in [r["code"] for r in out["reasons"]]
    c = Contribution.objects.get(pk=out["statement"]["id"])
    assert c.status == Status.PENDING and code in [r["code"] for r in c.moderation_reasons]
    event = ModerationEvent.objects.get(contribution=c)
    assert event.action == "auto_hold" and event.actor is None and code in event.reason
    assert all(s["id"] != c.pk for s in Client().get("/api/consultations/town/contributions").json())


def test_flooding_is_held(consultation) -> None:  # type: ignore[no-untyped-def]
    client, token = api_client("town")
    statuses = [
        post_json(client, URL, {"text": f"Proposal {n}: a new bench in park number {n}"}, token).json()["status"]
        for n in range(7)
    ]
    assert statuses[:5] == ["accepted"] * 5 and statuses[5:] == ["pending", "pending"]
    held = Contribution.objects.filter(status=Status.PENDING).first()
    assert "spam.flooding" in [r["code"] for r in held.moderation_reasons]


def test_personal_data_is_held_with_redaction(consultation) -> None:  # type: ignore[no-untyped-def]
    out = post("Contact me at anna.meier@example.org or 06 12 34 56 78 about more bike racks.")
    assert out["status"] == "pending"
    assert {"pii.email", "pii.phone"} <= {r["code"] for r in out["reasons"]}
    assert out["suggested_redaction"] == "Contact me at [email] or [phone] about more bike racks."
    # posting the suggested redaction instead is accepted
    assert post(out["suggested_redaction"])["status"] == "accepted"


def test_premoderation_holds_everything(db) -> None:  # type: ignore[no-untyped-def]
    make_consultation(premoderation=True)
    out = post("Plant trees along the main road.")
    assert out["status"] == "pending" and [r["code"] for r in out["reasons"]] == ["premoderation"]


def test_near_duplicate_points_to_existing(consultation, settings) -> None:  # type: ignore[no-untyped-def]
    settings.COMMUNS_DUPLICATE_CHECK = True
    first = post("Public transport should be free for everyone.")
    assert first["status"] == "accepted"
    dup = post("Public transport should be free for all.")
    assert dup["status"] == "duplicate" and dup["statement"] is None
    assert dup["duplicates"][0]["id"] == first["statement"]["id"] and dup["duplicates"][0]["similarity"] >= 0.87
    assert Contribution.objects.filter(text__startswith="Public transport").count() == 1
    confirmed = post("Public transport should be free for all.", allow_duplicate=True)
    assert confirmed["status"] == "pending"
    saved = Contribution.objects.get(pk=confirmed["statement"]["id"])
    assert saved.duplicate_of_id == first["statement"]["id"]
    different = post("Remove the car parks in the city centre.")
    assert different["status"] == "accepted"


def test_auto_hide_after_n_flags(db) -> None:  # type: ignore[no-untyped-def]
    c = make_consultation(flag_threshold=3)
    target = c.contributions.first()
    for n in range(3):
        client, token = api_client("town")
        r = post_json(client, "/api/consultations/town/flags", {"contribution_id": target.pk, "reason": "abuse"}, token)
        assert r.status_code == 200, r.content
        target.refresh_from_db()
        assert target.status == (Status.ACCEPTED if n < 2 else Status.PENDING)
        again = post_json(client, "/api/consultations/town/flags", {"contribution_id": target.pk, "reason": "spam"}, token)
        assert again.status_code in (404, 409)  # the same participant cannot flag twice (or it is hidden already)
    event = ModerationEvent.objects.get(contribution=target, action="auto_hide")
    assert event.new_status == Status.PENDING and event.actor is None and "3 flags" in event.reason


def test_flag_validation(consultation) -> None:  # type: ignore[no-untyped-def]
    client, token = api_client("town")
    s = consultation.contributions.first()
    bad = post_json(client, "/api/consultations/town/flags", {"contribution_id": s.pk, "reason": "boring"}, token)
    assert bad.status_code == 422
    none = post_json(client, "/api/consultations/town/flags", {"reason": "spam"}, token)
    assert none.status_code == 422 and none.json()["code"] == "one_target"
    answer = post_json(client, "/api/consultations/town/flags", {"answer_ref": "answer:42", "reason": "other"}, token)
    assert answer.status_code == 200


def test_comments_are_moderated(consultation) -> None:  # type: ignore[no-untyped-def]
    client, token = api_client("town")
    s = consultation.contributions.first()
    url = f"/api/consultations/town/contributions/{s.pk}/comments"
    assert post_json(client, url, {"text": "Good idea, but who pays?"}, token).json()["status"] == "accepted"
    assert post_json(client, url, {"text": "You idiot"}, token).json()["status"] == "pending"
    assert [c["text"] for c in client.get(url).json()] == ["Good idea, but who pays?"]


def _moderator() -> Client:
    user = User.objects.create_user("mod", password="pw-for-tests-only", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=[
        "moderate_contribution", "view_contribution", "change_contribution", "view_comment", "change_comment"]))
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(("action", "status"), [("accept", Status.ACCEPTED), ("reject", Status.REJECTED),
                                                ("hide", Status.HIDDEN)])
def test_admin_moderator_actions_record_events(consultation, action: str, status: str) -> None:  # type: ignore[no-untyped-def]
    held = post("Quel c0nnard ce projet")
    item = Contribution.objects.get(pk=held["statement"]["id"])
    client = _moderator()
    url = "/admin/consultations/contribution/"
    assert client.get(url + "?status__exact=pending").status_code == 200
    form = client.post(url, {"action": f"{action}_selected", "_selected_action": [item.pk]})
    assert form.status_code == 200 and b'name="reason"' in form.content  # asks for a reason first
    assert Contribution.objects.get(pk=item.pk).status == Status.PENDING
    done = client.post(url, {"action": f"{action}_selected", "_selected_action": [item.pk], "apply": "1",
                             "reason": "checked by a moderator"})
    assert done.status_code == 302
    item.refresh_from_db()
    assert item.status == status and item.reviewed
    event = ModerationEvent.objects.filter(contribution=item).latest("id")
    assert (event.action, event.previous_status, event.new_status, event.reason, event.actor.username) == (
        action, Status.PENDING, status, "checked by a moderator", "mod")


def test_admin_requires_moderate_permission(consultation) -> None:  # type: ignore[no-untyped-def]
    held = post("Quel c0nnard ce projet")
    user = User.objects.create_user("viewer", password="pw-for-tests-only", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["view_contribution", "change_contribution"]))
    client = Client()
    client.force_login(user)
    client.post("/admin/consultations/contribution/", {"action": "accept_selected", "apply": "1", "reason": "x",
                                                        "_selected_action": [held["statement"]["id"]]})
    assert Contribution.objects.get(pk=held["statement"]["id"]).status == Status.PENDING
    assert not ModerationEvent.objects.exclude(action="auto_hold").exists()


def test_comment_moderation_in_admin(consultation) -> None:  # type: ignore[no-untyped-def]
    client, token = api_client("town")
    s = consultation.contributions.first()
    post_json(client, f"/api/consultations/town/contributions/{s.pk}/comments", {"text": "You idiot"}, token)
    comment = Comment.objects.get()
    admin = _moderator()
    admin.post("/admin/consultations/comment/", {"action": "hide_selected", "_selected_action": [comment.pk],
                                                 "apply": "1", "reason": "insult"})
    comment.refresh_from_db()
    assert comment.status == Status.HIDDEN
    assert ModerationEvent.objects.filter(comment=comment, action="hide").exists()


def test_no_contributions_once_closed(db) -> None:  # type: ignore[no-untyped-def]
    from communs.consultations.models import Participant

    make_consultation(phase="closed")
    client, token = api_client("town")
    r = post_json(client, URL, {"text": "Too late?"}, token)
    assert r.status_code == 409 and r.json()["code"] == "consultation_not_open"
    assert not Participant.objects.exists() and Contribution.objects.count() == 4
