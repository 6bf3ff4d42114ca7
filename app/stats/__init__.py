"""Statistics pages (issue 16): the public 对接成效 (/stats), the office dashboard (/dashboard) with the
lists behind its figures, and the county assessment (/assessment), with their exports.

The numbers come from ``app.services.stats`` through the precomputed figures; charts are Apache
ECharts (npm package ``echarts``, served by ``assets``) drawn by ``static/charts.js`` from JSON the
page embeds, each with its table beneath.
"""

from flask import Blueprint

bp = Blueprint("stats", __name__)

from . import views  # noqa: E402,F401
