"""Administration through the server: companies, routes, intake keys, people, devices, password.

Qt-free; every call needs the server and runs on the network worker (the Qt bridge's
`in_background`). A non-2xx answer becomes one `AdminRefused` carrying the server's `code`, `message`
and what it names (`details`), which `desktop.failures.user_message` turns into the sentence the
form shows, in the user's language (`desktop.admin_refusals`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from desktop.admin_refusals import details_of
from desktop.failures import AdminRefused

if TYPE_CHECKING:
    from desktop.sync.transport import Transport

Json = dict[str, Any]


def _id(value: str) -> str:
    return quote(value, safe="")


class Admin:
    def __init__(self, transport: Callable[[], Transport]) -> None:
        self._transport = transport

    def _call(self, method: str, path: str, body: Json | None = None, **params: Any) -> Any:
        kwargs: Json = {}
        if body is not None:
            kwargs["json"] = body
        if params:
            kwargs["params"] = params
        r = self._transport().call(method, path, **kwargs)
        if not 200 <= r.status_code < 300:
            code, message, details = "", r.text[:200], {}
            try:
                err = r.json().get("error", {})
                code, message = str(err.get("code", "")), str(err.get("message", message))
                details = details_of(err)
            except (ValueError, AttributeError):
                pass
            raise AdminRefused(message, code, r.status_code, details)
        if r.status_code == 204 or not r.content:
            return None
        return r.json()

    # --- data protection (the controller's administrator; central/api/privacy.py) ---------------
    def erase_personal_data(self, enquiry_id: str) -> Json:
        """Art. 17: the enquiry's personal data erased on the server; every cache drops it at its
        next pull. Answers what was removed."""
        return dict(self._call("POST", f"/privacy/enquiries/{_id(enquiry_id)}/erase"))

    def personal_data(self, enquiry_id: str) -> Json:
        """Art. 15: everything the server holds about the enquiry's contact person."""
        return dict(self._call("GET", f"/privacy/enquiries/{_id(enquiry_id)}/personal-data"))

    # --- companies ------------------------------------------------------------------------------
    def companies(self) -> list[Json]:
        return list(self._call("GET", "/admin/companies"))

    def create_company(self, values: Json) -> Json:
        return dict(self._call("POST", "/admin/companies", values))

    def update_company(self, company_id: str, values: Json) -> Json:
        return dict(self._call("PATCH", f"/admin/companies/{_id(company_id)}", values))

    def set_company_active(self, company_id: str, active: bool) -> Json:
        verb = "reactivate" if active else "deactivate"
        return dict(self._call("POST", f"/admin/companies/{_id(company_id)}/{verb}"))

    # --- routes ---------------------------------------------------------------------------------
    def routes(self) -> list[Json]:
        return list(self._call("GET", "/admin/routes"))

    def create_route(self, values: Json) -> Json:
        return dict(self._call("POST", "/admin/routes", values))

    def update_route(self, route_id: str, values: Json) -> Json:
        return dict(self._call("PATCH", f"/admin/routes/{_id(route_id)}", values))

    def deactivate_route(self, route_id: str) -> Json:
        return dict(self._call("POST", f"/admin/routes/{_id(route_id)}/deactivate"))

    def preview_route(self, *, country: str, postcode: str, product_interest: str = "") -> Json:
        body = {"country": country, "postcode": postcode, "product_interest": product_interest}
        return dict(self._call("POST", "/admin/routes/preview", body))

    # --- intake keys ----------------------------------------------------------------------------
    def intake_keys(self) -> list[Json]:
        return list(self._call("GET", "/admin/intake-keys"))

    def create_intake_key(self, *, label: str, channel: str, partner_id: str | None) -> Json:
        body = {"label": label, "channel": channel, "partner_id": partner_id}
        return dict(self._call("POST", "/admin/intake-keys", body))

    def revoke_intake_key(self, key_id: str) -> Json:
        return dict(self._call("POST", f"/admin/intake-keys/{_id(key_id)}/revoke"))

    # --- people ---------------------------------------------------------------------------------
    def people(self) -> list[Json]:
        return list(self._call("GET", "/admin/people"))

    def add_person(self, *, company_id: str, login: str, display_name: str, roles: list[str]) -> Json:
        body = {"company_id": company_id, "login": login, "display_name": display_name, "roles": roles}
        return dict(self._call("POST", "/admin/people", body))

    def update_person(self, person_id: str, *, display_name: str, roles: list[str]) -> Json:
        body = {"display_name": display_name, "roles": roles}
        return dict(self._call("PATCH", f"/admin/people/{_id(person_id)}", body))

    def set_person_active(self, person_id: str, active: bool) -> Json:
        verb = "reactivate" if active else "deactivate"
        return dict(self._call("POST", f"/admin/people/{_id(person_id)}/{verb}"))

    def reset_password(self, person_id: str) -> None:
        self._call("POST", f"/admin/people/{_id(person_id)}/reset-password")

    def held(self, person_id: str) -> list[Json]:
        return list(self._call("GET", f"/admin/people/{_id(person_id)}/held"))

    def hand_over(self, person_id: str, to_person_id: str) -> Json:
        body = {"to_person_id": to_person_id}
        return dict(self._call("POST", f"/admin/people/{_id(person_id)}/hand-over", body))

    # --- the signed-in user's own account ------------------------------------------------------
    def devices(self) -> list[Json]:
        return list(self._call("GET", "/auth/devices"))

    def sign_out_device(self, device_id: str) -> None:
        self._call("DELETE", f"/auth/devices/{_id(device_id)}")

    def change_password(self, *, current: str, new: str) -> None:
        self._call("POST", "/auth/password", {"current": current, "new": new})

    def notification_preferences(self) -> Json:
        """One's own: which news reach one how (groups x channels), the digest hour, the mails'
        language; also synced to the cache (view kind "preferences") once saved."""
        return dict(self._call("GET", "/account/notification-preferences"))

    def save_notification_preferences(self, values: Json) -> Json:
        return dict(self._call("PUT", "/account/notification-preferences", values))
