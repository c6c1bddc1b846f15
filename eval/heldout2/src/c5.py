# Batch 5: the Andes, Central America and Southeast Asia
from util import M, art

ARTICLES = []

# 26 Bolivia, regional outlet translated from Spanish
ARTICLES.append(art(
 "altiplanodiario-20150910-h425-helicopters",
 "https://www.altiplanodiario.bo/en/nacional/2015/09/10/fab-recibe-helicopteros-h425",
 "Bolivia receives the first two H425 helicopters from China",
 "2015-09-10",
 [
  ["LA PAZ – The Bolivian Air Force (FAB) received this Wednesday two H425 helicopters of Chinese manufacture, the first of a batch of six contracted with the company AVIC for a value of 108 million dollars, informed the Ministry of Defence."],
  ["The President of the State, Evo Morales, assisted to the ceremony in the El Alto air base together with the Minister of Defence, Jorge Ledezma, and the Commander of the FAB, General Luis Fernando Mena."],
  ["The FAB counts currently with six K-8 trainers bought to China in 2011 and some 20 helicopters, the majority of them Bell UH-1H of North American origin."],
  ["For the management 2015, the General Budget of the State assigns to the Defence 2,971 million bolivianos (427 million dollars), 7 percent more than the year before.",
   "The SIPRI, on its side, estimates the military expense of Bolivia in 2014 in 418 million dollars.",
   "The Armed Forces count with approximately 34,000 effectives, according to the Ministry."],
  ["The Minister Ledezma also informed that the negotiations with Russia for the acquisition of Mi-17 helicopters have been suspended."],
 ],
 [
  ("transfer", "1.1", {"supplier": "AVIC", "recipient": "Bolivia", "item": "H425", "item_category": "helicopter", "quantity": 2, "status": "delivered", "date": "2015-09-09"}),
  ("transfer", "1.1", {"supplier": "AVIC", "recipient": "Bolivia", "item": "H425", "item_category": "helicopter", "quantity": 6, "value": M(108e6, "USD"), "status": "ordered"}),
  ("office", "2.1", {"person": "Evo Morales", "role": "President", "organisation": "Bolivia"}),
  ("office", "2.1", {"person": "Jorge Ledezma", "role": "Defence Minister", "organisation": "Bolivia"}),
  ("office", "2.1", {"person": "Luis Fernando Mena", "role": "Commander", "organisation": "Bolivian Air Force"}),
  ("holding", "3.1", {"holder": "Bolivian Air Force", "item": "K-8", "item_category": "trainer aircraft", "quantity": 6}),
  ("holding", "3.1", {"holder": "Bolivian Air Force", "item": "helicopters", "item_category": "helicopter", "quantity": 20, "qualifier": "about"}),
  ("transfer", "3.1", {"supplier": "China", "recipient": "Bolivia", "item": "K-8", "item_category": "trainer aircraft", "quantity": 6, "status": "delivered", "date": "2011"}),
  ("budget", "4.1", {"country": "Bolivia", "year": "2015", "amount": M(2.971e9, "BOB"), "according_to": "General Budget of the State"}),
  ("budget", "4.2", {"country": "Bolivia", "year": "2014", "amount": M(418e6, "USD"), "according_to": "SIPRI"}),
  ("strength", "4.3", {"force": "Bolivian Armed Forces", "personnel": 34000, "qualifier": "about", "according_to": "Ministry of Defence"}),
 ]))

# 27 Ecuador, wire
ARTICLES.append(art(
 "andeanwire-20240318-ecuador-patrol-ambush",
 "https://www.andeanwire.com/ecuador/2024/03/18/soldiers-killed-sucumbios-ambush",
 "Two Ecuadorean soldiers killed in ambush near Colombian border",
 "2024-03-18",
 [
  ["QUITO, March 18 (Andean Wire) - Two Ecuadorean soldiers were killed and three wounded on Saturday when gunmen ambushed a patrol near the Colombian border in Sucumbíos province, the armed forces' joint command said.",
   "The command blamed the Comandos de la Frontera, a group formed by former FARC guerrillas."],
  ["The deaths bring to 11 the number of soldiers killed since President Daniel Noboa declared an “internal armed conflict” on Jan. 9 and ordered the military to neutralise 22 criminal gangs.",
   "Police say 14 of their officers were killed by criminal groups in 2023."],
  ["Defence Minister Gian Carlo Loffredo said the United States had delivered $93.4 million worth of equipment since January, including 20 armoured vehicles, and that six Bell helicopters could arrive by June.",
   "The military has deployed 22,400 soldiers to the streets and prisons, he said.",
   "Brazil's Embraer has offered Ecuador six Super Tucano aircraft to replace its ageing A-37 jets, Loffredo added."],
  ["Ecuador's armed forces number about 41,000 troops, and the government has raised the 2024 defence budget to $1.98 billion, Finance Minister Juan Carlos Vega said, though the opposition Citizen Revolution party says only $1.6 billion of it is new defence spending."],
  ["Ecuador cancelled its contract for seven Dhruv helicopters with India's Hindustan Aeronautics in 2015 after four of them crashed."],
 ],
 [
  ("incident", "1.1-1.2", {"kind": "ambush", "location": "Sucumbíos province", "date": "2024-03-16", "killed": 2, "injured": 3, "actor": "Comandos de la Frontera"}),
  ("casualties", "2.1", {"force": "Ecuadorean Armed Forces", "period": "2024-01-09/2024-03-16", "killed": 11}),
  ("office", "2.1", {"person": "Daniel Noboa", "role": "President", "organisation": "Ecuador"}),
  ("casualties", "2.2", {"force": "Ecuadorean National Police", "period": "2023", "killed": 14, "cause": "criminal groups"}),
  ("office", "3.1", {"person": "Gian Carlo Loffredo", "role": "Defence Minister", "organisation": "Ecuador"}),
  ("transfer", "3.1", {"supplier": "United States", "recipient": "Ecuador", "item": "equipment", "item_category": "other", "value": M(93.4e6, "USD"), "status": "delivered"}),
  ("transfer", "3.1", {"supplier": "United States", "recipient": "Ecuador", "item": "armoured vehicles", "item_category": "armoured vehicle", "quantity": 20, "status": "delivered"}),
  ("strength", "3.2", {"force": "Ecuadorean soldiers deployed to the streets and prisons", "personnel": 22400, "according_to": "Gian Carlo Loffredo"}),
  ("transfer", "3.3", {"supplier": "Embraer", "recipient": "Ecuador", "item": "Super Tucano", "item_category": "combat aircraft", "quantity": 6, "status": "offered"}),
  ("strength", "4.1", {"force": "Ecuadorean Armed Forces", "personnel": 41000, "qualifier": "about"}),
  ("budget", "4.1", {"country": "Ecuador", "year": "2024", "amount": M(1.98e9, "USD"), "according_to": "Juan Carlos Vega"}),
  ("budget", "4.1", {"country": "Ecuador", "year": "2024", "amount": M(1.6e9, "USD"), "according_to": "Citizen Revolution"}),
  ("office", "4.1", {"person": "Juan Carlos Vega", "role": "Finance Minister", "organisation": "Ecuador"}),
  ("transfer", "5.1", {"supplier": "Hindustan Aeronautics", "recipient": "Ecuador", "item": "Dhruv", "item_category": "helicopter", "quantity": 7, "status": "cancelled", "date": "2015"}),
 ]))

# 28 Guatemala, wire
ARTICLES.append(art(
 "centralamericawire-20120607-taiwan-donation",
 "https://www.centralamericawire.com/guatemala/2012/06/07/taiwan-donates-trucks-radar",
 "Taiwan donates trucks, coastal radar to Guatemalan army",
 "2012-06-07",
 [
  ["GUATEMALA CITY, June 7 (Central America Wire) - Taiwan on Wednesday donated 30 military trucks and a coastal radar to Guatemala's army to help it fight drug trafficking on the Pacific coast.",
   "President Otto Pérez Molina, a retired general, received the equipment from Taiwan's ambassador, Adolfo Sun, at the Mariscal Zavala barracks, and the two later discussed cooperation against organised crime."],
  ["Guatemala's Congress in March approved the purchase of six Super Tucano aircraft from Brazil's Embraer for $166 million, but the finance ministry has yet to release the funds."],
  ["On Saturday, soldiers clashed with suspected drug traffickers in Petén, killing four of them; one soldier was wounded.",
   "Nine soldiers have been killed in operations against drug gangs since January, the army says."],
  ["The army, which Pérez Molina has pledged to expand, has about 15,500 soldiers, up from 13,000 in 2008, Defence Minister Ulises Anzueto said.",
   "Congress approved a defence budget of 1.7 billion quetzales for 2012, about $217 million, but analysts at the think tank ASIES say actual spending this year will exceed 2 billion quetzales once emergency transfers are included."],
 ],
 [
  ("transfer", "1.1", {"supplier": "Taiwan", "recipient": "Guatemala", "item": "military trucks", "item_category": "other", "quantity": 30, "status": "delivered", "date": "2012-06-06"}),
  ("transfer", "1.1", {"supplier": "Taiwan", "recipient": "Guatemala", "item": "coastal radar", "item_category": "radar", "quantity": 1, "status": "delivered", "date": "2012-06-06"}),
  ("office", "1.2", {"person": "Otto Pérez Molina", "role": "President", "organisation": "Guatemala"}),
  ("office", "1.2", {"person": "Adolfo Sun", "role": "Ambassador", "organisation": "Taiwan"}),
  ("meeting", "1.1-1.2", {"participants": ["Otto Pérez Molina", "Adolfo Sun"], "place": "Mariscal Zavala barracks", "date": "2012-06-06", "subject": "cooperation against organised crime"}),
  ("transfer", "2.1", {"supplier": "Embraer", "recipient": "Guatemala", "item": "Super Tucano", "item_category": "combat aircraft", "quantity": 6, "value": M(166e6, "USD"), "status": "agreed", "date": "2012-03"}),
  ("incident", "3.1", {"kind": "clash", "location": "Petén", "date": "2012-06-02", "killed": 4, "injured": 1, "actor": "Guatemalan Army"}),
  ("casualties", "3.2", {"force": "Guatemalan Army", "period": "2012-01/2012-06", "killed": 9, "cause": "operations against drug gangs"}),
  ("strength", "4.1", {"force": "Guatemalan Army", "personnel": 15500, "qualifier": "about", "according_to": "Ulises Anzueto"}),
  ("strength", "4.1", {"force": "Guatemalan Army", "personnel": 13000, "as_of": "2008", "according_to": "Ulises Anzueto"}),
  ("office", "4.1", {"person": "Ulises Anzueto", "role": "Defence Minister", "organisation": "Guatemala"}),
  ("budget", "4.2", {"country": "Guatemala", "year": "2012", "amount": M(1.7e9, "GTQ"), "according_to": "Congress"}),
  ("budget", "4.2", {"country": "Guatemala", "year": "2012", "amount": M(2e9, "GTQ"), "qualifier": "more than", "according_to": "ASIES"}),
 ]))

# 29 Nicaragua, analysis blog
ARTICLES.append(art(
 "istmoanalysis-20160714-nicaragua-t72",
 "https://www.istmoanalysis.org/blog/2016/07/14/russian-tanks-for-managua",
 "Russian tanks for Managua: what we know",
 "2016-07-14",
 [
  ["Nicaragua has begun receiving a batch of 50 T-72B1 main battle tanks from Russia, according to reports in the Nicaraguan press in June, in a deal worth an estimated $80 million that neither government has officially confirmed.",
   "The first 20 tanks were reportedly unloaded at the port of Corinto in April."],
  ["President Daniel Ortega has said only that the army needs modern equipment to fight drug traffickers.",
   "Costa Rica, which abolished its army in 1948, reacted with concern: President Luis Guillermo Solís said on Tuesday the purchase “does not contribute to regional stability.”",
   "Solís discussed the tanks by telephone with Honduran President Juan Orlando Hernández the same day."],
  ["Russia has also sold Nicaragua two Molniya-class missile boats, due for delivery in 2017.",
   "Managua already operates 62 T-55 tanks and an unspecified number of BTR-70 armoured personnel carriers, according to the IISS."],
  ["The Nicaraguan Army has about 12,000 personnel, and its 2016 budget is 1.9 billion córdobas (roughly $67 million), according to the budget law."],
 ],
 [
  ("transfer", "1.1", {"supplier": "Russia", "recipient": "Nicaragua", "item": "T-72B1", "item_category": "main battle tank", "quantity": 50, "value": M(80e6, "USD"), "status": "reported"}),
  ("transfer", "1.2", {"supplier": "Russia", "recipient": "Nicaragua", "item": "T-72B1", "item_category": "main battle tank", "quantity": 20, "status": "reported", "date": "2016-04"}),
  ("office", "2.1", {"person": "Daniel Ortega", "role": "President", "organisation": "Nicaragua"}),
  ("office", "2.2", {"person": "Luis Guillermo Solís", "role": "President", "organisation": "Costa Rica"}),
  ("meeting", "2.2-2.3", {"participants": ["Luis Guillermo Solís", "Juan Orlando Hernández"], "date": "2016-07-12", "subject": "phone call on the tanks"}),
  ("office", "2.3", {"person": "Juan Orlando Hernández", "role": "President", "organisation": "Honduras"}),
  ("transfer", "3.1", {"supplier": "Russia", "recipient": "Nicaragua", "item": "Molniya-class", "item_category": "warship", "quantity": 2, "status": "ordered"}),
  ("holding", "3.2", {"holder": "Nicaragua", "item": "T-55", "item_category": "main battle tank", "quantity": 62}),
  ("holding", "3.2", {"holder": "Nicaragua", "item": "BTR-70", "item_category": "armoured personnel carrier"}),
  ("strength", "4.1", {"force": "Nicaraguan Army", "personnel": 12000, "qualifier": "about"}),
  ("budget", "4.1", {"country": "Nicaragua", "year": "2016", "amount": M(1.9e9, "NIO"), "according_to": "budget law"}),
 ]))

# 30 Vietnam, wire at a defence expo
ARTICLES.append(art(
 "asiadefencewire-20221209-vietnam-expo",
 "https://www.asiadefencewire.com/vietnam/2022/12/09/vietnam-first-defence-expo",
 "Vietnam seeks new suppliers at first international defence expo",
 "2022-12-09",
 [
  ["HANOI, Dec 9 (Asia Defence Wire) - Vietnam's first international defence exhibition opened at Gia Lam airport on Thursday, as Hanoi seeks to reduce its dependence on Russian weapons.",
   "South Korea's Hanwha Aerospace showed its K9 self-propelled howitzer, which Vietnam is in talks to buy, according to two people familiar with the matter.",
   "A Hanwha executive said the company had also offered Vietnam its Chunmoo multiple rocket launcher.",
   "The Vietnamese navy's own stand showed a Russian-made Bastion-P coastal missile system in public for the first time."],
  ["Vietnam's military operates six Kilo-class submarines delivered by Russia between 2013 and 2017, four Gepard-class frigates and 35 Su-30MK2 fighters, according to the IISS.",
   "The People's Army of Vietnam has about 482,000 active personnel, the institute says."],
  ["Deputy Defence Minister Hoang Xuan Chien said at the opening that Vietnamese agencies had signed 16 contracts and memorandums with foreign firms at the show."],
  ["On the sidelines, Defence Minister Phan Van Giang met Indonesian Deputy Defence Minister Muhammad Herindra on Thursday to discuss maritime cooperation."],
  ["India's Larsen & Toubro handed over the last of 12 high-speed patrol boats to Vietnam's border guard in June, financed by a $100 million Indian credit line.",
   "SIPRI estimates Vietnam's military spending in 2021 at $6.2 billion; Hanoi does not publish a detailed defence budget."],
 ],
 [
  ("transfer", "1.2", {"supplier": "Hanwha Aerospace", "recipient": "Vietnam", "item": "K9", "item_category": "self-propelled artillery", "status": "negotiating"}),
  ("transfer", "1.3", {"supplier": "Hanwha Aerospace", "recipient": "Vietnam", "item": "Chunmoo", "item_category": "multiple rocket launcher", "status": "offered"}),
  ("transfer", "1.4", {"supplier": "Russia", "recipient": "Vietnam", "item": "Bastion-P", "item_category": "cruise missile", "status": "displayed", "date": "2022-12-08"}),
  ("holding", "2.1", {"holder": "Vietnam", "item": "Kilo-class", "item_category": "submarine", "quantity": 6}),
  ("holding", "2.1", {"holder": "Vietnam", "item": "Gepard-class", "item_category": "warship", "quantity": 4}),
  ("holding", "2.1", {"holder": "Vietnam", "item": "Su-30MK2", "item_category": "combat aircraft", "quantity": 35}),
  ("transfer", "2.1", {"supplier": "Russia", "recipient": "Vietnam", "item": "Kilo-class", "item_category": "submarine", "quantity": 6, "status": "delivered", "date": "2013/2017"}),
  ("strength", "2.2", {"force": "People's Army of Vietnam", "personnel": 482000, "qualifier": "about", "according_to": "IISS"}),
  ("office", "3.1", {"person": "Hoang Xuan Chien", "role": "Deputy Defence Minister", "organisation": "Vietnam"}),
  ("agreement", "3.1", {"parties": ["Vietnam", "foreign firms"], "subject": "16 contracts and memorandums"}),
  ("meeting", "4.1", {"participants": ["Phan Van Giang", "Muhammad Herindra"], "date": "2022-12-08", "subject": "maritime cooperation"}),
  ("office", "4.1", {"person": "Phan Van Giang", "role": "Defence Minister", "organisation": "Vietnam"}),
  ("office", "4.1", {"person": "Muhammad Herindra", "role": "Deputy Defence Minister", "organisation": "Indonesia"}),
  ("transfer", "5.1", {"supplier": "Larsen & Toubro", "recipient": "Vietnam", "item": "high-speed patrol boats", "item_category": "patrol craft", "quantity": 12, "status": "delivered", "date": "2022-06"}),
  ("budget", "5.2", {"country": "Vietnam", "year": "2021", "amount": M(6.2e9, "USD"), "according_to": "SIPRI"}),
 ]))

# 31 Myanmar, wire
ARTICLES.append(art(
 "mekongwire-20230413-pazigyi-airstrike",
 "https://www.mekongwire.com/myanmar/2023/04/13/sagaing-air-strike-toll-rises",
 "Toll from Myanmar air strike on Sagaing village rises to 165",
 "2023-04-13",
 [
  ["BANGKOK, April 13 (Mekong Wire) - The death toll from a Myanmar military air strike on the village of Pazigyi in Sagaing region on Tuesday has risen to at least 165, including about 35 children, residents and the opposition National Unity Government (NUG) said on Thursday.",
   "The junta confirmed the strike but said it had targeted a ceremony of the People's Defence Force; its spokesman, Major General Zaw Min Tun, said some of the dead were “uniformed fighters.”"],
  ["UN Secretary-General António Guterres condemned the attack, and the UN Special Rapporteur on Myanmar, Tom Andrews, said the junta's air force had been built with Russian and Chinese aircraft."],
  ["Russia delivered the first two of six Su-30SME fighters ordered by Myanmar in 2018 in March last year, according to Russian state media, and China has supplied K-8 trainers and FTC-2000G light attack jets.",
   "The Su-30SMEs were displayed in public for the first time at the Armed Forces Day parade in Naypyitaw last month."],
  ["The Assistance Association for Political Prisoners says at least 3,240 civilians have been killed by security forces since the February 2021 coup.",
   "The NUG says its forces have killed more than 20,000 junta soldiers over the same period, a figure that cannot be verified."],
  ["Analysts estimate the military's strength at about 150,000, far below the 400,000 it claims.",
   "The junta raised the defence budget for 2023 to 5.6 trillion kyat ($2.7 billion), according to the NUG."],
 ],
 [
  ("incident", "1.1", {"kind": "air strike", "location": "Pazigyi, Sagaing region", "date": "2023-04-11", "killed": 165, "qualifier": "at least", "actor": "Myanmar"}),
  ("office", "1.2", {"person": "Zaw Min Tun", "role": "spokesman", "organisation": "Myanmar military"}),
  ("office", "2.1", {"person": "António Guterres", "role": "Secretary-General", "organisation": "United Nations"}),
  ("office", "2.1", {"person": "Tom Andrews", "role": "Special Rapporteur on Myanmar", "organisation": "United Nations"}),
  ("transfer", "3.1", {"supplier": "Russia", "recipient": "Myanmar", "item": "Su-30SME", "item_category": "combat aircraft", "quantity": 2, "status": "delivered", "date": "2022-03"}),
  ("transfer", "3.1", {"supplier": "Russia", "recipient": "Myanmar", "item": "Su-30SME", "item_category": "combat aircraft", "quantity": 6, "status": "ordered", "date": "2018"}),
  ("transfer", "3.1", {"supplier": "China", "recipient": "Myanmar", "item": "K-8", "item_category": "trainer aircraft", "status": "delivered"}),
  ("transfer", "3.1", {"supplier": "China", "recipient": "Myanmar", "item": "FTC-2000G", "item_category": "combat aircraft", "status": "delivered"}),
  ("transfer", "3.2", {"supplier": "Russia", "recipient": "Myanmar", "item": "Su-30SME", "item_category": "combat aircraft", "status": "displayed", "date": "2023-03"}),
  ("casualties", "4.1", {"force": "civilians", "period": "2021-02/2023-04", "killed": 3240, "qualifier": "at least", "cause": "security forces"}),
  ("casualties", "4.2", {"force": "Myanmar military", "period": "2021-02/2023-04", "killed": 20000, "qualifier": "more than"}),
  ("strength", "5.1", {"force": "Myanmar military", "personnel": 150000, "qualifier": "about", "according_to": "analysts"}),
  ("strength", "5.1", {"force": "Myanmar military", "personnel": 400000, "according_to": "Myanmar military"}),
  ("budget", "5.2", {"country": "Myanmar", "year": "2023", "amount": M(5.6e12, "MMK"), "according_to": "National Unity Government"}),
 ]))
