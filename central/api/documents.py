"""File attachments: `PUT /documents/{id}` uploads (raw body, up to 20 MB), `GET` downloads.

Upload first, then push `add_document` with the same id. A blob is readable by its uploading
company until attached, then by every company with the full view of the enquiry; anyone else gets
the same 404 as for a missing id.
"""

from __future__ import annotations

import hashlib
import re
from typing import Annotated
from urllib.parse import quote, unquote

from fastapi import APIRouter, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from sqlalchemy.orm import undefer

from central.api.deps import Actor, AppSettings, DbSession
from central.api.errors import ApiError, not_found
from central.clock import now_of
from central.store.audit import record
from central.store.documents import DocumentBlob
from central.store.enquiries import EnquiryRow
from enquiries import privacy
from enquiries.state import Enquiry

router = APIRouter(prefix="/api/v1/documents", tags=["documents"])
SAFE_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


@router.put("/{document_id}", status_code=201)
async def upload(
    document_id: str,
    request: Request,
    actor: Actor,
    session: DbSession,
    settings: AppSettings,
    x_filename: Annotated[str, Header(min_length=1, max_length=255)],
    content_type: Annotated[str, Header()] = "application/octet-stream",
) -> JSONResponse:
    if not SAFE_ID.match(document_id):
        raise ApiError(422, "invalid_request", "document id: letters, digits and dashes only.")
    data = await request.body()
    if len(data) > settings.documents_max_bytes:
        raise ApiError(413, "body_too_large", "Files may be at most 20 MB.")
    filename = unquote(x_filename)  # clients percent-encode: HTTP headers carry no UTF-8
    now = now_of(request.app)()

    def store() -> JSONResponse:
        # Blocking database work runs in the thread pool, not on the event loop.
        existing = session.get(DocumentBlob, document_id)
        if existing is not None:
            if existing.company_id != actor.company_id:
                raise ApiError(409, "conflict", "This document id is taken; choose another.")
            return JSONResponse(
                status_code=200, content={"id": existing.id, "sha256": existing.sha256, "size": existing.size}
            )
        blob = DocumentBlob(
            id=document_id,
            company_id=actor.company_id,
            uploader_id=actor.person_id,
            filename=filename,
            content_type=content_type[:100],
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
            created_at=now,
        )
        session.add(blob)
        session.commit()
        return JSONResponse(
            status_code=201, content={"id": blob.id, "sha256": blob.sha256, "size": blob.size}
        )

    return await run_in_threadpool(store)


@router.get("/{document_id}")
def download(document_id: str, request: Request, actor: Actor, session: DbSession) -> Response:
    blob = session.get(DocumentBlob, document_id, options=[undefer(DocumentBlob.data)])
    if blob is None:
        raise not_found("document")
    if blob.enquiry_id is None:
        allowed = blob.company_id == actor.company_id
    else:
        row = session.get(EnquiryRow, blob.enquiry_id)
        state = Enquiry.model_validate_json(row.state) if row else None
        allowed = state is not None and privacy.has_full_view(state, actor.company_id)
        if allowed and state is not None and actor.company_id != state.origin_company_id:
            record(
                session,
                action="personal_data_read",
                at=now_of(request.app)(),
                actor_id=actor.person_id,
                company_id=actor.company_id,
                enquiry_id=blob.enquiry_id,
                document_id=blob.id,
            )
    if not allowed:
        raise not_found("document")
    session.commit()
    headers = {
        "Content-Disposition": f'attachment; filename="{_ascii(blob.filename)}"; '
        f"filename*=UTF-8''{quote(blob.filename, safe='')}",
        "X-Content-SHA256": blob.sha256,
    }
    return Response(content=blob.data, media_type=blob.content_type, headers=headers)


def _ascii(name: str) -> str:
    return "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in name)
