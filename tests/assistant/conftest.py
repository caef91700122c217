"""A small election built for the assistant tests: three parties with short English programmes, an official page
stating the key dates, and ElectionDate rows pointing at the passages that state them."""

from __future__ import annotations

import datetime as dt

import pytest

from communs.elections.ingest import ingest_bytes
from communs.elections.models import Election, ElectionDate, Party, Passage
from communs.elections.viewer import date_in_words

PROGRAMMES = {
    "GRN": ("Green Party", ["Greens"], """# Green Party programme

## Transport
Our transport plan builds three new tram lines and makes buses free for everyone under 25.
Cycle lanes will connect every district to the city centre by 2030.

## Housing
Our housing plan renovates 10,000 flats to cut their heating bills.
"""),
    "LIB": ("Liberal Union", ["Liberals"], """# Liberal Union programme

## Transport
For transport, we will widen the ring road and build two park-and-ride car parks at the motorway exits.

## Taxes
We will lower the local business tax by two points.
"""),
    "SOC": ("Social Front", ["Socialists"], """# Social Front programme

## Housing
We will build 4,000 social housing units and cap housing rents in the city centre.

## Health
Every district will have a public health centre open six days a week.
"""),
}

OFFICIAL = """# How to vote in the Riverton council election

## Polling day
Polling day is Sunday 14 March 2027. Polling stations are open from 8 am to 7 pm.

## Registration
The registration deadline is Friday 5 February 2027. You can register online or at the town hall.

## Postal vote
Postal votes must be requested by Wednesday 3 March 2027. The town hall sends the ballot papers by post.

## Proxy vote
If you cannot vote in person, you can give a proxy to another voter registered in Riverton.
"""


def build_election(slug: str = "riverton-2027") -> Election:
    election = Election.objects.create(slug=slug, name="Riverton council election 2027", languages="en",
                                       polling_day=dt.date(2027, 3, 14))
    for short, (name, aliases, text) in PROGRAMMES.items():
        party = Party.objects.create(election=election, name=name, short_name=short, aliases=aliases)
        ingest_bytes(election, text.encode(), f"{short.lower()}.md", kind="programme", party=party, language="en",
                     title=f"{name} programme 2027")
    official = ingest_bytes(election, OFFICIAL.encode(), "how-to-vote.md", kind="official", language="en",
                            title="How to vote (town hall)").source
    for kind, day in (("polling_day", dt.date(2027, 3, 14)), ("registration_deadline", dt.date(2027, 2, 5)),
                      ("postal_vote_deadline", dt.date(2027, 3, 3))):
        passage = Passage.objects.get(source=official, text__contains=date_in_words(day, "en"))
        label = {"polling_day": "Polling day", "registration_deadline": "Registration deadline",
                 "postal_vote_deadline": "Postal-vote request deadline"}[kind]
        ElectionDate.objects.create(election=election, kind=kind, date=day, label={"en": label}, source=official,
                                    passage=passage)
    return election


@pytest.fixture
def election(db) -> Election:  # type: ignore[no-untyped-def]
    return build_election()
