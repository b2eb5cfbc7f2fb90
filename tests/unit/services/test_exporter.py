"""Writing exports so a failure never leaves half a file."""

import pytest


def test_write_atomically_leaves_old_file_on_failure(tmp_path, monkeypatch):
    from netdesk.services.exporter import write_atomically

    target = tmp_path / "out.vcf"
    write_atomically(target, "BEGIN:VCARD\r\nEND:VCARD\r\n")
    assert target.read_bytes() == b"BEGIN:VCARD\r\nEND:VCARD\r\n"

    def full_disk(self, other):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(target), "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, "new text")
    assert target.read_bytes() == b"BEGIN:VCARD\r\nEND:VCARD\r\n"
    assert list(tmp_path.iterdir()) == [target]
