"""The Elasticsearch engine's mappings and request bodies, pinned without a server."""

from __future__ import annotations

import pytest

from search import EngineUnavailable, Query, create_engine, index_schema
from search.engines.elasticsearch_engine import (
    ElasticsearchEngine,
    alias_swap_actions,
    document_body,
    index_body,
    query_clause,
    search_body,
)
from search.schema import prepare

NEEDS = index_schema("needs")
OFFERS = index_schema("offers")


def compiled(index="needs", **options):
    return Query(**options).compile(index_schema(index))


def test_the_needs_mapping_is_generated_from_the_schema():
    assert index_body(NEEDS) == {
        "settings": {"number_of_shards": 1, "number_of_replicas": 0},
        "mappings": {
            "dynamic": False,
            "properties": {
                "id": {"type": "keyword"},
                "title": {"type": "text", "index": False},
                "description": {"type": "text", "index": False},
                "category": {"type": "keyword"},
                "kind": {"type": "keyword"},
                "status": {"type": "keyword"},
                "urgency": {"type": "long"},
                "quantity": {"type": "double"},
                "remaining": {"type": "double"},
                "unit": {"type": "keyword", "index": False, "doc_values": False},
                "region_code": {"type": "keyword"},
                "region_names": {"type": "text", "index": False},
                "province_code": {"type": "keyword"},
                "prefecture_code": {"type": "keyword"},
                "county_code": {"type": "keyword"},
                "created": {"type": "date", "format": "strict_date_optional_time||epoch_millis"},
                "deadline": {"type": "date", "format": "strict_date_optional_time||epoch_millis"},
                "open": {"type": "long"},
                "remaining_share": {"type": "double"},
                "search_text": {"type": "text", "analyzer": "whitespace", "index_options": "freqs"},
                "search_title": {"type": "text", "analyzer": "whitespace", "index_options": "freqs"},
                "search_ngram": {"type": "text", "analyzer": "whitespace", "index_options": "docs"},
            },
        },
    }


def test_every_index_maps_every_schema_field_plus_the_three_token_fields():
    for name in ("needs", "offers", "projects", "matches"):
        schema = index_schema(name)
        properties = index_body(schema)["mappings"]["properties"]
        tokens = {"search_text", "search_title", "search_ngram"}
        assert set(properties) == {f.name for f in schema.fields} | tokens


def test_shards_and_replicas_are_settings_of_the_engine():
    settings = index_body(OFFERS, shards=3, replicas=1)["settings"]
    assert settings == {"number_of_shards": 3, "number_of_replicas": 1}


def test_a_document_is_sent_with_its_source_the_python_tokens_and_the_derived_fields():
    need = {"id": 7, "title": "急需棉衣", "description": "冬季 Adidas", "region_names": "贵州省 毕节市",
            "status": "published", "quantity": 4, "remaining": 1}
    body = document_body(prepare(NEEDS, need))
    assert body == {
        "id": "7",
        "title": "急需棉衣",
        "description": "冬季 Adidas",
        "region_names": "贵州省 毕节市",
        "status": "published",
        "quantity": 4,
        "remaining": 1,
        # Division names become their short form (贵州省 → 贵州); synonyms their group's word.
        "search_text": "急需 冬衣 冬季 adidas 贵州 贵州 毕节 毕节",
        "search_title": "急需 冬衣",
        # Region names give bigrams only: a one-character query means a thing, not a place.
        "search_ngram": "急 需 棉 衣 急需 需棉 棉衣 冬 季 冬季 adidas 贵州 州省 毕节 节市",
        "open": 1,
        "remaining_share": 0.25,
    }


def test_a_query_without_text_or_filters_matches_all():
    assert query_clause(compiled()) == {"match_all": {}}


def _term(word, *grams):
    return {
        "bool": {
            "should": [
                {"term": {"search_text": {"value": word, "boost": 4.0}}},
                {"term": {"search_title": {"value": word, "boost": 8.0}}},
                {"bool": {"must": [{"term": {"search_ngram": g}} for g in grams], "boost": 1.0}},
            ],
            "minimum_should_match": 1,
        }
    }


def test_each_word_must_match_by_its_word_or_all_its_ngrams_and_being_open_adds_no_score():
    assert query_clause(compiled(text="急需 毕节")) == {
        "bool": {"must": [_term("急需", "急需"), _term("毕节", "毕节")]}
    }


def test_other_names_of_the_item_from_the_matching_lexicon_match_too_scored_half():
    clause = query_clause(compiled(text="小羊"))["bool"]["must"][0]["bool"]
    assert clause["minimum_should_match"] == 1
    assert {"term": {"search_text": {"value": "羔羊", "boost": 2.0}}} in clause["should"]
    assert {"term": {"search_title": {"value": "羔羊", "boost": 4.0}}} in clause["should"]
    assert {"bool": {"must": [{"term": {"search_ngram": "羔羊"}}], "boost": 0.5}} in clause["should"]


def test_a_query_of_stop_characters_searches_the_character_and_prefers_words_holding_it():
    assert query_clause(compiled(text="被")) == {
        "bool": {
            "must": [
                {
                    "bool": {
                        "must": [{"bool": {"must": [{"term": {"search_ngram": "被"}}], "boost": 1.0}}],
                        "should": [{"term": {"search_text": {"value": "被子", "boost": 4.0}}}],
                    }
                }
            ],
        }
    }


def test_filters_become_a_bool_filter_with_prefix_terms_and_ranges():
    clause = query_clause(
        compiled(
            region="5205",
            category=["medical", "education"],
            kind="cash",
            status="published",
            urgency=[3, 2],
            remaining_min=100,
            created_from="2024-01-01",
            created_to="2024-01-31",
        )
    )
    assert clause == {
        "bool": {
            "filter": [
                {"prefix": {"region_code": "5205"}},
                {"terms": {"category": ["education", "medical"]}},
                {"terms": {"kind": ["cash"]}},
                {"terms": {"status": ["published"]}},
                {"terms": {"urgency": [2, 3]}},
                {"range": {"remaining": {"gte": 100.0}}},
                {
                    "range": {
                        "created": {"gte": 1704067200000, "lte": 1706745599999, "format": "epoch_millis"}
                    }
                },
            ]
        }
    }


def test_an_offer_region_filter_also_accepts_ancestor_regions_and_offers_for_anywhere():
    assert query_clause(compiled("offers", region="520526")) == {
        "bool": {
            "filter": [
                {
                    "bool": {
                        "should": [
                            {"prefix": {"regions": "520526"}},
                            {"terms": {"regions": ["52", "5205"]}},
                            {"bool": {"must_not": [{"exists": {"field": "regions"}}]}},
                        ],
                        "minimum_should_match": 1,
                    }
                }
            ]
        }
    }


def test_the_search_body_pages_counts_exactly_and_leaves_the_tokens_out_of_the_source():
    body = search_body(compiled(text="棉衣", page=3, size=10))
    assert {k: body[k] for k in ("from", "size", "track_total_hits", "_source", "sort")} == {
        "from": 20,
        "size": 10,
        "track_total_hits": True,
        "_source": {"excludes": ["search_text", "search_title", "search_ngram", "open", "remaining_share"]},
        # open needs first among equal scores, then a stable order across pages
        "sort": ["_score", {"open": {"order": "desc", "missing": "_last"}}, {"id": {"order": "asc"}}],
    }


def test_the_urgency_sort_is_urgency_then_newest_then_id():
    assert search_body(compiled(sort="urgency"))["sort"] == [
        {"urgency": {"order": "desc", "missing": "_last"}},
        {"created": {"order": "desc", "missing": "_last"}},
        {"id": {"order": "asc"}},
    ]


def test_the_deadline_sort_puts_missing_deadlines_last():
    assert search_body(compiled(sort="deadline"))["sort"] == [
        {"deadline": {"order": "asc", "missing": "_last"}},
        {"id": {"order": "asc"}},
    ]


def test_relevance_without_text_sorts_open_needs_first_then_newest():
    assert search_body(compiled())["sort"] == [
        {"open": {"order": "desc", "missing": "_last"}},
        {"created": {"order": "desc", "missing": "_last"}},
        {"id": {"order": "asc"}},
    ]


def test_the_closing_sort_puts_open_needs_with_the_least_remaining_share_first():
    assert search_body(compiled(sort="closing"))["sort"] == [
        {"open": {"order": "desc", "missing": "_last"}},
        {"remaining_share": {"order": "asc", "missing": "_last"}},
        {"created": {"order": "desc", "missing": "_last"}},
        {"id": {"order": "asc"}},
    ]


def test_facets_become_terms_aggregations_large_enough_for_every_county():
    assert search_body(compiled(facets=["category", "county_code"]))["aggs"] == {
        "category": {"terms": {"field": "category", "size": 10000}},
        "county_code": {"terms": {"field": "county_code", "size": 10000}},
    }


def test_a_search_without_facets_asks_for_no_aggregations():
    assert "aggs" not in search_body(compiled())


def test_recreate_moves_the_alias_from_every_old_index_to_the_new_one_in_one_call():
    assert alias_swap_actions("fupin-needs", ["fupin-needs-1", "fupin-needs-2"], "fupin-needs-3") == [
        {"remove": {"index": "fupin-needs-1", "alias": "fupin-needs"}},
        {"remove": {"index": "fupin-needs-2", "alias": "fupin-needs"}},
        {"add": {"index": "fupin-needs-3", "alias": "fupin-needs"}},
    ]


def test_the_first_rebuild_only_adds_the_alias():
    assert alias_swap_actions("needs", [], "needs-1") == [{"add": {"index": "needs-1", "alias": "needs"}}]


def test_an_http_url_creates_the_elasticsearch_engine_without_connecting():
    engine = create_engine("http://127.0.0.1:9", prefix="fupin-")
    try:
        assert isinstance(engine, ElasticsearchEngine) and engine.alias("needs") == "fupin-needs"
    finally:
        engine.close()


def test_an_unreachable_server_reports_unhealthy_instead_of_raising():
    engine = create_engine("http://127.0.0.1:9", request_timeout=0.5, max_retries=0)
    try:
        assert engine.health() is False
    finally:
        engine.close()


def test_an_unreachable_server_raises_engine_unavailable_on_search():
    engine = create_engine("http://127.0.0.1:9", request_timeout=0.5, max_retries=0)
    try:
        with pytest.raises(EngineUnavailable):
            engine.search("needs", Query(text="棉衣"))
    finally:
        engine.close()
