"""Reading and validating needs and offers from JSON Lines."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from matching import InvalidRecord, need_from_dict, offer_from_dict, read_needs, read_offers


def write_lines(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in rows), encoding="utf-8")
    return path


def test_need_defaults_follow_the_file_format(today):
    need = need_from_dict({"id": "n1", "title": "轮椅", "category": "medical", "quantity": 2,
                           "region": "520524"}, today=today)
    assert (need.kind, need.unit, need.beneficiary, need.urgency, need.deadline, need.created,
            need.times_helped, need.description) == ("goods", "件", "n1", 1, None, today, 0, "")


def test_offer_defaults_follow_the_file_format():
    offer = offer_from_dict({"id": "o1", "title": "轮椅", "categories": ["medical"], "quantity": 2})
    assert (offer.kind, offer.unit, offer.regions, offer.donor_region, offer.valid_until) == \
        ("goods", "件", (), None, None)


def test_unknown_fields_are_ignored(today):
    need = need_from_dict({"id": "n1", "title": "轮椅", "category": "medical", "quantity": 2,
                           "region": "520524", "photos": ["a.jpg"]}, today=today)
    assert need.id == "n1"


def test_missing_required_field_error_names_file_line_and_field(tmp_path, today):
    path = write_lines(tmp_path / "needs.jsonl", [
        {"id": "n1", "title": "轮椅", "category": "medical", "quantity": 2, "region": "520524"},
        {"id": "n2", "title": "轮椅", "category": "medical", "region": "520524"},
    ])
    with pytest.raises(InvalidRecord) as err:
        read_needs(path, today=today)
    assert (err.value.file, err.value.line, err.value.field) == (str(path), 2, "quantity")
    assert "needs.jsonl" in str(err.value) and "line 2" in str(err.value) and "quantity" in str(err.value)


@pytest.mark.parametrize("field,value", [
    ("category", "toys"), ("kind", "loan"), ("quantity", 0), ("quantity", -3), ("quantity", "5"),
    ("quantity", True), ("region", "52"), ("region", "52052a"), ("urgency", 4), ("deadline", "2026/12/01"),
    ("times_helped", -1), ("title", ""), ("id", 7),
])
def test_invalid_need_field_is_reported_by_name(field, value, today):
    row = {"id": "n1", "title": "轮椅", "category": "medical", "quantity": 2, "region": "520524"}
    row[field] = value
    with pytest.raises(InvalidRecord) as err:
        need_from_dict(row, today=today, file="f.jsonl", line=9)
    assert err.value.field == field and err.value.line == 9


@pytest.mark.parametrize("field,value", [
    ("categories", []), ("categories", ["toys"]), ("categories", "medical"), ("regions", ["5"]),
    ("regions", "52"), ("donor_region", "x"), ("valid_until", "soon"), ("quantity", None),
])
def test_invalid_offer_field_is_reported_by_name(field, value):
    row = {"id": "o1", "title": "轮椅", "categories": ["medical"], "quantity": 2}
    row[field] = value
    with pytest.raises(InvalidRecord) as err:
        offer_from_dict(row, file="f.jsonl", line=3)
    assert err.value.field == field


def test_line_that_is_not_json_is_reported_with_its_line_number(tmp_path):
    path = write_lines(tmp_path / "offers.jsonl", [
        {"id": "o1", "title": "轮椅", "categories": ["medical"], "quantity": 2}, "{not json",
    ])
    with pytest.raises(InvalidRecord) as err:
        read_offers(path)
    assert err.value.line == 2 and err.value.field is None


def test_duplicate_ids_are_rejected(tmp_path):
    row = {"id": "o1", "title": "轮椅", "categories": ["medical"], "quantity": 2}
    path = write_lines(tmp_path / "offers.jsonl", [row, row])
    with pytest.raises(InvalidRecord) as err:
        read_offers(path)
    assert (err.value.line, err.value.field) == (2, "id")


def test_blank_lines_are_skipped_and_line_numbers_still_count_them(tmp_path, today):
    path = tmp_path / "needs.jsonl"
    path.write_text('{"id": "n1", "title": "轮椅", "category": "medical", "quantity": 1, "region": "520524"}\n'
                    '\n{"id": "n2"}\n', encoding="utf-8")
    with pytest.raises(InvalidRecord) as err:
        read_needs(path, today=today)
    assert err.value.line == 3


def test_dates_are_parsed_into_date_objects(today):
    need = need_from_dict({"id": "n1", "title": "轮椅", "category": "medical", "quantity": 2,
                           "region": "520524", "deadline": "2026-12-01"}, today=today)
    assert need.deadline == dt.date(2026, 12, 1)


def test_records_built_in_python_are_validated_like_records_from_files():
    from matching import Need, Offer

    with pytest.raises(InvalidRecord) as err:
        Need(id="n1", title="轮椅", category="toys", quantity=1, region="520524")
    assert err.value.field == "category"
    with pytest.raises(InvalidRecord) as err:
        Offer(id="o1", title="轮椅", categories=("medical",), quantity=1, regions=("52a",))
    assert err.value.field == "regions"
