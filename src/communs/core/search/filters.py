"""Metadata filters as boolean masks over integer-coded columns (one code array per field)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np

FIELDS = ("party", "kind", "language", "source")


class MetadataColumns:
    """Per-passage metadata values (strings; '' = none) coded as int32 arrays for fast equality masks."""

    def __init__(self, columns: Mapping[str, Sequence[str]], n_docs: int) -> None:
        self.n_docs = n_docs
        self._codes: dict[str, np.ndarray] = {}
        self._lookup: dict[str, dict[str, int]] = {}
        for name, values in columns.items():
            if len(values) != n_docs:
                raise ValueError(f"column {name!r} has {len(values)} values for {n_docs} passages")
            lookup: dict[str, int] = {}
            codes = np.fromiter((lookup.setdefault(v, len(lookup)) for v in values), dtype=np.int32, count=n_docs)
            self._codes[name], self._lookup[name] = codes, lookup

    def values(self, name: str) -> list[str]:
        return list(self._lookup.get(name, {}))

    def mask(self, filters: Mapping[str, str | Iterable[str] | None]) -> np.ndarray:
        """Passages matching every given filter (a value, or any of several values; ``None`` = no filter).
        An unknown field or value matches nothing - a filter never widens to other passages."""
        mask = np.ones(self.n_docs, dtype=bool)
        for name, wanted in filters.items():
            if wanted is None:
                continue
            if name not in self._codes:
                return np.zeros(self.n_docs, dtype=bool)
            values = [wanted] if isinstance(wanted, str) else list(wanted)
            codes = [self._lookup[name][v] for v in values if v in self._lookup[name]]
            mask &= np.isin(self._codes[name], np.asarray(codes, dtype=np.int32))
        return mask
