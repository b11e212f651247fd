"""Notifications, pure: which kinds exist (kinds), who is told what (recipients), what a notice
may say of its enquiry (facts) and how each person wants to be told (preferences)."""

from enquiries.notifications.kinds import GROUPS, KIND_GROUP, KINDS, REMINDER, Group, Notice, group_of
from enquiries.notifications.recipients import (
    in_charge,
    may_know,
    may_tell,
    notices,
    offer_recipients,
    reminder_notices,
)

__all__ = [
    "GROUPS",
    "KINDS",
    "KIND_GROUP",
    "REMINDER",
    "Group",
    "Notice",
    "group_of",
    "in_charge",
    "may_know",
    "may_tell",
    "notices",
    "offer_recipients",
    "reminder_notices",
]
