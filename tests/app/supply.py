"""Helpers shared by the supply-side tests (offers, projects, the donor's home): forms and sign-in."""

from __future__ import annotations

from flask.testing import FlaskClient

PASSWORD = "Correct-Horse-9"


def sign_in(client: FlaskClient, user) -> None:
    """Sign ``user`` (made by the factory with the default password) in through the real login form."""
    response = client.post("/auth/login", data={"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.get_data(as_text=True)


def offer_form(**overrides) -> dict:
    """Return a valid offer form submission; ``overrides`` replace single fields."""
    data = {
        "kind": "goods",
        "service_type": "",
        "title": "冬季棉衣两百件",
        "categories": ["living"],
        "description": "全新棉衣，男女款各半。",
        "quantity": "200",
        "unit": "件",
        "target_regions": [],
        "valid_from": "",
        "valid_until": "2099-12-31",
        "per_beneficiary_cap": "",
    }
    data.update(overrides)
    return data


def project_form(**overrides) -> dict:
    """Return a valid cooperation-project form submission (砚山县, paired with 上海)."""
    data = {
        "title": "砚山县蔬菜大棚产业项目",
        "category": "production",
        "county_code": "532622",
        "year": "2019",
        "budget": "2000000",
        "beneficiaries_count": "350",
        "description": "建设蔬菜大棚120个，带动贫困户就业。",
    }
    data.update(overrides)
    return data
