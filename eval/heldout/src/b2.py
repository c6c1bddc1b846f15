def M(a, c):
    return {"amount": a, "currency": c}

ARTICLES = []

# 11 Ethiopia, think-tank summary
T = """Briefing note: Drones and the war in northern Ethiopia

Summary. Since mid-2021 the Ethiopian National Defense Force (ENDF) has leaned heavily on armed drones in its campaign against the Tigray People's Liberation Front (TPLF). This note summarises what open sources show.

Imports. Satellite imagery analysed by independent researchers indicates that Wing Loong I drones supplied by China were operating from Harar Meda air base in August. Iranian Mohajer-6 drones were also reported at the base, apparently delivered via flights through the United Arab Emirates. Turkish media claimed in October that Ethiopia had acquired Bayraktar TB2 drones from Baykar; Ankara declined to confirm.

Strikes. A government air strike on a market in Togoga, in central Tigray, on 22 June killed at least 51 civilians and injured dozens, according to local health workers. The government said it had targeted fighters, not civilians.

Forces and money. The IISS estimates the ENDF at about 138,000 active personnel. SIPRI puts Ethiopia's 2020 military spending at US$502 million, a figure most analysts believe has risen sharply since.

Leadership. Prime Minister Abiy Ahmed has repeatedly appeared at the front. Field Marshal Birhanu Jula, appointed Chief of General Staff in November 2020, oversees operations."""
ARTICLES.append(dict(id="hornpolicy-20211111-ethiopia-drones", url="https://www.hornpolicyinstitute.org/briefings/2021-11-11-drones-northern-ethiopia", title="Briefing note: Drones and the war in northern Ethiopia", published="2021-11-11", text=T, facts=[
 ("transfer", "Satellite imagery analysed by independent researchers indicates that Wing Loong I drones supplied by China were operating from Harar Meda air base in August.",
  {"supplier": "China", "recipient": "Ethiopia", "item": "Wing Loong I", "item_category": "unmanned aerial vehicle", "status": "reported", "date": "2021-08"}),
 ("transfer", "Iranian Mohajer-6 drones were also reported at the base, apparently delivered via flights through the United Arab Emirates.",
  {"supplier": "Iran", "recipient": "Ethiopia", "item": "Mohajer-6", "item_category": "unmanned aerial vehicle", "status": "reported", "via": "United Arab Emirates"}),
 ("transfer", "Turkish media claimed in October that Ethiopia had acquired Bayraktar TB2 drones from Baykar; Ankara declined to confirm.",
  {"supplier": "Baykar", "recipient": "Ethiopia", "item": "Bayraktar TB2", "item_category": "unmanned aerial vehicle", "status": "reported", "date": "2021-10"}),
 ("incident", "Strikes. A government air strike on a market in Togoga, in central Tigray, on 22 June killed at least 51 civilians and injured dozens, according to local health workers.",
  {"kind": "air strike", "location": "Togoga", "date": "2021-06-22", "killed": 51, "qualifier": "at least", "actor": "Ethiopia"}),
 ("strength", "The IISS estimates the ENDF at about 138,000 active personnel.",
  {"force": "Ethiopian National Defense Force", "personnel": 138000, "qualifier": "about", "according_to": "IISS"}),
 ("budget", "SIPRI puts Ethiopia's 2020 military spending at US$502 million, a figure most analysts believe has risen sharply since.",
  {"country": "Ethiopia", "year": "2020", "amount": M(502e6, "USD"), "according_to": "SIPRI"}),
 ("office", "Prime Minister Abiy Ahmed has repeatedly appeared at the front.",
  {"person": "Abiy Ahmed", "role": "Prime Minister", "organisation": "Ethiopia"}),
 ("office", "Field Marshal Birhanu Jula, appointed Chief of General Staff in November 2020, oversees operations.",
  {"person": "Birhanu Jula", "role": "Chief of General Staff", "organisation": "Ethiopian National Defense Force", "start": "2020-11"}),
]))

# 12 South Africa, parliament
T = """SANDF 'running on fumes', MPs told in defence budget vote

CAPE TOWN - Defence and Military Veterans Minister Nosiviwe Mapisa-Nqakula warned Parliament on Tuesday that the South African National Defence Force could not meet its commitments on the money it is being given.

Introducing the budget vote, the minister said Treasury had allocated R49.5 billion to defence for 2019, of which more than 60 percent goes to salaries. The Democratic Alliance's shadow defence minister, Kobus Marais, said that once the special defence account was stripped out the real figure for 2019 was closer to R47 billion.

According to the department, the SANDF has 73,500 uniformed members. Of the air force's 26 Gripen fighters, only six are flying because of a lack of support funds, the minister conceded. The navy's three Type 209 submarines and four Valour-class frigates are also due for refits that have been postponed.

Chief of the SANDF General Solly Shoke, who attended the debate, has said the force needs at least R60 billion a year to remain viable."""
ARTICLES.append(dict(id="parliamentwatch-20190710-sandf-budget-vote", url="https://www.parliamentwatch.co.za/2019/07/10/sandf-running-on-fumes-budget-vote", title="SANDF 'running on fumes', MPs told in defence budget vote", published="2019-07-10", text=T, facts=[
 ("office", "CAPE TOWN - Defence and Military Veterans Minister Nosiviwe Mapisa-Nqakula warned Parliament on Tuesday that the South African National Defence Force could not meet its commitments on the money it is being given.",
  {"person": "Nosiviwe Mapisa-Nqakula", "role": "Defence Minister", "organisation": "South Africa"}),
 ("budget", "Introducing the budget vote, the minister said Treasury had allocated R49.5 billion to defence for 2019, of which more than 60 percent goes to salaries.",
  {"country": "South Africa", "year": "2019", "amount": M(49.5e9, "ZAR"), "according_to": "Nosiviwe Mapisa-Nqakula"}),
 ("budget", "The Democratic Alliance's shadow defence minister, Kobus Marais, said that once the special defence account was stripped out the real figure for 2019 was closer to R47 billion.",
  {"country": "South Africa", "year": "2019", "amount": M(47e9, "ZAR"), "qualifier": "about", "according_to": "Kobus Marais"}),
 ("office", "The Democratic Alliance's shadow defence minister, Kobus Marais, said that once the special defence account was stripped out the real figure for 2019 was closer to R47 billion.",
  {"person": "Kobus Marais", "role": "shadow defence minister", "organisation": "Democratic Alliance"}),
 ("strength", "According to the department, the SANDF has 73,500 uniformed members.",
  {"force": "South African National Defence Force", "personnel": 73500, "according_to": "Department of Defence"}),
 ("holding", "Of the air force's 26 Gripen fighters, only six are flying because of a lack of support funds, the minister conceded.",
  {"holder": "South African Air Force", "item": "Gripen", "item_category": "combat aircraft", "quantity": 26}),
 ("holding", "The navy's three Type 209 submarines and four Valour-class frigates are also due for refits that have been postponed.",
  {"holder": "South African Navy", "item": "Type 209", "item_category": "submarine", "quantity": 3}),
 ("holding", "The navy's three Type 209 submarines and four Valour-class frigates are also due for refits that have been postponed.",
  {"holder": "South African Navy", "item": "Valour-class", "item_category": "warship", "quantity": 4}),
 ("office", "Chief of the SANDF General Solly Shoke, who attended the debate, has said the force needs at least R60 billion a year to remain viable.",
  {"person": "Solly Shoke", "role": "Chief of the SANDF", "organisation": "South African National Defence Force"}),
]))

# 13 Mali, wire
T = """BAMAKO, Aug 9 (West Africa Wire) - Mali on Tuesday took delivery of new combat aircraft and a helicopter from Russia, the latest sign of the growing military ties between Bamako's junta and Moscow.

The shipment, displayed at the air base in Senou near the capital, included four L-39 Albatros trainer jets, two Su-25 ground-attack aircraft and one Mi-24P attack helicopter, the army said. Transitional President Colonel Assimi Goita attended the handover with Defence Minister Colonel Sadio Camara, who thanked Russia for its "exemplary partnership".

Russia had already delivered four Mi-171 transport helicopters to Mali in March, through the state arms exporter Rosoboronexport.

The handover came two days after one of the deadliest attacks on the army this year. On Sunday, 42 soldiers were killed and 22 wounded near Tessit, in the Gao region, when fighters believed to belong to the Islamic State in the Greater Sahara attacked with drones, artillery and car bombs, the government said.

According to a tally by the Armed Conflict Location and Event Data Project (ACLED), at least 260 Malian soldiers have been killed in attacks since the start of the year.

The government has denied the presence of Wagner Group mercenaries in the country, saying only Russian instructors are deployed."""
ARTICLES.append(dict(id="wawire-20220810-mali-russian-aircraft", url="https://www.westafricawire.com/mali/2022/08/10/mali-receives-russian-aircraft", title="Mali receives Russian jets and helicopter days after Tessit attack", published="2022-08-10", text=T, facts=[
 ("transfer", "The shipment, displayed at the air base in Senou near the capital, included four L-39 Albatros trainer jets, two Su-25 ground-attack aircraft and one Mi-24P attack helicopter, the army said.",
  {"supplier": "Russia", "recipient": "Mali", "item": "L-39 Albatros", "item_category": "trainer aircraft", "quantity": 4, "status": "delivered", "date": "2022-08-09"}),
 ("transfer", "The shipment, displayed at the air base in Senou near the capital, included four L-39 Albatros trainer jets, two Su-25 ground-attack aircraft and one Mi-24P attack helicopter, the army said.",
  {"supplier": "Russia", "recipient": "Mali", "item": "Su-25", "item_category": "combat aircraft", "quantity": 2, "status": "delivered", "date": "2022-08-09"}),
 ("transfer", "The shipment, displayed at the air base in Senou near the capital, included four L-39 Albatros trainer jets, two Su-25 ground-attack aircraft and one Mi-24P attack helicopter, the army said.",
  {"supplier": "Russia", "recipient": "Mali", "item": "Mi-24P", "item_category": "helicopter", "quantity": 1, "status": "delivered", "date": "2022-08-09"}),
 ("office", "Transitional President Colonel Assimi Goita attended the handover with Defence Minister Colonel Sadio Camara, who thanked Russia for its \"exemplary partnership\".",
  {"person": "Assimi Goita", "role": "Transitional President", "organisation": "Mali"}),
 ("office", "Transitional President Colonel Assimi Goita attended the handover with Defence Minister Colonel Sadio Camara, who thanked Russia for its \"exemplary partnership\".",
  {"person": "Sadio Camara", "role": "Defence Minister", "organisation": "Mali"}),
 ("transfer", "Russia had already delivered four Mi-171 transport helicopters to Mali in March, through the state arms exporter Rosoboronexport.",
  {"supplier": "Russia", "recipient": "Mali", "item": "Mi-171", "item_category": "helicopter", "quantity": 4, "status": "delivered", "date": "2022-03", "via": "Rosoboronexport"}),
 ("casualties", "According to a tally by the Armed Conflict Location and Event Data Project (ACLED), at least 260 Malian soldiers have been killed in attacks since the start of the year.",
  {"force": "Malian Armed Forces", "period": "2022", "killed": 260, "qualifier": "at least", "cause": "attacks"}),
 ("incident", "On Sunday, 42 soldiers were killed and 22 wounded near Tessit, in the Gao region, when fighters believed to belong to the Islamic State in the Greater Sahara attacked with drones, artillery and car bombs, the government said.",
  {"kind": "attack", "location": "Tessit", "date": "2022-08-07", "killed": 42, "injured": 22, "actor": "Islamic State in the Greater Sahara"}),
]))

# 14 Egypt, Rafale
T = """Egypt becomes first foreign buyer of the Rafale

CAIRO - Egypt and France on Monday signed a deal worth 5.2 billion euros for 24 Rafale fighter jets, a FREMM multi-mission frigate and air-to-air and cruise missiles made by MBDA, making Cairo the first export customer for the Dassault-built warplane.

French Defence Minister Jean-Yves Le Drian signed the agreement with his Egyptian counterpart, Colonel General Sedki Sobhi, at a ceremony in Cairo attended by President Abdel Fattah al-Sisi. Le Drian and Sisi later held talks on the situation in Libya, where Egyptian jets struck Islamic State targets last week.

The first three Rafales are due to be handed over in time for the inauguration of the new Suez Canal channel in August. Egypt currently flies about 220 F-16s, one of the largest fleets outside the United States.

An Egyptian military official said there had been no discussions on buying the two Mistral-class ships built for Russia, dismissing reports in the French press."""
ARTICLES.append(dict(id="nilepost-20150217-egypt-rafale-deal", url="https://www.nilepost-eg.com/english/2015/02/17/egypt-first-foreign-buyer-rafale", title="Egypt becomes first foreign buyer of the Rafale", published="2015-02-17", text=T, facts=[
 ("transfer", "CAIRO - Egypt and France on Monday signed a deal worth 5.2 billion euros for 24 Rafale fighter jets, a FREMM multi-mission frigate and air-to-air and cruise missiles made by MBDA, making Cairo the first export customer for the Dassault-built warplane.",
  {"supplier": "France", "recipient": "Egypt", "item": "Rafale", "item_category": "combat aircraft", "quantity": 24, "status": "ordered", "date": "2015-02-16"}),
 ("transfer", "CAIRO - Egypt and France on Monday signed a deal worth 5.2 billion euros for 24 Rafale fighter jets, a FREMM multi-mission frigate and air-to-air and cruise missiles made by MBDA, making Cairo the first export customer for the Dassault-built warplane.",
  {"supplier": "France", "recipient": "Egypt", "item": "FREMM", "item_category": "warship", "quantity": 1, "status": "ordered", "date": "2015-02-16"}),
 ("transfer", "CAIRO - Egypt and France on Monday signed a deal worth 5.2 billion euros for 24 Rafale fighter jets, a FREMM multi-mission frigate and air-to-air and cruise missiles made by MBDA, making Cairo the first export customer for the Dassault-built warplane.",
  {"supplier": "MBDA", "recipient": "Egypt", "item": "air-to-air missiles", "item_category": "other", "status": "ordered", "date": "2015-02-16"}),
 ("transfer", "CAIRO - Egypt and France on Monday signed a deal worth 5.2 billion euros for 24 Rafale fighter jets, a FREMM multi-mission frigate and air-to-air and cruise missiles made by MBDA, making Cairo the first export customer for the Dassault-built warplane.",
  {"supplier": "MBDA", "recipient": "Egypt", "item": "cruise missiles", "item_category": "cruise missile", "status": "ordered", "date": "2015-02-16"}),
 ("agreement", "CAIRO - Egypt and France on Monday signed a deal worth 5.2 billion euros for 24 Rafale fighter jets, a FREMM multi-mission frigate and air-to-air and cruise missiles made by MBDA, making Cairo the first export customer for the Dassault-built warplane.",
  {"parties": ["Egypt", "France"], "subject": "deal for 24 Rafale fighter jets, a FREMM frigate and MBDA missiles", "value": M(5.2e9, "EUR"), "date": "2015-02-16"}),
 ("office", "French Defence Minister Jean-Yves Le Drian signed the agreement with his Egyptian counterpart, Colonel General Sedki Sobhi, at a ceremony in Cairo attended by President Abdel Fattah al-Sisi.",
  {"person": "Jean-Yves Le Drian", "role": "Defence Minister", "organisation": "France"}),
 ("office", "French Defence Minister Jean-Yves Le Drian signed the agreement with his Egyptian counterpart, Colonel General Sedki Sobhi, at a ceremony in Cairo attended by President Abdel Fattah al-Sisi.",
  {"person": "Sedki Sobhi", "role": "Defence Minister", "organisation": "Egypt"}),
 ("office", "French Defence Minister Jean-Yves Le Drian signed the agreement with his Egyptian counterpart, Colonel General Sedki Sobhi, at a ceremony in Cairo attended by President Abdel Fattah al-Sisi.",
  {"person": "Abdel Fattah al-Sisi", "role": "President", "organisation": "Egypt"}),
 ("meeting", "Le Drian and Sisi later held talks on the situation in Libya, where Egyptian jets struck Islamic State targets last week.",
  {"participants": ["Le Drian", "Sisi"], "subject": "situation in Libya"}),
 ("incident", "Le Drian and Sisi later held talks on the situation in Libya, where Egyptian jets struck Islamic State targets last week.",
  {"kind": "air strike", "location": "Libya", "date": "2015-W07", "actor": "Egypt"}),
 ("holding", "Egypt currently flies about 220 F-16s, one of the largest fleets outside the United States.",
  {"holder": "Egypt", "item": "F-16", "item_category": "combat aircraft", "quantity": 220, "qualifier": "about"}),
]))

# 15 Algeria, think-tank
T = """Algeria: Military Balance Snapshot 2018

Key points

Algeria remains Africa's largest military spender. SIPRI estimates its military expenditure in 2017 at US$10.1 billion, while the finance law adopted by parliament set the 2018 defence allocation at 1,118 billion dinars.

Russia is the dominant supplier. The air force is built around some 58 Su-30MKA fighters, and the army fields more than 500 T-90SA tanks according to IISS data for 2018. The navy operates six Kilo-class submarines, two of them of the improved Project 636 type.

Western suppliers have made inroads. Germany's ThyssenKrupp Marine Systems delivered two MEKO A-200 frigates in 2016 and 2017, and China supplied three C28A corvettes between 2015 and 2016.

Pending deals. Russian media reported in 2018 that Algeria had signed for 14 Su-34 strike aircraft; Algiers has neither confirmed nor denied this.

Personnel. The IISS puts active strength at 130,000, with another 150,000 in reserve. Army chief of staff Lieutenant General Ahmed Gaid Salah, in the post since 2004, is also Deputy Minister of National Defence."""
ARTICLES.append(dict(id="maghrebsecurity-20180604-algeria-snapshot", url="https://www.maghrebsecurity-observatory.org/snapshots/2018/algeria-military-balance", title="Algeria: Military Balance Snapshot 2018", published="2018-06-04", text=T, facts=[
 ("budget", "SIPRI estimates its military expenditure in 2017 at US$10.1 billion, while the finance law adopted by parliament set the 2018 defence allocation at 1,118 billion dinars.",
  {"country": "Algeria", "year": "2017", "amount": M(10.1e9, "USD"), "according_to": "SIPRI"}),
 ("budget", "SIPRI estimates its military expenditure in 2017 at US$10.1 billion, while the finance law adopted by parliament set the 2018 defence allocation at 1,118 billion dinars.",
  {"country": "Algeria", "year": "2018", "amount": M(1118e9, "DZD"), "according_to": "finance law"}),
 ("holding", "The air force is built around some 58 Su-30MKA fighters, and the army fields more than 500 T-90SA tanks according to IISS data for 2018.",
  {"holder": "Algerian Air Force", "item": "Su-30MKA", "item_category": "combat aircraft", "quantity": 58, "qualifier": "about", "as_of": "2018"}),
 ("holding", "The air force is built around some 58 Su-30MKA fighters, and the army fields more than 500 T-90SA tanks according to IISS data for 2018.",
  {"holder": "Algerian Army", "item": "T-90SA", "item_category": "main battle tank", "quantity": 500, "qualifier": "more than", "as_of": "2018"}),
 ("holding", "The navy operates six Kilo-class submarines, two of them of the improved Project 636 type.",
  {"holder": "Algerian Navy", "item": "Kilo-class", "item_category": "submarine", "quantity": 6}),
 ("holding", "The navy operates six Kilo-class submarines, two of them of the improved Project 636 type.",
  {"holder": "Algerian Navy", "item": "Project 636", "item_category": "submarine", "quantity": 2}),
 ("transfer", "Germany's ThyssenKrupp Marine Systems delivered two MEKO A-200 frigates in 2016 and 2017, and China supplied three C28A corvettes between 2015 and 2016.",
  {"supplier": "ThyssenKrupp Marine Systems", "recipient": "Algeria", "item": "MEKO A-200", "item_category": "warship", "quantity": 2, "status": "delivered", "date": "2016/2017"}),
 ("transfer", "Germany's ThyssenKrupp Marine Systems delivered two MEKO A-200 frigates in 2016 and 2017, and China supplied three C28A corvettes between 2015 and 2016.",
  {"supplier": "China", "recipient": "Algeria", "item": "C28A", "item_category": "warship", "quantity": 3, "status": "delivered", "date": "2015/2016"}),
 ("transfer", "Russian media reported in 2018 that Algeria had signed for 14 Su-34 strike aircraft; Algiers has neither confirmed nor denied this.",
  {"supplier": "Russia", "recipient": "Algeria", "item": "Su-34", "item_category": "combat aircraft", "quantity": 14, "status": "reported", "date": "2018"}),
 ("strength", "The IISS puts active strength at 130,000, with another 150,000 in reserve.",
  {"force": "Algerian reserves", "personnel": 150000, "according_to": "IISS"}),
 ("strength", "The IISS puts active strength at 130,000, with another 150,000 in reserve.",
  {"force": "Algeria", "personnel": 130000, "according_to": "IISS"}),
 ("office", "Army chief of staff Lieutenant General Ahmed Gaid Salah, in the post since 2004, is also Deputy Minister of National Defence.",
  {"person": "Ahmed Gaid Salah", "role": "Chief of Staff of the Army", "organisation": "Algeria", "start": "2004"}),
 ("office", "Army chief of staff Lieutenant General Ahmed Gaid Salah, in the post since 2004, is also Deputy Minister of National Defence.",
  {"person": "Ahmed Gaid Salah", "role": "Deputy Defence Minister", "organisation": "Algeria"}),
]))

# 16 Philippines
T = """PH signs $375-M deal for BrahMos missiles

MANILA - The Department of National Defense (DND) on Friday signed a US$374.96-million contract with India's BrahMos Aerospace for the acquisition of a shore-based anti-ship missile system for the Philippine Navy, Defense Secretary Delfin Lorenzana announced.

The package covers three batteries of the BrahMos supersonic cruise missile, along with training and logistics support. The contract was signed by Lorenzana and Indian Ambassador Shambhu Kumaran in a virtual ceremony.

Separately, the Philippine Air Force received the last two of its six A-29 Super Tucano light attack aircraft from Brazil's Embraer in October, completing that order.

In Sulu, two soldiers were killed and five wounded on Wednesday in a clash with Abu Sayyaf militants in the town of Patikul, the military's Western Mindanao Command said.

Lorenzana also reiterated that the Philippines "will not buy weapons from China" despite an offer from Beijing of grant assistance."""
ARTICLES.append(dict(id="manilaledger-20220129-brahmos-contract", url="https://www.manilaledger.ph/nation/2022/01/29/ph-signs-375m-brahmos-deal", title="PH signs $375-M deal for BrahMos missiles", published="2022-01-29", text=T, facts=[
 ("transfer", "MANILA - The Department of National Defense (DND) on Friday signed a US$374.96-million contract with India's BrahMos Aerospace for the acquisition of a shore-based anti-ship missile system for the Philippine Navy, Defense Secretary Delfin Lorenzana announced.\n\nThe package covers three batteries of the BrahMos supersonic cruise missile, along with training and logistics support.",
  {"supplier": "BrahMos Aerospace", "recipient": "Philippines", "item": "BrahMos", "item_category": "cruise missile", "quantity": 3, "value": M(374.96e6, "USD"), "status": "ordered", "date": "2022-01-28"}),
 ("agreement", "MANILA - The Department of National Defense (DND) on Friday signed a US$374.96-million contract with India's BrahMos Aerospace for the acquisition of a shore-based anti-ship missile system for the Philippine Navy, Defense Secretary Delfin Lorenzana announced.",
  {"parties": ["Philippines", "BrahMos Aerospace"], "subject": "contract for a shore-based anti-ship missile system", "value": M(374.96e6, "USD"), "date": "2022-01-28"}),
 ("office", "MANILA - The Department of National Defense (DND) on Friday signed a US$374.96-million contract with India's BrahMos Aerospace for the acquisition of a shore-based anti-ship missile system for the Philippine Navy, Defense Secretary Delfin Lorenzana announced.",
  {"person": "Delfin Lorenzana", "role": "Defence Secretary", "organisation": "Philippines"}),
 ("office", "The contract was signed by Lorenzana and Indian Ambassador Shambhu Kumaran in a virtual ceremony.",
  {"person": "Shambhu Kumaran", "role": "Ambassador", "organisation": "India"}),
 ("transfer", "Separately, the Philippine Air Force received the last two of its six A-29 Super Tucano light attack aircraft from Brazil's Embraer in October, completing that order.",
  {"supplier": "Embraer", "recipient": "Philippines", "item": "A-29 Super Tucano", "item_category": "combat aircraft", "quantity": 2, "status": "delivered", "date": "2021-10"}),
 ("incident", "In Sulu, two soldiers were killed and five wounded on Wednesday in a clash with Abu Sayyaf militants in the town of Patikul, the military's Western Mindanao Command said.",
  {"kind": "clash", "location": "Patikul, Sulu", "date": "2022-01-26", "killed": 2, "injured": 5, "actor": "Abu Sayyaf"}),
 ("holding", "Separately, the Philippine Air Force received the last two of its six A-29 Super Tucano light attack aircraft from Brazil's Embraer in October, completing that order.",
  {"holder": "Philippine Air Force", "item": "A-29 Super Tucano", "item_category": "combat aircraft", "quantity": 6}),
]))

# 17 Thailand
T = """Navy signs for first Chinese submarine amid public criticism

BANGKOK - The Royal Thai Navy on Tuesday signed a government-to-government contract with China Shipbuilding & Offshore International Co (CSOC) for one Yuan-class S26T submarine worth 13.5 billion baht, ending months of debate over the purchase.

Navy commander Admiral Na Arreenich said the boat would be delivered within six years. The navy had originally sought three submarines for 36 billion baht; the purchase of the second and third boats will be decided later, Defence Minister General Prawit Wongsuwon said.

Why does the navy need submarines at all, critics ask, when the Gulf of Thailand is so shallow? The navy counters that neighbours such as Vietnam and Malaysia already operate them.

China has also offered the navy a Type 071 amphibious transport dock, a navy officer said.

The army took delivery last year of 34 VN1 wheeled armoured personnel carriers from China's NORINCO, its first Chinese armour in two decades. The navy's only aircraft carrier, HTMS Chakri Naruebet, rarely leaves port."""
ARTICLES.append(dict(id="bangkokdispatch-20170503-s26t-submarine", url="https://www.bangkokdispatch.com/news/security/2017/05/03/navy-signs-first-chinese-submarine", title="Navy signs for first Chinese submarine amid public criticism", published="2017-05-03", text=T, facts=[
 ("transfer", "BANGKOK - The Royal Thai Navy on Tuesday signed a government-to-government contract with China Shipbuilding & Offshore International Co (CSOC) for one Yuan-class S26T submarine worth 13.5 billion baht, ending months of debate over the purchase.",
  {"supplier": "China Shipbuilding & Offshore International Co", "recipient": "Thailand", "item": "S26T", "item_category": "submarine", "quantity": 1, "value": M(13.5e9, "THB"), "status": "ordered", "date": "2017-05-02"}),
 ("agreement", "BANGKOK - The Royal Thai Navy on Tuesday signed a government-to-government contract with China Shipbuilding & Offshore International Co (CSOC) for one Yuan-class S26T submarine worth 13.5 billion baht, ending months of debate over the purchase.",
  {"parties": ["Thailand", "China Shipbuilding & Offshore International Co"], "subject": "government-to-government contract for one S26T submarine", "value": M(13.5e9, "THB"), "date": "2017-05-02"}),
 ("office", "Navy commander Admiral Na Arreenich said the boat would be delivered within six years.",
  {"person": "Na Arreenich", "role": "Commander", "organisation": "Royal Thai Navy"}),
 ("office", "The navy had originally sought three submarines for 36 billion baht; the purchase of the second and third boats will be decided later, Defence Minister General Prawit Wongsuwon said.",
  {"person": "Prawit Wongsuwon", "role": "Defence Minister", "organisation": "Thailand"}),
 ("holding", "The navy counters that neighbours such as Vietnam and Malaysia already operate them.",
  {"holder": "Vietnam", "item": "submarines", "item_category": "submarine"}),
 ("holding", "The navy counters that neighbours such as Vietnam and Malaysia already operate them.",
  {"holder": "Malaysia", "item": "submarines", "item_category": "submarine"}),
 ("transfer", "China has also offered the navy a Type 071 amphibious transport dock, a navy officer said.",
  {"supplier": "China", "recipient": "Thailand", "item": "Type 071", "item_category": "warship", "quantity": 1, "status": "offered"}),
 ("transfer", "The army took delivery last year of 34 VN1 wheeled armoured personnel carriers from China's NORINCO, its first Chinese armour in two decades.",
  {"supplier": "NORINCO", "recipient": "Thailand", "item": "VN1", "item_category": "armoured personnel carrier", "quantity": 34, "status": "delivered", "date": "2016"}),
 ("holding", "The navy's only aircraft carrier, HTMS Chakri Naruebet, rarely leaves port.",
  {"holder": "Royal Thai Navy", "item": "HTMS Chakri Naruebet", "item_category": "warship", "quantity": 1}),
]))

# 18 Malaysia
T = """Malaysia inks RM4 billion deal for 18 FA-50 jets from KAI

KUALA LUMPUR, Feb 24 - The Defence Ministry today signed a contract worth RM4.08 billion with Korea Aerospace Industries (KAI) for 18 FA-50 Block 20 light combat aircraft for the Royal Malaysian Air Force (RMAF), with the first aircraft due in 2026.

The contract was signed at a ceremony in Putrajaya by ministry secretary-general Datuk Isham Ishak and KAI president and chief executive Kang Goo-young, and witnessed by Defence Minister Datuk Seri Mohamad Hasan.

Mohamad said the ministry had also ended talks with Kuwait on acquiring that country's used F/A-18C/D Hornets without an agreement.

The RMAF currently operates 18 Su-30MKM and eight F/A-18D fighters. Meanwhile the navy's Littoral Combat Ship programme, under which six ships were ordered from Boustead Naval Shipyard in 2011 for RM9 billion, has yet to deliver a single vessel."""
ARTICLES.append(dict(id="semenanjung-20230224-fa50-contract", url="https://www.semenanjungpost.my/nation/2023/02/24/malaysia-inks-fa50-deal-kai", title="Malaysia inks RM4 billion deal for 18 FA-50 jets from KAI", published="2023-02-24", text=T, facts=[
 ("transfer", "KUALA LUMPUR, Feb 24 - The Defence Ministry today signed a contract worth RM4.08 billion with Korea Aerospace Industries (KAI) for 18 FA-50 Block 20 light combat aircraft for the Royal Malaysian Air Force (RMAF), with the first aircraft due in 2026.",
  {"supplier": "Korea Aerospace Industries", "recipient": "Malaysia", "item": "FA-50 Block 20", "item_category": "combat aircraft", "quantity": 18, "value": M(4.08e9, "MYR"), "status": "ordered", "date": "2023-02-24"}),
 ("agreement", "KUALA LUMPUR, Feb 24 - The Defence Ministry today signed a contract worth RM4.08 billion with Korea Aerospace Industries (KAI) for 18 FA-50 Block 20 light combat aircraft for the Royal Malaysian Air Force (RMAF), with the first aircraft due in 2026.",
  {"parties": ["Malaysia", "Korea Aerospace Industries"], "subject": "contract for 18 FA-50 Block 20 light combat aircraft", "value": M(4.08e9, "MYR"), "date": "2023-02-24"}),
 ("office", "The contract was signed at a ceremony in Putrajaya by ministry secretary-general Datuk Isham Ishak and KAI president and chief executive Kang Goo-young, and witnessed by Defence Minister Datuk Seri Mohamad Hasan.",
  {"person": "Isham Ishak", "role": "Secretary-General", "organisation": "Ministry of Defence of Malaysia"}),
 ("office", "The contract was signed at a ceremony in Putrajaya by ministry secretary-general Datuk Isham Ishak and KAI president and chief executive Kang Goo-young, and witnessed by Defence Minister Datuk Seri Mohamad Hasan.",
  {"person": "Kang Goo-young", "role": "President and CEO", "organisation": "Korea Aerospace Industries"}),
 ("office", "The contract was signed at a ceremony in Putrajaya by ministry secretary-general Datuk Isham Ishak and KAI president and chief executive Kang Goo-young, and witnessed by Defence Minister Datuk Seri Mohamad Hasan.",
  {"person": "Mohamad Hasan", "role": "Defence Minister", "organisation": "Malaysia"}),
 ("holding", "The RMAF currently operates 18 Su-30MKM and eight F/A-18D fighters.",
  {"holder": "Royal Malaysian Air Force", "item": "Su-30MKM", "item_category": "combat aircraft", "quantity": 18}),
 ("holding", "The RMAF currently operates 18 Su-30MKM and eight F/A-18D fighters.",
  {"holder": "Royal Malaysian Air Force", "item": "F/A-18D", "item_category": "combat aircraft", "quantity": 8}),
 ("transfer", "Meanwhile the navy's Littoral Combat Ship programme, under which six ships were ordered from Boustead Naval Shipyard in 2011 for RM9 billion, has yet to deliver a single vessel.",
  {"supplier": "Boustead Naval Shipyard", "recipient": "Malaysia", "item": "Littoral Combat Ship", "item_category": "warship", "quantity": 6, "value": M(9e9, "MYR"), "status": "ordered", "date": "2011"}),
]))

# 19 Japan
T = """TOKYO, Dec 22 (Pacific Newswire) - Japan's cabinet on Friday approved a record defence budget of 7.95 trillion yen for fiscal 2024, a 16 percent rise, as the government pushes ahead with a five-year build-up aimed at deterring China and North Korea.

The spending plan includes funds for the Tomahawk cruise missiles that Tokyo agreed in January to buy from the United States. Up to 400 of the missiles are to be acquired, with deliveries starting in fiscal 2025, the Defence Ministry said.

In a separate decision on Friday, the government revised its export rules and agreed to ship Patriot PAC-3 interceptor missiles made under licence in Japan to the United States, to replenish American stocks.

Defence Minister Minoru Kihara, who took office in September, spoke by telephone with U.S. Defense Secretary Lloyd Austin on Thursday, the ministry said. The two discussed the missile transfer and North Korea's latest ICBM launch.

The Self-Defense Forces have about 247,000 personnel, well below their authorised strength, according to the ministry."""
ARTICLES.append(dict(id="pacnewswire-20231222-japan-budget-tomahawk", url="https://www.pacificnewswire.com/japan/2023/12/22/japan-cabinet-record-defence-budget", title="Japan approves record 7.95 trillion yen defence budget, agrees Patriot exports to U.S.", published="2023-12-22", text=T, facts=[
 ("budget", "TOKYO, Dec 22 (Pacific Newswire) - Japan's cabinet on Friday approved a record defence budget of 7.95 trillion yen for fiscal 2024, a 16 percent rise, as the government pushes ahead with a five-year build-up aimed at deterring China and North Korea.",
  {"country": "Japan", "year": "2024", "amount": M(7.95e12, "JPY"), "according_to": "cabinet"}),
 ("transfer", "The spending plan includes funds for the Tomahawk cruise missiles that Tokyo agreed in January to buy from the United States. Up to 400 of the missiles are to be acquired, with deliveries starting in fiscal 2025, the Defence Ministry said.",
  {"supplier": "United States", "recipient": "Japan", "item": "Tomahawk", "item_category": "cruise missile", "quantity": 400, "qualifier": "up to", "status": "agreed", "date": "2023-01"}),
 ("transfer", "In a separate decision on Friday, the government revised its export rules and agreed to ship Patriot PAC-3 interceptor missiles made under licence in Japan to the United States, to replenish American stocks.",
  {"supplier": "Japan", "recipient": "United States", "item": "PAC-3", "item_category": "surface-to-air missile", "status": "agreed", "date": "2023-12-22"}),
 ("office", "Defence Minister Minoru Kihara, who took office in September, spoke by telephone with U.S. Defense Secretary Lloyd Austin on Thursday, the ministry said.",
  {"person": "Minoru Kihara", "role": "Defence Minister", "organisation": "Japan", "start": "2023-09"}),
 ("office", "Defence Minister Minoru Kihara, who took office in September, spoke by telephone with U.S. Defense Secretary Lloyd Austin on Thursday, the ministry said.",
  {"person": "Lloyd Austin", "role": "Defence Secretary", "organisation": "United States"}),
 ("meeting", "Defence Minister Minoru Kihara, who took office in September, spoke by telephone with U.S. Defense Secretary Lloyd Austin on Thursday, the ministry said. The two discussed the missile transfer and North Korea's latest ICBM launch.",
  {"participants": ["Minoru Kihara", "Lloyd Austin"], "date": "2023-12-21", "subject": "phone call on the missile transfer and North Korea's latest ICBM launch"}),
 ("strength", "The Self-Defense Forces have about 247,000 personnel, well below their authorised strength, according to the ministry.",
  {"force": "Japan Self-Defense Forces", "personnel": 247000, "qualifier": "about", "according_to": "Defence Ministry"}),
]))

# 20 Taiwan
T = """Taiwan signs for 66 new F-16s in its biggest arms purchase in decades

TAIPEI - Taiwan and the United States on Friday finalised the purchase of 66 F-16 Block 70 fighters worth about US$8 billion, the Ministry of National Defense said on Saturday, the largest single arms buy by the island in nearly 30 years.

The letter of offer and acceptance was signed by the Taipei Economic and Cultural Representative Office in Washington and the American Institute in Taiwan. Lockheed Martin is the prime contractor, and deliveries are expected to be completed by 2026.

Defence Minister Yen De-fa told lawmakers the new jets would join about 140 older F-16A/B aircraft now being upgraded to the F-16V standard, and the air force's Mirage 2000-5 fleet.

The ministry denied a media report that Taiwan had begun negotiations for the F-35, calling it "groundless". The cabinet last week proposed a 2021 defence budget of NT$453.4 billion, including special funds for the fighter programme."""
ARTICLES.append(dict(id="formosaherald-20200817-f16-block70", url="https://www.formosaherald.com.tw/politics/2020/08/17/taiwan-signs-66-f16", title="Taiwan signs for 66 new F-16s in its biggest arms purchase in decades", published="2020-08-17", text=T, facts=[
 ("transfer", "TAIPEI - Taiwan and the United States on Friday finalised the purchase of 66 F-16 Block 70 fighters worth about US$8 billion, the Ministry of National Defense said on Saturday, the largest single arms buy by the island in nearly 30 years.",
  {"supplier": "United States", "recipient": "Taiwan", "item": "F-16 Block 70", "item_category": "combat aircraft", "quantity": 66, "value": M(8e9, "USD"), "status": "ordered", "date": "2020-08-14"}),
 ("agreement", "TAIPEI - Taiwan and the United States on Friday finalised the purchase of 66 F-16 Block 70 fighters worth about US$8 billion, the Ministry of National Defense said on Saturday, the largest single arms buy by the island in nearly 30 years.\n\nThe letter of offer and acceptance was signed by the Taipei Economic and Cultural Representative Office in Washington and the American Institute in Taiwan.",
  {"parties": ["Taiwan", "United States"], "subject": "letter of offer and acceptance for 66 F-16 Block 70 fighters", "value": M(8e9, "USD"), "date": "2020-08-14"}),
 ("office", "Defence Minister Yen De-fa told lawmakers the new jets would join about 140 older F-16A/B aircraft now being upgraded to the F-16V standard, and the air force's Mirage 2000-5 fleet.",
  {"person": "Yen De-fa", "role": "Defence Minister", "organisation": "Taiwan"}),
 ("holding", "Defence Minister Yen De-fa told lawmakers the new jets would join about 140 older F-16A/B aircraft now being upgraded to the F-16V standard, and the air force's Mirage 2000-5 fleet.",
  {"holder": "Taiwan", "item": "F-16A/B", "item_category": "combat aircraft", "quantity": 140, "qualifier": "about"}),
 ("holding", "Defence Minister Yen De-fa told lawmakers the new jets would join about 140 older F-16A/B aircraft now being upgraded to the F-16V standard, and the air force's Mirage 2000-5 fleet.",
  {"holder": "Taiwanese Air Force", "item": "Mirage 2000-5", "item_category": "combat aircraft"}),
 ("budget", "The cabinet last week proposed a 2021 defence budget of NT$453.4 billion, including special funds for the fighter programme.",
  {"country": "Taiwan", "year": "2021", "amount": M(453.4e9, "TWD"), "according_to": "cabinet"}),
]))
