"""Finding a Lots*in by the Nr a file gives, even when Excel dropped its leading zeros."""

from collections import defaultdict
from typing import Generic, TypeVar

_T = TypeVar("_T")


class _NrIndex(Generic[_T]):
    """Finds a Lots*in by Nr; Excel drops leading zeros, so ``7`` also finds a stored ``007`` if unambiguous."""

    def __init__(self, items: dict[str, _T]) -> None:
        self._exact = items
        numeric: dict[str, list[_T]] = defaultdict(list)
        for nr, item in items.items():
            if nr.isdigit():
                numeric[nr.lstrip("0")].append(item)
        self._numeric = {nr: found[0] for nr, found in numeric.items() if len(found) == 1}

    def get(self, nr: str) -> _T | None:
        if nr in self._exact:
            return self._exact[nr]
        return self._numeric.get(nr.lstrip("0")) if nr.isdigit() else None
