"""Reference data: the shipped catalogue, the lookup API, user files and the drift check."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from orbat.errors import InvalidInput
from orbat.refdata import CATEGORIES, KINDS, ORG_KINDS, load_reference
from orbat.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "gazetteers"


@pytest.fixture(scope="module")
def ref():
    return load_reference(Settings())


# ---------------------------------------------------------------- countries
@pytest.mark.parametrize("text", ["Azeri", "Azerbaijani", "Republic of Azerbaijan", "Azerbaijan", "azeri", "AZ", "AZE"])
def test_azerbaijan_variants(ref, text):
    country = ref.country(text)
    assert country is not None and country.iso2 == "AZ" and country.name == "Azerbaijan"


@pytest.mark.parametrize("text", ["Czechia", "Czech", "Czech Republic", "Czechs"])
def test_czech_republic(ref, text):
    assert ref.country(text).name == "Czech Republic"


@pytest.mark.parametrize("text", ["the US", "U.S.", "US", "USA", "United States", "the United States"])
def test_united_states(ref, text):
    assert ref.country(text).name == "United States"


@pytest.mark.parametrize("text", ["us", "Us", "in", "IN ", "turkey", "chad"])
def test_case_sensitive_names_do_not_match_words(ref, text):
    assert ref.country(text) is None or text.strip() == "IN"


def test_facts_short_names(ref):
    assert ref.country("Britain").name == "United Kingdom"
    assert ref.country("Russian Federation").name == "Russia"
    assert ref.country("Republic of Korea").name == "South Korea"
    assert ref.country("PRC").name == "China"
    assert ref.country("Islamic Republic of Iran").name == "Iran"
    assert ref.country("Syrian Arab Republic").name == "Syria"
    assert ref.country("Türkiye").name == ref.country("Turkish").name == "Turkey"
    assert ref.country("Soviet").name == "Soviet Union" and ref.country("USSR").historical


def test_metonyms_only_on_request(ref):
    assert ref.country("Baku") is None
    assert ref.country("Baku", metonyms=True).iso2 == "AZ"
    assert ref.country("the Kremlin", metonyms=True).iso2 == "RU"
    assert ref.country("Washington", metonyms=True).iso2 == "US"
    assert ref.countries["AZ"].capital == "Baku"


def test_ambiguous_demonym_left_unresolved(ref):
    assert ref.country("Korean") is None  # North or South: the text has to say


# ---------------------------------------------------------------- equipment
def test_s300_family(ref):
    root = ref.system("S-300")
    for text in ("S-300PMU2", "SA-20", "Favorit", "S-300 PMU2", "s300pmu2", "S-300PMU-2"):
        system = ref.system(text)
        assert system is not None, text
        assert ref.family(system.id) == root, text
    pmu2 = ref.system("S-300PMU2")
    assert pmu2.category == "air defence system" and pmu2.origin == "RU"
    assert "Favorit" in pmu2.ambiguous
    assert pmu2 in ref.variants(root.id)


def test_mi35m(ref):
    system = ref.system("Mi 35M")
    assert system.name == "Mi-35M" and system.category == "helicopter"
    assert ref.family(system.id).name == "Mi-24"
    hind_e = ref.system("Hind-E")
    assert ref.family(hind_e.id).name == "Mi-24"


def test_btr80a(ref):
    assert ref.family(ref.system("BTR-80A").id).name == "BTR-80"
    assert ref.system("BTR-80A").category == "armoured personnel carrier"


@pytest.mark.parametrize("text,category,origin", [
    ("RM-70", "multiple rocket launcher", "CS"),
    ("Dana", "self-propelled artillery", "CS"),
    ("T-80", "main battle tank", "SU"),
    ("MiG-29", "combat aircraft", "SU"),
    ("Harop", "loitering munition", "IL"),
    ("Bayraktar TB2", "unmanned aerial vehicle", "TR"),
    ("OptSat500", "satellite", "IL"),
    ("K2", "main battle tank", "KR"),
])
def test_named_systems(ref, text, category, origin):
    system = ref.system(text)
    assert system is not None, text
    assert (system.category, system.origin) == (category, origin)


def test_ambiguous_aliases_flagged(ref):
    assert "Dana" in ref.system("Dana").ambiguous
    assert "K2" in ref.system("K2").ambiguous
    assert "Grad" in ref.system("Grad").ambiguous
    names = {(n.text, n.ref): n for n in ref.names()}
    assert names[("Dana", "equipment:dana")].ambiguous
    assert not names[("S-300PMU2", "equipment:s-300pmu2")].ambiguous


def test_plurals_and_spelling_variants(ref):
    assert ref.system("MiG-25s").name == "MiG-25"
    assert ref.system("S-300s").name == "S-300"
    assert ref.system("F-16 Fighting Falcons").name == "F-16 Fighting Falcon"
    assert ref.system("Grads") is None  # only designations ending in a digit or capital take a plural
    assert ref.system("BTR 80A").name == "BTR-80A"
    assert ref.system("Bayraktar TB-2").name == "Bayraktar TB2"
    assert ref.system("ZALA 421-16\u04152") is not None  # a Cyrillic Е typed for the Latin E


def test_oryx_names_normalised(ref):
    t72b3 = ref.system("T-72B3 obr. 2016")
    assert t72b3.name == "T-72B3" and ref.family(t72b3.id).name == "T-72"
    assert ref.system("Orlan-20").name == "Orlan-20"


def test_catalogue_size_and_vocabulary(ref):
    assert len(ref.systems) >= 2000
    for system in ref.systems.values():
        assert system.category in CATEGORIES, system
        assert system.kind in KINDS, system
        assert system.family is None or system.family in ref.systems, system
        assert set(system.ambiguous) <= {system.name, *system.aliases}, system


# ---------------------------------------------------------------- organisations, titles
def test_elta_parent(ref):
    elta = ref.organisation("Elta")
    assert elta.iso2 == "IL"
    assert [o.name for o in ref.parent_chain(elta.id)][0] == "Israel Aerospace Industries"
    assert ref.organisation("IAI").name == "Israel Aerospace Industries"
    assert ref.organisation("iai") is None  # acronyms match with their case only
    assert ref.organisation("Daesh").name == ref.organisation("ISIL").name == "Islamic State"
    assert ref.organisation("SIPRI").kind == "think_tank"
    assert "Bell" in ref.organisation("Bell").ambiguous and not ref.organisation("Rostec").ambiguous
    for org in ref.organisations.values():
        assert org.kind in ORG_KINDS and (org.parent is None or org.parent in ref.organisations), org


def test_armed_forces_and_ministries(ref):
    land = ref.organisation("Azerbaijani Land Forces")
    assert land.iso2 == "AZ" and land.kind == "armed_force"
    assert [o.name for o in ref.parent_chain(land.id)][:2] == ["Azerbaijani Armed Forces",
                                                               "Ministry of Defense of Azerbaijan"]
    assert ref.organisation("Azerbaijani Defence Ministry") == ref.organisation("Ministry of Defence of Azerbaijan")
    georgian = ref.organisation("Georgian Ministry of Defence")
    assert georgian.iso2 == "GE" and georgian.kind == "ministry"
    assert ref.organisation("Pentagon").name == "US Department of Defense"
    assert ref.organisation("NATO").kind == "alliance" and ref.organisation("CSTO").iso2 is None


@pytest.mark.parametrize("text", ["Minister of Defence", "Minister of Defense", "Defense Minister", "defence minister"])
def test_defence_minister(ref, text):
    assert ref.title(text).normalised == "Defence Minister"


def test_ranks(ref):
    assert ref.title("Lt. Gen.").normalised == "Lieutenant General"
    assert ref.title("Maj. Gen.").normalised == "Major General"
    assert ref.title("Colonel General").kind == "rank"
    assert ref.title("Brig. Gen.").normalised == "Brigadier General"
    assert ref.title("Deputy Defence Minister").kind == "office"


def test_resolve_and_names(ref):
    assert ref.resolve("country:AZ").name == "Azerbaijan"
    assert ref.resolve("equipment:s-300pmu2").name == "S-300PMU2"
    assert ref.resolve("org:israel-aerospace-industries").name == "Israel Aerospace Industries"
    assert ref.resolve("title:defence-minister").normalised == "Defence Minister"
    entries = list(ref.names())
    kinds = {e.kind for e in entries}
    assert {"country", "demonym", "capital", "system", "organisation", "title", "rank"} <= kinds
    us = [e for e in entries if e.text == "US" and e.ref == "country:US"]
    assert us and us[0].case_sensitive
    for entry in entries:
        assert ref.resolve(entry.ref) is not None, entry


def test_units(ref):
    assert any(t.term == "motor rifle" for t in ref.unit_terms)
    patterns = {p.id: p for p in ref.unit_patterns}
    unit = ref.compile(patterns["unit_full"])
    assert unit.search("the 1st Army Corps said").group(0) == "1st Army Corps"
    assert unit.search("units of the 58th Combined Arms Army").group(0) == "58th Combined Arms Army"
    prefixed = ref.compile(patterns["country_prefix"])
    assert prefixed.search("an Azerbaijani 2nd Motor Rifle Brigade").group("country_adjective") == "Azerbaijani"
    ministry = ref.compile(ref.ministry_patterns[1])
    assert ministry.search("the Russian MoD said").group(0) == "Russian MoD"


def test_loading_is_fast():
    from orbat import refdata

    refdata._load.cache_clear()
    started = time.perf_counter()
    load_reference(Settings())
    assert time.perf_counter() - started < 0.5
    assert load_reference(Settings()) is load_reference(Settings())


# ---------------------------------------------------------------- user files
def test_user_file_adds_and_overrides(tmp_path):
    path = tmp_path / "my-equipment.tsv"
    path.write_text("# my additions\nname\taliases\tcategory\tfamily\torigin\n"
                    "Zorro-7\tZ7;Zorro Seven\tunmanned aerial vehicle\t\tAzerbaijan\n"
                    "S-300PMU3\t\tair defence system\tS-300PMU2\tRU\n"
                    "Dana\tDana-X\t\t\t\n", encoding="utf-8")
    ref = load_reference(Settings(refdata=str(path)))
    zorro = ref.system("zorro 7")
    assert zorro.category == "unmanned aerial vehicle" and zorro.origin == "AZ" and zorro.source == "user"
    assert ref.system("Z7") == zorro
    assert ref.family(ref.system("S-300PMU3").id).name == "S-300"
    assert ref.system("Dana-X").id == "dana" and ref.system("Dana").category == "self-propelled artillery"
    assert load_reference(Settings()).system("Zorro-7") is None  # the shipped reference is untouched


def test_user_file_kind_header_and_extra_paths(tmp_path):
    path = tmp_path / "local.tsv"
    path.write_text("#kind: organisation\nname\taliases\tcountry\tkind\tparent\n"
                    "Acme Drones\tACME\tCzechia\tcompany\tCzechoslovak Group\n", encoding="utf-8")
    ref = load_reference(Settings(), extra_paths=[path])
    acme = ref.organisation("ACME")
    assert acme.iso2 == "CZ" and ref.parent_chain(acme.id)[0].name == "Czechoslovak Group"


def test_user_titles_file(tmp_path):
    path = tmp_path / "titles.tsv"
    path.write_text("term\tkind\tnormalised\tabbreviations\n"
                    "Chief of the State Border Service\toffice\tBorder Service Chief\t\n"
                    "Colonel\t\t\tKol.\n", encoding="utf-8")
    ref = load_reference(Settings(), extra_paths=[path])
    assert ref.title("chief of the state border service").normalised == "Border Service Chief"
    assert ref.title("Kol.").normalised == "Colonel" and ref.title("Col.").normalised == "Colonel"


def test_user_folder_and_env(tmp_path, monkeypatch):
    (tmp_path / "countries.tsv").write_text("iso2\tnames\tdemonyms\nAZ\tAzerbaycan Respublikasi\tAzerbaijanian\n",
                                            encoding="utf-8")
    monkeypatch.setenv("ORBAT_REFDATA", str(tmp_path))
    ref = load_reference()
    assert ref.country("Azerbaijanian").iso2 == "AZ"


@pytest.mark.parametrize("content,line,words", [
    ("name\tcategory\nFoo-1\ttank\n", 2, "category"),
    ("name\tcategory\nFoo-1\tmortar\textra\n", 2, "fields"),
    ("name\tcolour\nFoo-1\tred\n", 1, "unknown column"),
    ("name\tcategory\tfamily\n\nFoo-1\tmortar\tNo-Such-Thing\n", 3, "family"),
    ("name\taliases\nBrand-New-9\tBN9\n", 2, "needs a category"),
])
def test_malformed_user_file_names_file_and_line(tmp_path, content, line, words):
    path = tmp_path / "equipment.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        load_reference(Settings(), extra_paths=[path])
    message = str(caught.value)
    assert f"{path}:{line}" in message and words in message


def test_user_file_of_unknown_kind(tmp_path):
    path = tmp_path / "stuff.tsv"
    path.write_text("name\nFoo\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="#kind"):
        load_reference(Settings(), extra_paths=[path])


# ---------------------------------------------------------------- drift check
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/gazetteers is not available")
def test_shipped_data_is_what_the_build_script_makes():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_refdata.py"), "--shared", str(SHARED),
                             "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
