"""Every command a client may push, enquiry or survey, parsed from its wire form `{name, args}`."""

from __future__ import annotations

from typing import Any

from enquiries.commands import Command, parse_command, validated
from enquiries.surveys import SURVEY_COMMANDS, SurveyCommand

AnyCommand = Command | SurveyCommand


def parse_mutation(name: str, args: Any) -> AnyCommand:
    cls = SURVEY_COMMANDS.get(name)
    return parse_command(name, args) if cls is None else validated(cls, args)


def target_id(command: AnyCommand) -> str:
    """The enquiry or survey contact a command is about."""
    return command.contact_id if isinstance(command, SurveyCommand) else command.enquiry_id


def to_wire(command: AnyCommand) -> dict[str, Any]:
    return {"name": command.wire_name, "args": command.model_dump(mode="json", exclude_none=True)}
