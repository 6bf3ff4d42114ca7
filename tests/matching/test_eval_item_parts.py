"""bench/eval_item_parts.py: which parts it evaluates by default, and that a missing part fails the run.

The evaluation itself is `python -m matching evaluate` (tests/matching/test_cli.py); a real part takes tens of
seconds, so these tests check the script's own choices and its failure path only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import eval_item_parts  # noqa: E402


def test_default_parts_leave_out_the_unread_checks():
    parts = eval_item_parts.choose_parts([])
    assert "eval" in parts and "tune" in parts and "blind31" in parts
    assert not set(eval_item_parts.UNREAD) & set(parts)
    assert eval_item_parts.choose_parts([], unread=True) == list(eval_item_parts.UNREAD)
    assert eval_item_parts.choose_parts(["blind2"]) == ["blind2"]


def test_a_missing_part_is_an_error_and_fails_the_run(capsys):
    assert eval_item_parts.main(["no_such_part"]) == 1
    assert "no_such_part ERROR missing" in capsys.readouterr().out
