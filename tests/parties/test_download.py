from pathlib import Path

import pytest

from sanctioneer.errors import InputError, ListError
from sanctioneer.parties.download import read_list_file, redact_url


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("https://user:pw@example.org/un.xml", "https://***@example.org/un.xml"),
        ("https://token@example.org:8443/un.xml", "https://***@example.org:8443/un.xml"),
        ("https://example.org/e.json?api_key=abc&lang=en", "https://example.org/e.json?api_key=***&lang=en"),
        ("https://example.org/e.json?access_token=abc#part", "https://example.org/e.json?access_token=***"),
        ("https://scsanctions.un.org/resources/xml/en/consolidated.xml",
         "https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
        ("lists/consolidated.xml", "lists/consolidated.xml"),
        ("https://u:p@[::1]:bad/x", "https://***"),
    ],
)
def test_addresses_are_shown_without_their_credentials(address: str, shown: str) -> None:
    assert redact_url(address) == shown


def test_a_list_file_is_read_up_to_its_cap_and_no_further(tmp_path: Path) -> None:
    small = tmp_path / "small.xml"
    small.write_bytes(b"x" * 1000)
    assert read_list_file(small, max_bytes=1000) == b"x" * 1000
    with pytest.raises(ListError) as caught:
        read_list_file(small, max_bytes=999)
    assert str(caught.value).startswith(f"{small}: expected a list file of at most 999 bytes")
    with pytest.raises(InputError, match="cannot read the file"):
        read_list_file(tmp_path / "missing.xml", max_bytes=1000)
