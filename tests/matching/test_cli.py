"""The command line, end to end through a subprocess, on small files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "matching", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def lines_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_recommend_writes_one_line_per_offer_in_input_order(small_files):
    res = run("recommend", "--needs", str(small_files["needs"]), "--offers", str(small_files["offers"]),
              "--today", "2026-11-28")
    assert res.returncode == 0, res.stderr
    out = lines_of(res.stdout)
    assert [line["offer"] for line in out] == ["o1", "o2", "o3", "o4"]
    assert [m["need"] for m in out[0]["matches"]] == ["n1"]
    assert out[3]["matches"] == []  # o4 expired on 2026-01-01


def test_recommend_for_needs_lists_offers_per_need_and_respects_top(small_files):
    res = run("recommend", "--needs", str(small_files["needs"]), "--offers", str(small_files["offers"]),
              "--today", "2026-11-28", "--for", "needs", "--top", "1")
    out = lines_of(res.stdout)
    assert [line["need"] for line in out] == ["n1", "n2", "n3", "n4"]
    assert all(len(line["matches"]) <= 1 for line in out) and out[1]["matches"][0]["offer"] == "o3"


def test_recommend_match_carries_score_and_reasons(small_files):
    res = run("recommend", "--needs", str(small_files["needs"]), "--offers", str(small_files["offers"]),
              "--today", "2026-11-28")
    match = lines_of(res.stdout)[0]["matches"][0]
    assert 0 <= match["score"] <= 1 and {"text", "category", "region", "coverage"} <= set(match["reasons"])


def test_allocate_writes_assignments_within_quantities_to_out_file(small_files, tmp_path):
    out = tmp_path / "plan.jsonl"
    res = run("allocate", "--needs", str(small_files["needs"]), "--offers", str(small_files["offers"]),
              "--today", "2026-11-28", "--out", str(out), "--max-per-beneficiary", "1")
    assert res.returncode == 0 and res.stdout == ""
    plan = lines_of(out.read_text(encoding="utf-8"))
    assert {(p["offer"], p["need"]) for p in plan} <= {("o1", "n1"), ("o2", "n3"), ("o2", "n2"), ("o3", "n2")}
    assert {"offer", "need", "quantity", "score"} == set(plan[0])
    # n2 and n3 share beneficiary h1: at most one offer reaches h1
    assert len({p["offer"] for p in plan if p["need"] in ("n2", "n3")}) == 1


def test_malformed_line_exits_non_zero_names_file_line_field_and_writes_nothing(small_files, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(small_files["needs"].read_text(encoding="utf-8")
                   + '{"id": "n9", "title": "轮椅", "category": "medical", "quantity": "many", "region": "520524"}\n',
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run("recommend", "--needs", str(bad), "--offers", str(small_files["offers"]), "--out", str(out))
    assert res.returncode == 2
    assert "bad.jsonl" in res.stderr and "line 5" in res.stderr and "quantity" in res.stderr
    assert not out.exists() and res.stdout == ""
    assert list(tmp_path.glob(".matching-*")) == []


def test_missing_model_file_exits_non_zero_with_a_clear_message(small_files, tmp_path):
    res = run("recommend", "--needs", str(small_files["needs"]), "--offers", str(small_files["offers"]),
              "--model", str(tmp_path / "none.joblib"))
    assert res.returncode == 2 and "model file not found" in res.stderr


def test_recommend_uses_a_saved_model(small_files, tmp_path):
    from matching import Scorer

    Scorer(weights={"text": 1.0, "category": 0, "region": 0, "pairing": 0, "distance": 0, "target": 0,
                    "coverage": 0, "urgency": 0, "deadline": 0, "equity": 0, "item": 0,
                    "unit": 0, "priority": 0}).save(tmp_path / "m.joblib")
    res = run("recommend", "--needs", str(small_files["needs"]), "--offers", str(small_files["offers"]),
              "--today", "2026-11-28", "--model", str(tmp_path / "m.joblib"))
    match = lines_of(res.stdout)[0]["matches"][0]
    assert match["score"] == pytest.approx(match["reasons"]["text"], abs=1e-3)


def test_bad_today_is_an_argument_error(small_files):
    res = run("recommend", "--needs", str(small_files["needs"]), "--offers", str(small_files["offers"]),
              "--today", "28.11.2026")
    assert res.returncode == 2 and "YYYY-MM-DD" in res.stderr


def test_evaluate_reports_metrics_and_zero_violations(small_files, tmp_path):
    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"offer": "o1", "need": "n1", "relevance": 3}\n'
                      '{"offer": "o3", "need": "n2", "relevance": 2}\n', encoding="utf-8")
    res = run("evaluate", "--needs", str(small_files["needs"]), "--offers", str(small_files["offers"]),
              "--labels", str(labels), "--k", "5", "--today", "2026-11-28")
    report = lines_of(res.stdout)[0]
    assert report["recall_at_k"] == 1.0 and report["ndcg_at_k"] == 1.0
    assert report["violations"] == {"recommend": 0, "allocate": 0}


def test_evaluate_rejects_a_label_with_relevance_out_of_range(small_files, tmp_path):
    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"offer": "o1", "need": "n1", "relevance": 7}\n', encoding="utf-8")
    res = run("evaluate", "--needs", str(small_files["needs"]), "--offers", str(small_files["offers"]),
              "--labels", str(labels))
    assert res.returncode == 2 and "relevance" in res.stderr and "line 1" in res.stderr


def test_lexicon_reports_how_many_names_the_thesaurus_adds_and_what_a_text_asks_for(tmp_path):
    with_cilin = lines_of(run("lexicon").stdout)[0]
    alone = lines_of(run("lexicon", "--no-thesaurus").stdout)[0]
    assert with_cilin["concepts"] == alone["concepts"] and alone["thesaurus_names"] == 0
    assert with_cilin["names"] == alone["names"] + with_cilin["thesaurus_names"] > alone["names"]
    assert with_cilin["group_item_names"] >= with_cilin["group_items"] > 1000 and alone["group_items"] == 0
    assert lines_of(run("lexicon", "需要被卧，棉衣暂不需要").stdout) == [
        {"text": "需要被卧，棉衣暂不需要", "asked": ["棉被"], "excluded": ["棉衣"]}]
    bad = tmp_path / "bad.tsv"
    bad.write_text("food\t馒头\t\t个\n", encoding="utf-8")
    result = run("lexicon", "--extra", str(bad))
    assert result.returncode == 2 and "category" in result.stderr and result.stdout == ""


def test_lexicon_lists_the_covering_groups_an_office_file_adds(tmp_path):
    office = tmp_path / "office.tsv"
    office.write_text("production\t春耕包/春耕大礼包\t\t份\tgroup\nproduction\t化肥\t春耕包\n", encoding="utf-8")
    builtin = lines_of(run("lexicon").stdout)[0]["covering_groups"]
    assert "庭院经济物资" in builtin and "冬衣" not in builtin
    assert lines_of(run("lexicon", "--extra", str(office)).stdout)[0]["covering_groups"] == sorted(builtin + ["春耕包"])
