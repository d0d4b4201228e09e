"""The bundle formats against independent tools: Debian's ``age`` (age-encryption.org/v1)
and ``minisign``. Install them with ``apt-get install -y age minisign``; without them the
tool tests are skipped and say so. Plus the formats' own round trips and strictness."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.services import county, county_export
from app.sync import age, bech32, minisign
from tests.unit.sync_support import (  # noqa: F401 - fixtures
    Linked,
    center_info_fixture,
    center_template_fixture,
    linked_fixture,
    linked_template_fixture,
    this_month,
)

needs_age = pytest.mark.skipif(
    shutil.which("age") is None or shutil.which("age-keygen") is None,
    reason="the independent age tool is not installed (apt-get install -y age)",
)
needs_minisign = pytest.mark.skipif(
    shutil.which("minisign") is None,
    reason="the independent minisign tool is not installed (apt-get install -y minisign)",
)


def _identity_file(key: X25519PrivateKey, folder: Path) -> Path:
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    path = folder / "center-identity.txt"
    path.write_text(bech32.encode("age-secret-key-", raw).upper() + "\n")
    return path


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=60, check=False)


@needs_age
@needs_minisign
def test_independent_tools_decrypt_and_verify_an_exported_bundle(linked: Linked) -> None:
    path = county_export.export_period(linked.station, this_month(), linked.out).path
    work = linked.out
    identity = _identity_file(linked.center.identity, work)
    public = minisign.PublicKey.of(county.signing_key(linked.station).public_key())
    script = (
        f"age -d -i {identity} {path} > inner && head -n 4 inner > payload.json.minisig && "
        "tail -n +5 inner > payload.json && "
        f"minisign -V -P {public.to_base64()} -m payload.json"
    )
    result = subprocess.run(
        ["sh", "-c", script], cwd=work, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Signature and comment signature verified" in result.stdout
    assert "sequence=1" in result.stdout and f"period={this_month()}" in result.stdout
    (work / "payload.json").write_bytes((work / "payload.json").read_bytes().replace(b"0", b"1"))
    forged = _run("minisign", "-V", "-P", public.to_base64(), "-m", "payload.json", cwd=work)
    assert forged.returncode != 0


@needs_age
def test_age_tool_and_our_code_read_each_other(tmp_path: Path) -> None:
    generated = _run("age-keygen", "-o", "key.txt", cwd=tmp_path)
    assert generated.returncode == 0, generated.stderr
    lines = (tmp_path / "key.txt").read_text().splitlines()
    public_text = next(x for x in lines if x.startswith("# public key: ")).split(": ")[1]
    hrp, raw = bech32.decode(next(x for x in lines if x.startswith("AGE-SECRET-KEY-")))
    identity = X25519PrivateKey.from_private_bytes(raw)
    assert hrp == "age-secret-key-"
    assert bech32.encode("age", age.raw_public(identity.public_key())) == public_text
    for size in (0, 1, age.CHUNK, age.CHUNK + 1, 3 * age.CHUNK + 7):
        plain = os.urandom(size)
        (tmp_path / "plain").write_bytes(plain)
        assert (
            _run("age", "-r", public_text, "-o", "by-tool.age", "plain", cwd=tmp_path).returncode
            == 0
        )
        assert age.decrypt((tmp_path / "by-tool.age").read_bytes(), identity) == plain
        (tmp_path / "ours.age").write_bytes(age.encrypt(plain, identity.public_key()))
        result = subprocess.run(
            ["age", "-d", "-i", "key.txt", "ours.age"], cwd=tmp_path, capture_output=True,
            timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 0 and result.stdout == plain


@needs_minisign
def test_minisign_tool_signatures_verify_with_our_code(tmp_path: Path) -> None:
    made = _run("minisign", "-G", "-W", "-p", "k.pub", "-s", "k.key", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    (tmp_path / "m.txt").write_bytes(b"county bundle payload")
    signed = _run("minisign", "-S", "-s", "k.key", "-m", "m.txt", "-t", "trusted", cwd=tmp_path)
    assert signed.returncode == 0, signed.stderr
    public = minisign.PublicKey.from_base64((tmp_path / "k.pub").read_text().splitlines()[1])
    lines = (tmp_path / "m.txt.minisig").read_bytes().split(b"\n")[:4]
    minisign.verify(b"county bundle payload", minisign.parse(lines), public)
    with pytest.raises(minisign.SignatureError):
        minisign.verify(b"county bundle payloaD", minisign.parse(lines), public)


def test_age_round_trip_and_failure_kinds() -> None:
    key = X25519PrivateKey.generate()
    for size in (0, 5, age.CHUNK, 2 * age.CHUNK + 1):
        plain = os.urandom(size)
        assert age.decrypt(age.encrypt(plain, key.public_key()), key) == plain
    data = age.encrypt(os.urandom(3 * age.CHUNK), key.public_key())
    offset = age.parse_header(data).payload_offset
    cases = {
        b"not age at all": "format",
        data[:10]: "truncated",
        data[: offset + age.CHUNK + age.TAG + age.NONCE]: "truncated",
        data[:-1] + bytes([data[-1] ^ 1]): "payload",
    }
    for broken, kind in cases.items():
        with pytest.raises(age.AgeError) as caught:
            age.decrypt(broken, key)
        assert caught.value.kind == kind
    with pytest.raises(age.AgeError) as other:
        age.decrypt(data, X25519PrivateKey.generate())
    assert other.value.kind == "no_identity"


def test_bech32_rejects_damage() -> None:
    text = bech32.encode("age", bytes(range(32)))
    assert bech32.decode(text) == ("age", bytes(range(32)))
    assert bech32.decode(text.upper()) == ("age", bytes(range(32)))
    for broken in (
        text[:-1] + ("q" if text[-1] != "q" else "p"),
        text[:10] + text[10].upper() + text[11:],
        "age1",
    ):
        with pytest.raises(ValueError):
            bech32.decode(broken)
