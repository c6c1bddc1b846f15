from orbat.facts.tidy import tidy_value


def test_sentence_stops_leave_names_but_abbreviations_stay() -> None:
    assert tidy_value("IISS.") == "IISS"
    assert tidy_value("the Defence Ministry,") == "the Defence Ministry"
    assert tidy_value("U.S.") == "U.S."
    assert tidy_value("Lockheed Martin Corp.") == "Lockheed Martin Corp."
    assert tidy_value(["SIPRI.", "“IISS”"]) == ["SIPRI", "IISS"]
    assert tidy_value(12) == 12
