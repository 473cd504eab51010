"""Batch screening: files of trade lines judged in chunks, with the decisions `assess` gives each line."""

from sanctioneer.batch.columns import FIELDS, ColumnMap, read_column_file
from sanctioneer.batch.judge import JudgeConfig, transfer_dict
from sanctioneer.batch.kernel import RESULT_COLUMNS, judge_chunk
from sanctioneer.batch.run import BatchSummary, count_rows, screen_file
from sanctioneer.batch.summary import summary_html, summary_lines

__all__ = [
    "FIELDS",
    "RESULT_COLUMNS",
    "BatchSummary",
    "ColumnMap",
    "JudgeConfig",
    "count_rows",
    "judge_chunk",
    "read_column_file",
    "screen_file",
    "summary_html",
    "summary_lines",
    "transfer_dict",
]
