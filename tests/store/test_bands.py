from __future__ import annotations

from legation.store.bands import BANDS, band_hashes

REPORT = (
    "Trade ministers of Kenya and Tanzania met in Arusha on Monday and agreed to reopen two border crossings "
    "closed since the dispute over cargo inspections began, officials from both ministries said afterwards."
)


def test_a_wire_copy_shares_bands_and_another_story_does_not() -> None:
    original = band_hashes(REPORT)
    copy = band_hashes(REPORT.replace("afterwards", "afterwards, a regional news agency reported"))
    other = band_hashes(
        "Fishing quotas for the northern mackerel stock were negotiated late into the night in Bergen."
    )
    assert len(original) == BANDS
    assert set(enumerate(original)) & set(enumerate(copy))
    assert not set(enumerate(original)) & set(enumerate(other))


def test_bands_ignore_case_and_punctuation() -> None:
    assert band_hashes(REPORT) == band_hashes(REPORT.upper().replace(",", " ;"))
