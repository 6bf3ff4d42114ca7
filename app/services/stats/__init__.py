"""Statistics, dashboards and the county assessment (精准管理 · 精准考核, issue 16).

- ``public``: the public page 对接成效 (figure family ``stats.overview``);
- ``dashboard``: an office's dashboard of its region (``dashboard.*``) and who may see which region;
- ``assessment``: the configurable county indicators and their yearly scores (``assessment.counties``);
- ``lists``: the office lists behind every figure (needs, pledges, offers, projects) and their filters;
- ``exports``: .xlsx of the tables and lists, and the assessment as a PDF report.

Importing the package registers every figure family with ``app.services.figures``.
"""

from . import assessment, dashboard, public  # noqa: F401  (registers the figure families)
