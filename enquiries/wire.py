"""Every command a client may push, enquiry or survey, parsed from its wire form `{name, args}`."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from enquiries.commands import Command, CommandError, parse_command
from enquiries.surveys import SURVEY_COMMANDS, SurveyCommand

AnyCommand = Command | SurveyCommand


def parse_mutation(name: str, args: Any) -> AnyCommand:
    cls = SURVEY_COMMANDS.get(name)
    if cls is None:
        return parse_command(name, args)
    if not isinstance(args, dict):
        raise CommandError("args must be an object")
    try:
        return cls.model_validate(args)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "args"
        raise CommandError(f"{where}: {first.get('msg', 'invalid')}") from exc


def target_id(command: AnyCommand) -> str:
    """The enquiry or survey contact a command is about."""
    return command.contact_id if isinstance(command, SurveyCommand) else command.enquiry_id


def to_wire(command: AnyCommand) -> dict[str, Any]:
    return {"name": command.wire_name, "args": command.model_dump(mode="json", exclude_none=True)}
