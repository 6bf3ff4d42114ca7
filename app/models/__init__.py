"""The domain model, one module per aggregate; import models from here."""

from ._types import CATEGORIES, KINDS, URGENCIES
from .activity import AuditLog, Feedback, FormSubmission, Match, Notification, Photo, SearchOutbox
from .assessment import AssessmentIndicator
from .assistance import (
    MEASURE_KINDS, MEASURE_STATUSES, TEAM_ROLES, AssistancePlan, Helper, PlanMeasure, WorkTeam, WorkTeamMember,
)
from .api_token import API_SCOPES, ApiToken, IdempotencyRecord
from .figure import Figure
from .household import (
    HOUSEHOLD_ATTRIBUTES, HOUSEHOLD_STATUSES, POVERTY_CAUSES, Household, HouseholdCause, HouseholdMember,
)
from .identification import (
    CASE_KINDS, CASE_STATUSES, OBJECTION_STATUSES, OPEN_CASE_STATUSES, SPOT_CHECK_OUTCOMES, STEP_NAMES,
    STEP_OUTCOMES,
    Appraisal, IdentificationCase, IdentificationStep, Objection, PublicNotice, SpotCheck, SpotCheckDraw,
)
from .need import NEED_STATUSES, OPEN_NEED_STATUSES, PUBLIC_NEED_STATUSES, Need, ReviewRecord
from .offer import OFFER_STATUSES, Offer, OfferCategory, OfferRegion
from .organisation import ORGANISATION_KINDS, Designation, Organisation, OrganisationInvite, credit_code_problem
from .pledge import ACTIVE_PLEDGE_STATUSES, PLEDGE_STATUSES, Pledge
from .project import PROJECT_STATUSES, CooperationProject, ProjectUpdate
from .region import REGION_LEVELS, Pairing, Region
from .user import OFFICE_LEVELS, ROLES, User
from .village import Village

__all__ = [
    "CASE_KINDS", "CASE_STATUSES", "MEASURE_KINDS", "MEASURE_STATUSES", "OBJECTION_STATUSES", "OPEN_CASE_STATUSES",
    "SPOT_CHECK_OUTCOMES", "STEP_NAMES", "STEP_OUTCOMES", "TEAM_ROLES",
    "Appraisal", "AssistancePlan", "Helper", "IdentificationCase", "IdentificationStep", "Objection", "PlanMeasure",
    "PublicNotice", "SpotCheck", "SpotCheckDraw", "WorkTeam", "WorkTeamMember",
    "ACTIVE_PLEDGE_STATUSES", "API_SCOPES", "CATEGORIES", "HOUSEHOLD_ATTRIBUTES", "HOUSEHOLD_STATUSES", "KINDS",
    "NEED_STATUSES", "OFFICE_LEVELS", "OFFER_STATUSES", "OPEN_NEED_STATUSES", "ORGANISATION_KINDS",
    "PLEDGE_STATUSES", "POVERTY_CAUSES", "PROJECT_STATUSES", "PUBLIC_NEED_STATUSES", "REGION_LEVELS",
    "ROLES", "URGENCIES",
    "ApiToken", "AssessmentIndicator", "AuditLog", "CooperationProject", "Designation", "Feedback", "Figure", "FormSubmission", "Household",
    "HouseholdCause", "HouseholdMember", "IdempotencyRecord", "Match",
    "Need", "Notification", "Offer", "OfferCategory", "OfferRegion", "Organisation", "OrganisationInvite",
    "Pairing", "Photo",
    "Pledge", "ProjectUpdate", "Region", "ReviewRecord", "SearchOutbox", "User", "Village",
    "credit_code_problem",
]
