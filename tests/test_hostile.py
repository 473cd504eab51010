"""Hostile input and hostile surroundings: the answer is right or a clear refusal, never quiet, never a crash.

Whatever a file holds, `sanctioneer assess` either answers with a valid decision (exit 0) or exits 2
with one line naming the file and the field, in bounded time. The CLI is run through its real entry
point: in process for the properties, as a process where file descriptors matter.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sanctioneer.cli import main
from sanctioneer.errors import InputError
from sanctioneer.hs.nomenclature import load_nomenclature
from sanctioneer.intake import read_transfers
from sanctioneer.settings import Settings, get_settings

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "transfers"
VERDICTS = {"prohibited", "review", "permitted"}
# What a terminal obeys: C0 and C1 controls but the newline that ends a line, bidi overrides, separators.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

YAML_NULL = re.compile(r"~|null|Null|NULL|")
PROPERTY = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(*argv: str) -> tuple[int, str, str]:
    """Run the CLI in process and return its exit status, output and errors."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def run_process(*argv: str, **options: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sanctioneer", *argv], capture_output="stdout" not in options,
                          text=True, cwd=ROOT, timeout=60, check=False, **options)


@contextlib.contextmanager
def environment(**values: str) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    get_settings.cache_clear()
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        get_settings.cache_clear()


def assert_answer_or_refusal(code: int, out: str, err: str, name: str, elapsed: float) -> dict[str, Any] | None:
    """The invariant: a valid decision, or exit 2 with one line naming the file; in bounded time."""
    assert elapsed < 5, f"took {elapsed:.1f} s"
    assert "internal error" not in err and "Traceback" not in err, err
    if code == 0:
        decision = json.loads(out)
        if isinstance(decision, list):  # a list in gives a list out
            [decision] = decision
        assert decision["verdict"] in VERDICTS
        nomenclature = load_nomenclature()
        for line in decision["lines"]:
            assert line["verdict"] in VERDICTS
            assert line["hs"] is None or nomenclature.entry(line["hs"][:6]) is not None or len(line["hs"]) == 4
        return dict(decision)
    assert code == 2, (code, err)
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {name}"), err
    # After the file: a field path, a line and column, or what is wrong with the file as a whole.
    assert re.match(rf"error: {re.escape(name)}(: [\w\[\].]+: |, line \d+, column \d+: |: )\S", lines[0]), err
    return None


# -- Generated transfers -------------------------------------------------------------------------------

# Scalars as they come from hand-edited YAML and exported JSON: codes with and without leading zeros,
# YAML 1.1's octal, sexagesimal, hexadecimal and boolean forms, huge and odd numbers, control characters.
HOSTILE_WORDS = ["03061100", "0301", "87:03", "0x2207", "0o17", "NO", "no", "yes", "on", "off", "~", "null", "true",
                 "1_000", ".inf", ".nan", "1e400", "-0", "8703", "8703.10", "99", "00", "9999", "7701", "KP", "RU",
                 "2024-02-18", "2024-31-02", "1500.50", "9" * 60, "\u202eevil", "a\nb", "\x1b[2J", ""]
SCALAR = st.one_of(st.sampled_from(HOSTILE_WORDS), st.text(max_size=12), st.integers(-10, 10**30),
                   st.decimals(allow_nan=True, places=2), st.booleans(), st.none())
CODE = st.sampled_from(sorted(load_nomenclature().subheadings)[::7] + HOSTILE_WORDS[:12])


def transfer_documents() -> st.SearchStrategy[dict[str, Any]]:
    party = st.fixed_dictionaries({}, optional={"name": SCALAR, "country": SCALAR})
    line = st.fixed_dictionaries({"hs": st.one_of(CODE, SCALAR)},
                                 optional={"description": SCALAR, "quantity": SCALAR,
                                           "value": st.one_of(SCALAR, st.fixed_dictionaries(
                                               {"amount": SCALAR, "currency": st.sampled_from(["USD", "EUR", "usd",
                                                                                               "XXX", "1"])}))})
    return st.fixed_dictionaries(
        {"goods": st.lists(line, min_size=1, max_size=3)},
        optional={"id": SCALAR, "date": SCALAR, "supplier": party, "recipient": party, "kind": SCALAR,
                  "route": st.lists(SCALAR, max_size=2)},
    )


def _plain(value: Any) -> str:
    """Write a scalar the way a person types YAML: unquoted when it can be, quoted JSON-style when it must."""
    if value is None:
        return "~"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if re.fullmatch(r"[\w.:+\-~ ]*[\w.~]", text) and not text.startswith((" ", "-")):
        return text
    return json.dumps(text)


def to_yaml(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {to_yaml(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(to_yaml(item) for item in value) + "]"
    return _plain(value)


def to_json(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(key)}: {to_json(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(to_json(item) for item in value) + "]"
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return str(value)  # as written, however long; NaN included
    return json.dumps(value)


@PROPERTY
@given(document=transfer_documents(), form=st.sampled_from(["json", "yaml", "yaml-list", "json-list"]))
def test_any_transfer_file_gets_a_decision_or_a_refusal_naming_file_and_field(
    document: dict[str, Any], form: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    directory = tmp_path_factory.mktemp("hostile", numbered=True)
    body = [document] if form.endswith("list") else document
    text = to_json(body) if form.startswith("json") else to_yaml(body)
    path = directory / f"transfer.{form.split('-')[0]}"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    code, out, err = run("assess", str(path), "--format", "json", "--no-screen")
    event("answered" if code == 0 else "refused")
    decision = assert_answer_or_refusal(code, out, err, str(path), time.monotonic() - started)
    if decision is not None and form == "yaml":
        # Nothing rewritten: an accepted code is the digits written, with their leading zeros.
        # A code given as None is written as YAML's null, as is the empty text.
        written = ["" if line["hs"] is None else str(line["hs"]) for line in document["goods"]]
        for line, raw in zip(decision["lines"], written, strict=True):
            if YAML_NULL.fullmatch(raw):
                assert line["hs"] is None, raw  # YAML's null: no code given, the line is classified or reviewed
            else:
                assert line["hs"] == re.sub(r"[\s.\-_/]", "", raw)


@settings(max_examples=200, deadline=None)
@given(code=st.sampled_from(sorted(load_nomenclature().subheadings)), national=st.sampled_from(["", "00", "1234"]),
       dotted=st.booleans())
def test_an_unquoted_code_in_yaml_is_read_as_the_digits_written(code: str, national: str, dotted: bool) -> None:
    digits = code + national
    written = f"{digits[:4]}.{digits[4:6]}{'.' + digits[6:] if national else ''}" if dotted else digits
    text = f"date: 2024-02-18\ngoods:\n  - hs: {written}\n"
    [transfer] = read_transfers("-", stdin=io.BytesIO(text.encode()))
    assert transfer.goods[0].hs == digits


def test_every_country_code_unquoted_in_yaml_is_that_country() -> None:
    import pycountry

    for country in pycountry.countries:
        text = f"goods: [{{hs: '8703'}}]\nsupplier: {{country: {country.alpha_2}}}\n"
        [transfer] = read_transfers("-", stdin=io.BytesIO(text.encode()))
        assert transfer.supplier.country == country.alpha_2


# -- Nonexistent HS codes (the CLI gives no decision) -----------------------------------------------------

@pytest.mark.parametrize("code", ["99", "00", "9999", "77"])
def test_a_code_that_does_not_exist_gets_no_decision(code: str) -> None:
    status, out, err = run("assess", "--hs", code, "--from", "RU", "--to", "KP", "--date", "2024-02-18",
                           "--format", "json", "--no-screen")
    assert status == 2 and out == ""
    assert err.startswith("error: --hs: HS ") and f" {code} does not exist in HS 2022" in err


def test_a_file_with_a_code_that_does_not_exist_names_file_and_field() -> None:
    status, out, err = run("assess", str(FIXTURES / "unknown-chapter.json"), "--no-screen")
    assert status == 2 and out == ""
    assert "unknown-chapter.json: goods[0].hs: HS chapter 99 does not exist" in err


# -- Settings that contradict themselves or each other ----------------------------------------------------

BAD_SETTINGS = [
    ({"SANCTIONEER_REVIEW_THRESHOLD": "0.9"}, ["SANCTIONEER_REVIEW_THRESHOLD", "above the screen threshold 0.8"]),
    ({"SANCTIONEER_SCREEN_THRESHOLD": "0.6"}, ["SANCTIONEER_REVIEW_THRESHOLD", "0.7", "above the screen threshold"]),
    ({"SANCTIONEER_SCREEN_THRESHOLD": "nan"}, ["SANCTIONEER_SCREEN_THRESHOLD", "from 0 to 1", "nan"]),
    ({"SANCTIONEER_REVIEW_THRESHOLD": "-inf"}, ["SANCTIONEER_REVIEW_THRESHOLD", "from 0 to 1"]),
    ({"SANCTIONEER_SCREEN_THRESHOLD": "1.5"}, ["SANCTIONEER_SCREEN_THRESHOLD", "from 0 to 1"]),
    ({"SANCTIONEER_SCREEN_THRESHOLD": "high"}, ["SANCTIONEER_SCREEN_THRESHOLD", "'high'"]),
]


@pytest.mark.parametrize(("env", "words"), BAD_SETTINGS, ids=[str(e) for e, _ in BAD_SETTINGS])
def test_settings_that_contradict_are_refused_before_any_command_runs(env: dict[str, str], words: list[str]) -> None:
    with environment(**env):
        status, out, err = run("assess", "--hs", "8703", "--to", "KP", "--format", "json")
    assert status == 2 and out == ""
    for word in words:
        assert word in err, f"{word!r} not in {err!r}"


def test_settings_built_in_code_are_checked_too(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        Settings(home=tmp_path, rulebook=None, un_list_url="", screen_threshold=0.75, review_threshold=0.8)
    assert "SANCTIONEER_REVIEW_THRESHOLD" in str(raised.value)


@pytest.mark.parametrize("value", ["nan", "inf", "-0.1", "1.01"])
def test_a_screen_threshold_that_is_not_a_score_is_refused(value: str, home: Path) -> None:
    status, out, err = run("screen", "Kim Jong Un", "--threshold", value)
    assert status == 2 and out == ""
    assert err.startswith("error: --threshold: expected a number from 0 to 1")


# -- Nesting, sizes and numbers ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "goods: " + "[" * 40_000 + "]" * 40_000,  # 80 KB, as flow
    "goods: " + "{a: " * 40_000 + "}" * 40_000,
    "goods:\n" + "".join(" " * level + "- \n" for level in range(1, 3_000)),  # as blocks
    "- " * 40_000 + "x\n",
], ids=["flow-lists", "flow-mappings", "block-lists", "block-dashes"])
def test_yaml_nested_thousands_deep_is_refused_at_once(text: str, tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(text)
    started = time.monotonic()
    done = run_process("assess", str(path), "--no-screen")
    assert time.monotonic() - started < 10
    assert done.returncode == 2, done.stderr
    assert f"{path}, line " in done.stderr and "nested more than 20 levels deep" in done.stderr


def test_a_rulebook_file_nested_too_deep_is_refused_naming_it(tmp_path: Path) -> None:
    (tmp_path / "deep.yaml").write_text("regime: " + "[" * 40_000 + "]" * 40_000)
    done = run_process("rulebook", "list", env={**os.environ, "SANCTIONEER_RULEBOOK": str(tmp_path)})
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: deep.yaml, line 1, column ") and "nested more than" in done.stderr


@pytest.mark.parametrize(("name", "field"), [("huge-number.json", "goods[0].quantity"),
                                             ("huge-number.yaml", "goods[0].value.amount")])
def test_a_5000_digit_number_is_refused_naming_the_field(name: str, field: str) -> None:
    status, out, err = run("assess", str(FIXTURES / name), "--no-screen")
    assert status == 2 and out == ""
    assert f"{name}: {field}: expected a number of at most 24 digits" in err


def test_a_json_amount_with_decimals_is_assessed() -> None:
    status, out, err = run("assess", str(FIXTURES / "decimal-amount.json"), "--format", "json", "--no-screen")
    assert status == 0, err
    assert json.loads(out)["verdict"] == "prohibited"


# -- Standard output that is closed, full, or left early ---------------------------------------------------

def test_with_standard_output_closed_nothing_runs_and_the_reason_is_given() -> None:
    done = subprocess.run(["sh", "-c", 'exec "$0" "$@" >&-', sys.executable, "-m", "sanctioneer", "assess",
                           str(FIXTURES / "decimal-amount.json"), "--format", "json", "--no-screen"],
                          capture_output=False, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 2
    assert "standard output is closed" in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_device_on_standard_output_is_an_error_not_a_success() -> None:
    with open("/dev/full", "w") as full:
        done = run_process("assess", str(FIXTURES / "decimal-amount.json"), "--format", "json", "--no-screen",
                           stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 2
    assert "standard output: cannot write the output: No space left on device" in done.stderr


@pytest.mark.parametrize(("options", "status"), [((), 0), (("--fail-on", "prohibited"), 3)])
def test_a_reader_leaving_early_keeps_the_exit_status_and_prints_nothing(
    options: tuple[str, ...], status: int, tmp_path: Path
) -> None:
    line = '- {date: 2024-02-18, supplier: {country: RU}, recipient: {country: KP}, goods: [{hs: "8703"}]}\n'
    path = tmp_path / "many.yaml"
    path.write_text(line * 300)
    process = subprocess.Popen([sys.executable, "-m", "sanctioneer", "assess", str(path), "--no-screen", *options],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    errors = process.stderr.read()
    assert process.wait(timeout=60) == status
    assert first.startswith(b"Transfer") and errors == b""


# -- Text output shows what the data says, never obeys it --------------------------------------------------

def test_control_characters_in_ids_names_and_descriptions_are_shown_escaped() -> None:
    status, out, err = run("assess", str(FIXTURES / "control-characters.json"), "--no-screen")
    assert status == 0, err
    assert not RAW_CONTROL.search(out), repr(out)
    lines = out.splitlines()
    assert lines[0].startswith("Transfer A-1\\n\\x1b[2K\\x1b[1;32mTransfer A-1: PERMITTED\\x1b[0m: ")
    assert not any(line.lstrip().startswith(("Transfer A-1: PERMITTED", "line 1: HS 0000")) for line in lines)
    assert "limousine\\r\\u2028line 1: HS 0000 PERMITTED" in out


# -- screen arguments --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("argv", "words"), [
    (["screen", "   "], ["NAME", "only blanks"]),
    (["screen", ""], ["NAME", "only blanks"]),
    (["screen", "Kim Jong Un", "--dob", "banana"], ["--dob", "'banana'", "YYYY-MM-DD"]),
    (["screen", "Kim Jong Un", "--dob", "1984-02-30"], ["--dob", "'1984-02-30'"]),
    (["screen", "Kim Jong Un", "--country", "Atlantis"], ["--country", "'Atlantis'", "ISO 3166"]),
])
def test_screen_refuses_arguments_it_would_otherwise_ignore(argv: list[str], words: list[str], home: Path) -> None:
    status, out, err = run(*argv)
    assert status == 2 and out == ""
    for word in words:
        assert word in err, f"{word!r} not in {err!r}"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(st.one_of(st.sampled_from(["Kim Jong Un", "Choe Sok Min", "   "]), st.text(max_size=20)),
                                st.sampled_from(["", "1960", "1960-02", "banana", "1960-13-01"]),
                                st.sampled_from(["", "KP", "NO", "Atlantis"])), min_size=1, max_size=4),
       csv=st.booleans())
def test_any_name_list_file_is_screened_or_refused_naming_the_file(
    rows: list[tuple[str, str, str]], csv: bool, history_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    directory = tmp_path_factory.mktemp("names", numbered=True)
    path = directory / ("names.csv" if csv else "names.txt")
    if csv:
        body = "name,dob,country\n" + "".join(f"{json.dumps(n)},{d},{c}\n" for n, d, c in rows)
    else:
        body = "".join(f"{n}\n" for n, _, _ in rows)
    path.write_text(body, encoding="utf-8")
    with environment(SANCTIONEER_HOME=str(history_store.parent)):
        started = time.monotonic()
        status, out, err = run("screen", "--input", str(path), "--format", "jsonl")
    assert time.monotonic() - started < 10
    assert "internal error" not in err
    if status == 0:
        for line in out.splitlines():
            assert isinstance(json.loads(line)["matches"], list)
    else:
        assert status == 2 and out == "" and err.startswith(f"error: {path}"), err
