"""`desktop.admin_refusals`: every refusal the server can send an administrator has our own
sentence, and it reads in German with the field, value and limit it names.

The codes are read from the server's code itself (every `AdminError`, `ApiError`,
`BootstrapError`, `unauthenticated` and `not_found(...)` of the modules behind the administration
endpoints, with their `reason`s, plus the framework's and pydantic's), so a new code or rule
without a sentence fails here.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from central.api import account, admin_companies, admin_keys, admin_people, admin_routes
from central.api.errors import HTTP_STATUS_CODES, VALIDATION_REASONS, StrictModel
from desktop.admin_refusals import FIELDS, NEEDS_FIELD, SENTENCES, field_label, key_of
from desktop.failures import AdminRefused, user_message
from desktop.sync.transport import Rejected

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
# What the administration endpoints run: the API modules, the stores they call, `init`'s checks.
SERVER = sorted(
    {
        *ROOT.glob("central/api/admin_*.py"),
        *ROOT.glob("central/store/admin*.py"),
        *(
            ROOT / "central" / name
            for name in (
                "api/account.py",
                "api/auth.py",
                "api/deps.py",
                "api/errors.py",
                "api/throttle.py",
                "store/intake_keys.py",
                "store/invites.py",
                "bootstrap.py",
            )
        ),
    }
)
# Answered before any form sees them: 401s (the transport refreshes the token or signs out),
# account_inactive (signs out, the cache is wiped) and 5xx (the server is "away").
SIGNED_OUT = {"account_inactive"}
# Said by the transport for every form, with the wait (desktop/failures.py, `Throttled`).
BY_TRANSPORT = {"too_many_attempts"}


def _literal(node: ast.expr | None) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _details_reason(call: ast.Call) -> object:
    details = _keyword(call, "details")
    if isinstance(details, ast.Dict):
        for key, value in zip(details.keys, details.values, strict=True):
            if _literal(key) == "reason":
                return _literal(value)
    return None


def _refusals(path: Path) -> Iterator[tuple[str, object, int]]:
    """(code, reason or None, HTTP status) of every refusal raised in `path`."""
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        args = call.args
        if name == "AdminError" and args and isinstance(_literal(args[0]), str):
            status = _literal(args[2]) if len(args) > 2 else _literal(_keyword(call, "status")) or 422
            yield str(_literal(args[0])), _literal(_keyword(call, "reason")), int(status)  # type: ignore[call-overload]
        elif name in ("ApiError", "error_response") and len(args) > 1 and isinstance(_literal(args[1]), str):
            yield str(_literal(args[1])), _details_reason(call), int(_literal(args[0]))  # type: ignore[call-overload]
        elif name == "BootstrapError":
            code = _literal(args[1]) if len(args) > 1 else _literal(_keyword(call, "code"))
            yield str(code or "invalid_request"), None, 422
        elif name == "unauthenticated" and args and isinstance(_literal(args[0]), str):
            yield str(_literal(args[0])), None, 401
        elif name == "not_found" and (not args or isinstance(_literal(args[0]), str)):
            what = str(_literal(args[0])) if args else "resource"
            yield "not_found", what.replace(" ", "_"), 404


def server_refusals() -> set[tuple[str, object]]:
    found = {(code, reason, status) for path in SERVER for code, reason, status in _refusals(path)}
    found |= {(code, None, status) for status, code in HTTP_STATUS_CODES.items()}
    found |= {
        ("invalid_request", reason, 422) for reason in {*VALIDATION_REASONS.values(), "required", "not_valid"}
    }
    return {
        (code, reason)
        for code, reason, status in found
        if status != 401 and status < 500 and code not in SIGNED_OUT | BY_TRANSPORT
    }


def test_the_server_code_is_read() -> None:
    """The reading itself works: known refusals of each kind are found."""
    found = server_refusals()
    for expected in (
        ("invalid_timezone", None),  # BootstrapError
        ("invalid_postcode", "lengths"),  # AdminError with a reason
        ("wrong_password", None),  # ApiError
        ("not_found", "intake_key"),  # not_found("intake key")
        ("invalid_request", "too_long"),  # pydantic
        ("body_too_large", None),  # the framework
    ):
        assert expected in found
    assert not any(code in ("device_revoked", "not_authenticated", "internal_error") for code, _ in found)
    assert "too_many_attempts" in {code for path in SERVER for code, _, _ in _refusals(path)}


def test_every_refusal_an_administrator_can_meet_has_a_sentence() -> None:
    missing = sorted(
        f"{code}/{reason}" if reason else code
        for code, reason in server_refusals()
        if (f"{code}/{reason}" if reason else code) not in SENTENCES
    )
    assert not missing, f"add these to desktop/admin_refusals.py SENTENCES (and translate them): {missing}"


def _named_fields(call: ast.Call) -> Iterator[object]:
    yield _literal(_keyword(call, "field"))  # AdminError(..., field="login")
    details = _keyword(call, "details")  # ApiError(..., details={"field": "new"})
    if isinstance(details, ast.Dict):
        yield from (
            _literal(v) for k, v in zip(details.keys, details.values, strict=True) if _literal(k) == "field"
        )
    if isinstance(call.func, ast.Name) and call.func.id in ("text", "text_list", "parse_spans"):
        yield _literal(call.args[1]) if len(call.args) > 1 else None  # text(value, "name")


def test_every_field_the_server_names_has_a_label() -> None:
    """Fields named by the stores, and every field of the administration's request bodies (the
    ones pydantic refuses)."""
    fields: set[str] = set()
    for path in SERVER:
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(call, ast.Call):
                fields |= {f for f in _named_fields(call) if isinstance(f, str)}
    assert {"name", "label", "display_name", "login", "roles", "chain", "partner_id", "new"} <= fields
    for module in (admin_companies, admin_keys, admin_people, admin_routes, account):
        for model in vars(module).values():
            nested = model is admin_routes.TargetIn  # refused as its step: chain[n]
            if isinstance(model, type) and issubclass(model, StrictModel) and model is not StrictModel:
                fields |= set() if nested else set(model.model_fields)
    assert fields - set(FIELDS) == set()


def test_sentences_use_only_the_value_and_the_limit() -> None:
    assert set(SENTENCES) >= NEEDS_FIELD
    for key, text in SENTENCES.items():
        assert set(re.findall(r"%\d", text)) <= {"%1", "%2"}, key


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    from desktop.views import i18n

    i18n.install("de")
    try:
        yield
    finally:
        i18n.install("en")


def refused(code: str, message: str = "English.", **details: object) -> str | None:
    return user_message(AdminRefused(message, code, 422, dict(details)))


def test_refusals_read_in_german_with_what_they_name(german: None) -> None:
    assert refused("invalid_postcode", value="8000-87999", reason="lengths") == (
        "„8000-87999“: Beide Enden eines Bereichs brauchen gleich viele Zeichen."
    )
    assert (
        refused("invalid_request", field="name", reason="too_long", limit=200)
        == "Name: höchstens 200 Zeichen."
    )
    assert refused("company_inactive", field="chain[2]", value="Alpenfenster KG") == (
        "Kette, Schritt 2: Alpenfenster KG ist deaktiviert."
    )
    assert refused("invalid_role", field="roles", value="agent,head_office", reason="not_allowed") == (
        "Rollen: nicht für Personen dieser Firma: Call-Agent, Zentrale."
    )
    assert refused("login_taken") == "Ein anderes Konto verwendet diesen Anmeldenamen bereits."
    assert field_label("keywords[3]") == "Stichwörter, Eintrag 3"


def test_what_we_cannot_say_keeps_the_servers_sentence(german: None) -> None:
    assert refused("brand_new_code", "The server's own sentence.") == "The server's own sentence."
    # A sentence naming a value, without the value: the server's sentence names it.
    assert refused("invalid_timezone", "Unknown time zone 'X'.") == "Unknown time zone 'X'."
    assert refused("invalid_request", "name: too long.", reason="too_long", limit=3) == "name: too long."
    # An unknown reason of a known code: the code's own sentence.
    assert key_of("invalid_chain", {"reason": "brand_new_rule"}) == "invalid_chain"


def test_accepting_an_invitation_is_refused_in_german(german: None) -> None:
    weak = Rejected(
        "password: at least 10 characters.", "weak_password", details={"field": "password", "limit": 10}
    )
    assert user_message(weak) == "Passwort: mindestens 10 Zeichen."
    assert user_message(Rejected("no", "invite_invalid")).startswith("Dieser Code ist nicht")  # Sync's own


def test_a_throttled_sign_in_says_the_wait_wherever_it_is_met(german: None) -> None:
    """Changing one's password or accepting an invitation too often: the form says how long."""
    from desktop.sync.transport import Throttled

    english = "Too many failed attempts. Please wait 14:59 before trying again."
    assert str(Throttled(899)) == english, "the sentence of `enquiry-desk sync` (English)"
    shown = user_message(Throttled(899))
    assert shown is not None and "14:59" in shown
