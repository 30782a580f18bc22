"""The app factory: routes, static files, security headers, the body-size limit and error answers.

Security, in one place:

* every page is a Jinja template with autoescaping on, and article text reaches the browser only as
  escaped template text or through ``textContent`` in ``static/app.js``;
* the Content-Security-Policy allows scripts, styles and images from this server only (no inline
  scripts, no ``unsafe-inline``, no CDN), so an injected ``<script>`` or ``onerror=`` would not run even
  if it slipped through;
* request bodies over ``max_body`` bytes are refused with 413 before they are read in full;
* the server is read-only unless a token is configured (``POST /api/v1/documents`` needs it).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from legation.errors import ConfigError, LegationError, StoreError
from legation.web import api, pages
from legation.web.repository import CachedRepository, Repository

#: Environment variable holding the bearer token that enables writing.
TOKEN_ENV = "LEGATION_TOKEN"
#: Largest request body accepted (bytes): an article is a few tens of kilobytes.
MAX_BODY = 1_000_000
#: Seconds after which a decoded track is read again (in the background): a track rebuilt by another
#: process shows within about this time.
CACHE_SECONDS = 5.0
STATIC = Path(__file__).parent / "static"

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


def create_app(
    repository: Repository,
    *,
    token: str | None = None,
    max_body: int = MAX_BODY,
    read_env: bool = True,
    cache_seconds: float = CACHE_SECONDS,
) -> FastAPI:
    """The web app over a repository (a :class:`legation.store.Store`, usually).

    ``token``: the bearer token that enables ``POST /api/v1/documents``; with ``read_env`` (the
    default) and no token given, ``$LEGATION_TOKEN`` is used. No token: the app is read-only.
    ``cache_seconds``: how long a decoded track is served before it is read again in the background
    (:class:`CachedRepository`); 0 reads the store on every request.
    """
    app = FastAPI(
        title="legation",
        version="1",
        summary="A sourced record of diplomatic negotiations: tracks, rounds, issues, statements, evidence.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load scripts from CDNs; the schema is served as JSON
        redoc_url=None,
    )
    app.state.repository = CachedRepository(repository, cache_seconds) if cache_seconds > 0 else repository
    app.state.track_json = {}
    app.state.token = token if token is not None else (os.environ.get(TOKEN_ENV) if read_env else None)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _add_error_handlers(app)
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _add_error_handlers(app: FastAPI) -> None:
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)
        return pages.error_page(request, exc.status_code, str(exc.detail))

    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()
        ]
        if _wants_json(request):
            return JSONResponse({"detail": "; ".join(problems)}, 422)
        return pages.error_page(request, 422, "; ".join(problems))

    async def legation_error(request: Request, exc: Exception) -> Response:
        status = 503 if isinstance(exc, StoreError) else 422 if isinstance(exc, ConfigError) else 400
        if _wants_json(request):
            return JSONResponse({"detail": str(exc)}, status)
        return pages.error_page(request, status, str(exc))

    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, invalid)  # type: ignore[arg-type]
    app.add_exception_handler(LegationError, legation_error)


class SecurityHeaders:
    """Adds the CSP and friends to every response, pages, API and static files alike."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] not in dict(SECURITY_HEADERS)]
                message["headers"] = [*headers, *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """Answers ``HEAD`` like ``GET`` without the body (RFC 9110), for link checkers and ``curl -I``:
    FastAPI's routes list GET only, so HEAD would otherwise be a 405."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class _TooLarge(StarletteHTTPException):
    """Raised while reading an over-long body; an HTTP error, so the app's handlers answer it with 413."""

    def __init__(self, max_body: int) -> None:
        super().__init__(413, f"request body over the limit of {max_body} bytes; send a smaller article")


class BodyLimit:
    """Refuses request bodies over ``max_body`` bytes with 413: by ``Content-Length`` before reading,
    and by counting while reading when the length is not given (chunked uploads)."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._refuse(scope, send)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _TooLarge(self.max_body)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        response = JSONResponse(
            {"detail": f"request body over the limit of {self.max_body} bytes; send a smaller article"},
            413,
        )
        await response({**scope}, _no_body, send)


async def _no_body() -> dict[str, Any]:
    return {"type": "http.request", "body": b"", "more_body": False}
