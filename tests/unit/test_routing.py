"""Routing rules: demo chains, postcode edges, filters, tie-breaks and spam (without false positives)."""

from __future__ import annotations

import pytest

from enquiries.routing import (
    IntakeFacts,
    PostcodeRange,
    Route,
    Target,
    is_spam,
    normalise_postcode,
    route,
)

MUELLER = Target(kind="partner", company_id="co-mueller")
ALPENFENSTER = Target(kind="partner", company_id="co-alpenfenster")
ROSSI = Target(kind="partner", company_id="co-rossi", person_id="p-rossi-marco")
HEAD_OFFICE_ANNA = Target(kind="person", company_id="co-head", person_id="p-anna")

BAVARIA = Route(
    id="r-de-bavaria",
    name="Bavaria",
    country="DE",
    postcode_ranges=(PostcodeRange("80000", "87999"),),
    chain=(MUELLER, ALPENFENSTER),
    owner_person_id="p-anna",
)
SOUTH_TYROL = Route(
    id="r-it-south-tyrol",
    name="South Tyrol",
    country="IT",
    postcode_ranges=(PostcodeRange("39000", "39999"),),
    chain=(ROSSI, MUELLER),
    owner_person_id="p-bruno",
)
TYROL = Route(
    id="r-at-tyrol",
    name="Tyrol/Vorarlberg",
    country="AT",
    postcode_ranges=(PostcodeRange("6000", "6999"),),
    chain=(ALPENFENSTER,),
    owner_person_id="p-anna",
)
DEMO_ROUTES = (BAVARIA, SOUTH_TYROL, TYROL)


def facts(
    country: str = "DE",
    postcode: str = "80331",
    product_interest: str = "Fenster",
    message: str = "Wir interessieren uns für neue Fenster, bitte um Rückruf.",
    email: str = "kunde@example.de",
    channel: str = "web",
) -> IntakeFacts:
    return IntakeFacts(
        country=country,
        postcode=postcode,
        product_interest=product_interest,
        message=message,
        email=email,
        channel=channel,
    )


# --- demo chains ----------------------------------------------------------------------------------------


def test_bavaria_goes_to_mueller_then_alpenfenster() -> None:
    decision = route(facts(postcode="80331"), DEMO_ROUTES)
    assert decision.route == BAVARIA
    assert decision.chain == (MUELLER, ALPENFENSTER)
    assert decision.owner_person_id == "p-anna"
    assert decision.spam is False
    assert decision.reason == "matched"


def test_south_tyrol_goes_to_rossi_then_mueller() -> None:
    decision = route(
        facts(country="IT", postcode="39100", message="Vorrei un preventivo per 6 finestre in PVC"),
        DEMO_ROUTES,
    )
    assert decision.route == SOUTH_TYROL
    assert decision.chain == (ROSSI, MUELLER)
    assert decision.chain[0].person_id == "p-rossi-marco"
    assert decision.owner_person_id == "p-bruno"


def test_tyrol_goes_to_alpenfenster() -> None:
    decision = route(facts(country="AT", postcode="6020"), DEMO_ROUTES)
    assert decision.route == TYROL
    assert decision.chain == (ALPENFENSTER,)


def test_head_office_person_target_in_chain() -> None:
    r = Route(id="r1", name="DE rest", country="DE", chain=(HEAD_OFFICE_ANNA,), owner_person_id="p-anna")
    decision = route(facts(postcode="10115"), [r])
    assert decision.chain == (HEAD_OFFICE_ANNA,)
    assert decision.chain[0].kind == "person"


# --- postcodes ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("postcode", "expected"),
    [("79999", None), ("80000", BAVARIA), ("87999", BAVARIA), ("88000", None)],
)
def test_bavaria_range_boundaries(postcode: str, expected: Route | None) -> None:
    assert route(facts(postcode=postcode), DEMO_ROUTES).route == expected


@pytest.mark.parametrize(("postcode", "expected"), [("5999", None), ("6000", TYROL), ("6999", TYROL)])
def test_austria_four_digit_range_boundaries(postcode: str, expected: Route | None) -> None:
    assert route(facts(country="AT", postcode=postcode), DEMO_ROUTES).route == expected


def test_postcode_with_spaces_and_lower_case_country() -> None:
    decision = route(facts(country=" de ", postcode=" 80 331 "), DEMO_ROUTES)
    assert decision.route == BAVARIA


def test_wrong_country_never_matches() -> None:
    # 39100 is in the South Tyrol range but this enquiry is from Germany.
    decision = route(facts(country="DE", postcode="39100"), DEMO_ROUTES)
    assert decision.route is None
    # 6020 is Innsbruck only in Austria.
    assert route(facts(country="CH", postcode="6020"), DEMO_ROUTES).route is None


def test_no_route_means_no_chain() -> None:
    decision = route(facts(country="FR", postcode="75001"), DEMO_ROUTES)
    assert decision.route is None
    assert decision.chain == ()
    assert decision.owner_person_id is None
    assert decision.spam is False
    assert decision.reason == "no_route"


def test_no_routes_at_all() -> None:
    assert route(facts(), []).reason == "no_route"


def test_postcode_prefixes() -> None:
    munich = Route(id="r-muc", name="Munich", country="DE", postcode_prefixes=("80", "81"), chain=(MUELLER,))
    assert route(facts(postcode="81245"), [munich]).route == munich
    assert route(facts(postcode="82001"), [munich]).route is None


def test_prefix_is_not_zero_padded() -> None:
    r = Route(id="r", name="Three digit prefix", country="DE", postcode_prefixes=("803",))
    assert route(facts(postcode="80331"), [r]).route == r


def test_empty_postcode_matches_only_whole_country() -> None:
    whole = Route(id="r-whole", name="DE", country="DE")
    assert route(facts(postcode=""), [BAVARIA]).route is None
    assert route(facts(postcode=""), [BAVARIA, whole]).route == whole


def test_alphanumeric_range_compares_equal_length_strings() -> None:
    rng = PostcodeRange("SW1A", "SW9Z")
    assert rng.contains("sw 2b")
    assert not rng.contains("SW1")  # different length: no string comparison
    assert not rng.contains("")


def test_range_needs_both_ends() -> None:
    with pytest.raises(ValueError):
        PostcodeRange("", "87999")


@pytest.mark.parametrize(
    ("country", "raw", "expected"),
    [
        ("DE", "80 331", "80331"),
        ("DE", " 80331\t", "80331"),
        ("DE", "D-80331", "80331"),
        ("DE", "DE-80331", "80331"),
        ("DE", "1067", "01067"),  # leading zero lost by a number-typed field
        ("IT", "100", "00100"),
        ("IT", "I-39100", "39100"),
        ("AT", "A-6020", "6020"),
        ("AT", "6020", "6020"),
        ("DE", "12", "12"),  # too short to guess
        ("GB", "sw1a 1aa", "SW1A1AA"),
        ("de", "d-80331", "80331"),
    ],
)
def test_normalise_postcode(country: str, raw: str, expected: str) -> None:
    assert normalise_postcode(country, raw) == expected


# --- content filters ------------------------------------------------------------------------------------


def test_product_filter_is_case_insensitive() -> None:
    doors = Route(id="r-doors", name="Doors", country="DE", product_interests=("Haustür", "Türen"))
    assert route(facts(product_interest="haustür"), [doors]).route == doors
    assert route(facts(product_interest=" TÜREN "), [doors]).route == doors
    assert route(facts(product_interest="Fenster"), [doors]).route is None


def test_keyword_filter_in_message_or_product_interest() -> None:
    pvc = Route(id="r-pvc", name="PVC", country="IT", keywords=("pvc", "kunststoff"))
    it = {"country": "IT", "postcode": "39100"}
    assert route(facts(**it, message="Vorrei un preventivo per 6 finestre in PVC"), [pvc]).route == pvc
    assert route(facts(**it, product_interest="Kunststofffenster", message="Bitte Angebot"), [pvc]).route
    assert route(facts(**it, message="Finestre in legno, grazie"), [pvc]).route is None


def test_keyword_matches_word_start_only() -> None:
    r = Route(id="r-fenster", name="Fenster", country="DE", keywords=("fenster",))
    assert route(facts(product_interest="", message="Neue Fenstern gewünscht"), [r]).route == r
    assert route(facts(product_interest="", message="Angebot für Fensterbau"), [r]).route == r
    # inside a compound it does not match - list "holzfenster" explicitly if wanted
    assert route(facts(product_interest="", message="Wir brauchen Holzfenster"), [r]).route is None


def test_multi_word_keyword_allows_any_whitespace_or_hyphen() -> None:
    r = Route(id="r-lift", name="Lift-slide", country="DE", keywords=("lift slide",))
    assert route(facts(message="Interested in a LIFT\n  slide door"), [r]).route == r
    assert route(facts(message="Interested in a lift-slide door"), [r]).route == r


def test_all_filters_must_hold() -> None:
    r = Route(
        id="r-combo",
        name="Bavarian doors",
        country="DE",
        postcode_prefixes=("8",),
        product_interests=("Türen",),
        keywords=("haustür",),
    )
    ok = facts(postcode="80331", product_interest="Türen", message="Neue Haustür bitte")
    assert route(ok, [r]).route == r
    assert route(facts(postcode="10115", product_interest="Türen", message="Neue Haustür"), [r]).route is None
    assert (
        route(facts(postcode="80331", product_interest="Fenster", message="Neue Haustür"), [r]).route is None
    )
    assert route(facts(postcode="80331", product_interest="Türen", message="Schiebetür"), [r]).route is None


# --- tie-breaks -----------------------------------------------------------------------------------------


def test_lower_priority_wins_even_over_more_specific() -> None:
    whole = Route(id="r-z-whole", name="DE all", country="DE", priority=10)
    assert route(facts(postcode="80331"), [BAVARIA, whole]).route == whole


def test_specific_beats_whole_country_at_equal_priority() -> None:
    whole = Route(id="r-a-whole", name="DE all", country="DE")
    assert route(facts(postcode="80331"), [whole, BAVARIA]).route == BAVARIA
    assert route(facts(postcode="10115"), [whole, BAVARIA]).route == whole


def test_route_id_breaks_remaining_ties_regardless_of_order() -> None:
    a = Route(id="a", name="A", country="DE", postcode_prefixes=("80",))
    b = Route(id="b", name="B", country="DE", postcode_ranges=(PostcodeRange("80000", "80999"),))
    assert route(facts(postcode="80331"), [b, a]).route == a
    assert route(facts(postcode="80331"), [a, b]).route == a


def test_empty_owner_is_none() -> None:
    r = Route(id="r", name="no owner", country="DE")
    assert route(facts(), [r]).owner_person_id is None


def test_target_validation() -> None:
    with pytest.raises(ValueError):
        Target(kind="person", company_id="co-head")
    with pytest.raises(ValueError):
        Target(kind="dealer", company_id="co-x")  # type: ignore[arg-type]


# --- spam -----------------------------------------------------------------------------------------------

REAL_ENQUIRIES = [
    ("DE", "80331", "Wir interessieren uns für neue Fenster für unser Haus in München, bitte um Rückruf"),
    ("IT", "39100", "Vorrei un preventivo per 6 finestre in PVC"),
    ("AT", "6020", "We are renovating our house near Innsbruck and need 3 new doors. Please send a quote."),
    ("DE", "80331", "Rückruf 0171/1234567"),
    ("DE", "80331", "6x Fenster 120x140 cm, 2x Haustür 100x210 cm, Kunststoff weiß, RAL 9016"),
    ("IT", "39100", "Buongiorno, abito in Via del Casino 4 a Bolzano. Finestre in legno/alluminio? Grazie!"),
    ("DE", "80331", "Wie auf https://www.example.de/fenster/holz-alu gesehen – geht das auch in Anthrazit?"),
    ("DE", "81245", "Haus Baujahr 1978, Casinostraße 3: Fenster & Türen tauschen (ca. 12 Stück)."),
    ("DE", "80331", "Schiebetür?"),
]


@pytest.mark.parametrize(("country", "postcode", "message"), REAL_ENQUIRIES)
def test_real_enquiries_are_not_spam(country: str, postcode: str, message: str) -> None:
    f = facts(country=country, postcode=postcode, message=message)
    assert is_spam(f) is None
    assert route(f, DEMO_ROUTES).reason == "matched"


def test_phone_only_enquiry_without_message_is_not_spam() -> None:
    assert is_spam(facts(message="", email="kunde@example.de")) is None


@pytest.mark.parametrize(
    ("kwargs", "rule"),
    [
        ({"message": "  ", "email": ""}, "empty"),
        ({"email": "x@mailinator.com"}, "blocked_domain"),
        ({"email": "X@Mail.YOPMAIL.com"}, "blocked_domain"),
        ({"message": "Cheap VIAGRA here"}, "spam_words"),
        ({"message": "Best crypto   investment opportunity"}, "spam_words"),
        ({"message": "Online casino bonus"}, "spam_words"),
        ({"product_interest": "Online-Casino", "message": "hello"}, "spam_words"),
        ({"message": "https://spam.example/a\nhttp://spam.example/b"}, "only_urls"),
        ({"message": "www.spam.example"}, "only_urls"),
        ({"message": "see http://a.x http://b.x http://c.x http://d.x now"}, "too_many_links"),
        ({"message": "$$$ !!! ### %%% *** +++ ///"}, "non_letters"),
        ({"message": "💰💰💰🚀🚀🚀🔥🔥🔥 ok"}, "non_letters"),
    ],
)
def test_spam_rules(kwargs: dict[str, str], rule: str) -> None:
    f = facts(**kwargs)
    assert is_spam(f) == rule
    decision = route(f, DEMO_ROUTES)
    assert decision.spam is True
    assert decision.reason == f"spam:{rule}"
    assert decision.route is None
    assert decision.chain == ()
    assert decision.owner_person_id is None


def test_three_links_are_still_fine() -> None:
    msg = "Vergleich: http://a.example/1 http://b.example/2 http://c.example/3 - was empfehlen Sie?"
    assert is_spam(facts(message=msg)) is None


def test_blocked_domain_needs_exact_domain_or_subdomain() -> None:
    assert is_spam(facts(email="kunde@notmailinator.com")) is None
