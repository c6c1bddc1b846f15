"""A small fallback table of states, used only when the reference data holds no countries.

Each row: short name (FACTS.md form) | other names and demonyms separated by ';'.
"""
ROWS = """
Afghanistan|Afghan;Afghans
Albania|Albanian
Algeria|Algerian
Armenia|Armenian;Armenians;Republic of Armenia
Australia|Australian
Austria|Austrian
Azerbaijan|Azeri;Azerbaijani;Azerbaijanis;Azeris;Republic of Azerbaijan
Bahrain|Bahraini
Bangladesh|Bangladeshi
Belarus|Belarusian;Belarussian
Belgium|Belgian
Brazil|Brazilian
Bulgaria|Bulgarian
Canada|Canadian
Chile|Chilean
China|Chinese;People's Republic of China;Peoples Republic of China;PRC
Colombia|Colombian
Croatia|Croatian
Cyprus|Cypriot
Czech Republic|Czech;Czechia
Denmark|Danish
Egypt|Egyptian
Estonia|Estonian
Ethiopia|Ethiopian
Finland|Finnish
France|French
Georgia|Georgian
Germany|German
Greece|Greek
Hungary|Hungarian
India|Indian
Indonesia|Indonesian
Iran|Iranian
Iraq|Iraqi
Ireland|Irish
Israel|Israeli;Israelis
Italy|Italian
Japan|Japanese
Jordan|Jordanian
Kazakhstan|Kazakh
Kenya|Kenyan
Kosovo|Kosovar
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz
Latvia|Latvian
Lebanon|Lebanese
Libya|Libyan
Lithuania|Lithuanian
Malaysia|Malaysian
Mexico|Mexican
Moldova|Moldovan
Mongolia|Mongolian
Morocco|Moroccan
Myanmar|Burmese;Burma
Netherlands|Dutch;the Netherlands;Holland
New Zealand|New Zealander
Nigeria|Nigerian
North Korea|North Korean;DPRK
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Philippines|Philippine;Filipino
Poland|Polish
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia|Russian;Russians;Russian Federation
Saudi Arabia|Saudi
Serbia|Serbian
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian
South Africa|South African
South Korea|South Korean;Republic of Korea;ROK
Spain|Spanish
Sudan|Sudanese
Sweden|Swedish
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tajikistan|Tajik
Thailand|Thai
Tunisia|Tunisian
Turkey|Turkish;Turkiye;Türkiye;Turks
Turkmenistan|Turkmen
Ukraine|Ukrainian;Ukrainians
United Arab Emirates|UAE;Emirati
United Kingdom|British;Britain;Great Britain;UK;U.K.
United States|American;Americans;US;U.S.;USA;U.S.A.;United States of America;America
Uzbekistan|Uzbek
Venezuela|Venezuelan
Vietnam|Vietnamese
Yemen|Yemeni
Soviet Union|Soviet;USSR
"""


def table() -> dict[str, str]:
    """Lower-cased variant -> short name."""
    out: dict[str, str] = {}
    for line in ROWS.strip().splitlines():
        name, _, rest = line.partition("|")
        for variant in [name, *rest.split(";")]:
            if variant:
                out[variant.lower()] = name
    return out
