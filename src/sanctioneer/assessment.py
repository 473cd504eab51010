"""assess(transfer) -> Decision: the rulebook, goods classification and party screening together."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from sanctioneer.model import Classifier, Decision, Direction, GoodsLine, LineDecision, PartyScreener, Transfer
from sanctioneer.rulebook import Rulebook, default_rulebook_dir, load_rulebook
from sanctioneer.rules import evaluate, judge_line

if TYPE_CHECKING:
    from sanctioneer.settings import Settings

__all__ = ["Assessor", "assess", "default_rulebook"]


@lru_cache(maxsize=1)
def default_rulebook() -> Rulebook:
    """Load the rulebook the settings name (packaged, or SANCTIONEER_RULEBOOK) once per process."""
    from sanctioneer.settings import get_settings

    return load_rulebook(get_settings().rulebook or default_rulebook_dir())


class Assessor:
    """Judges transfers with one rulebook and, optionally, a goods classifier and a party screener.

    Everything it uses is passed in, so two assessors configured differently can work side by side
    in one process; the caches it builds (list indexes, the classifier's version) are its own.

    Args:
        rulebook: the law to apply.
        classifier: classifies goods lines that carry no HS code (None: such lines are judged on words).
        screener: screens named parties (None: named parties are reported as not screened, review).
        screen: False switches screening off; decisions record it and give no review for it.
    """

    def __init__(
        self,
        rulebook: Rulebook,
        *,
        classifier: Classifier | None = None,
        screener: PartyScreener | None = None,
        screen: bool = True,
    ) -> None:
        self.rulebook = rulebook
        self.classifier = classifier
        self.screener = screener
        self.screen = screen

    @classmethod
    def from_settings(cls, settings: Settings, *, screen: bool = True, classify: bool = True,
                      semantic: bool = True) -> Assessor:
        """Build the assessor the settings describe: their rulebook, the classifier, the lists in their store.

        This is the one place, with the command line, where settings are read: everything below
        takes its configuration as arguments.
        """
        from sanctioneer.hs.classify import GoodsClassifier
        from sanctioneer.parties.screening import StoreScreener
        from sanctioneer.store.snapshots import STORE_FILE

        rulebook = load_rulebook(settings.rulebook or default_rulebook_dir())
        screener = StoreScreener(settings.home / STORE_FILE, threshold=settings.screen_threshold,
                                 review_threshold=settings.review_threshold) if screen else None
        from sanctioneer.rulebook.sensitive import broad_ranges, sensitive_ranges

        classifier = GoodsClassifier(
            semantic=semantic, sensitive=sensitive_ranges(rulebook), broad=broad_ranges(rulebook)
        ) if classify else None
        return cls(rulebook, classifier=classifier, screener=screener, screen=screen)

    @classmethod
    def default(cls, *, screen: bool = True, classify: bool = True) -> Assessor:
        """Build the assessor from the settings in force (`from_settings(get_settings())`)."""
        from sanctioneer.settings import get_settings

        return cls.from_settings(get_settings(), screen=screen, classify=classify)

    def assess(self, transfer: Transfer, *, as_of: date | None = None, today: date | None = None,
               identify: bool = True) -> Decision:
        """Judge one transfer as the law stood on `as_of` (default: its date, else today).

        `identify=False` skips the decision's content digest (`decision_id`), for callers that
        never report it, such as batch runs.
        """
        return evaluate(
            transfer,
            self.rulebook,
            as_of=as_of,
            today=today,
            classifier=self.classifier,
            screener=self.screener,
            screen=self.screen,
            identify=identify,
        )

    def judge_line(self, line: GoodsLine, *, as_of: date, direction: Direction = Direction.TO,
                   purpose: str | None = None) -> LineDecision:
        """Judge one goods line moving `direction` the regime's target as of a date: the engine's line judgement.

        Luxury determination (`sanctioneer classify --luxury`) is a view of this.
        """
        return judge_line(line, self.rulebook, as_of=as_of, direction=direction, classifier=self.classifier,
                          purpose=purpose)


_DEFAULT: dict[tuple[object, ...], Assessor] = {}


def _default_assessor() -> Assessor:
    # The default factory: built from the settings once per store state, so a list loaded or
    # updated since gives a new assessor.
    from sanctioneer.settings import get_settings
    from sanctioneer.store.snapshots import STORE_FILE

    settings = get_settings()
    store = settings.home / STORE_FILE
    key = (settings, store.stat().st_mtime if store.exists() else None)
    if key not in _DEFAULT:
        _DEFAULT.clear()
        _DEFAULT[key] = Assessor.from_settings(settings)
    return _DEFAULT[key]


def assess(transfer: Transfer, *, as_of: date | None = None) -> Decision:
    """Judge a transfer as the law stood on `as_of` (default: its date, else today).

    The default factory: uses the settings in force (rulebook, list store, thresholds), classifies
    goods lines that have no HS code, and screens named parties against the lists in the store
    (review when none is loaded). The assessor is built once and reused until the settings or the
    store change; for explicit control build an `Assessor` yourself.
    """
    return _default_assessor().assess(transfer, as_of=as_of)
