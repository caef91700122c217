"""Personal data: e-mail addresses, phone numbers (French, German, international), IBANs (validated with the ISO
13616 mod-97 checksum, so a random run of digits is not flagged) and postal addresses (French "12 rue ...",
German "Hauptstraße 5", English "221B Baker Street", with postcodes). Each finding is a span; ``redact`` replaces
them with a placeholder such as ``[email]`` so the author can post the redacted text instead."""

from __future__ import annotations

import re
from dataclasses import dataclass

from communs.core.moderation.types import Reason

EMAIL_RE = re.compile(r"(?i)\b[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}\b")
# Phone numbers: French 0X XX XX XX XX / +33 X ..., German 0XXX ... / +49 ..., any +CC international number.
PHONE_RES = (
    re.compile(r"(?<![\w+])(?:(?:\+|00)33[\s.\-]?(?:\(0\))?[\s.\-]?[1-9]|0[1-9])(?:[\s.\-]?\d{2}){4}(?!\d)"),
    re.compile(r"(?<![\w+])(?:(?:\+|00)49[\s.\-]?(?:\(0\))?[\s.\-]?|0)[1-9]\d{1,4}[\s./\-]?\d{3,8}(?:[\s\-]?\d{1,5})?(?!\d)"),
    re.compile(r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?\d{1,4}(?:[\s.\-]?\d{2,4}){2,5}(?!\d)"),
)
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 9, 15
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
ADDRESS_RES = (
    # French: "12 bis, rue de la Paix", "3 avenue Foch 75016 Paris"
    re.compile(
        r"(?i)\b\d{1,4}(?:\s?(?:bis|ter|[a-c]))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|all[ée]e|impasse|"
        r"route|quai|cours|square|r[ée]sidence|lotissement)\s+(?:(?:de|du|des|la|le|l'|d')\s*)*[A-ZÀ-Ýa-zà-ÿ'\-]+"
        r"(?:\s+[A-ZÀ-Ý][a-zà-ÿ'\-]+){0,3}(?:,?\s+\d{5}(?:\s+[A-ZÀ-Ý][\wÀ-ÿ\-]+)?)?"
    ),
    # German: "Hauptstraße 5", "Am Markt 3a", "Lindenweg 12, 10115 Berlin"
    re.compile(
        r"\b[A-ZÄÖÜ][a-zäöüß\-]*(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee)\s+\d{1,4}\s?[a-z]?\b"
        r"(?:,?\s+\d{5}\s+[A-ZÄÖÜ][\wäöüß\-]+)?"
    ),
    # English: "221B Baker Street", "10 Downing St", optional UK postcode
    re.compile(
        r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|"
        r"Boulevard|Blvd\.?|Close|Court|Ct\.?|Way|Place|Pl\.?|Terrace|Crescent|Square|Gardens)\b"
        r"(?:,?\s+(?:[A-Z][a-z]+\s*){0,2},?\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})?"
    ),
    # A postcode + town on its own ("75011 Paris", "SW1A 2AA") only counts next to a street (handled above).
)

PLACEHOLDERS = {"pii.email": "[email]", "pii.phone": "[phone]", "pii.iban": "[IBAN]", "pii.address": "[address]"}


@dataclass(frozen=True)
class Finding:
    code: str
    start: int
    end: int


def iban_is_valid(candidate: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to numbers (A=10..Z=35), value mod 97 == 1."""
    compact = candidate.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def find_pii(text: str) -> list[Finding]:
    """Non-overlapping findings, earliest first; an IBAN or e-mail wins over a phone number inside it."""
    found: list[Finding] = [Finding("pii.email", m.start(), m.end()) for m in EMAIL_RE.finditer(text)]
    found += [Finding("pii.iban", m.start(), m.end()) for m in IBAN_RE.finditer(text) if iban_is_valid(m.group(0))]
    for pattern in ADDRESS_RES:
        found += [Finding("pii.address", m.start(), m.end()) for m in pattern.finditer(text)]
    for pattern in PHONE_RES:
        for m in pattern.finditer(text):
            digits = sum(ch.isdigit() for ch in m.group(0))
            if MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS:
                found.append(Finding("pii.phone", m.start(), m.end()))
    priority = {"pii.email": 0, "pii.iban": 1, "pii.address": 2, "pii.phone": 3}
    found.sort(key=lambda f: (priority[f.code], f.start))
    kept: list[Finding] = []
    for f in found:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def redact(text: str, findings: list[Finding]) -> str:
    out, last = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        out.append(text[last : f.start])
        out.append(PLACEHOLDERS[f.code])
        last = f.end
    out.append(text[last:])
    return "".join(out)


def pii_reasons(text: str) -> tuple[list[Reason], str | None]:
    """Reasons (one per finding) and the suggested redaction, or ([], None)."""
    findings = find_pii(text)
    if not findings:
        return [], None
    labels = {"pii.email": "e-mail address", "pii.phone": "phone number", "pii.iban": "bank account (IBAN)",
              "pii.address": "postal address"}
    reasons = [Reason(f.code, labels[f.code], (f.start, f.end)) for f in findings]
    return reasons, redact(text, findings)
