"""The first five minutes of a newcomer: the README names the demo accounts, make run prints them, a favicon."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_lists_the_demo_accounts_by_role_and_the_password_rule_in_its_first_lines():
    top = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:25])
    for username in ("demo_donor", "demo_village", "demo_township", "demo_admin"):
        assert f"`{username}`" in top
    assert "#Demo2014" in top and "docs/demo.md" in top


def test_make_run_prints_the_demo_accounts_just_before_it_serves():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = re.search(r"^run:.*?(?=^\S)", makefile, re.M | re.S).group(0)
    lines = [line.strip() for line in run.splitlines() if line.strip() and not line.strip().startswith("#")]
    accounts = next(i for i, line in enumerate(lines) if "flask demo accounts" in line)
    reindex = next(i for i, line in enumerate(lines) if "search reindex" in line)
    serve = next(i for i, line in enumerate(lines) if "worker" in line or " run " in line or "gunicorn" in line)
    assert reindex < accounts < serve


def test_every_page_links_the_favicon_and_it_is_served(client):
    html = client.get("/").get_data(as_text=True)
    link = re.search(r'<link rel="icon" href="([^"]+)"', html).group(1)
    response = client.get(link)
    try:
        assert response.status_code == 200 and response.mimetype == "image/svg+xml"
        assert b"<svg" in response.get_data()
    finally:
        response.close()  # a static file is streamed from an open file


def test_the_conventional_favicon_address_leads_to_the_icon(client):
    # Browsers ask for /favicon.ico without reading a page; it was a 404.
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response.headers["Location"].endswith("/static/favicon.svg")
    assert "max-age=86400" in response.headers["Cache-Control"]
    icon = client.get(response.headers["Location"])
    try:
        assert icon.status_code == 200 and icon.mimetype == "image/svg+xml"
    finally:
        icon.close()
