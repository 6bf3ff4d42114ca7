"""精准帮扶: 帮扶计划 derived from a household's causes, the 帮扶责任人 database, and the 驻村工作队.

The 2014 plan (国开办发〔2014〕30号) items (3) and (5): every registered household gets a cause analysis,
a responsible helper and a plan; every poor village a work team; offices keep a database of both.

Permissions (``services.scope``): a plan is kept by whoever may act for the household
(``scope.can_act_for_household``: the village officer, offices covering it, its helper's account);
helper records and work teams are kept by offices (and admins) covering their region, and read by
village officers of their village. Personal data of helpers (name, phone) is shown in clear to staff
whose scope covers the helper's region, audited as ``helper.view_personal``; masked to anyone else.
Errors: ``Invalid`` (Chinese message, nothing changed), ``NotFound`` (outside the scope), ``Forbidden``.

The package: ``common`` (roles), ``plans``, ``people`` (helpers and work teams), ``reports`` (gaps, coverage,
exports); their public names are re-exported here.
"""

from .common import (  # noqa: F401
    STAFF_ROLES,
    require_office_role,
)
from .plans import (  # noqa: F401
    CAUSE_MEASURES,
    MEASURE_CATEGORY,
    MeasureInput,
    add_measure,
    create_plan,
    get_measure,
    get_plan,
    household_for,
    measure_to_need,
    plan_household_id,
    suggested_measures,
    update_measure,
)
from .people import (  # noqa: F401
    HelperInput,
    HelperRow,
    add_team_member,
    assign_helper,
    assignable_helpers,
    create_helper,
    create_team,
    end_team,
    get_helper,
    get_team,
    helper_households,
    helpers_from_accounts,
    list_helpers,
    list_teams,
)
from .reports import (  # noqa: F401
    EXPORTS,
    HELPER_COLUMNS,
    PLAN_COLUMNS,
    TEAM_COLUMNS,
    count_rows,
    coverage,
    coverage_figure,
    export,
    households_lacking,
    villages_without_team,
)
