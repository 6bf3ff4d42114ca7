"""An equivalent, faster form of a long alternation of regular expressions (round 20, issue 13).

The lexicon's cue search (:data:`matching.lexicon._NEGATION`) is one alternation of 139 branches (after round
20; 70 of them guarded), and many begin with lookbehinds (``(?<![没未])(?<!没有)…``, up to sixteen) before the
words they look for. Python's engine tries every branch at every position where the pattern may start; it
passes over a branch that begins with a literal character or a character class after one comparison, but a
branch that begins with a lookbehind is entered and its lookbehinds are evaluated one by one, at nearly every
Chinese character of a text. :func:`guard_branches` puts a lookahead on the characters each such branch can
begin with in front of it (``(?=[给发送…])(?<![没未])…``), derived from the branch itself, so the engine leaves it
after one character test wherever it cannot match. Nothing else of the pattern changes.

Why the guarded pattern finds exactly what the pattern does: a lookbehind, a lookahead and an anchor consume
nothing, so a branch matching at a position consumes first a character of the set derived from its first
consuming items (:func:`first_characters`), and the lookahead in front holds there; where it fails, the branch
cannot match. The branches stay in their order and no group is added or moved, so the engine's choice (the
leftmost position, then the first branch that matches there) and every match's span and groups are the same.
A branch whose first characters cannot be told (it may match the empty string, or begin with any character:
``[^，。]``, ``.``, ``\\s``, a character class over more than :data:`_WIDEST_RANGE` characters) is left as it was,
and a pattern that is no alternation in one group is returned unchanged: a cue added tomorrow is guarded when
it can be and searched as written when it cannot. A verbose pattern (``re.X``, round 21) is split past its comments
and whitespace (:func:`_syntax`): a ``(`` or ``|`` in a comment is no syntax, and the branches are parsed with the
pattern's flags, so its whitespace means nothing there either.
"""

from __future__ import annotations

import re

try:  # the standard library's parser of regular expressions (Python 3.11+; ``sre_parse`` before)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - an older Python: no guard, the patterns are searched as written
    _C = _P = None

#: The widest character range of a class whose characters a guard lists (a range over the Chinese characters,
#: ``[\u4e00-\u9fff]``, says nothing useful and would make the guard as slow as the branch).
_WIDEST_RANGE = 256


class _Unknown(Exception):
    """The first characters of a branch cannot be told (any character, or the empty string, may begin it)."""


def _first(items) -> tuple[set[str], bool]:
    """Return ``(characters, nullable)``: the characters a match of the parsed ``items`` (a sequence of
    ``(opcode, argument)``, :mod:`re._parser`) can begin with, and whether it may consume nothing at all.
    Raises :class:`_Unknown` when the characters cannot be listed."""
    chars: set[str] = set()
    for op, av in getattr(items, "data", items):
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue  # zero-width: the next item consumes the first character
        if op is _C.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is _C.IN:
            for kind, arg in av:
                if kind is _C.LITERAL:
                    chars.add(chr(arg))
                elif kind is _C.RANGE and arg[1] - arg[0] < _WIDEST_RANGE:
                    chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
                else:  # NEGATE, CATEGORY (\s, \d), a wide range
                    raise _Unknown
            return chars, False
        if op is _C.SUBPATTERN:
            if av[1] or av[2]:  # (?i:…), (?-i:…): the case of its characters is another group's business
                raise _Unknown
            inner, nullable = _first(av[-1])
        elif op is _C.BRANCH:
            inner, nullable = set(), False
            for branch in av[1]:
                sub, empty = _first(branch)
                inner |= sub
                nullable = nullable or empty
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
            inner, nullable = _first(av[2])
            nullable = nullable or av[0] == 0
        else:  # ANY, NOT_LITERAL, a back-reference, a conditional …
            raise _Unknown
        chars |= inner
        if not nullable:
            return chars, False
    return chars, True


def first_characters(branch: str, flags: int = 0) -> str | None:
    """Return the characters a match of the regular expression ``branch`` can begin with, in a character
    class's escaped form (sorted), or None when they cannot be told or ``branch`` may match the empty string."""
    if _P is None:
        return None
    try:
        chars, nullable = _first(_P.parse(branch, flags).data)
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return None
    if nullable or not chars:
        return None
    return "".join(re.escape(c) for c in sorted(chars))


def _cheap(branch: str, flags: int) -> bool:
    """Return whether the engine passes over ``branch`` after one comparison: its first operation (inside any
    non-capturing groups) is a literal character or a character class."""
    try:
        items = _P.parse(branch, flags).data
        while items and items[0][0] is _C.SUBPATTERN:
            items = items[0][1][-1].data
        return bool(items) and items[0][0] in (_C.LITERAL, _C.IN)
    except (re.error, TypeError, ValueError, AttributeError, IndexError):
        return False


def _syntax(source: str, verbose: bool = False):
    """Yield ``(index, character)`` for each ``(``, ``)`` and ``|`` of the regular expression ``source`` that is
    syntax: not escaped and not inside a character class (``[|/]``, ``[^]…]``, a literal ``]`` first in a class).

    ``verbose`` (a pattern compiled with ``re.X``, round 21): a ``#`` outside a class and not escaped begins a
    comment that runs to the end of its line, and its ``(`` · ``)`` · ``|`` · ``[`` are no syntax — as Python's own
    parser reads it (:mod:`re._parser`: the comment is skipped token by token, an escape pair being one token, up to
    a newline). Whitespace is no syntax in either mode."""
    i, n, in_class = 0, len(source), False
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if verbose and not in_class and c == "#":
            while i < n and source[i] != "\n":
                i += 2 if source[i] == "\\" else 1
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            i += 1
            if source.startswith("^", i):
                i += 1
            if source.startswith("]", i):
                i += 1
            continue
        elif c in "()|":
            yield i, c
        i += 1


def alternatives(source: str, verbose: bool = False) -> tuple[str, list[str]] | None:
    """Split the regular expression ``source`` of the form ``HEAD(?:A|B|…)`` (the non-capturing group closes at
    the end; HEAD may hold a lookahead, ``(?=[…])``) into ``(HEAD, [A, B, …])``, or return None when it has
    another form. Escapes and character classes (``[|/]``, ``[^]…]``) are passed over; ``"|".join`` of the
    alternatives gives back the group's text. ``verbose`` (``re.X``): comments are passed over too
    (:func:`_syntax`), a branch keeps its comments and whitespace, and only whitespace and comments may follow
    the closing group (they are dropped: ``HEAD(?:…)`` rebuilt from the parts means the same)."""
    depth, opened, closed, bars = 0, -1, -1, []
    for i, c in _syntax(source, verbose):
        if c == "(":
            if depth == 0:
                opened, bars = i, []
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                closed = i
        elif depth == 0:  # a | outside every group: the pattern is no single group
            return None
        elif depth == 1:
            bars.append(i)
    n = len(source)
    if verbose and closed >= 0 and closed != n - 1 and not _blank_verbose(source[closed + 1:]):
        return None
    if verbose:
        n = closed + 1
    if depth or opened < 0 or not source.startswith("(?:", opened) or closed != n - 1 or not bars:
        return None
    cuts = [opened + 3, *(b + 1 for b in bars)]
    ends = [*bars, n - 1]
    return source[:opened], [source[a:b] for a, b in zip(cuts, ends)]


def _blank_verbose(rest: str) -> bool:
    """Return whether ``rest`` of a verbose pattern holds only whitespace and comments."""
    return all(not line.split("#", 1)[0].strip() for line in rest.split("\n"))


def guard_branches(pattern: re.Pattern) -> re.Pattern:
    """Return ``pattern`` with a lookahead on its first characters in front of each branch the engine cannot
    pass over at once (:func:`_cheap`), when ``pattern`` is one alternation in a non-capturing group
    (:func:`alternatives`); else ``pattern`` itself. The returned pattern matches exactly where ``pattern`` does,
    with the same spans and groups (module docstring); it has the same flags. A branch whose first characters
    cannot be told (:func:`first_characters`) is left as written."""
    if _P is None or not isinstance(pattern.pattern, str):
        return pattern
    split = alternatives(pattern.pattern, bool(pattern.flags & re.VERBOSE))
    if split is None:
        return pattern
    head, branches = split
    flags = pattern.flags & ~re.UNICODE
    out, guarded = [], 0
    for branch in branches:
        starts = None if _cheap(branch, flags) else first_characters(branch, flags)
        if starts:
            branch = f"(?=[{starts}]){branch}"
            guarded += 1
        out.append(branch)
    if not guarded:
        return pattern
    try:
        faster = re.compile(f"{head}(?:{'|'.join(out)})", flags)
    except re.error:  # pragma: no cover - a split the parser reads otherwise: search as written
        return pattern
    if faster.groups != pattern.groups or faster.groupindex != pattern.groupindex:
        return pattern  # pragma: no cover
    return faster
