"""The query model's validation and its reduction to generic filters, without any engine."""

from __future__ import annotations

import pytest

from search import InvalidQuery, Query, Sort, index_schema
from search.query import RangeFilter, RegionFilter, TermsFilter

NEEDS = index_schema("needs")


@pytest.mark.parametrize("page", [0, -1, 1.5, "2", True])
def test_a_page_below_one_or_not_an_integer_is_an_invalid_query(page):
    with pytest.raises(InvalidQuery):
        Query(page=page)


@pytest.mark.parametrize("size", [0, 101, -5, None])
def test_a_size_outside_one_to_one_hundred_is_an_invalid_query(size):
    with pytest.raises(InvalidQuery):
        Query(size=size)


@pytest.mark.parametrize("size", [1, 100])
def test_sizes_one_and_one_hundred_are_accepted(size):
    assert Query(size=size).size == size


def test_a_page_window_beyond_ten_thousand_results_is_an_invalid_query():
    with pytest.raises(InvalidQuery):
        Query(page=101, size=100)


def test_an_unknown_sort_name_is_an_invalid_query():
    with pytest.raises(InvalidQuery):
        Query(sort="cheapest")


def test_a_sort_given_as_a_string_becomes_the_sort_enum():
    assert Query(sort="deadline").sort is Sort.DEADLINE


@pytest.mark.parametrize("region", ["5", "520", "52a", "", "52052410"])
def test_a_region_that_is_not_a_region_code_is_an_invalid_query(region):
    with pytest.raises(InvalidQuery):
        Query(region=region)


def test_an_overlong_text_is_an_invalid_query():
    with pytest.raises(InvalidQuery):
        Query(text="棉" * 201)


def test_a_filter_the_index_lacks_is_an_invalid_query():
    with pytest.raises(InvalidQuery):
        Query(urgency=3).compile(index_schema("offers"))


def test_a_where_filter_on_a_text_field_is_an_invalid_query():
    with pytest.raises(InvalidQuery):
        Query(where={"title": "棉衣"}).compile(NEEDS)


def test_a_non_integer_urgency_is_an_invalid_query():
    with pytest.raises(InvalidQuery):
        Query(urgency="urgent").compile(NEEDS)


def test_a_range_whose_minimum_exceeds_its_maximum_is_an_invalid_query():
    with pytest.raises(InvalidQuery):
        Query(quantity_min=10, quantity_max=1).compile(NEEDS)


def test_a_date_bound_that_is_not_iso_is_an_invalid_query():
    with pytest.raises(InvalidQuery):
        Query(created_from="01/02/2024").compile(NEEDS)


def test_the_query_compiles_into_generic_filters_in_a_fixed_order():
    compiled = Query(region="52", category="living", urgency=[3, "2"], quantity_max=5).compile(NEEDS)
    assert compiled.filters == (
        RegionFilter("region_code", "52", multi=False),
        TermsFilter("category", ("living",)),
        TermsFilter("urgency", (2, 3)),
        RangeFilter("quantity", None, 5.0),
    )


def test_the_offers_category_filter_targets_their_category_list():
    compiled = Query(category="living").compile(index_schema("offers"))
    assert compiled.filters == (TermsFilter("categories", ("living",)),)


def test_the_deadline_filter_of_offers_targets_their_validity():
    compiled = Query(deadline_to="2024-01-01").compile(index_schema("offers"))
    assert compiled.filters[0].field == "valid_until"


def test_query_tokens_are_the_distinct_analyzed_words_in_order():
    assert Query(text="棉衣 冬衣 毕节").tokens == ("冬衣", "毕节")


def test_the_page_window_becomes_offset_and_limit():
    compiled = Query(page=3, size=15).compile(NEEDS)
    assert (compiled.offset, compiled.limit) == (30, 15)
