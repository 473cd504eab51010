"""assess(transfer) -> Decision: the rulebook, goods classification and party screening together."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from sanctioneer.model import Decision, Transfer
from sanctioneer.rulebook import Rulebook, load_rulebook
from sanctioneer.rules import Classification, Classifier, PartyCheck, evaluate

__all__ = ["Assessor", "assess", "default_rulebook"]


@lru_cache(maxsize=1)
def default_rulebook() -> Rulebook:
    """Load the rulebook in force (packaged, or SANCTIONEER_RULEBOOK) once per process."""
    return load_rulebook()


class Assessor:
    """Judges transfers with one rulebook and, optionally, a classifier and a party screener."""

    def __init__(
        self,
        rulebook: Rulebook,
        *,
        classifier: Classifier | None = None,
        party_check: PartyCheck | None = None,
    ) -> None:
        self.rulebook = rulebook
        self.classifier = classifier
        self.party_check = party_check

    @classmethod
    def default(cls, *, screen: bool = True, classify: bool = True) -> Assessor:
        """Build the assessor the CLI uses: packaged rulebook, classifier, and the lists in the store.

        Screening is skipped when no list has been loaded (`sanctioneer lists update`); the
        decision's `lists_version` is then null.
        """
        rulebook = default_rulebook()
        party_check: PartyCheck | None = None
        if screen:
            from sanctioneer.parties.screening import party_check as build_party_check

            party_check = build_party_check(rulebook)
        return cls(rulebook, classifier=_lazy_classifier() if classify else None, party_check=party_check)

    def assess(self, transfer: Transfer, *, as_of: date | None = None, today: date | None = None) -> Decision:
        """Judge one transfer as the law stood on `as_of` (default: its date, else today)."""
        return evaluate(
            transfer,
            self.rulebook,
            as_of=as_of,
            today=today,
            classifier=self.classifier,
            party_check=self.party_check,
        )


def _lazy_classifier() -> Classifier:
    """The goods classifier, loaded on the first line that needs it (most lines carry a code)."""
    loaded: list[Classifier] = []

    def classify_line(description: str) -> Classification:
        if not loaded:
            from sanctioneer.hs.classify import classifier_for_assess

            loaded.append(classifier_for_assess())
        return loaded[0](description)

    return classify_line


_DEFAULT: dict[tuple[str, float | None], Assessor] = {}


def _default_assessor() -> Assessor:
    # Built once per store state: a list loaded or updated since gives a new assessor.
    from sanctioneer.settings import get_settings
    from sanctioneer.store.snapshots import default_store_path

    store = default_store_path()
    key = (str(get_settings().home), store.stat().st_mtime if store.exists() else None)
    if key not in _DEFAULT:
        _DEFAULT.clear()
        _DEFAULT[key] = Assessor.default()
    return _DEFAULT[key]


def assess(transfer: Transfer, *, as_of: date | None = None) -> Decision:
    """Judge a transfer as the law stood on `as_of` (default: its date, else today).

    Uses the packaged rulebook, classifies goods lines that have no HS code, and screens the
    parties against the lists in the store when one has been loaded. The assessor is built once
    and reused until the store changes; for explicit control build an `Assessor` yourself.
    """
    return _default_assessor().assess(transfer, as_of=as_of)
