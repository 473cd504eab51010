"""Screen a file of trade lines: read it in chunks, judge each chunk, write as it goes, count for the summary."""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from sanctioneer.batch.columns import ColumnMap
from sanctioneer.batch.judge import seldom_full_collections, start_deciding
from sanctioneer.batch.kernel import (
    RESULT_COLUMNS,
    ROW_COLUMN,
    ChunkResult,
    JudgeConfig,
    judge_chunk,
    judge_chunks,
)
from sanctioneer.errors import InputError

if TYPE_CHECKING:
    from sanctioneer.settings import Settings

__all__ = ["BatchSummary", "count_rows", "file_format", "read_header", "screen_file"]

_FORMATS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".parquet": "parquet", ".pq": "parquet"}
CHUNK_ROWS = 250_000
#: What the output can hold: every input column and the decision, or the row number, id and decision.
OUTPUT_COLUMNS = ("all", "decision")
#: At most this many processes decide groups beside the one that reads and writes.
DECIDERS = 4
#: A text column is written with a dictionary when its values repeat this many times on average, or more.
_REPEATS = 4
#: Values the Parquet writer encodes at a time, between two checks of its page's size (Arrow's default: 1,024).
#: Fewer, larger rounds cost less; pages stay within Arrow's limit of rows per page.
_WRITE_BATCH = 16_384


@dataclass
class BatchSummary:
    """What a batch run did: lines read, judged and refused, and the counts by verdict, measure and reason."""

    source: str
    output: str
    rows: int = 0
    judged: int = 0
    rejected: int = 0
    rejects: str | None = None
    rulebook_version: str | None = None
    verdicts: Counter[str] = field(default_factory=Counter)
    measures: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)

    def add(self, chunk: ChunkResult) -> None:
        self.rows += chunk.rows
        self.judged += chunk.table.num_rows
        self.rejected += len(chunk.errors)
        self.verdicts.update(chunk.verdicts)
        self.measures.update(chunk.measures)
        self.reasons.update(chunk.reasons)
        if self.rulebook_version is None and chunk.table.num_rows:
            self.rulebook_version = str(chunk.table.column("rulebook_version")[0].as_py())


def file_format(path: str | Path, *, where: str) -> str:
    """Return csv or parquet from a file's extension.

    Raises:
        InputError: the extension is neither.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in _FORMATS:
        raise InputError(f"cannot tell the format of {str(path)!r} from its extension", where=where,
                         fix="name the file .csv or .parquet")
    return _FORMATS[suffix]


def _scan(path: Path) -> str:
    literal = "'" + str(path).replace("'", "''") + "'"
    if file_format(path, where=str(path)) == "csv":
        return f"read_csv({literal}, header = true, all_varchar = true, auto_detect = true)"
    return f"read_parquet({literal})"


def _check_input(path: Path) -> None:
    if not path.is_file():
        raise InputError("no such file", where=str(path), fix="check the path")


def read_header(path: Path) -> list[str]:
    """Return the column names of a CSV or Parquet file.

    Raises:
        InputError: the file is missing or cannot be read as its extension says.
    """
    _check_input(path)
    try:
        with duckdb.connect() as con:
            return [str(r[0]) for r in con.execute(f"DESCRIBE SELECT * FROM {_scan(path)}").fetchall()]  # noqa: S608
    except duckdb.Error as exc:
        raise InputError(f"cannot read the file: {_first_line(exc)}", where=str(path),
                         fix="give a CSV file with a header line, or a Parquet file") from None


def count_rows(path: Path) -> int | None:
    """Return how many lines a file holds (for the progress bar), or None when it cannot tell cheaply."""
    try:
        if file_format(path, where=str(path)) == "parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        lines = 0
        last = b"\n"
        with path.open("rb") as handle:
            while block := handle.read(1 << 23):
                lines += block.count(b"\n")
                last = block[-1:]
        return max(lines + (last != b"\n") - 1, 0)
    except (OSError, pa.ArrowException):
        return None


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _batches(path: Path, chunk_rows: int) -> Iterator[tuple[int, pa.RecordBatch]]:
    """The file's lines in chunks, each read on a thread while the one before is judged."""
    chunks = _read(path, chunk_rows)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="batch-reader") as pool:
        ahead = pool.submit(next, chunks, None)
        try:
            while (chunk := ahead.result()) is not None:
                ahead = pool.submit(next, chunks, None)
                yield chunk
        finally:
            wait([ahead])
            chunks.close()


def _read(path: Path, chunk_rows: int) -> Generator[tuple[int, pa.RecordBatch], None, None]:
    first = 1
    try:
        for batch in _read_batches(path, chunk_rows):
            if batch.num_rows:
                yield first, batch
                first += batch.num_rows
    except (duckdb.Error, pa.ArrowException, OSError) as exc:
        raise InputError(f"cannot read the file near row {first}: {_first_line(exc)}", where=str(path),
                         fix="check the file is well-formed (one header line, the same columns on every line)"
                         ) from None


def _read_batches(path: Path, chunk_rows: int) -> Iterator[pa.RecordBatch]:
    """The file's lines as DuckDB reads them, or as Arrow reads a Parquet file whose columns both read alike."""
    with duckdb.connect() as con:
        con.execute("SET enable_progress_bar = false")
        relation = con.sql(f"SELECT * FROM {_scan(path)}")  # noqa: S608
        if file_format(path, where=str(path)) == "parquet":
            schema = relation.limit(0).to_arrow_table().schema
            if _read_alike(path, schema):
                yield from _parquet_batches(path, schema, chunk_rows)
                return
        yield from relation.to_arrow_reader(chunk_rows)


#: The types Arrow's Parquet reader and DuckDB's give the same values of, when they give the same type.
_ALIKE = (pa.types.is_string, pa.types.is_boolean, pa.types.is_integer, pa.types.is_floating, pa.types.is_date32)


def _read_alike(path: Path, schema: pa.Schema) -> bool:
    """Whether Arrow reads each column of the file as DuckDB does: the same name, type and field, of a plain kind."""
    import pyarrow.parquet as pq

    arrow = pq.read_schema(path)
    return (arrow.names == schema.names
            and all(a.equals(d, check_metadata=True) for a, d in zip(arrow, schema, strict=True))
            and all(any(alike(d.type) for alike in _ALIKE) for d in schema))


def _parquet_batches(path: Path, schema: pa.Schema, chunk_rows: int) -> Iterator[pa.RecordBatch]:
    """A Parquet file's lines read by Arrow, with DuckDB's schema; texts whose values repeat as dictionary arrays.

    A text column stored with a dictionary is read as a dictionary array without decoding it: the
    kernel reads its distinct values and the writer writes its dictionary without hashing each
    line's value again. Texts that seldom repeat (an id, an amount), judged on the first chunk as
    the writer judges them, are read plain: a dictionary of them saves nothing.
    """
    import pyarrow.parquet as pq

    texts = [column.name for column in schema if pa.types.is_string(column.type)]
    with pq.ParquetFile(path) as file:
        first = (next(file.iter_batches(batch_size=chunk_rows, row_groups=[0], columns=texts, use_threads=False),
                      None) if texts and file.num_row_groups else None)
        plain = _seldom_repeated(pa.Table.from_batches([first])) if first is not None else set()
        repeated = [name for name in texts if name not in plain]
    with pq.ParquetFile(path, read_dictionary=repeated) as file:
        read = pa.schema([column.with_type(pa.dictionary(pa.int32(), column.type)) if column.name in repeated
                          else column for column in schema])
        # Row group by row group, so that the chunks are DuckDB's: none larger than a row group.
        for group in range(file.num_row_groups):
            for batch in file.iter_batches(batch_size=chunk_rows, row_groups=[group], use_threads=False):
                yield pa.RecordBatch.from_arrays(batch.columns, schema=read)


class _Writer:
    """Writes to a temporary file beside the target and renames it when all is written.

    Each chunk is written on a thread of its own while the next one is judged (Arrow's writers
    release the GIL); one write at a time, in order, so memory holds at most one chunk in flight.
    """

    def __init__(self, path: Path, fmt: str) -> None:
        self.path = path
        self.fmt = fmt
        self.temporary = path.with_name(f".{path.name}.partial")
        self.started = False
        self._writer: Any = None
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None
        self._metadata: dict[bytes, bytes] | None = None

    def write(self, table: pa.Table) -> None:
        self.started = True
        self._wait()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="batch-writer")
        self._pending = self._pool.submit(self._write, table)

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def _write(self, table: pa.Table) -> None:
        if self.fmt == "csv":
            import pyarrow.compute as pc
            import pyarrow.csv as pcsv

            table = table.cast(_plain(table.schema))
            for index, column in enumerate(table.schema):
                if pa.types.is_list(column.type):
                    table = table.set_column(index, column.name, pc.binary_join(table.column(index), " | "))
            if self._writer is None:
                self._writer = pcsv.CSVWriter(str(self.temporary), table.schema)
        else:
            import pyarrow.parquet as pq

            if self._writer is None:
                # The texts read or placed as dictionary arrays are written as the text columns they stand
                # for: the file's Arrow schema (which readers such as pyarrow follow) says text, as for any other.
                self._writer = pq.ParquetWriter(str(self.temporary), table.schema, compression="zstd",
                                                use_dictionary=_dictionary_columns(table), store_schema=False,
                                                write_batch_size=_WRITE_BATCH)
                self._metadata = _parquet_metadata(_plain(table.schema)).metadata
        self._writer.write_table(table)

    def close(self, *, keep: bool) -> None:
        written = False
        try:
            self._wait()
            written = True
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
            if self._writer is not None:
                if self._metadata:
                    self._writer.add_key_value_metadata(self._metadata)
                self._writer.close()
            if keep and written and self._writer is not None:
                os.replace(self.temporary, self.path)
            else:
                self.temporary.unlink(missing_ok=True)


def _dictionary_columns(table: pa.Table) -> list[str]:
    """The columns (as Parquet paths) the writer encodes with a dictionary: all but texts whose values seldom repeat.

    Such a column (an id, an amount) hashes every value for a dictionary that saves nothing, or that
    overflows its page so that the writer goes plain anyway: written plain, it costs less time and
    less space (judged on the first chunk, whether the input's column was read as a dictionary or not;
    the decision columns always repeat).
    """
    plain = _seldom_repeated(table, skip=RESULT_COLUMNS)
    schema = _parquet_metadata(table.schema).schema
    return [schema.column(i).path for i in range(len(schema)) if schema.column(i).path.split(".")[0] not in plain]


def _seldom_repeated(table: pa.Table, skip: tuple[str, ...] = ()) -> set[str]:
    """The text columns (plain or dictionary arrays) whose values repeat fewer than _REPEATS times on average."""
    import pyarrow.compute as pc

    def text(kind: pa.DataType) -> bool:
        return bool(pa.types.is_string(kind) or (pa.types.is_dictionary(kind) and pa.types.is_string(kind.value_type)))

    return {name for name, column in zip(table.schema.names, table.columns, strict=True)
            if name not in skip and text(column.type)
            and pc.count_distinct(column.cast(pa.string())).as_py() * _REPEATS > table.num_rows}


def _parquet_metadata(schema: pa.Schema) -> Any:
    """The Parquet file metadata pyarrow writes for a schema: its Parquet columns and the Arrow schema it stores."""
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_metadata(schema, sink)
    return pq.read_metadata(pa.BufferReader(sink.getvalue()))


def _plain(schema: pa.Schema) -> pa.Schema:
    """The schema with each dictionary type (alone or as a list's values) replaced by the type of its values."""

    def plain(kind: pa.DataType) -> pa.DataType:
        if pa.types.is_dictionary(kind):
            return kind.value_type
        if pa.types.is_list(kind):
            return pa.list_(kind.value_field.with_type(plain(kind.value_type)))
        return kind

    return pa.schema([column.with_type(plain(column.type)) for column in schema], metadata=schema.metadata)


def _local(config: JudgeConfig, batches: Iterator[tuple[int, pa.RecordBatch]], *,
           split: bool) -> Iterator[ChunkResult]:
    """Judge chunks in this process, the engine's work done in other processes if `split`."""
    with seldom_full_collections():
        if not split:
            for first, batch in batches:
                yield judge_chunk(config, batch, first)
            return
        import multiprocessing

        # Fresh interpreters, not forks: this process runs DuckDB's and the writer's threads.
        context = multiprocessing.get_context("spawn")
        with ExitStack() as stack:
            pools = [stack.enter_context(ProcessPoolExecutor(max_workers=1, mp_context=context))
                     for _ in range(_deciders())]
            with _one_thread_each():
                for index, pool in enumerate(pools):
                    # Starts the process, which builds its assessor while the first chunk is read; the first,
                    # which classifies the descriptions, loads the classifier too.
                    pool.submit(start_deciding, config, classifies=index == 0)
            yield from judge_chunks(config, batches, pools=pools)


def _deciders() -> int:
    """How many processes decide groups beside this one: one per processor (this one mostly reads and writes)."""
    return max(1, min(os.cpu_count() or 1, DECIDERS))


#: The variables that set how many threads the numerical libraries start, which the deciding processes set to one.
_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def _one_thread_each() -> Iterator[None]:
    """Processes started within take one thread for numerical work (unless the environment says otherwise).

    The classifier's model multiplies small matrices: on threads of its own it spends more
    processor time waiting for them than it saves, time the other processes of the run need.
    """
    added = [name for name in _THREADS if name not in os.environ]
    for name in added:
        os.environ[name] = "1"
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def _dask(config: JudgeConfig, batches: Iterator[tuple[int, pa.RecordBatch]], *, scheduler: str | None,
          workers: int, processes: bool) -> Iterator[ChunkResult]:
    """Judge chunks on a Dask cluster (a local one when no scheduler is given), in order, a few at a time."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("the dask engine needs the dask extra", where="--engine dask",
                         fix="pip install 'sanctioneer[dask]'") from None
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")  # type: ignore[no-untyped-call]
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler: {exc}", where=f"--scheduler {scheduler}",
                             fix="give the scheduler's address, such as tcp://10.0.0.5:8786") from None
    else:
        with _one_thread_each():
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,  # type: ignore[no-untyped-call]
                                   dashboard_address=None, silence_logs=40)
        client = Client(cluster)  # type: ignore[no-untyped-call]
    try:
        pending: deque[Any] = deque()
        limit = 2 * max(workers, len(client.scheduler_info().get("workers", {})) or 1)
        for first, batch in batches:
            # The chunk goes to a worker as data of its own, not inside the task's graph.
            chunk = client.scatter(batch)  # type: ignore[no-untyped-call]
            pending.append(client.submit(judge_chunk, config, chunk, first, pure=False))
            while len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()


def screen_file(
    source: Path,
    output: Path,
    *,
    settings: Settings,
    columns: dict[str, str] | None = None,
    on_error: str = "fail",
    rejects: Path | None = None,
    screen: bool = True,
    classify: bool = True,
    semantic: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int = 2,
    processes: bool = True,
    chunk_rows: int = CHUNK_ROWS,
    second_process: bool | None = False,
    output_columns: str = "all",
    progress: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Judge every line of a CSV or Parquet file and write them, with their decisions, to `output`.

    Lines are read and written in chunks of `chunk_rows`, so memory stays bounded whatever the size
    of the file. The output is written to a temporary file and renamed when complete.

    Args:
        on_error: "fail" stops at the first bad line; "skip" writes bad lines to `rejects`
            (default: OUTPUT.rejects.csv) with the column and the reason, and judges the rest.
        engine: "local" judges in this process; "dask" on the cluster at `scheduler`, or on a
            local cluster of `workers` workers when no scheduler is given.
        second_process: with the local engine, whether other processes (one per processor, at most
            four) decide the new groups of lines of each chunk while this one reads the next (None:
            when the machine has more than one processor and the file more than one chunk). They
            are started fresh (spawn), so a script that asks for them must guard its own top level
            with `if __name__ == "__main__":`.
        output_columns: "all" writes every input column, then the decision columns; "decision" writes
            only the row number (`row`, counted as errors count rows), the id column if the input
            has one, then the decision columns.

    Raises:
        InputError: the file, a column mapping or (with on_error="fail") a line is not valid.
    """
    source_fmt = file_format(source, where=str(source))
    out_fmt = file_format(output, where=f"--out {output}")
    if output_columns not in OUTPUT_COLUMNS:
        raise InputError(f"{output_columns!r} is not a choice of output columns", where="--output-columns",
                         fix="use " + " or ".join(OUTPUT_COLUMNS))
    if on_error not in ("fail", "skip"):
        raise InputError(f"{on_error!r} is not a way to handle bad lines", where="--on-error", fix="use skip or fail")
    if output.resolve() == source.resolve():
        raise InputError("the output would overwrite the input", where=f"--out {output}", fix="write to another file")
    header = read_header(source)
    clash = [c for c in RESULT_COLUMNS if c in header]
    if clash:
        raise InputError(f"the input already has a column named {clash[0]!r}, which batch adds", where=str(source),
                         fix="rename that column in the input")
    mapping = ColumnMap.resolve(header, columns or {}, where=str(source))
    if output_columns == "decision" and mapping.get("id") == ROW_COLUMN:
        raise InputError(f"the id column is named {ROW_COLUMN!r}, as the row number the output adds",
                         where=str(source), fix="rename that column in the input, or write all columns")
    config = JudgeConfig(settings=settings, columns=mapping, source=str(source), screen=screen, classify=classify,
                         semantic=semantic, csv=source_fmt == "csv", output=output_columns)
    summary = BatchSummary(source=str(source), output=str(output))
    reject_path = rejects or output.with_name(output.name + ".rejects.csv")
    writer = _Writer(output, out_fmt)
    reject_writer: _Writer | None = None
    done = False
    try:
        batches = _batches(source, chunk_rows)
        if second_process is None:
            lines = count_rows(source)
            second_process = (os.cpu_count() or 1) > 1 and (lines is None or lines > chunk_rows)
        chunks = (_local(config, batches, split=second_process) if engine == "local"
                  else _dask(config, batches, scheduler=scheduler, workers=workers, processes=processes))
        for chunk in chunks:
            if chunk.errors and on_error == "fail":
                error = chunk.errors[0]
                raise InputError(error.message, where=error.where(str(source), csv=config.csv),
                                 fix=error.fix or "correct the line, or pass --on-error skip to set it aside")
            if chunk.rejects is not None:
                if reject_writer is None:
                    reject_writer = _Writer(reject_path, "csv")
                reject_writer.write(chunk.rejects)
            if chunk.table.num_rows or not writer.started:
                writer.write(chunk.table)
            summary.add(chunk)
            if progress is not None:
                progress(chunk.rows)
        if not writer.started:
            raise InputError("the file holds no lines", where=str(source), fix="give a file with a header and lines")
        done = True
    finally:
        writer.close(keep=done)
        if reject_writer is not None:
            reject_writer.close(keep=done)
    if reject_writer is not None:
        summary.rejects = str(reject_path)
    return summary
