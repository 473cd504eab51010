"""Every SANCTIONEER_* setting, read once from the environment.

| variable | default | meaning |
|---|---|---|
| SANCTIONEER_HOME | the user data directory (platformdirs) | where the store and caches live |
| SANCTIONEER_RULEBOOK | the rulebook shipped in the package | a directory of rulebook YAML files to use instead |
| SANCTIONEER_UN_LIST_URL | the official UN Consolidated List XML | where `lists update` downloads from |
| SANCTIONEER_SCREEN_THRESHOLD | 0.80 | minimum name score reported as a match |
| SANCTIONEER_REVIEW_THRESHOLD | 0.70 | minimum name score reported as a near match (review) |
| SANCTIONEER_DOWNLOAD_TIMEOUT | 120 | seconds `lists update` may take in all |
| SANCTIONEER_API_RATE | 50 | requests per second each API key may make, on average |
| SANCTIONEER_API_BURST | 100 | requests an API key may make at once above its rate |
| SANCTIONEER_API_MAX_BYTES | 1048576 | the largest request body the API accepts, in bytes |
| SANCTIONEER_API_CORS_ORIGINS | (none) | comma-separated web origins allowed to call the API from a browser |
| SANCTIONEER_LLM_URL | (none) | an OpenAI-compatible endpoint that may propose claims the rules missed |
| SANCTIONEER_LLM_MODEL | default | the model to ask at that endpoint |
| SANCTIONEER_LLM_KEY | (none) | the bearer key for that endpoint |
| SANCTIONEER_AUDIT_URL | (none: the DuckDB file audit.duckdb in the home) | a PostgreSQL address for the audit trail |

Each is checked when read: a threshold is a finite number from 0 to 1, and the review threshold
is not above the screen threshold (else a near match would fall between them and pass unseen);
the audit address, when set, is a postgresql:// address (its password is never shown in errors).
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sanctioneer.errors import InputError

__all__ = ["DOWNLOAD_TIMEOUT", "REVIEW_THRESHOLD", "SCREEN_THRESHOLD", "SETTINGS_DOC", "Settings", "check_score",
           "get_settings"]

UN_LIST_URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml"

#: Name scores: a match at or above SCREEN_THRESHOLD is strong; from REVIEW_THRESHOLD it is a near match.
SCREEN_THRESHOLD = 0.80
REVIEW_THRESHOLD = 0.70
#: Seconds a whole list download may take, and the most it may be set to (a day).
DOWNLOAD_TIMEOUT = 120.0
_MAX_SECONDS = 86400.0

#: name -> (default shown in docs, description); a docs test checks each is documented.
SETTINGS_DOC: dict[str, tuple[str, str]] = {
    "SANCTIONEER_HOME": ("user data directory", "where the store and caches live"),
    "SANCTIONEER_RULEBOOK": ("packaged rulebook", "a directory of rulebook YAML files to use instead"),
    "SANCTIONEER_UN_LIST_URL": (UN_LIST_URL, "where `lists update` downloads the UN list from"),
    "SANCTIONEER_SCREEN_THRESHOLD": ("0.80", "minimum name score reported as a match"),
    "SANCTIONEER_REVIEW_THRESHOLD": ("0.70", "minimum name score reported as a near match"),
    "SANCTIONEER_DOWNLOAD_TIMEOUT": ("120", "seconds `lists update` may take in all, however slowly the server sends"),
    "SANCTIONEER_API_RATE": ("50", "requests per second each API key may make on average (token bucket)"),
    "SANCTIONEER_API_BURST": ("100", "requests an API key may make at once above its rate"),
    "SANCTIONEER_API_MAX_BYTES": ("1048576", "the largest request body `serve` accepts, in bytes (larger: 413)"),
    "SANCTIONEER_API_CORS_ORIGINS": ("none", "comma-separated web origins allowed to call `serve` from a browser"),
    "SANCTIONEER_LLM_URL": ("none", "an OpenAI-compatible endpoint (such as http://127.0.0.1:8080/v1) asked to "
                            "propose claims the rules missed; every value it returns is checked against the text"),
    "SANCTIONEER_LLM_MODEL": ("default", "the model to ask at SANCTIONEER_LLM_URL"),
    "SANCTIONEER_LLM_KEY": ("none", "the bearer key for SANCTIONEER_LLM_URL"),
    "SANCTIONEER_AUDIT_URL": ("none (audit.duckdb in SANCTIONEER_HOME)",
                              "postgresql://USER:PASSWORD@HOST:PORT/DATABASE: keep the audit trail in PostgreSQL, "
                              "where several servers may append to one chain"),
}

#: The API's defaults: per-key rate and burst, and the largest request body.
API_RATE = 50.0
API_BURST = 100
API_MAX_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """The settings in force, read from the environment once."""

    home: Path
    rulebook: Path | None
    un_list_url: str
    screen_threshold: float
    review_threshold: float
    download_timeout: float = DOWNLOAD_TIMEOUT
    api_rate: float = API_RATE
    api_burst: int = API_BURST
    api_max_bytes: int = API_MAX_BYTES
    api_cors_origins: tuple[str, ...] = ()
    llm_url: str | None = None
    llm_model: str | None = None
    llm_key: str | None = None
    audit_url: str | None = None

    def __post_init__(self) -> None:
        for name, value in (("SANCTIONEER_SCREEN_THRESHOLD", self.screen_threshold),
                            ("SANCTIONEER_REVIEW_THRESHOLD", self.review_threshold)):
            check_score(value, where=name)
        if self.review_threshold > self.screen_threshold:
            raise InputError(
                f"the review threshold {self.review_threshold:g} is above the screen threshold "
                f"{self.screen_threshold:g}: a near match scoring between them would pass as no match",
                where="SANCTIONEER_REVIEW_THRESHOLD",
                fix="set it at or below SANCTIONEER_SCREEN_THRESHOLD",
            )
        if self.llm_url is not None and not re.match(r"https?://[^\s/]+", self.llm_url):
            raise InputError(f"expected an http or https address, got {self.llm_url!r}", where="SANCTIONEER_LLM_URL",
                             fix="give the endpoint's base address, such as http://127.0.0.1:8080/v1")
        if self.audit_url is not None:
            from sanctioneer.store.audit_postgres import check_url

            check_url(self.audit_url)
        if not 0.0 < self.download_timeout <= _MAX_SECONDS:  # also refuses nan and inf
            raise InputError(f"expected a number of seconds above 0 and at most {_MAX_SECONDS:g}, got "
                             f"{self.download_timeout!r}", where="SANCTIONEER_DOWNLOAD_TIMEOUT",
                             fix=f"set SANCTIONEER_DOWNLOAD_TIMEOUT to a value such as {DOWNLOAD_TIMEOUT:g}")


def check_score(value: float, *, where: str) -> float:
    """Return a name-score threshold if it is a finite number from 0 to 1.

    Raises:
        InputError: naming `where`; NaN would compare false with every score and match nothing.
    """
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise InputError(f"expected a number from 0 to 1, got {value!r}", where=where,
                         fix="give a score threshold such as 0.8")
    return value


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise InputError(
            f"expected a number from 0 to 1, got {raw!r}",
            where=name,
            fix=f"set {name} to a value such as {default}",
        ) from None
    return check_score(value, where=name)


def _seconds(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 < value <= _MAX_SECONDS:  # also refuses nan and inf
        raise InputError(f"expected a number of seconds above 0 and at most {_MAX_SECONDS:g}, got {raw!r}",
                         where=name, fix=f"set {name} to a value such as {default:g}")
    return value


def _default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("sanctioneer", appauthor=False))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Read the settings from the environment (once per process)."""
    home = os.environ.get("SANCTIONEER_HOME")
    rulebook = os.environ.get("SANCTIONEER_RULEBOOK")
    return Settings(
        home=Path(home).expanduser() if home else _default_home(),
        rulebook=Path(rulebook).expanduser() if rulebook else None,
        un_list_url=os.environ.get("SANCTIONEER_UN_LIST_URL") or UN_LIST_URL,
        screen_threshold=_float("SANCTIONEER_SCREEN_THRESHOLD", SCREEN_THRESHOLD),
        review_threshold=_float("SANCTIONEER_REVIEW_THRESHOLD", REVIEW_THRESHOLD),
        download_timeout=_seconds("SANCTIONEER_DOWNLOAD_TIMEOUT", DOWNLOAD_TIMEOUT),
        api_rate=_positive("SANCTIONEER_API_RATE", API_RATE),
        api_burst=int(_positive("SANCTIONEER_API_BURST", API_BURST, whole=True)),
        api_max_bytes=int(_positive("SANCTIONEER_API_MAX_BYTES", API_MAX_BYTES, whole=True)),
        api_cors_origins=tuple(o.strip() for o in os.environ.get("SANCTIONEER_API_CORS_ORIGINS", "").split(",")
                               if o.strip()),
        llm_url=os.environ.get("SANCTIONEER_LLM_URL") or None,
        llm_model=os.environ.get("SANCTIONEER_LLM_MODEL") or None,
        llm_key=os.environ.get("SANCTIONEER_LLM_KEY") or None,
        audit_url=os.environ.get("SANCTIONEER_AUDIT_URL", "").strip() or None,
    )


def _positive(name: str, default: float, *, whole: bool = False) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not (math.isfinite(value) and value > 0 and (not whole or value == int(value))):
        kind = "a whole number" if whole else "a number"
        raise InputError(f"expected {kind} above 0, got {raw!r}", where=name,
                         fix=f"set {name} to a value such as {default:g}")
    return value
