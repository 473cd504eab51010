"""The HTTP service: the library's answers as JSON, behind API keys, every decision recorded in the audit trail."""

from __future__ import annotations

from sanctioneer.api.app import ServiceConfig, create_app

__all__ = ["ServiceConfig", "create_app"]
