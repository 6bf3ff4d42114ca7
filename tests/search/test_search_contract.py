"""The behaviour every search engine must show, run against each available engine alike."""

from __future__ import annotations

from collections import Counter

import pytest
from tests.search.conftest import NEEDS, make_need

from search import Change, IndexNotFound, InvalidDocument, InvalidQuery, Query, apply_changes
from search.schema import to_epoch_ms


def ids(results):
    return [hit.id for hit in results.hits]


def found(engine, **query):
    return sorted(ids(engine.search("needs", Query(size=100, **query))), key=int)


# --- Chinese text, synonyms, Latin words and numbers ----------------------------------------------


def test_a_need_mentioning_cotton_coats_is_found_by_the_synonym_winter_clothes(needs_engine):
    assert found(needs_engine, text="冬衣") == ["1"]


def test_a_need_mentioning_cotton_coats_is_found_by_cotton_coats(needs_engine):
    assert found(needs_engine, text="棉衣") == ["1"]


def test_a_prefecture_name_with_its_province_filter_finds_needs_of_all_its_counties(needs_engine):
    assert found(needs_engine, text="毕节", region="52") == ["1", "3", "4"]


def test_a_prefecture_name_with_another_province_filter_finds_nothing(needs_engine):
    assert found(needs_engine, text="毕节", region="53") == []


def test_latin_words_are_found_whatever_their_case(needs_engine):
    assert found(needs_engine, text="ADIDAS") == ["1"]


def test_numbers_in_the_text_are_searchable(needs_engine):
    assert found(needs_engine, text="5000") == ["3"]


def test_every_token_of_the_query_must_occur_in_the_document(needs_engine):
    assert found(needs_engine, text="棉衣 书包") == []


def test_a_word_inside_a_long_compound_finds_the_compound(needs_engine):
    assert found(needs_engine, text="搬迁") == ["4"]


def test_a_query_of_only_punctuation_matches_everything_like_no_text(needs_engine):
    assert found(needs_engine, text="，。！") == [str(n["id"]) for n in NEEDS]


def test_a_title_match_ranks_above_a_description_only_match(engine):
    engine.index(
        "needs",
        [
            make_need(10, title="社区活动", description="有位老人需要轮椅出行"),
            make_need(11, title="老人需要轮椅", description="行动不便"),
        ],
    )
    assert ids(engine.search("needs", Query(text="轮椅"))) == ["11", "10"]


# --- filters --------------------------------------------------------------------------------------


def test_the_region_filter_keeps_needs_under_a_county_code(needs_engine):
    assert found(needs_engine, region="520524") == ["4"]


def test_the_region_filter_keeps_needs_under_a_prefecture_code(needs_engine):
    assert found(needs_engine, region="5205") == ["1", "3", "4"]


def test_the_category_filter_keeps_one_category(needs_engine):
    assert found(needs_engine, category="medical") == ["3", "6"]


def test_the_category_filter_keeps_any_of_several_categories(needs_engine):
    assert found(needs_engine, category=["medical", "education"]) == ["2", "3", "6"]


def test_the_kind_filter_keeps_cash_needs(needs_engine):
    assert found(needs_engine, kind="cash") == ["3"]


def test_the_status_filter_keeps_any_of_several_statuses(needs_engine):
    assert found(needs_engine, status=["pledged", "completed"]) == ["4", "6"]


def test_the_urgency_filter_keeps_the_given_levels(needs_engine):
    assert found(needs_engine, urgency=[2, 3]) == ["1", "2", "3", "5", "6"]


@pytest.mark.parametrize("levels", [[1], [1, 3], [3, 1, 2], [4]])
def test_an_integer_filter_keeps_exactly_the_documents_holding_one_of_its_values(needs_engine, levels):
    # The embedded engine keeps integers as columns only and filters them by ranges (one per run of
    # consecutive values): a gap between the values must stay a gap.
    assert found(needs_engine, urgency=levels) == [n["id"] for n in NEEDS if n["urgency"] in levels]


def test_the_quantity_range_is_inclusive_at_both_ends(needs_engine):
    assert found(needs_engine, quantity_min=20, quantity_max=2000) == ["1", "2", "5"]


def test_the_remaining_range_keeps_needs_with_enough_left(needs_engine):
    assert found(needs_engine, remaining_min=1000) == ["3", "5"]


def test_a_bare_date_as_upper_created_bound_covers_that_whole_day(needs_engine):
    assert found(needs_engine, created_from="2024-01-05", created_to="2024-01-10") == ["1", "2"]


def test_the_deadline_range_leaves_out_needs_without_deadline(needs_engine):
    assert found(needs_engine, deadline_from="2024-02-01", deadline_to="2024-03-31") == ["1", "2", "3"]


def test_where_filters_on_any_keyword_field(needs_engine):
    assert found(needs_engine, where={"county_code": "520526"}) == ["1", "3"]


def test_filters_combine_with_text(needs_engine):
    assert found(needs_engine, text="需要", region="52", urgency=2) == ["5"]


def test_count_with_a_query_counts_the_filtered_documents(needs_engine):
    assert needs_engine.count("needs", Query(region="52")) == 4


def test_count_without_a_query_counts_every_document(needs_engine):
    assert needs_engine.count("needs") == len(NEEDS)


# --- sorting --------------------------------------------------------------------------------------


def test_newest_sort_puts_the_latest_created_first(needs_engine):
    assert ids(needs_engine.search("needs", Query(sort="newest"))) == ["5", "3", "1", "2", "4", "6"]


def test_urgency_sort_puts_urgent_first_then_newest(needs_engine):
    assert ids(needs_engine.search("needs", Query(sort="urgency"))) == ["3", "1", "5", "2", "6", "4"]


def test_deadline_sort_puts_the_soonest_first_and_needs_without_deadline_last(needs_engine):
    assert ids(needs_engine.search("needs", Query(sort="deadline"))) == ["6", "1", "3", "2", "5", "4"]


def test_relevance_sort_without_text_falls_back_to_newest(needs_engine):
    assert ids(needs_engine.search("needs", Query())) == ["5", "3", "1", "2", "4", "6"]


def test_a_sort_the_index_does_not_know_is_an_invalid_query(needs_engine):
    with pytest.raises(InvalidQuery):
        needs_engine.search("offers", Query(sort="urgency"))


# --- facets ---------------------------------------------------------------------------------------

FACETS = ["category", "kind", "urgency", "status", "province_code", "prefecture_code", "county_code"]


def python_facets(documents):
    return {name: dict(Counter(d[name] for d in documents)) for name in FACETS}


def test_facet_counts_equal_counts_computed_over_all_documents(needs_engine):
    results = needs_engine.search("needs", Query(facets=FACETS, size=1))
    assert results.facets == python_facets(NEEDS)


def test_facet_counts_cover_the_whole_filtered_set_not_just_the_page(needs_engine):
    results = needs_engine.search("needs", Query(region="52", facets=FACETS, size=1))
    assert results.facets == python_facets([d for d in NEEDS if d["region_code"].startswith("52")])


def test_facet_counts_follow_the_text_query(needs_engine):
    results = needs_engine.search("needs", Query(text="需要", facets=["category", "urgency"], size=1))
    matching = [d for d in NEEDS if "需要" in d["title"] + d["description"]]
    expected = python_facets(matching)
    assert results.facets == {"category": expected["category"], "urgency": expected["urgency"]}


def test_facet_values_are_ordered_by_count_largest_first(needs_engine):
    counts = needs_engine.search("needs", Query(facets=["prefecture_code"])).facets["prefecture_code"]
    assert list(counts.values()) == sorted(counts.values(), reverse=True)


def test_a_facet_the_index_does_not_offer_is_an_invalid_query(needs_engine):
    with pytest.raises(InvalidQuery):
        needs_engine.search("needs", Query(facets=["title"]))


# --- pagination -----------------------------------------------------------------------------------


@pytest.fixture()
def many_needs(engine):
    # Few distinct dates and urgencies: many ties, which the pages must still split consistently.
    documents = [
        make_need(
            i,
            title=f"需要棉衣 {i}",
            urgency=1 + i % 3,
            created=f"2024-01-0{1 + i % 4}T08:00:00",
            deadline=None if i % 5 == 0 else f"2024-03-0{1 + i % 3}",
        )
        for i in range(1, 48)
    ]
    engine.index("needs", documents)
    return engine


@pytest.mark.parametrize("sort", ["relevance", "newest", "urgency", "deadline"])
@pytest.mark.parametrize("text", ["", "棉衣"])
def test_pages_concatenated_equal_the_full_sorted_list_without_duplicates(many_needs, sort, text):
    full = ids(many_needs.search("needs", Query(text=text, sort=sort, size=100)))
    pages = []
    for page in range(1, 6):
        pages += ids(many_needs.search("needs", Query(text=text, sort=sort, page=page, size=10)))
    assert pages == full and len(set(pages)) == 47


def test_the_total_counts_all_matches_while_the_page_holds_size_hits(many_needs):
    results = many_needs.search("needs", Query(page=2, size=20))
    assert (results.total, len(results.hits), results.pages) == (47, 20, 3)


@pytest.mark.parametrize("sort", ["newest", "urgency", "deadline"])
def test_sorted_pages_respect_the_sort_keys(many_needs, sort):
    hits = many_needs.search("needs", Query(sort=sort, size=100)).hits
    keys = {
        "newest": lambda d: -to_epoch_ms(d["created"]),
        "urgency": lambda d: (-d["urgency"], -to_epoch_ms(d["created"])),
        "deadline": lambda d: (d["deadline"] is None, d["deadline"] or ""),
    }[sort]
    values = [keys(hit.document) for hit in hits]
    assert values == sorted(values)


# --- hits and highlighting ------------------------------------------------------------------------


def test_a_hit_returns_the_document_as_indexed(needs_engine):
    hit = needs_engine.search("needs", Query(text="棉衣")).hits[0]
    assert hit.document == {**NEEDS[0], "quantity": 20, "remaining": 20}


def test_the_title_highlight_marks_the_synonym_the_document_uses(needs_engine):
    hit = needs_engine.search("needs", Query(text="冬衣")).hits[0]
    assert hit.highlights["title"] == "急需冬季<mark>棉衣</mark>20件"


def test_the_description_highlight_marks_every_matching_token(needs_engine):
    hit = needs_engine.search("needs", Query(text="棉衣")).hits[0]
    assert hit.highlights["description"].count("<mark>") == 2  # 棉衣 and its synonym 羽绒服


def test_highlighted_text_is_html_escaped(needs_engine):
    hit = needs_engine.search("needs", Query(text="书包")).hits[0]  # 文具 is in 书包's synonym group
    assert hit.highlights["description"] == "孩子们上学缺少<mark>书包</mark>和<mark>文具</mark> &lt;b&gt;急&lt;/b&gt;"


def test_a_search_without_text_returns_no_highlights(needs_engine):
    assert all(hit.highlights == {} for hit in needs_engine.search("needs", Query()).hits)


def test_highlighting_can_be_switched_off(needs_engine):
    assert needs_engine.search("needs", Query(text="棉衣", highlight=False)).hits[0].highlights == {}


# --- writes ---------------------------------------------------------------------------------------


def test_totals_and_facets_follow_every_write(needs_engine):
    query = Query(region="52", facets=["category"])
    before = needs_engine.search("needs", query)
    needs_engine.index("needs", [make_need(20, category="housing")])
    after = needs_engine.search("needs", query)
    assert (after.total, after.facets["category"].get("housing")) == (before.total + 1, 1)


def test_a_deleted_need_is_no_longer_found(needs_engine):
    needs_engine.delete("needs", ["1"])
    assert found(needs_engine, text="棉衣") == [] and needs_engine.count("needs") == len(NEEDS) - 1


def test_deleting_an_absent_id_is_harmless(needs_engine):
    needs_engine.delete("needs", ["999"])
    assert needs_engine.count("needs") == len(NEEDS)


def test_indexing_an_existing_id_replaces_the_document(needs_engine):
    needs_engine.index("needs", [{**NEEDS[0], "title": "急需过冬被子", "description": ""}])
    assert (found(needs_engine, text="棉衣"), found(needs_engine, text="被子")) == ([], ["1"])
    assert needs_engine.count("needs") == len(NEEDS)


def test_recreate_replaces_the_whole_index_with_the_given_documents(needs_engine):
    assert needs_engine.recreate("needs", NEEDS[:2]) == 2
    assert found(needs_engine) == ["1", "2"]


def test_a_failed_recreate_leaves_the_live_index_untouched(needs_engine):
    with pytest.raises(InvalidDocument):
        needs_engine.recreate("needs", [NEEDS[0], {**NEEDS[1], "created": "last week"}])
    assert needs_engine.count("needs") == len(NEEDS) and found(needs_engine, text="透析") == ["3"]


def test_the_index_stays_writable_after_recreate(needs_engine):
    needs_engine.recreate("needs", NEEDS[:2])
    needs_engine.index("needs", NEEDS[2:3])
    assert found(needs_engine, text="透析") == ["3"]


def test_an_unknown_index_name_raises_index_not_found(engine):
    with pytest.raises(IndexNotFound):
        engine.search("households", Query())


def test_searching_an_index_never_written_finds_nothing(engine):
    assert engine.search("projects", Query(text="蔬菜")).total == 0


def test_the_engine_reports_itself_healthy(engine):
    assert engine.health() is True


# --- the other indexes ----------------------------------------------------------------------------

OFFERS = [
    {"id": "o1", "title": "捐赠冬衣一批", "description": "九成新羽绒服 50 件", "categories": ["living"],
     "kind": "goods", "status": "active", "quantity": 50, "remaining": 50, "unit": "件", "regions": [],
     "poster_name": "爱心企业甲", "org_kind": "enterprise", "created": "2024-01-01", "valid_until": "2024-06-30"},
    {"id": "o2", "title": "助学金资助", "description": "资助贵州学生", "categories": ["education", "living"],
     "kind": "cash", "status": "active", "quantity": 10000, "remaining": 8000, "unit": "元", "regions": ["52"],
     "poster_name": "张先生", "org_kind": "individual", "created": "2024-01-02", "valid_until": None},
    {"id": "o3", "title": "威宁县医疗义诊", "description": "组织医生下乡", "categories": ["medical"],
     "kind": "service", "status": "active", "quantity": 1, "remaining": 1, "unit": "次",
     "regions": ["520526", "530102"], "poster_name": "某医院", "org_kind": "social_org",
     "created": "2024-01-03", "valid_until": "2024-03-01"},
    {"id": "o4", "title": "昆明技能培训", "description": "电商培训", "categories": ["employment"],
     "kind": "service", "status": "active", "quantity": 30, "remaining": 30, "unit": "人",
     "regions": ["5301"], "poster_name": "培训学校", "org_kind": "enterprise",
     "created": "2024-01-04", "valid_until": "2024-05-01"},
]


@pytest.fixture()
def offers_engine(engine):
    engine.index("offers", OFFERS)
    return engine


def test_an_offer_region_filter_keeps_offers_for_anywhere_for_an_ancestor_and_inside(offers_engine):
    results = offers_engine.search("offers", Query(region="520526", size=100))
    assert sorted(ids(results)) == ["o1", "o2", "o3"]


def test_an_offer_region_filter_leaves_out_offers_for_other_regions(offers_engine):
    assert sorted(ids(offers_engine.search("offers", Query(region="53")))) == ["o1", "o3", "o4"]


def test_an_offer_category_filter_matches_any_of_its_categories(offers_engine):
    assert sorted(ids(offers_engine.search("offers", Query(category="living")))) == ["o1", "o2"]


def test_offer_category_facets_count_each_category_of_a_multi_category_offer(offers_engine):
    facets = offers_engine.search("offers", Query(facets=["categories"])).facets["categories"]
    assert facets == dict(Counter(c for o in OFFERS for c in o["categories"]))


def test_an_offer_is_found_by_its_poster_name(offers_engine):
    assert ids(offers_engine.search("offers", Query(text="爱心企业"))) == ["o1"]


def test_offers_sort_by_validity_soonest_first(offers_engine):
    assert ids(offers_engine.search("offers", Query(sort="deadline"))) == ["o3", "o4", "o1", "o2"]


PROJECTS = [
    {"id": "p1", "title": "东西部协作茶叶产业园", "description": "建设茶叶加工厂", "category": "production",
     "status": "ongoing", "year": 2023, "budget": 5_000_000.0, "helper_region_code": "3302",
     "helper_region_names": "浙江省 宁波市", "region_code": "520526", "region_names": "贵州省 毕节市 威宁县",
     "province_code": "52", "prefecture_code": "5205", "county_code": "520526", "created": "2023-05-01"},
    {"id": "p2", "title": "劳务协作培训", "description": "组织务工培训", "category": "employment",
     "status": "finished", "year": 2022, "budget": 800_000.0, "helper_region_code": "3302",
     "helper_region_names": "浙江省 宁波市", "region_code": "5301", "region_names": "云南省 昆明市",
     "province_code": "53", "prefecture_code": "5301", "county_code": None, "created": "2022-03-01"},
]


def test_a_project_is_found_by_the_helper_region_name(engine):
    engine.index("projects", PROJECTS)
    assert sorted(ids(engine.search("projects", Query(text="宁波")))) == ["p1", "p2"]


def test_project_year_facets_count_integer_years(engine):
    engine.index("projects", PROJECTS)
    assert engine.search("projects", Query(facets=["year"])).facets == {"year": {2022: 1, 2023: 1}}


MATCHES = [
    {"id": "m1", "need_id": "1", "offer_id": "o1", "score": 0.92, "category": "living",
     "region_code": "520526101001", "need_title": "急需冬季棉衣20件", "offer_title": "捐赠冬衣一批",
     "created": "2024-01-11"},
    {"id": "m2", "need_id": "2", "offer_id": "o2", "score": 0.55, "category": "education",
     "region_code": "530102001001", "need_title": "山区小学需要书包文具", "offer_title": "助学金资助",
     "created": "2024-01-12"},
    {"id": "m3", "need_id": "1", "offer_id": "o2", "score": 0.71, "category": "living",
     "region_code": "520526101001", "need_title": "急需冬季棉衣20件", "offer_title": "助学金资助",
     "created": "2024-01-13"},
]


def test_matches_of_one_need_sort_by_score_highest_first(engine):
    engine.index("matches", MATCHES)
    assert ids(engine.search("matches", Query(where={"need_id": "1"}, sort="score"))) == ["m1", "m3"]


def test_a_match_highlights_both_titles(engine):
    engine.index("matches", MATCHES)
    hit = engine.search("matches", Query(text="冬衣", where={"offer_id": "o1"})).hits[0]
    assert set(hit.highlights) == {"need_title", "offer_title"}


# --- the outbox -----------------------------------------------------------------------------------


def test_outbox_changes_applied_during_an_outage_fail_and_are_kept(flaky):
    flaky.fail()
    report = apply_changes(flaky, [Change("needs", "upsert", d["id"], d) for d in NEEDS])
    assert (len(report.applied), len(report.failed)) == (0, len(NEEDS))


def test_outbox_changes_kept_during_an_outage_apply_once_the_engine_is_back(flaky):
    changes = [Change("needs", "upsert", d["id"], d) for d in NEEDS] + [Change("needs", "delete", "2")]
    flaky.fail()
    kept = apply_changes(flaky, changes).failed
    flaky.restore()
    report = apply_changes(flaky, kept)
    assert report.ok and flaky.count("needs") == len(NEEDS) - 1


def test_an_outage_in_the_middle_keeps_the_rest_of_the_batch_in_order(flaky):
    first = [Change("needs", "upsert", d["id"], d) for d in NEEDS[:3]]
    apply_changes(flaky, first)
    flaky.fail()
    later = [Change("needs", "delete", "1"), Change("offers", "upsert", "o1", OFFERS[0])]
    report = apply_changes(flaky, later)
    assert [c.doc_id for c in report.failed] == ["1", "o1"] and flaky.engine.count("needs") == 3


def test_a_bad_document_fails_alone_and_holds_back_later_changes_of_the_same_document(engine):
    changes = [
        Change("needs", "upsert", "1", NEEDS[0]),
        Change("needs", "upsert", "2", {**NEEDS[1], "urgency": "very"}),
        Change("needs", "upsert", "3", NEEDS[2]),
        Change("needs", "delete", "2"),
    ]
    report = apply_changes(engine, changes)
    assert [c.doc_id for c in report.applied] == ["1", "3"]
    assert [(c.op, c.doc_id) for c in report.failed] == [("upsert", "2"), ("delete", "2")]


def test_applied_changes_carry_the_callers_reference(engine):
    report = apply_changes(engine, [Change("needs", "upsert", "1", NEEDS[0], ref=41)])
    assert [c.ref for c in report.applied] == [41]
