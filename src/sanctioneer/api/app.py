"""The FastAPI application: the same JSON as the command line, behind API keys, each decision recorded.

Routes are thin: read the body, call the library, record, answer. Errors go through one table
(`sanctioneer.api.errors.STATUS`); anything else is a 500 saying only "internal error".
"""

from __future__ import annotations

import io
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from sanctioneer.api import yente
from sanctioneer.api.errors import AuthError, NotFoundError, RateLimitError, error_body, status_of
from sanctioneer.api.security import BodyLimit, RateLimiter, token_of
from sanctioneer.canonical import compact
from sanctioneer.errors import InputError, SanctioneerError

if TYPE_CHECKING:
    from sanctioneer.api.service import Service

__all__ = ["ServiceConfig", "create_app"]

log = logging.getLogger("sanctioneer.api")


@dataclass(frozen=True)
class ServiceConfig:
    """How the service guards itself: keys required, per-key rate and burst, body cap, CORS origins."""

    require_keys: bool = True
    rate: float = 50.0
    burst: int = 100
    max_bytes: int = 1024 * 1024
    cors_origins: tuple[str, ...] = ()


class _Json(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return compact(content)


def _error_response(error: SanctioneerError) -> _Json:
    status, _ = status_of(error)
    headers = {}
    if isinstance(error, RateLimitError):
        headers["Retry-After"] = str(max(1, round(error.retry_after + 0.5)))
    if isinstance(error, AuthError):
        headers["WWW-Authenticate"] = "Bearer"
    return _Json(error_body(error), status_code=status, headers=headers)


def _document(raw: bytes) -> Any:
    """Decode a JSON (or YAML) body as the command line reads a file."""
    from sanctioneer.intake import read_document

    try:
        document, _ = read_document("-", stdin=io.BytesIO(raw))
    except InputError as exc:
        where = (exc.where or "").replace("<stdin>", "body") or "body"
        raise InputError(exc.detail, where=where, fix=exc.fix) from None
    return document


def _object(document: Any, allowed: set[str], *, where: str = "body") -> dict[str, Any]:
    if not isinstance(document, dict):
        raise InputError(f"expected a JSON object, got {type(document).__name__}", where=where,
                         fix=f"send an object with {', '.join(sorted(allowed))}")
    unknown = sorted(set(document) - allowed)
    if unknown:
        raise InputError(f"unknown field {unknown[0]!r}", where=where,
                         fix=f"known fields: {', '.join(sorted(allowed))}")
    return document


def _as_of(value: Any, where: str) -> date | None:
    from sanctioneer.intake import parse_date

    return None if value in (None, "") else parse_date(value, where=where)


# JSON schemas of the request bodies, for the OpenAPI document (the handlers check everything again).
_TRANSFER = {"type": "object", "description": "A transfer as in a transfer file (see docs/formats.md)",
             "properties": {"id": {"type": "string"}, "date": {"type": "string", "format": "date"},
                            "goods": {"type": "array", "items": {"type": "object"}},
                            "supplier": {"type": "object"}, "recipient": {"type": "object"}},
             "required": ["goods"]}
_ASSESS = {"oneOf": [_TRANSFER, {"type": "array", "items": _TRANSFER}]}
_SCREEN_QUERY: dict[str, Any] = {"type": "object", "required": ["name"], "additionalProperties": False,
                 "properties": {"name": {"type": "string"}, "dob": {"type": ["string", "null"]},
                                "country": {"type": ["string", "null"]},
                                "kind": {"type": ["string", "null"], "enum": ["person", "entity", "vessel", None]},
                                "as_of": {"type": ["string", "null"], "format": "date"},
                                "threshold": {"type": ["number", "null"], "minimum": 0, "maximum": 1}}}
_SCREEN = {"oneOf": [_SCREEN_QUERY, {"type": "array", "items": _SCREEN_QUERY}]}
_CLASSIFY = {"type": "object", "required": ["text"], "additionalProperties": False,
             "properties": {"text": {"type": "string"}, "top": {"type": "integer", "minimum": 1, "maximum": 20}}}
_DISPOSITION: dict[str, Any] = {"type": "object", "required": ["party", "designation", "status", "reviewer", "reason"],
                "additionalProperties": False,
                "properties": {"party": {"type": "string"}, "designation": {"type": "string"},
                               "status": {"type": "string", "enum": ["false_alert", "confirmed"]},
                               "reviewer": {"type": "string"}, "reason": {"type": "string"}}}


_DOCUMENT: dict[str, Any] = {"type": "object", "required": ["name", "content"], "additionalProperties": False,
                             "properties": {"name": {"type": "string"}, "content": {"type": "string"},
                                            "format": {"type": ["string", "null"],
                                                       "enum": ["text", "html", "markdown", None]},
                                            "date": {"type": ["string", "null"], "format": "date"}}}
_DOCUMENTS = {"type": "object", "required": ["documents"], "additionalProperties": False,
              "properties": {"documents": {"type": "array", "items": _DOCUMENT, "minItems": 1}}}


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


_KEYED: dict[str, Any] = {"security": [{"apiKey": []}]}


def create_app(service: Service, *, config: ServiceConfig | None = None) -> FastAPI:
    """Build the application around a service (its assessor, screener, classifier, audit log and keys)."""
    settings = config or ServiceConfig()
    limiter = RateLimiter(rate=settings.rate, burst=settings.burst)
    app = FastAPI(title="Sanctioneer", version=service.version,
                  description="Is this transfer of goods allowed under sanctions? Verdicts cited to the "
                              "resolution, paragraph and annex; every decision recorded in a hash-chained audit trail.")
    app.state.service = service

    def authorize(request: Request) -> str | None:
        """Return the name of the request's key (None when keys are off), after spending its rate."""
        if not settings.require_keys:
            limiter.take(f"client:{request.client.host if request.client else '-'}")
            return None
        token = token_of(request.headers)
        name = service.keys.name_of(token)
        if name is None:
            raise AuthError("the API key is unknown or revoked", where="Authorization",
                            fix="ask for a key (`sanctioneer keys create NAME` on the server)")
        limiter.take(name)
        return name

    Handler = Callable[[Request], Awaitable[Any]]
    direct: dict[tuple[str, str], Callable[[Request], Awaitable[Response]]] = {}

    def route(method: str, path: str, *, keyed: bool = True, body: dict[str, Any] | None = None,
              summary: str = "") -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            async def endpoint(request: Request) -> Response:
                try:
                    key = authorize(request) if keyed else None
                    request.state.key = key
                    result = await handler(request)
                except SanctioneerError as exc:
                    return _error_response(exc)
                if isinstance(result, Response):
                    return result
                return _Json(result)

            extra: dict[str, Any] = {}
            if body:
                extra.update(_body(body))
            if keyed:
                extra.update(_KEYED)
            if "{" not in path:
                direct[method, path] = endpoint
            endpoint.__name__ = handler.__name__
            endpoint.__doc__ = handler.__doc__
            app.add_api_route(path, endpoint, methods=[method], summary=summary or None, openapi_extra=extra or None,
                              response_class=_Json)
            return handler

        return register

    @route("GET", "/healthz", keyed=False, summary="The process is up")
    async def healthz(request: Request) -> Any:
        """Answer 200 while the process runs (no key needed)."""
        return {"status": "ok"}

    @route("GET", "/readyz", keyed=False, summary="The service can answer")
    async def readyz(request: Request) -> Any:
        """Answer 200 when the rulebook and a list snapshot are there, else 503 saying what is missing."""
        state = service.readiness()
        return _Json(state, status_code=200 if state["ready"] else 503)

    @route("POST", "/v1/assess", body=_ASSESS, summary="Judge one transfer or a list")
    async def assess(request: Request) -> Any:
        """Judge one transfer (an object) or several (a list), as `sanctioneer assess --format json` does.

        Query parameters: `as_of` (YYYY-MM-DD, judge under the law of that date), `screen=false`.
        Each decision is recorded in the audit trail before the answer is sent.
        """
        from sanctioneer.intake import parse_transfers

        params = request.query_params
        when = _as_of(params.get("as_of"), "as_of")
        screen = params.get("screen", "true").lower() not in {"false", "0", "no"}
        document = _document(await request.body())
        transfers = parse_transfers(document, name="body")
        decisions = [service.assess(t, as_of=when, screen=screen) for t in transfers]
        payload = [d.to_dict() for d in decisions]
        records = await _record(service, [service.assess_entry(t, d, key=request.state.key, as_of=when, output=p)
                                          for t, d, p in zip(transfers, decisions, payload, strict=True)])
        headers = {"X-Audit-Records": ",".join(str(r) for r in records)}
        return _Json(payload if isinstance(document, list) else payload[0], headers=headers)

    @route("POST", "/v1/documents", body=_DOCUMENTS, summary="Judge the transfers that reports describe")
    async def documents(request: Request) -> Any:
        """Read reports (text, HTML or Markdown) into claims and events and judge each event.

        The answer is the JSON of `sanctioneer assess FILE... --format json` for reports (see
        docs/documents.md). Query parameter: `screen=false`. Each event's decision is recorded in the
        audit trail before the answer is sent.
        """
        from sanctioneer.evidence import build_report

        screen = request.query_params.get("screen", "true").lower() not in {"false", "0", "no"}
        body = _object(_document(await request.body()), {"documents"})
        items = body.get("documents")
        if not isinstance(items, list) or not items:
            raise InputError("expected a non-empty list of documents", where="body.documents",
                             fix='send {"documents": [{"name": "report.txt", "content": "..."}]}')
        read = [service.read_report(item, where=f"body.documents[{i}]") for i, item in enumerate(items)]
        report = build_report(read, assessor=service.assessor(screen=screen))
        judged = [e for e in report.events if e.transfer is not None and e.decision is not None]
        records = await _record(service, [service.assess_entry(e.transfer, e.decision, key=request.state.key,
                                                               as_of=e.decision.as_of)
                                          for e in judged if e.transfer is not None and e.decision is not None])
        return _Json(report.to_dict(), headers={"X-Audit-Records": ",".join(str(r) for r in records)})

    @route("POST", "/v1/screen", body=_SCREEN, summary="Screen names against the loaded lists")
    async def screen(request: Request) -> Any:
        """Screen one query (an object) or several (a list): matches as `sanctioneer screen --format json` gives them.

        Each match carries the reviewer's `disposition` of that party and designation, if any (lapsed
        when the designation's record has changed since); `suppress_cleared=true` moves matches
        cleared as false alerts to `suppressed`. Each screening is recorded in the audit trail.
        """
        document = _document(await request.body())
        items = document if isinstance(document, list) else [document]
        if not items:
            raise InputError("the list of queries is empty", where="body", fix='send {"name": "..."}')
        fields = set(_SCREEN_QUERY["properties"])
        results = [service.screen(_object(item, fields, where=f"body[{i}]"), where=f"body[{i}]")
                   for i, item in enumerate(items)]
        records = await _record(service, [service.screen_entry(r, key=request.state.key) for r in results])
        payload = [service.screening_dict(r) for r in results]
        if request.query_params.get("suppress_cleared", "false").lower() in {"true", "1", "yes"}:
            for shown in payload:
                shown["suppressed"] = [m for m in shown["matches"] if (m["disposition"] or {}).get("suppressed")]
                shown["matches"] = [m for m in shown["matches"] if not (m["disposition"] or {}).get("suppressed")]
        return _Json(payload if isinstance(document, list) else payload[0],
                     headers={"X-Audit-Records": ",".join(str(r) for r in records)})

    @route("POST", "/match/{dataset}", body=yente.MATCH_SCHEMA, summary="Screen entities, in yente's match shape")
    async def match(request: Request) -> Any:
        """Match FollowTheMoney entity examples as yente's `/match/{dataset}` does (same request and response shape).

        Query parameters as yente's: `threshold` (a match), `cutoff` (the lowest score returned), `limit`.
        """
        dataset = request.path_params["dataset"]
        params = request.query_params
        threshold = _score(params.get("threshold"), service.screen_threshold, "threshold")
        cutoff = _score(params.get("cutoff"), min(service.review_threshold, threshold), "cutoff")
        limit = _count(params.get("limit"), 5, "limit")
        document = _document(await request.body())
        answer = service.match(dataset, document, threshold=threshold, cutoff=cutoff, limit=limit)
        records = await _record(service, [service.match_entry(document, answer, dataset, key=request.state.key)])
        return _Json(answer, headers={"X-Audit-Records": ",".join(str(r) for r in records)})

    @route("POST", "/v1/classify", body=_CLASSIFY, summary="HS codes for goods described in words")
    async def classify(request: Request) -> Any:
        """Give HS candidates for a description, as `sanctioneer classify --format json` does."""
        document = _object(_document(await request.body()), {"text", "top"})
        text = document.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError("expected a description of the goods in words", where="body.text",
                             fix='send {"text": "Rolls-Royce Phantom"}')
        top = document.get("top", 5)
        if isinstance(top, bool) or not isinstance(top, int | float | Decimal) or int(top) != top or not 1 <= top <= 20:
            raise InputError(f"expected a whole number from 1 to 20, got {top!r}", where="body.top", fix="use 5")
        return service.classify(text, top=int(top))

    @route("GET", "/v1/rulebook", summary="The whole rulebook")
    async def rulebook(request: Request) -> Any:
        """The rulebook as `sanctioneer rulebook dump` gives it."""
        return service.rulebook_dict()

    @route("GET", "/v1/rulebook/{measure}", summary="One measure")
    async def measure(request: Request) -> Any:
        """One measure as `sanctioneer rulebook show ID --format json` gives it."""
        return service.measure_dict(request.path_params["measure"])

    @route("GET", "/v1/lists", summary="The list snapshots in the store")
    async def lists(request: Request) -> Any:
        """Every list snapshot in the store, as `sanctioneer lists show --format json` lists them."""
        return service.lists()

    @route("GET", "/v1/decisions/{decision_id}", summary="A recorded decision")
    async def decision(request: Request) -> Any:
        """The audit records of a decision id: input, output, versions, time and key, oldest first."""
        decision_id = request.path_params["decision_id"]
        records = service.audit.by_decision(decision_id)
        if not records:
            raise NotFoundError(f"no decision {decision_id!r} in the audit trail", where="decision_id",
                                fix="give the decision_id a decision carries")
        return {"decision_id": decision_id, "records": [r.to_dict() for r in records]}

    @route("GET", "/v1/audit/verify", summary="Check the audit chain")
    async def audit_verify(request: Request) -> Any:
        """Recompute the audit chain's hashes, as `sanctioneer audit verify` does (the server holds the log)."""
        return service.audit.verify().to_dict()

    @route("POST", "/v1/audit/rescreen", summary="Judge again past decisions whose matches changed")
    async def audit_rescreen(request: Request) -> Any:
        """After a list update: past decisions whose parties' matches changed, verdicts before and now, and why."""
        return [r.to_dict() for r in service.rescreen()]

    @route("POST", "/v1/dispositions", body=_DISPOSITION, summary="Record a reviewer's disposition of a match")
    async def dispositions(request: Request) -> Any:
        """Record that a party's match to a designation is a false alert (or confirmed), with reviewer and reason."""
        document = _object(_document(await request.body()), set(_DISPOSITION["properties"]))
        entry = service.disposition_entry(document, key=request.state.key)
        records = await _record(service, [entry])
        service.disposition_recorded(entry, records[0])
        return _Json({**entry.body, "record": records[0]}, status_code=201)

    async def not_found(request: Request, exc: Exception) -> Response:
        if isinstance(exc, StarletteHTTPException) and exc.status_code == 405:
            return _Json({"detail": "method not allowed", "error": "method_not_allowed", "where": None, "fix": None},
                         status_code=405)
        return _error_response(NotFoundError("no such endpoint", where=request.url.path,
                                             fix="see /openapi.json for the endpoints"))

    async def invalid(request: Request, exc: Exception) -> Response:
        return _error_response(InputError("the request does not fit the endpoint", where="request",
                                          fix="see /openapi.json"))

    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _Json({"detail": "internal error", "error": "internal", "where": None, "fix": "please report this"},
                     status_code=500)

    app.add_exception_handler(StarletteHTTPException, not_found)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, internal)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            schema.setdefault("components", {})["securitySchemes"] = {
                "apiKey": {"type": "http", "scheme": "bearer", "description": "a key from `sanctioneer keys create`"}}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(Direct, routes=direct, internal=internal)
    if settings.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "X-API-Key", "Content-Type"])
    app.add_middleware(BodyLimit, max_bytes=settings.max_bytes)
    return app


class Direct:
    """ASGI middleware answering the service's fixed paths itself, the framework's routing layers skipped.

    Each route is one function of the request that authorises it, answers, and maps the project's
    errors to their status (see `create_app`), so the routing, dependency and exception layers it
    passes through otherwise add only time; paths with parameters and unknown paths go on to them.
    An unexpected error gets the same 500 answer and log line as elsewhere.
    """

    def __init__(self, app: ASGIApp, *, routes: dict[tuple[str, str], Callable[[Request], Awaitable[Response]]],
                 internal: Callable[[Request, Exception], Awaitable[Response]]) -> None:
        self.app = app
        self.routes = routes
        self.internal = internal

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = self.routes.get((scope["method"], scope["path"])) if scope["type"] == "http" else None
        if endpoint is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            response = await endpoint(request)
        except Exception as exc:
            response = await self.internal(request, exc)
        await response(scope, receive, send)


async def _record(service: Service, entries: list[Any]) -> list[int]:
    """Append entries to the audit trail and wait until they are committed; return their sequence numbers."""
    return [record.seq for record in await service.audit.append_batch(entries)]


def _score(value: str | None, default: float, where: str) -> float:
    from sanctioneer.settings import check_score

    if value is None or value == "":
        return default
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    return check_score(number, where=where)


def _count(value: str | None, default: int, where: str) -> int:
    if value is None or value == "":
        return default
    if not value.isdigit() or not 1 <= int(value) <= 500:
        raise InputError(f"expected a whole number from 1 to 500, got {value!r}", where=where, fix="use 5")
    return int(value)
