"""Words people know: every page a role can reach speaks Chinese, and public status labels are not state names.

The crawl signs in as each demo account of a seeded demo world, starts from the account's landing page
and follows the portal's own links with the Flask test client (a few pages per kind of URL), reading
each page's visible text. An English word there is a bug unless it is a proper noun or a code on the
allow-list (API, PDF, Excel, QR, ID …); usernames, emails, tracking numbers and codes with digits are
not words.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import NEED_STATUSES, PLEDGE_STATUSES, PUBLIC_NEED_STATUSES, AuditLog, Need, User
from app.templating import NEED_STATUS_LABELS, PLEDGE_STATUS_LABELS
from tests.app.test_demo_seed import _seeded_app

# Proper nouns and codes people read as they are.
ALLOWED = {"API", "PDF", "Excel", "QR", "ID", "GB", "EMS", "SF", "JD", "URL", "HTTP", "JSON", "GPS", "Wi", "Fi"}
# A word: letters only, not glued to digits, underscores, dots or @ (those are usernames, emails, codes).
WORD = re.compile(r"(?<![A-Za-z0-9_@./#:-])[A-Za-z]{2,}(?![A-Za-z0-9_@./:-])")
SKIP_PREFIXES = ("/static/", "/bootstrap/", "/api/", "/photos/", "/projects/photos/")
SKIP_SUFFIXES = (".xlsx", ".pdf", ".png", ".svg", ".json")
PAGES_PER_KIND = 3
MAX_PAGES = 160

ROLES = ["demo_donor", "demo_paired_region", "demo_village", "demo_helper", "demo_township", "demo_county",
         "demo_admin"]


# Attributes on which the browser shows its own (English) bubble instead of submitting.
BROWSER_CHECKS = {"required", "minlength", "pattern", "min", "max"}


class _Page(HTMLParser):
    """The visible text of a page (and the text of placeholders and titles) and its links; code is not text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.values: list[str] = []  # prefilled form values: checked for trailing zeros only
        self.links: list[str] = []
        self.forms: list[dict] = []  # each: action, method, novalidate, checks (what the browser would check)
        self._form: dict | None = None
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {"action": attrs.get("action") or "", "method": (attrs.get("method") or "get").lower(),
                          "novalidate": "novalidate" in attrs, "checks": set()}
            self.forms.append(self._form)
        if tag in ("input", "select", "textarea") and self._form is not None:
            self._form["checks"] |= BROWSER_CHECKS.intersection(attrs) | (
                {attrs["type"]} & {"email", "number", "url"} if attrs.get("type") else set())
        if tag in ("script", "style", "template", "code"):
            self._hidden += 1
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for name in ("placeholder", "title", "aria-label", "alt"):
            if attrs.get(name):
                self.text.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.text.append(attrs["value"])
        elif tag == "input" and attrs.get("type") in (None, "text", "number") and attrs.get("value"):
            self.values.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        if tag in ("script", "style", "template", "code"):
            self._hidden = max(0, self._hidden - 1)

    def handle_data(self, data):
        if not self._hidden:
            self.text.append(data)


# A quantity with trailing zeros (45.00, 2.50): pages show 45 and 2.5.
TRAILING_ZEROS = re.compile(r"(?<![\d.])\d[\d,]*\.\d*0(?![\d.])")


def english_words(text: str) -> set[str]:
    """Return the English words of ``text`` outside the allow-list, and quantities with trailing zeros."""
    return {w for w in WORD.findall(text) if w not in ALLOWED} | set(TRAILING_ZEROS.findall(text))


def _kind(path: str) -> str:
    return re.sub(r"\d+", "N", path)


def crawl(client, start: str, forms: dict[str, dict] | None = None) -> dict[str, set[str]]:
    """Follow the site's links from ``start`` (and a search); return {path: English words} for pages showing any.

    ``forms``, when given, collects the posting forms met on the way: {action path: form} (see ``_Page``).
    """
    seen: set[str] = set()
    per_kind: Counter = Counter()
    found: dict[str, set[str]] = {}
    queue = deque([start, "/search?q=%E6%A3%89%E8%A2%AB"])
    while queue and len(seen) < MAX_PAGES:
        url = queue.popleft()
        parts = urlsplit(url)
        key = parts.path + ("?" + parts.query if parts.query else "")
        if key in seen or per_kind[_kind(parts.path)] >= PAGES_PER_KIND:
            continue
        seen.add(key)
        per_kind[_kind(parts.path)] += 1
        response = client.get(key)
        if response.status_code != 200 or not response.mimetype == "text/html":
            continue
        page = _Page()
        page.feed(response.get_data(as_text=True))
        words = english_words(" ".join(page.text)) | set(TRAILING_ZEROS.findall(" ".join(page.values)))
        if words:
            found[key] = words
        for form in page.forms if forms is not None else ():
            if form["method"] == "post":
                forms.setdefault(urlsplit(urljoin(key, form["action"] or key)).path, {**form, "page": key})
        for href in page.links:
            target = urlsplit(urljoin(key, href))
            if target.scheme or target.netloc or not target.path.startswith("/"):
                continue
            if target.path.startswith(SKIP_PREFIXES) or target.path.endswith(SKIP_SUFFIXES):
                continue
            queue.append(target.path + ("?" + target.query if target.query else ""))
    assert len(seen) > 10, f"the crawl from {start} reached only {sorted(seen)}"
    return found


@pytest.fixture(scope="module")
def demo_world(databases, tmp_path_factory):
    """Return an app on a seeded demo world, with a few audited decisions in its log."""
    app, _ = _seeded_app(databases, tmp_path_factory, "plain_words")
    client = app.test_client()
    client.post("/auth/login", data={"username": "demo_township", "password": "demo_township#Demo2014"})
    with app.app_context():
        office = User.by_username("demo_township")
        pending = db.session.scalars(select(Need.id).where(Need.status == "pending", Need.review_level == 0,
                                                           Need.region_code.startswith(office.region_code))).first()
    client.post(f"/review/{pending}/approve")
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.mark.parametrize("username", ROLES)
def test_no_page_a_role_reaches_shows_an_english_word(demo_world, username):
    client = demo_world.test_client()
    response = client.post("/auth/login", data={"username": username, "password": username + "#Demo2014"})
    assert response.status_code == 302
    found = crawl(client, response.headers["Location"])
    assert not found, f"English words on the pages {username} reaches: {found}"


def test_the_public_pages_speak_chinese_too(demo_world):
    assert not crawl(demo_world.test_client(), "/")


def test_the_word_check_finds_english_and_trailing_zeros_and_leaves_codes_alone():
    assert english_words("需求已 published，请 Review") == {"published", "Review"}
    assert not english_words("用户 demo_donor、donor000001、a@b.example、SF1234567、API 令牌、PDF、#12、2.5 吨、1,200 元")
    assert english_words("棉被 45.00 床，资金 2.50 元") == {"45.00", "2.50"}


def test_public_status_labels_are_the_words_donors_know_not_state_names():
    for status in PUBLIC_NEED_STATUSES:
        label = NEED_STATUS_LABELS[status]
        assert label not in (status, NEED_STATUSES[status]) and not english_words(label)
    assert [NEED_STATUS_LABELS[s] for s in ("published", "pledged", "delivered", "completed")] == \
        ["帮扶中", "待送出", "已送出", "帮扶成功"]
    for status, label in PLEDGE_STATUS_LABELS.items():
        assert status in PLEDGE_STATUSES and not english_words(label)


def test_public_need_pages_show_a_public_label(demo_world):
    client = demo_world.test_client()
    with demo_world.app_context():
        needs = {s: db.session.scalars(select(Need.id).where(Need.status == s)).first() for s in PUBLIC_NEED_STATUSES}
    for status, need_id in needs.items():
        html = client.get(f"/needs/{need_id}").get_data(as_text=True)
        assert f">{NEED_STATUS_LABELS[status]}<" in html
        assert f">{NEED_STATUSES[status]}<" not in html


def test_the_audit_log_shows_actions_objects_and_fields_in_chinese_with_links(demo_world):
    client = demo_world.test_client()
    client.post("/auth/login", data={"username": "demo_admin", "password": "demo_admin#Demo2014"})
    with demo_world.app_context():
        approval = db.session.scalars(select(AuditLog).where(AuditLog.action == "need.approve")).first()
    html = client.get("/account/audit?action=need.approve").get_data(as_text=True)
    assert "审核通过" in html and f'href="/work/needs/{approval.object_id}">需求 #{approval.object_id}</a>' in html
    assert "审核层级：乡镇" in html
    page = _Page()
    page.feed(html)
    assert not english_words(" ".join(page.text))


def _form_pages(client) -> dict[str, dict]:
    forms: dict[str, dict] = {}
    crawl(client, "/", forms)
    return forms


@pytest.mark.parametrize("username", [None, *ROLES])
def test_every_form_a_role_reaches_answers_an_empty_post_in_chinese_and_leaves_checks_to_the_server(
        demo_world, username):
    """No English bubble from the browser (``novalidate``) and no English message from WTForms: an empty post
    of each form someone must fill in (one with a required field) comes back with Chinese messages only."""
    client = demo_world.test_client()
    if username:
        response = client.post("/auth/login", data={"username": username, "password": username + "#Demo2014"})
        forms: dict[str, dict] = {}
        crawl(client, response.headers["Location"], forms)
    else:
        forms = _form_pages(client)
        for path in ("/auth/login", "/auth/register", "/auth/register/organisation", "/auth/join"):
            page = _Page()
            page.feed(client.get(path).get_data(as_text=True))
            forms.setdefault(path, {**next(f for f in page.forms if f["method"] == "post"), "page": path})
    if username:  # the account forms every signed-in person has
        for path in ("/account/password", "/account/mobile"):
            page = _Page()
            page.feed(client.get(path).get_data(as_text=True))
            for form in page.forms:
                if form["method"] == "post":
                    forms.setdefault(path, {**form, "page": path})
    bubbling = {path: (form["page"], sorted(form["checks"])) for path, form in forms.items()
                if form["checks"] and not form["novalidate"]}
    assert not bubbling, f"forms the browser would check in English: {bubbling}"
    filled_in = [path for path, form in forms.items() if "required" in form["checks"]]
    assert filled_in, f"{username} reached no form to fill in"
    for path in filled_in:
        response = client.post(path, data={}, follow_redirects=True)
        html = response.get_data(as_text=True)
        page = _Page()
        page.feed(html)
        assert response.status_code in (200, 400), (path, response.status_code)
        assert "invalid-feedback" in html or "alert-danger" in html, f"{path}: no message for an empty form"
        assert not english_words(" ".join(page.text)), (path, english_words(" ".join(page.text)))


def _subclasses(cls) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def test_every_form_class_speaks_chinese_even_for_wtforms_own_messages(app, db):
    """Every form of the portal is a ZhForm, so malformed input (a date, a number, a choice) gets WTForms'
    Chinese message, not "Not a valid date value."."""
    from flask_wtf import FlaskForm

    from app.forms import ZhForm

    forms = [f for f in _subclasses(FlaskForm) if f.__module__.startswith("app.")]
    assert len(forms) > 30
    assert [f.__qualname__ for f in forms if not issubclass(f, ZhForm)] == []
    for form_class in forms:
        with app.test_request_context(method="POST", data={}):
            names = [f.name for f in form_class()]
        bad = {name: "不是数据" for name in names}
        with app.test_request_context(method="POST", data=bad):
            form = form_class()
            for field in form:
                if getattr(field, "choices", None) is None and hasattr(field, "choices"):
                    field.choices = []
            form.validate()
            messages = " ".join(str(m) for errors in form.errors.values() for m in errors)
        assert not english_words(messages), (form_class.__qualname__, messages)
