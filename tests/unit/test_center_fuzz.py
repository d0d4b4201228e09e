"""Fuzzing the center's import (the default suite's short run; the long run is
benchmarks/fuzz_center_import.py): no input may crash it or change the center."""

from __future__ import annotations

from app.services import center_import, county_export
from app.services.center_import import ImportStatus
from benchmarks.fuzz_center_import import Harness, run
from tests.unit.sync_support import (  # noqa: F401 - fixtures
    Linked,
    center_info_fixture,
    center_template_fixture,
    linked_fixture,
    linked_template_fixture,
    open_center,
    this_month,
)


def test_two_hundred_fuzzed_bundles_are_refused_cleanly(linked: Linked) -> None:
    shown = county_export.preview(linked.station, this_month())
    valid = county_export.export(linked.station, shown, linked.out).path
    with open_center(linked.center) as session:
        [first] = center_import.import_bundles(session, [valid])
        assert first.status is ImportStatus.IMPORTED
        harness = Harness(session, linked.station, valid.read_bytes(), shown.payload, linked.out)
        run(harness, max_examples=200)
    assert harness.examples >= 200
    assert set(harness.outcomes) - {"duplicate", "imported"}, "nothing was refused"
