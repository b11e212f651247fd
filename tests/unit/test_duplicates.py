"""Duplicate-contact check: normalisation, each reason, combined scoring, ordering and limit."""

from __future__ import annotations

import pytest

from enquiries.duplicates import (
    ContactFacts,
    DuplicateCandidate,
    find_duplicates,
    normalise_email,
    normalise_name,
    normalise_phone,
)


def contact(
    id: str,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    phone: str = "",
    postcode: str = "",
    country: str = "DE",
) -> ContactFacts:
    return ContactFacts(
        id=id,
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone=phone,
        postcode=postcode,
        country=country,
    )


# --- normalisation --------------------------------------------------------------------------------------


def test_normalise_email() -> None:
    assert normalise_email("  Hans.Mueller@Example.DE ") == "hans.mueller@example.de"
    assert normalise_email("   ") == ""


@pytest.mark.parametrize(
    ("phone", "country", "expected"),
    [
        ("+49 89 1234567", "DE", "+49891234567"),
        ("089 1234567", "DE", "+49891234567"),
        ("0049 (89) 123-4567", "DE", "+49891234567"),
        ("0471 123456", "IT", "+390471123456"),  # Italian numbers keep the leading 0
        ("+39 0471 123456", "IT", "+390471123456"),
        ("0512 123456", "at", "+43512123456"),
        ("+49 89 1234567", "", "+49891234567"),  # international form needs no region
        ("089 1234567", "", "0891234567"),  # no region: digits only
        ("089/1234567", "XX", "0891234567"),  # unknown region: digits only
        ("", "DE", ""),
        ("   ", "DE", ""),
        ("n/a", "DE", ""),
    ],
)
def test_normalise_phone(phone: str, country: str, expected: str) -> None:
    assert normalise_phone(phone, country) == expected


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("Hans", "Müller", "hans mueller"),
        ("", "Müller, Hans", "mueller hans"),
        ("JÜRGEN", "Groß", "juergen gross"),
        ("Öznur", "Ärger", "oeznur aerger"),
        ("José", "Niño-Gómez", "jose nino gomez"),
        ("  ", "  ", ""),
    ],
)
def test_normalise_name(first: str, last: str, expected: str) -> None:
    assert normalise_name(first, last) == expected


# --- single reasons -------------------------------------------------------------------------------------


def test_mueller_with_and_without_umlaut_at_same_postcode() -> None:
    new = contact("new", "Hans", "Müller", postcode="80331")
    old = contact("c1", "Hans", "Mueller", postcode="80 331")
    [candidate] = find_duplicates(new, [old])
    assert candidate.reasons == ("name_postcode",)
    assert candidate.name_similarity == 100.0
    assert candidate.score == 100.0


def test_last_comma_first_in_one_field_with_swapped_order() -> None:
    new = contact("new", "", "Müller, Hans", postcode="80331")
    old = contact("c1", "Mueller", "Hans", postcode="80331")
    [candidate] = find_duplicates(new, [old])
    assert candidate.reasons == ("name_postcode",)
    assert candidate.name_similarity == 100.0


def test_slightly_different_name_scores_its_similarity() -> None:
    new = contact("new", "Hans", "Müller", postcode="80331")
    old = contact("c1", "Hans", "Muller", postcode="80331")  # anglicised, no e
    [candidate] = find_duplicates(new, [old])
    assert 85.0 <= candidate.score < 100.0
    assert candidate.score == candidate.name_similarity


def test_same_name_different_postcode_is_no_match() -> None:
    new = contact("new", "Hans", "Müller", postcode="80331")
    assert find_duplicates(new, [contact("c1", "Hans", "Müller", postcode="81245")]) == []


def test_same_name_and_postcode_in_another_country_is_no_match() -> None:
    new = contact("new", "Anna", "Rossi", postcode="39100", country="IT")
    assert find_duplicates(new, [contact("c1", "Anna", "Rossi", postcode="39100", country="DE")]) == []


def test_name_without_postcode_is_no_match() -> None:
    new = contact("new", "Hans", "Müller")
    assert find_duplicates(new, [contact("c1", "Hans", "Müller")]) == []


def test_different_names_same_postcode_is_no_match() -> None:
    new = contact("new", "Hans", "Müller", postcode="80331")
    assert find_duplicates(new, [contact("c1", "Maria", "Huber", postcode="80331")]) == []


def test_name_threshold_is_configurable() -> None:
    new = contact("new", "Hans", "Müller", postcode="80331")
    old = contact("c1", "Hans", "Muller", postcode="80331")
    assert find_duplicates(new, [old], name_threshold=99.0) == []


def test_german_phone_national_vs_international() -> None:
    new = contact("new", phone="+49 89 1234567")
    [candidate] = find_duplicates(new, [contact("c1", "Someone", "Else", phone="089 1234567")])
    assert candidate == DuplicateCandidate(
        contact_id="c1", score=90.0, reasons=("phone",), name_similarity=0.0
    )


def test_italian_phone_keeps_leading_zero() -> None:
    new = contact("new", phone="0471 123456", country="IT")
    old = contact("c1", phone="+39 0471 123456", country="IT")
    [candidate] = find_duplicates(new, [old])
    assert candidate.reasons == ("phone",)
    assert candidate.score == 90.0


def test_short_phone_never_matches() -> None:
    new = contact("new", phone="112", country="")
    assert find_duplicates(new, [contact("c1", phone="112", country="")]) == []


def test_email_case_and_whitespace() -> None:
    new = contact("new", email="Hans.Mueller@Example.de")
    [candidate] = find_duplicates(new, [contact("c1", email="  hans.mueller@example.DE ")])
    assert candidate.reasons == ("email",)
    assert candidate.score == 100.0


def test_empty_fields_never_match() -> None:
    new = contact("new")
    assert find_duplicates(new, [contact("c1"), contact("c2")]) == []


def test_new_contact_itself_is_excluded() -> None:
    new = contact("same-id", email="a@example.de")
    assert find_duplicates(new, [new, contact("same-id", email="a@example.de")]) == []


# --- combined, ordering, limit --------------------------------------------------------------------------


def test_several_reasons_combine() -> None:
    new = contact("new", "Hans", "Müller", "hans@example.de", "+49 89 1234567", "80331")
    old = contact("c1", "Hans", "Mueller", "HANS@example.de", "089 1234567", "80331")
    [candidate] = find_duplicates(new, [old])
    assert candidate.reasons == ("email", "phone", "name_postcode")
    assert candidate.score == 100.0  # capped


def test_phone_and_name_get_bonus_on_top_of_the_best() -> None:
    new = contact("new", "Hans", "Müller", phone="089 1234567", postcode="80331")
    old = contact("c1", "Hanns", "Muler", phone="+49 89 1234567", postcode="80331")  # similarity ~87
    [candidate] = find_duplicates(new, [old])
    assert candidate.reasons == ("phone", "name_postcode")
    assert 85.0 <= candidate.name_similarity < 90.0
    assert candidate.score == 95.0  # phone 90 + 5 for the extra reason


def test_bonus_is_capped_at_100() -> None:
    new = contact("new", "Hans", "Müller", phone="089 1234567", postcode="80331")
    old = contact("c1", "Hans", "Mueller", phone="+49 89 1234567", postcode="80331")  # similarity 100
    [candidate] = find_duplicates(new, [old])
    assert candidate.score == 100.0


def test_email_only_candidate_keeps_its_name_similarity() -> None:
    new = contact("new", "Hans", "Müller", email="h@example.de", postcode="80331")
    old = contact("c1", "Hans", "Mueller", email="h@example.de", postcode="10115")
    [candidate] = find_duplicates(new, [old])
    assert candidate.reasons == ("email",)
    assert candidate.name_similarity == 100.0


def test_ordering_by_score_then_id() -> None:
    new = contact("new", "Hans", "Müller", "hans@example.de", "089 1234567", "80331")
    existing = [
        contact("d-phone", phone="+49 89 1234567"),
        contact("c-fuzzy", "Hans", "Muller", postcode="80331"),
        contact("b-email", email="hans@example.de"),
        contact("a-email", email="HANS@example.de"),
        contact("e-both", email="hans@example.de", phone="0891234567"),
        contact("f-none", "Other", "Person", "o@example.de", "089 7654321", "80331"),
    ]
    result = find_duplicates(new, existing)
    # ties at 100 by id; the close name (~95.7) outranks a bare phone match (90)
    assert [c.contact_id for c in result] == ["a-email", "b-email", "e-both", "c-fuzzy", "d-phone"]
    assert [c.score for c in result][:3] == [100.0, 100.0, 100.0]
    assert result[3].score == pytest.approx(95.652, abs=0.01)
    assert result[4].score == 90.0


def test_limit() -> None:
    new = contact("new", email="x@example.de")
    existing = [contact(f"c{i:02d}", email="x@example.de") for i in range(15)]
    assert [c.contact_id for c in find_duplicates(new, existing)] == [f"c{i:02d}" for i in range(10)]
    assert len(find_duplicates(new, existing, limit=3)) == 3
    assert find_duplicates(new, existing, limit=0) == []


def test_existing_may_be_a_generator() -> None:
    new = contact("new", email="x@example.de")
    result = find_duplicates(new, (contact(f"c{i}", email="x@example.de") for i in range(2)))
    assert [c.contact_id for c in result] == ["c0", "c1"]
