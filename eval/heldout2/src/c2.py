# Batch 2: North Africa and the Gulf
from util import M, art

ARTICLES = []

# 7 Tunisia, wire
ARTICLES.append(art(
 "maghrebwire-20190307-tunisia-king-air",
 "https://www.maghrebwire.com/tunisia/2019/03/07/us-delivers-surveillance-aircraft",
 "U.S. hands Tunisia two surveillance planes for Libya border watch",
 "2019-03-07",
 [
  ["TUNIS, March 7 (Maghreb Wire) - The United States on Wednesday delivered two Beechcraft King Air 350 surveillance aircraft to the Tunisian air force at Sfax, part of a $30 million package to help monitor the border with Libya, the U.S. embassy said."],
  ["Washington has given Tunisia more than $1 billion in security assistance since 2011, including 24 OH-58D Kiowa Warrior helicopters and eight Black Hawks, according to embassy figures."],
  ["Defence Minister Abdelkarim Zbidi attended the ceremony with U.S. Ambassador Donald Blome, and the two later discussed border security and a planned purchase of coastal patrol boats."],
  ["Tunisia's 2019 budget allocates 2.7 billion dinars, about $900 million, to the defence ministry, up from 2.3 billion dinars in 2018, according to the finance ministry.",
   "The Stockholm International Peace Research Institute put Tunisia's 2018 military expenditure at $838 million."],
  ["The army, which numbers about 27,000 troops, has lost more than 120 soldiers and national guardsmen to militant attacks since 2011, most of them in the Chaambi mountains near the Algerian border.",
   "On Sunday a landmine explosion in the Chaambi area killed one soldier and wounded two, the ministry said."],
  ["(Reporting by Tarek Amara-Ben Salah; Editing by John Whitfield)"],
 ],
 [
  ("transfer", "1.1", {"supplier": "United States", "recipient": "Tunisia", "item": "King Air 350", "item_category": "other", "quantity": 2, "value": M(30e6, "USD"), "status": "delivered", "date": "2019-03-06"}),
  ("transfer", "2.1", {"supplier": "United States", "recipient": "Tunisia", "item": "OH-58D Kiowa Warrior", "item_category": "helicopter", "quantity": 24, "status": "delivered"}),
  ("transfer", "2.1", {"supplier": "United States", "recipient": "Tunisia", "item": "Black Hawk", "item_category": "helicopter", "quantity": 8, "status": "delivered"}),
  ("office", "3.1", {"person": "Abdelkarim Zbidi", "role": "Defence Minister", "organisation": "Tunisia"}),
  ("office", "3.1", {"person": "Donald Blome", "role": "Ambassador", "organisation": "United States"}),
  ("meeting", "3.1", {"participants": ["Abdelkarim Zbidi", "Donald Blome"], "subject": "border security and a planned purchase of coastal patrol boats"}),
  ("budget", "4.1", {"country": "Tunisia", "year": "2019", "amount": M(2.7e9, "TND"), "according_to": "finance ministry"}),
  ("budget", "4.1", {"country": "Tunisia", "year": "2018", "amount": M(2.3e9, "TND"), "according_to": "finance ministry"}),
  ("budget", "4.2", {"country": "Tunisia", "year": "2018", "amount": M(838e6, "USD"), "according_to": "Stockholm International Peace Research Institute"}),
  ("strength", "5.1", {"force": "Tunisian Army", "personnel": 27000, "qualifier": "about"}),
  ("casualties", "5.1", {"force": "Tunisian soldiers and national guardsmen", "period": "2011/2019-03", "killed": 120, "qualifier": "more than", "cause": "militant attacks"}),
  ("incident", "5.2", {"kind": "explosion", "location": "Chaambi", "date": "2019-03-03", "killed": 1, "injured": 2}),
 ]))

# 8 Mauritania, personal blog
ARTICLES.append(art(
 "nouakchottnotes-20170821-arsenal",
 "https://nouakchottnotes.blogspot.example/2017/08/what-is-really-in-the-arsenal.html",
 "Notes from Nouakchott: what is really in the Mauritanian arsenal?",
 "2017-08-21",
 [
  ["I have been asked many times by readers how big the Mauritanian army actually is.",
   "The honest answer is that nobody outside the general staff knows for sure."],
  ["The IISS Military Balance 2017 credits Mauritania with 15,850 active personnel, of which 15,000 in the army, 600 in the navy and 250 in the air force.",
   "Local journalists I spoke to think the real number is closer to 20,000."],
  ["On the hardware side, the air force flies four EMB-314 Super Tucanos bought from Brazil in 2012 and two Harbin Y-12 transports.",
   "China also donated a 60-metre patrol ship, the Limam El Hadrami, in 2002."],
  ["What I can confirm is that two new Chinese-built patrol boats arrived in Nouakchott last week, because I saw them myself at the port.",
   "A source at the ministry told me that an order for a further four is under discussion with the Chinese, but I could not confirm it."],
  ["Budget: the 2017 finance law gives defence 24 billion ouguiyas (roughly $67 million), and this excludes the gendarmerie and the National Guard.",
   "The President, Mohamed Ould Abdel Aziz, is himself a former general, so I would not expect any cuts."],
 ],
 [
  ("strength", "2.1", {"force": "Mauritania", "personnel": 15850, "as_of": "2017", "according_to": "IISS"}),
  ("strength", "2.1", {"force": "Mauritanian Army", "personnel": 15000, "as_of": "2017", "according_to": "IISS"}),
  ("strength", "2.1", {"force": "Mauritanian Navy", "personnel": 600, "as_of": "2017", "according_to": "IISS"}),
  ("strength", "2.1", {"force": "Mauritanian Air Force", "personnel": 250, "as_of": "2017", "according_to": "IISS"}),
  ("strength", "2.2", {"force": "Mauritania", "personnel": 20000, "qualifier": "about", "according_to": "local journalists"}),
  ("holding", "3.1", {"holder": "Mauritanian Air Force", "item": "EMB-314 Super Tucano", "item_category": "combat aircraft", "quantity": 4}),
  ("holding", "3.1", {"holder": "Mauritanian Air Force", "item": "Y-12", "item_category": "transport aircraft", "quantity": 2}),
  ("transfer", "3.1", {"supplier": "Brazil", "recipient": "Mauritania", "item": "EMB-314 Super Tucano", "item_category": "combat aircraft", "quantity": 4, "status": "delivered", "date": "2012"}),
  ("transfer", "3.2", {"supplier": "China", "recipient": "Mauritania", "item": "Limam El Hadrami", "item_category": "patrol craft", "quantity": 1, "status": "delivered", "date": "2002"}),
  ("transfer", "4.1", {"supplier": "China", "recipient": "Mauritania", "item": "patrol boats", "item_category": "patrol craft", "quantity": 2, "status": "delivered", "date": "2017-W33"}),
  ("transfer", "4.2", {"supplier": "China", "recipient": "Mauritania", "item": "patrol boats", "item_category": "patrol craft", "quantity": 4, "status": "negotiating"}),
  ("budget", "5.1", {"country": "Mauritania", "year": "2017", "amount": M(24e9, "MRO"), "according_to": "finance law"}),
  ("office", "5.2", {"person": "Mohamed Ould Abdel Aziz", "role": "President", "organisation": "Mauritania"}),
 ]))

# 9 Libya, think-tank briefing
ARTICLES.append(art(
 "medsecurityforum-20200526-tripoli-hardware",
 "https://www.medsecurityforum.org/briefings/2020/05/foreign-hardware-battle-for-tripoli",
 "Briefing: Foreign hardware in the battle for Tripoli",
 "2020-05-26",
 [
  ["The war for Tripoli, launched by Khalifa Haftar's Libyan National Army (LNA) in April 2019, has become a testing ground for foreign drones and air defence systems despite the UN arms embargo."],
  ["The UN Panel of Experts reported in December that the United Arab Emirates had supplied the LNA with Wing Loong II drones and Pantsir-S1 air defence systems; Abu Dhabi denied the allegations.",
   "Turkey, for its part, openly acknowledges that it has delivered Bayraktar TB2 drones and Korkut air defence guns to the Government of National Accord (GNA) under a security memorandum signed in November 2019."],
  ["On 18 May, GNA forces backed by Turkish drones captured the al-Watiya air base south-west of Tripoli after a six-week siege.",
   "Earlier, an air strike on a military academy in Tripoli on 4 January killed 26 cadets; a later investigation attributed it to a Wing Loong II drone operated by the UAE."],
  ["The GNA says it has lost 1,100 fighters since April 2019, while the LNA has not published its losses.",
   "The LNA claims 85,000 fighters, a figure most analysts consider inflated; the Sahel-Maghreb Observatory estimates its core units at about 25,000."],
 ],
 [
  ("transfer", "2.1", {"supplier": "United Arab Emirates", "recipient": "Libyan National Army", "item": "Wing Loong II", "item_category": "unmanned aerial vehicle", "status": "reported"}),
  ("transfer", "2.1", {"supplier": "United Arab Emirates", "recipient": "Libyan National Army", "item": "Pantsir-S1", "item_category": "air defence system", "status": "reported"}),
  ("transfer", "2.2", {"supplier": "Turkey", "recipient": "Government of National Accord", "item": "Bayraktar TB2", "item_category": "unmanned aerial vehicle", "status": "delivered"}),
  ("transfer", "2.2", {"supplier": "Turkey", "recipient": "Government of National Accord", "item": "Korkut", "item_category": "air defence system", "status": "delivered"}),
  ("agreement", "2.2", {"parties": ["Turkey", "Government of National Accord"], "subject": "security memorandum", "date": "2019-11"}),
  ("incident", "3.1", {"kind": "attack", "location": "al-Watiya air base", "date": "2020-05-18", "actor": "Government of National Accord"}),
  ("incident", "3.2", {"kind": "air strike", "location": "Tripoli", "date": "2020-01-04", "killed": 26, "actor": "United Arab Emirates"}),
  ("casualties", "4.1", {"force": "Government of National Accord", "period": "2019-04/2020-05", "killed": 1100}),
  ("strength", "4.2", {"force": "Libyan National Army", "personnel": 85000, "according_to": "Libyan National Army"}),
  ("strength", "4.2", {"force": "Libyan National Army", "personnel": 25000, "qualifier": "about", "according_to": "Sahel-Maghreb Observatory"}),
 ]))

# 10 Oman, company press release
ARTICLES.append(art(
 "baesystems-pr-20170914-oman-typhoon-hawk",
 "https://www.baesystems-newsroom.example/release/2017/09/14/oman-final-typhoon-hawk",
 "BAE Systems completes delivery of Typhoon and Hawk aircraft to the Royal Air Force of Oman",
 "2017-09-14",
 [
  ["Muscat, Oman — BAE Systems today celebrated the arrival of the final aircraft in a contract for 12 Typhoon and eight Hawk jets for the Royal Air Force of Oman (RAFO), at a ceremony at Adam air base attended by His Highness Sayyid Badr bin Saud bin Harib Al Busaidi, Minister Responsible for Defence Affairs."],
  ["The contract, signed in December 2012 and valued at £2.5 billion, also covers support, training and infrastructure."],
  ["Charles Woodburn, Chief Executive of BAE Systems, said: “Oman is one of our longest-standing partners and we are proud to have delivered every aircraft on schedule.”",
   "Air Vice Marshal Matar bin Ali Al Obaidani, Commander of RAFO, thanked the BAE Systems team in Oman and the United Kingdom."],
  ["With the new aircraft, RAFO operates 12 Typhoons, 23 F-16s and 16 Hawks, making it one of the most capable air forces in the region."],
  ["About BAE Systems: BAE Systems employs some 83,100 people in more than 40 countries."],
 ],
 [
  ("transfer", "1.1", {"supplier": "BAE Systems", "recipient": "Oman", "item": "Typhoon", "item_category": "combat aircraft", "quantity": 12, "status": "delivered", "date": "2017-09-14"}),
  ("transfer", "1.1", {"supplier": "BAE Systems", "recipient": "Oman", "item": "Hawk", "item_category": "trainer aircraft", "quantity": 8, "status": "delivered", "date": "2017-09-14"}),
  ("office", "1.1", {"person": "Badr bin Saud bin Harib Al Busaidi", "role": "Minister Responsible for Defence Affairs", "organisation": "Oman"}),
  ("transfer", "1.1-2.1", {"supplier": "BAE Systems", "recipient": "Oman", "item": "Typhoon", "item_category": "combat aircraft", "quantity": 12, "status": "ordered", "date": "2012-12"}),
  ("transfer", "1.1-2.1", {"supplier": "BAE Systems", "recipient": "Oman", "item": "Hawk", "item_category": "trainer aircraft", "quantity": 8, "status": "ordered", "date": "2012-12"}),
  ("agreement", "1.1-2.1", {"parties": ["Oman", "BAE Systems"], "subject": "contract for 12 Typhoon and eight Hawk jets", "value": M(2.5e9, "GBP"), "date": "2012-12"}),
  ("office", "3.1", {"person": "Charles Woodburn", "role": "CEO", "organisation": "BAE Systems"}),
  ("office", "3.2", {"person": "Matar bin Ali Al Obaidani", "role": "Commander", "organisation": "Royal Air Force of Oman"}),
  ("holding", "4.1", {"holder": "Royal Air Force of Oman", "item": "Typhoon", "item_category": "combat aircraft", "quantity": 12}),
  ("holding", "4.1", {"holder": "Royal Air Force of Oman", "item": "F-16", "item_category": "combat aircraft", "quantity": 23}),
  ("holding", "4.1", {"holder": "Royal Air Force of Oman", "item": "Hawk", "item_category": "trainer aircraft", "quantity": 16}),
 ]))

# 11 Kuwait, parliamentary reporting
ARTICLES.append(art(
 "kuwaitobserver-20160204-mps-grill-minister",
 "https://www.kuwaitobserver-daily.com/politics/2016/02/04/mps-grill-minister-eurofighter-caracal",
 "MPs grill minister over Eurofighter, Caracal deals",
 "2016-02-04",
 [
  ["KUWAIT CITY: The National Assembly's budgets committee on Wednesday questioned Defence Minister Sheikh Khaled Al-Jarrah Al-Sabah over two multi-billion-dollar aircraft deals, with several MPs demanding the contracts be referred to the Audit Bureau."],
  ["Kuwait agreed in September to buy 28 Eurofighter Typhoon jets from Italy's Finmeccanica in a deal that MP Saleh Al-Mutairi said was worth KD 2.4 billion ($7.9 billion).",
   "The committee also reviewed the purchase of 30 H225M Caracal helicopters from Airbus Helicopters, signed in August for about €1 billion."],
  ["Al-Jarrah denied that any commission had been paid and said the ministry would not cancel either contract.",
   "He told the committee that the army's 218 M1A2 Abrams tanks would be upgraded in the United States from next year."],
  ["According to the Ministry of Finance, defence spending for the 2015/2016 fiscal year stands at KD 1.6 billion, while MP Faisal Al-Kandari said the true figure, including the National Guard, exceeds KD 2.1 billion."],
  ["The Kuwaiti armed forces have about 15,500 active personnel, according to the IISS."],
 ],
 [
  ("office", "1.1", {"person": "Khaled Al-Jarrah Al-Sabah", "role": "Defence Minister", "organisation": "Kuwait"}),
  ("transfer", "2.1", {"supplier": "Finmeccanica", "recipient": "Kuwait", "item": "Eurofighter Typhoon", "item_category": "combat aircraft", "quantity": 28, "value": M(2.4e9, "KWD"), "status": "agreed", "date": "2015-09"}),
  ("office", "2.1", {"person": "Saleh Al-Mutairi", "role": "MP", "organisation": "National Assembly of Kuwait"}),
  ("transfer", "2.2", {"supplier": "Airbus Helicopters", "recipient": "Kuwait", "item": "H225M Caracal", "item_category": "helicopter", "quantity": 30, "value": M(1e9, "EUR"), "status": "ordered", "date": "2015-08"}),
  ("agreement", "2.2", {"parties": ["Kuwait", "Airbus Helicopters"], "subject": "purchase of 30 H225M Caracal helicopters", "value": M(1e9, "EUR"), "date": "2015-08"}),
  ("holding", "3.2", {"holder": "Kuwaiti Army", "item": "M1A2 Abrams", "item_category": "main battle tank", "quantity": 218}),
  ("budget", "4.1", {"country": "Kuwait", "year": "2015/2016", "amount": M(1.6e9, "KWD"), "according_to": "Ministry of Finance"}),
  ("budget", "4.1", {"country": "Kuwait", "year": "2015/2016", "amount": M(2.1e9, "KWD"), "qualifier": "more than", "according_to": "Faisal Al-Kandari"}),
  ("office", "4.1", {"person": "Faisal Al-Kandari", "role": "MP", "organisation": "National Assembly of Kuwait"}),
  ("strength", "5.1", {"force": "Kuwait", "personnel": 15500, "qualifier": "about", "according_to": "IISS"}),
 ]))

# 12 Bahrain, wire
ARTICLES.append(art(
 "gulfdefencewire-20180621-bahrain-f16v",
 "https://www.gulfdefencewire.com/bahrain/2018/06/21/bahrain-signs-f16-block70",
 "Bahrain signs $1.12 bln deal for 16 F-16 Block 70 jets",
 "2018-06-21",
 [
  ["MANAMA, June 21 (Gulf Defence Wire) - Bahrain has signed a $1.12 billion contract with Lockheed Martin for 16 F-16 Block 70 fighters, the Bahrain News Agency reported on Wednesday, making it the first customer for the latest version of the jet.",
   "The deal was signed in the presence of the Commander-in-Chief of the Bahrain Defence Force, Field Marshal Sheikh Khalifa bin Ahmed Al Khalifa."],
  ["The kingdom is also due to receive 12 AH-1Z Viper attack helicopters from the United States under a $912 million deal signed in April, a senior BDF officer said."],
  ["Bahrain's air force currently operates 20 F-16C/D jets, and the BDF numbers about 8,200 active personnel, according to the IISS."],
  ["The 2017-2018 state budget allocated 1.06 billion dinars ($2.8 billion) over two years to defence, according to the finance ministry, though the Stockholm International Peace Research Institute estimated military spending at $1.4 billion in 2017 alone."],
  ["Separately, King Hamad bin Isa Al Khalifa received U.S. Central Command chief General Joseph Votel in Manama on Tuesday to discuss regional security, state media said.",
   "Police said a bomb exploded on Sunday near a patrol in Sitra, wounding two officers."],
 ],
 [
  ("transfer", "1.1", {"supplier": "Lockheed Martin", "recipient": "Bahrain", "item": "F-16 Block 70", "item_category": "combat aircraft", "quantity": 16, "value": M(1.12e9, "USD"), "status": "ordered"}),
  ("agreement", "1.1", {"parties": ["Bahrain", "Lockheed Martin"], "subject": "contract for 16 F-16 Block 70 fighters", "value": M(1.12e9, "USD")}),
  ("office", "1.2", {"person": "Khalifa bin Ahmed Al Khalifa", "role": "Commander-in-Chief", "organisation": "Bahrain Defence Force"}),
  ("transfer", "2.1", {"supplier": "United States", "recipient": "Bahrain", "item": "AH-1Z Viper", "item_category": "helicopter", "quantity": 12, "value": M(912e6, "USD"), "status": "ordered", "date": "2018-04"}),
  ("agreement", "2.1", {"parties": ["Bahrain", "United States"], "subject": "deal for 12 AH-1Z Viper attack helicopters", "value": M(912e6, "USD"), "date": "2018-04"}),
  ("holding", "3.1", {"holder": "Royal Bahraini Air Force", "item": "F-16C/D", "item_category": "combat aircraft", "quantity": 20}),
  ("strength", "3.1", {"force": "Bahrain Defence Force", "personnel": 8200, "qualifier": "about", "according_to": "IISS"}),
  ("budget", "4.1", {"country": "Bahrain", "year": "2017/2018", "amount": M(1.06e9, "BHD"), "according_to": "finance ministry"}),
  ("budget", "4.1", {"country": "Bahrain", "year": "2017", "amount": M(1.4e9, "USD"), "according_to": "Stockholm International Peace Research Institute"}),
  ("meeting", "5.1", {"participants": ["Hamad bin Isa Al Khalifa", "Joseph Votel"], "place": "Manama", "date": "2018-06-19", "subject": "regional security"}),
  ("office", "5.1", {"person": "Hamad bin Isa Al Khalifa", "role": "King", "organisation": "Bahrain"}),
  ("office", "5.1", {"person": "Joseph Votel", "role": "Commander", "organisation": "U.S. Central Command"}),
  ("incident", "5.2", {"kind": "explosion", "location": "Sitra", "date": "2018-06-17", "injured": 2}),
 ]))

# 13 Yemen, wire
ARTICLES.append(art(
 "arabiawire-20210325-marib-fighting",
 "https://www.arabiawire.net/yemen/2021/03/25/marib-houthi-attack-kills-19",
 "Houthi attack west of Marib kills 19 government fighters",
 "2021-03-25",
 [
  ["ADEN, March 25 (Arabia Wire) - At least 19 pro-government fighters were killed on Wednesday when Houthi rebels attacked positions west of Marib, military sources said, as fighting for the government's last northern stronghold entered its seventh week."],
  ["Yemeni Defence Minister Mohammed al-Maqdashi said more than 1,200 government soldiers had been killed around Marib since the Houthi offensive began in February.",
   "Houthi military spokesman Yahya Saree said the rebels had lost “dozens” of fighters."],
  ["The Saudi-led coalition said its aircraft carried out 12 air strikes on Houthi positions in Marib province on Tuesday.",
   "The coalition also said 16 Saudi soldiers had been killed on the border with Yemen during March."],
  ["Separately, the U.S. Navy said a destroyer had seized a dhow in the Arabian Sea in February carrying thousands of weapons, including Russian-designed anti-tank missiles and Chinese-made rifles, that it believed were bound for the Houthis from Iran.",
   "Tehran denies arming the Houthis."],
  ["The Houthis are estimated to have between 100,000 and 200,000 fighters, according to the UN Panel of Experts."],
 ],
 [
  ("incident", "1.1", {"kind": "attack", "location": "Marib", "date": "2021-03-24", "killed": 19, "qualifier": "at least", "actor": "Houthis"}),
  ("office", "2.1", {"person": "Mohammed al-Maqdashi", "role": "Defence Minister", "organisation": "Yemen"}),
  ("casualties", "2.1", {"force": "Yemeni government forces", "period": "2021-02/2021-03", "killed": 1200, "qualifier": "more than", "cause": "Houthi offensive"}),
  ("office", "2.2", {"person": "Yahya Saree", "role": "spokesman", "organisation": "Houthis"}),
  ("incident", "3.1", {"kind": "air strike", "location": "Marib province", "date": "2021-03-23", "actor": "Saudi-led coalition"}),
  ("casualties", "3.2", {"force": "Saudi Arabia", "period": "2021-03", "killed": 16}),
  ("transfer", "4.1-4.2", {"supplier": "Iran", "recipient": "Houthis", "item": "anti-tank missiles", "item_category": "anti-tank weapon", "status": "reported"}),
  ("transfer", "4.1-4.2", {"supplier": "Iran", "recipient": "Houthis", "item": "rifles", "item_category": "small arms", "status": "reported"}),
  ("strength", "5.1", {"force": "Houthis", "personnel": 100000, "qualifier": "about 100000-200000", "according_to": "UN Panel of Experts"}),
 ]))
