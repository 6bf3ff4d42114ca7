"""Property tests: whatever the documents and the filters, an engine agrees with plain Python."""

from __future__ import annotations

from collections import Counter

from tests.search.conftest import make_need
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search import Query
from search.analysis import analyze_for_index, analyze_query
from search.schema import to_epoch_ms

REGIONS = ["520526101001", "520526102003", "520524101002", "520121001003", "530102001001", "622921100004"]
WORDS = ["棉衣", "冬衣", "书包", "轮椅", "化肥", "种子", "毕节", "iPad", "2024", "医疗费", "搬迁"]
CATEGORIES = ["living", "education", "medical", "production"]
FACETS = ["category", "kind", "urgency", "status", "province_code", "county_code"]

needs = st.lists(
    st.builds(
        lambda words, region, category, kind, status, urgency, quantity, day: {
            "title": "".join(words[:2]) or "需要",
            "description": " ".join(words),
            "region_code": region,
            "category": category,
            "kind": kind,
            "status": status,
            "urgency": urgency,
            "quantity": float(quantity),
            "remaining": float(quantity) / 2,
            "created": f"2024-01-{day:02d}T10:00:00",
        },
        st.lists(st.sampled_from(WORDS), max_size=4),
        st.sampled_from(REGIONS),
        st.sampled_from(CATEGORIES),
        st.sampled_from(["goods", "cash", "service"]),
        st.sampled_from(["published", "pledged"]),
        st.integers(1, 3),
        st.integers(1, 500),
        st.integers(1, 28),
    ),
    max_size=25,
)
queries = st.fixed_dictionaries(
    {},
    optional={
        "text": st.sampled_from(WORDS),
        "region": st.sampled_from(["52", "5205", "520526", "53", "62"]),
        "category": st.lists(st.sampled_from(CATEGORIES), min_size=1, max_size=2),
        "kind": st.sampled_from(["goods", "cash", "service"]),
        "urgency": st.lists(st.integers(1, 3), min_size=1, max_size=2),
        "quantity_min": st.integers(1, 500),
        "created_to": st.sampled_from(["2024-01-05", "2024-01-20"]),
    },
)


def matches(doc, options):
    # A query term matches by its word, or by all of its n-grams, or so for one of its synonyms
    # (search.analysis.QueryTerm).
    words, grams = set(), set()
    for name in ("title", "description", "region_names"):
        field_words, field_grams = analyze_for_index(doc[name])
        words |= set(field_words)
        grams |= set(field_grams)
    terms = analyze_query(options.get("text"))
    def found(word, term_grams):
        return word in words or bool(term_grams) and set(term_grams) <= grams

    if any(not found(t.word, t.grams) and not any(found(*s) for s in t.synonyms) for t in terms):
        return False
    if "region" in options and not doc["region_code"].startswith(options["region"]):
        return False
    if "category" in options and doc["category"] not in options["category"]:
        return False
    if "kind" in options and doc["kind"] != options["kind"]:
        return False
    if "urgency" in options and doc["urgency"] not in options["urgency"]:
        return False
    if "quantity_min" in options and doc["quantity"] < options["quantity_min"]:
        return False
    if "created_to" in options:
        if to_epoch_ms(doc["created"]) > to_epoch_ms(options["created_to"], end_of_day=True):
            return False
    return True


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents=needs, options=queries)
def test_an_engine_finds_counts_and_facets_exactly_what_plain_python_filters(engine, documents, options):
    documents = [make_need(i, **fields) for i, fields in enumerate(documents, start=1)]
    engine.recreate("needs", documents)
    expected = [d for d in documents if matches(d, options)]
    results = engine.search("needs", Query(size=100, facets=FACETS, **options))
    assert sorted(results.ids, key=int) == [d["id"] for d in expected]
    assert results.total == len(expected)
    assert results.facets == {name: dict(Counter(d[name] for d in expected)) for name in FACETS}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents=needs, size=st.integers(1, 7))
def test_pages_of_any_size_partition_the_newest_first_listing(engine, documents, size):
    documents = [make_need(i, **fields) for i, fields in enumerate(documents, start=1)]
    engine.recreate("needs", documents)
    full = engine.search("needs", Query(sort="newest", size=100)).ids
    pages = []
    for page in range(1, len(documents) // size + 2):
        pages += engine.search("needs", Query(sort="newest", page=page, size=size)).ids
    assert pages == full and sorted(full, key=int) == [d["id"] for d in documents]
