"""The registry list's rows written in Python (app/registry/rows.py) give the bytes the template's loop gave."""

from __future__ import annotations

from decimal import Decimal

from app.models import HOUSEHOLD_ATTRIBUTES, HOUSEHOLD_STATUSES, POVERTY_CAUSES
from app.registry.rows import rows_html
from app.services.registry_query import RegistryRow
from app.templating import id_url

# The template's loop before issue 14's seventh pass (app/templates/registry/index.html), verbatim.
FORMER_LOOP = """{% set detail_url = id_url('registry.detail', 'household_id') %}
{%- for h in rows %}
  <tr>
    <td><a href="{{ detail_url(h.id) }}">{{ h.name }}</a></td>
    <td>{{ h.village_name }}<span class="text-muted small">（{{ h.village_code }}）</span></td>
    <td>{{ h.members_count }}</td>
    <td>{{ HOUSEHOLD_ATTRIBUTES[h.attribute] }}</td>
    <td>{{ POVERTY_CAUSES[h.main_cause] }}{% for c in h.other_causes %}、{{ POVERTY_CAUSES[c] }}{% endfor %}</td>
    <td>{{ h.income_per_capita|qty if h.income_per_capita is not none else '—' }}</td>
    <td>{{ h.helper_name or '未指定' }}</td>
    <td>{{ statuses[h.status] }}</td>
    <td>{{ h.registered_year }}</td>
  </tr>
  {% endfor %}"""


def _row(**changes) -> RegistryRow:
    values = dict(id=7, name="李四军", name_is_real=True, village_name="新村", village_code="520526101201",
                  members_count=3, attribute="general", main_cause="illness", other_causes=(), income_per_capita=
                  Decimal("12500.50"), status="registered", registered_year=2014, helper_name="王帮扶")
    return RegistryRow(**{**values, **changes})


def test_rows_are_byte_for_byte_what_the_template_loop_wrote(app):
    rows = [
        _row(),
        _row(id=8, name='<b>"O\'Neil" & 张</b>', name_is_real=False, village_name="<村>&", other_causes=(
            "disability", "lack_water"), income_per_capita=None, helper_name="", status="exited",
            attribute="extreme_poverty"),
        _row(id=2147483647, income_per_capita=Decimal("0.05"), members_count=12, helper_name="<script>x</script>"),
    ]
    with app.test_request_context("/registry/"):
        expected = app.jinja_env.from_string(FORMER_LOOP).render(
            rows=rows, statuses=HOUSEHOLD_STATUSES, HOUSEHOLD_ATTRIBUTES=HOUSEHOLD_ATTRIBUTES, POVERTY_CAUSES=POVERTY_CAUSES)
        written = rows_html(rows, id_url("registry.detail", "household_id"))
    assert str(written) == expected
    assert "&lt;b&gt;&#34;O&#39;Neil&#34; &amp; 张&lt;/b&gt;" in written and "<script>" not in written
    with app.test_request_context("/registry/"):
        assert rows_html([], id_url("registry.detail", "household_id")) == ""


def test_the_page_shows_escaped_names_and_the_empty_message(client, factory, login_as):
    village = factory.make_village()
    factory.make_household(village, head_name="<i>李&军</i>", income_per_capita=Decimal("3100"))
    login_as("office", office_level="county")
    page = client.get("/registry/").get_data(as_text=True)
    assert "&lt;i&gt;李&amp;军&lt;/i&gt;" in page and "<td>3,100</td>" in page
    empty = client.get("/registry/?status=exited").get_data(as_text=True)
    assert '<tbody>\n  <tr><td colspan="9" class="text-muted">没有符合条件的建档户。</td></tr>\n  </tbody>' in empty
