"""Fixtures of the search package's tests: every available engine, and a small corpus of needs.

The contract tests run once per engine: tantivy always (in a temporary directory), Elasticsearch
when ELASTICSEARCH_URL names a node (see tests/search_engines.py).
"""

from __future__ import annotations

import pytest

from search.testing import FlakyEngine
from tests.search_engines import ENGINE_PARAMS, open_engine


@pytest.fixture(params=ENGINE_PARAMS)
def engine(request, tmp_path):
    """Yield a fresh engine of each kind (Elasticsearch: marked ``elasticsearch``, needs a node)."""
    with open_engine(request.param, tmp_path) as created:
        yield created


@pytest.fixture()
def flaky(engine):
    """Wrap the engine in a switch that can make it unavailable."""
    return FlakyEngine(engine)


def make_need(id_, **fields):
    """Return a need document with sensible defaults, overridden by ``fields``."""
    region_code = fields.pop("region_code", "520526101001")
    document = {
        "id": str(id_),
        "title": "需要帮助",
        "description": "",
        "category": "living",
        "kind": "goods",
        "status": "published",
        "urgency": 1,
        "quantity": 10.0,
        "remaining": 10.0,
        "unit": "件",
        "region_code": region_code,
        "region_names": "贵州省 毕节市 威宁彝族回族苗族自治县 雪山镇",
        "province_code": region_code[:2],
        "prefecture_code": region_code[:4],
        "county_code": region_code[:6],
        "created": "2024-01-01T08:00:00",
        "deadline": None,
    }
    document.update(fields)
    return document


NEEDS = [
    make_need(
        1,
        title="急需冬季棉衣20件",
        description="雪山镇留守儿童冬季缺少棉衣，希望捐赠 Adidas 羽绒服，尺码 120。",
        category="living",
        urgency=3,
        quantity=20,
        remaining=20,
        created="2024-01-10T09:00:00",
        deadline="2024-02-01",
    ),
    make_need(
        2,
        title="山区小学需要书包文具",
        description="孩子们上学缺少书包和文具 <b>急</b>",
        category="education",
        urgency=2,
        quantity=30,
        remaining=5,
        region_code="530102001001",
        region_names="云南省 昆明市 五华区 华山街道",
        created="2024-01-05",
        deadline="2024-03-15",
    ),
    make_need(
        3,
        title="为因病致贫家庭筹集医疗费",
        description="户主患病，需要透析费用 5000 元",
        category="medical",
        kind="cash",
        urgency=3,
        quantity=5000,
        remaining=3000,
        unit="元",
        created="2024-02-01T12:00:00",
        deadline="2024-02-20",
    ),
    make_need(
        4,
        title="搬迁户需要新居家具",
        description="易地扶贫搬迁安置点新居缺少衣柜和床",
        category="relocation",
        urgency=1,
        quantity=2,
        remaining=2,
        region_code="520524101002",
        region_names="贵州省 毕节市 织金县 城关镇",
        status="pledged",
        created="2023-12-20T10:00:00",
    ),
    make_need(
        5,
        title="发展马铃薯种植需要种薯",
        description="合作社计划种植洋芋 30 亩，需要种薯 2000 斤",
        category="production",
        urgency=2,
        quantity=2000,
        remaining=2000,
        unit="斤",
        region_code="520121001003",
        region_names="贵州省 贵阳市 开阳县 城关镇",
        created="2024-02-10T08:30:00",
        deadline="2024-04-01",
    ),
    make_need(
        6,
        title="孤寡老人需要轮椅",
        description="老人行动不便，需要一台电动轮椅",
        category="medical",
        urgency=2,
        quantity=1,
        remaining=1,
        unit="台",
        region_code="622921100004",
        region_names="甘肃省 临夏回族自治州 临夏县 韩集镇",
        status="completed",
        created="2023-11-02T15:00:00",
        deadline="2023-12-01",
    ),
]


@pytest.fixture()
def needs_engine(engine):
    """Yield the engine with the sample needs indexed."""
    engine.index("needs", NEEDS)
    return engine
