"""Moderation rules over plain text: spam, abuse with obfuscation, personal data with redaction, IBAN checksum."""

from __future__ import annotations

import numpy as np
import pytest

from communs.core.moderation import (
    PostingRate,
    abuse_reasons,
    find_pii,
    iban_is_valid,
    moderate,
    near_duplicates,
    pii_reasons,
    spam_reasons,
)


def codes(reasons) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.code for r in reasons]


@pytest.mark.parametrize("text", [
    "Buy now http://a.example http://b.example http://c.example",
    "Visit www.cheap-pills.xyz www.more.xyz and casino.ru today",
])
def test_too_many_links_is_spam(text: str) -> None:
    assert "spam.links" in codes(spam_reasons(text))


def test_one_source_link_is_fine() -> None:
    assert spam_reasons("See the council report https://rivebelle.example/report.pdf for the figures.") == []


@pytest.mark.parametrize("text", [
    "NOOOOOOOOOOOOOOO to this plan",
    "vote vote vote vote vote vote for me",
    "buy buy cheap buy cheap buy cheap buy cheap buy now",
])
def test_repetition_is_spam(text: str) -> None:
    assert "spam.repetition" in codes(spam_reasons(text))


def test_flooding_needs_rate_information() -> None:
    text = "More trees along the river."
    assert spam_reasons(text) == []
    assert "spam.flooding" in codes(spam_reasons(text, PostingRate(recent_posts=5, max_posts=5)))
    assert "spam.flooding" in codes(spam_reasons(text, PostingRate(recent_posts=1, recent_texts=("more trees along the RIVER",))))
    assert spam_reasons(text, PostingRate(recent_posts=1, recent_texts=("Fewer cars",))) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Le maire est un c0nnard", "fr"), ("Quel connnnard, ce conseiller", "fr"), ("c.o.n.n.a.r.d", "fr"),
    ("Espèce de c*nnard", "fr"), ("Ferme ta gueule", "fr"), ("Du bist ein Arschl0ch", "de"),
    ("Was für ein V0llidiot", "de"), ("Verpiss dich", "de"), ("You absolute @sshole", "en"), ("i d i o t", "en"),
    ("what a m0r0n", "en"),
])
def test_insults_with_obfuscation(text: str, language: str) -> None:
    assert "abuse.insult" in codes(abuse_reasons(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Je vais te tuer", "fr"), ("Ich bringe dich um", "de"), ("I will kill you", "en"),
])
def test_threats(text: str, language: str) -> None:
    assert "abuse.threat" in codes(abuse_reasons(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Une conclusion concrète : plus de bus le dimanche", "fr"), ("Le train est toujours en retard", "fr"),
    ("Puteaux a réduit la circulation", "fr"), ("Barrierefreie Wege für behinderte Menschen", "de"),
    ("Das Arschloch-Problem gibt es nicht, wir brauchen Radwege", "en"),
    ("The cone of traffic is orange", "en"), ("Scunthorpe should get a bypass", "en"),
])
def test_ordinary_words_are_not_insults(text: str, language: str) -> None:
    found = codes(abuse_reasons(text, language))
    if "Arschloch" in text:  # a German insult inside an English text is still caught
        assert found == ["abuse.insult"]
    else:
        assert found == []


@pytest.mark.parametrize(("text", "code", "placeholder"), [
    ("Écrivez-moi : jean.dupont@example.fr", "pii.email", "[email]"),
    ("Appelez le 06 12 34 56 78 ce soir", "pii.phone", "[phone]"),
    ("Mon numéro: +33 6 12 34 56 78", "pii.phone", "[phone]"),
    ("Ruf mich an: 030 12345678", "pii.phone", "[phone]"),
    ("Tel. +49 170 1234567", "pii.phone", "[phone]"),
    ("Call me on +44 20 7946 0958", "pii.phone", "[phone]"),
    ("Spenden an DE89 3704 0044 0532 0130 00 bitte", "pii.iban", "[IBAN]"),
    ("Virement sur FR7630006000011234567890189", "pii.iban", "[IBAN]"),
    ("J'habite au 12 rue de la Paix 75002 Paris", "pii.address", "[address]"),
    ("Ich wohne in der Hauptstraße 5, 10115 Berlin", "pii.address", "[address]"),
    ("Come to 221B Baker Street, London NW1 6XE", "pii.address", "[address]"),
])
def test_personal_data_found_and_redacted(text: str, code: str, placeholder: str) -> None:
    reasons, redaction = pii_reasons(text)
    assert code in codes(reasons)
    assert redaction is not None and placeholder in redaction
    assert pii_reasons(redaction) == ([], None)  # the redaction itself is clean


@pytest.mark.parametrize("text", [
    "En 2023, 45 % des 18-25 ans prenaient le bus", "Un budget de 1 500 000 euros pour 2025 2026",
    "Wir brauchen 30 neue Busse bis 2030 und 200 Ladestationen", "Line 12 runs every 10 minutes from 6 to 22",
    "Numéro 1234 5678 9012 3456 7890 12",  # IBAN-like digits without a valid checksum/country
])
def test_numbers_are_not_personal_data(text: str) -> None:
    assert find_pii(text) == []


def test_iban_checksum() -> None:
    assert iban_is_valid("DE89 3704 0044 0532 0130 00")
    assert iban_is_valid("GB82WEST12345698765432")
    assert not iban_is_valid("DE89 3704 0044 0532 0130 01")
    assert not iban_is_valid("GB82WEST1234569876543X")


def test_moderate_combines_rules() -> None:
    clean = moderate("Plus de bus le dimanche soir vers les hameaux.", "fr")
    assert not clean.hold and clean.reasons == [] and clean.redaction is None
    held = moderate("Quel c0nnard, écrivez-lui à maire@rivebelle.example", "fr")
    assert held.hold and {"abuse.insult", "pii.email"} <= set(held.codes)
    assert held.redaction is not None and "[email]" in held.redaction


def test_near_duplicates_threshold() -> None:
    rng = np.random.default_rng(0)
    base = rng.normal(size=8).astype(np.float32)
    base /= np.linalg.norm(base)
    other = rng.normal(size=8).astype(np.float32)
    other -= other @ base * base
    other /= np.linalg.norm(other)
    close = 0.95 * base + np.sqrt(1 - 0.95**2) * other
    far = 0.5 * base + np.sqrt(1 - 0.25) * other
    matches = near_duplicates(base, np.vstack([far, close]), [10, 20])
    assert [m.id for m in matches] == [20]
    assert matches[0].similarity == pytest.approx(0.95, abs=1e-5)
    assert near_duplicates(base, np.zeros((0, 8), dtype=np.float32), []) == []
