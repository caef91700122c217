"""An election's key dates as shown to a reader: label in the reader's language and the official passage that
states the date — in the reader's language when an official source in that language states the same date (found by
the date written out as official texts write it), else the passage stored with the date."""

from __future__ import annotations

from dataclasses import dataclass

from communs.elections.models import Election, ElectionDate, Passage, Source, SourceKind
from communs.elections.viewer import date_in_words, passage_url


@dataclass(frozen=True)
class DateRow:
    """A key date as shown: its label in the reader's language and the official passage that states it (in the
    reader's language when an official source in that language states the same date, else the stored one)."""

    date: ElectionDate
    label: str
    source: Source | None
    passage: Passage | None

    @property
    def url(self) -> str | None:
        if self.source is None:
            return None
        return passage_url(self.source.pk, self.passage.pk if self.passage else None)


def date_rows(election: Election, language: str) -> list[DateRow]:
    """The election's key dates in date order, each with its label in ``language`` and its official passage."""
    rows = []
    items = list(election.dates.select_related("source", "passage").order_by("date", "kind"))
    if election.polling_day and not any(i.kind == ElectionDate.Kind.POLLING_DAY for i in items):
        # set with `communs election create --polling-day` but not yet backed by an official source
        items.append(ElectionDate(election=election, kind=ElectionDate.Kind.POLLING_DAY, date=election.polling_day))
        items.sort(key=lambda i: (i.date, i.kind))
    official: list[tuple[str, str]] | None = None  # (id, text) of the official passages in ``language``, read once
    found: list[tuple[ElectionDate, str, str | None]] = []
    for item in items:
        labels = item.label or {}
        label = labels.get(language) or (item.get_kind_display() if item.kind != ElectionDate.Kind.OTHER else "") \
            or labels.get("en") or next(iter(labels.values()), "") or item.get_kind_display()
        local = None
        if item.source is None or item.source.language != language:
            if official is None:
                official = list(
                    Passage.objects.filter(source__election=election, source__kind=SourceKind.OFFICIAL,
                                           source__language=language)
                    .order_by("source__pk", "ordinal").values_list("pk", "text")
                )
            words = date_in_words(item.date, language)
            local = next((pk for pk, text in official if words in text), None)
        found.append((item, str(label), local))
    local_rows = Passage.objects.select_related("source").in_bulk([pk for _, _, pk in found if pk])
    for item, label, pk in found:
        local = local_rows.get(pk) if pk else None
        if local is not None:
            rows.append(DateRow(item, label, local.source, local))
        else:
            rows.append(DateRow(item, label, item.source, item.passage))
    return rows
