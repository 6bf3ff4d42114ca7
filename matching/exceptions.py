"""Errors raised by the matching package.

Hierarchy::

    MatchingError                 base class: catch this to catch everything below
    ├── InvalidRecord             a need or offer that breaks the file format (file, line, field)
    ├── ModelError                a saved scorer that cannot be loaded or does not fit this code
    └── AllocationError           the allocation solver failed to produce a feasible plan

Errors raised by client libraries (scipy, joblib) are wrapped in one of these.
"""

from __future__ import annotations

__all__ = ["MatchingError", "InvalidRecord", "ModelError", "AllocationError"]


class MatchingError(Exception):
    """Base class of every error the matching package raises on purpose."""


class InvalidRecord(MatchingError, ValueError):
    """Report a record that breaks the file format, naming where and which field.

    Parameters
    ----------
    message : str
        What is wrong, in plain words.
    file : str or None
        Name of the file the record came from (``None`` for records built in Python).
    line : int or None
        1-based line number inside ``file``.
    field : str or None
        Name of the offending field, ``None`` when the whole line is wrong (e.g. not JSON).
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = []
        if self.file is not None:
            where.append(str(self.file))
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field is not None:
            where.append(f"field '{self.field}'")
        return (": ".join([", ".join(where), self.message]) if where else self.message)


class ModelError(MatchingError):
    """Report a scorer file that is missing, corrupt or of an incompatible model version."""


class AllocationError(MatchingError):
    """Report that the solver could not produce an allocation."""
