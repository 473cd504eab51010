"""Which input column holds which fact of a trade line: the defaults, flags and a small YAML file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sanctioneer.errors import InputError

__all__ = ["FIELDS", "ColumnMap", "read_column_file"]

#: The facts a trade line may carry, in the order the documentation lists them.
FIELDS: tuple[str, ...] = (
    "id", "date", "hs", "description", "quantity", "value", "currency", "supplier", "supplier_country",
    "recipient", "recipient_country", "origin", "route", "kind", "purpose",
)


@dataclass(frozen=True)
class ColumnMap:
    """For each field, the input column that holds it (None: the input has no such column)."""

    columns: tuple[tuple[str, str], ...]

    def get(self, field: str) -> str | None:
        return dict(self.columns).get(field)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.columns)

    @classmethod
    def resolve(cls, header: Sequence[str], overrides: Mapping[str, str], *, where: str) -> ColumnMap:
        """Match fields to the input's columns: an override names the column, else a column of the field's name.

        Raises:
            InputError: an override names an unknown field or a column the input lacks; the date
                column or both the hs and description columns are missing.
        """
        present = set(header)
        chosen: dict[str, str] = {}
        for field, column in overrides.items():
            if field not in FIELDS:
                raise InputError(f"{field!r} is not a field of a trade line", where=f"{where}: --column {field}",
                                 fix=f"map one of {', '.join(FIELDS)}")
            if column not in present:
                raise InputError(f"the input has no column {column!r} for {field}", where=where,
                                 fix=f"the columns are: {', '.join(header)}")
            chosen[field] = column
        for field in FIELDS:
            if field not in chosen and field in present and field not in chosen.values():
                chosen[field] = field
        found = f"the columns read are: {', '.join(header)}" if header else "no column was read"
        if "date" not in chosen:
            raise InputError(f"the input has no date column ({found})", where=where,
                             fix="add a column named date (YYYY-MM-DD) or map one with --column date=NAME")
        if "hs" not in chosen and "description" not in chosen:
            raise InputError(f"the input has neither an hs nor a description column ({found})", where=where,
                             fix="add a column named hs or description, or map one with --column hs=NAME")
        return cls(tuple((f, chosen[f]) for f in FIELDS if f in chosen))


def read_column_file(path: str | Path) -> dict[str, str]:
    """Read a YAML mapping of field to column name, such as `hs: HS_CODE`.

    Raises:
        InputError: the file is missing, not YAML, or not a mapping of text to text.
    """
    from sanctioneer.safeyaml import read_yaml

    file = Path(path)
    if not file.is_file():
        raise InputError("no such file", where=str(path), fix="check the path of the column mapping")
    data = read_yaml(file.read_text(encoding="utf-8"), name=str(path), text_scalars=True)
    if not isinstance(data, dict):
        raise InputError("expected a mapping of field to column, such as `hs: HS_CODE`", where=str(path))
    result: dict[str, str] = {}
    for key, value in data.items():
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"expected a column name, got {value!r}", where=f"{path}: {key}",
                             fix="write `field: COLUMN`, such as `hs: HS_CODE`")
        result[str(key)] = value.strip()
    return result
