# Batch 4: the Nordics and the Pacific
from util import M, art

ARTICLES = []

# 20 Sweden, company press release
ARTICLES.append(art(
 "saab-pr-20220617-globaleye-sweden",
 "https://www.saab-media.example/press-releases/2022/06/17/globaleye-order-sweden",
 "Saab receives order for GlobalEye from Sweden",
 "2022-06-17",
 [
  ["Saab has received an order from the Swedish Defence Materiel Administration (FMV) for two GlobalEye airborne early warning and control aircraft.",
   "The order value is approximately SEK 7.3 billion and deliveries are planned to take place in 2027.",
   "The contract also includes an option for two additional aircraft."],
  ["“GlobalEye will give Sweden a surveillance capability that no other system on the market can match,” says Micael Johansson, President and CEO of Saab."],
  ["The Swedish Air Force currently operates two Saab 340 AEW&C aircraft in the airborne early warning role, which will be replaced by GlobalEye."],
  ["GlobalEye has previously been ordered by the United Arab Emirates, which has received four aircraft and has ordered a fifth."],
  ["Saab serves the global market with world-leading products, services and solutions within military defence and civil security. Saab has around 18,000 employees."],
 ],
 [
  ("transfer", "1.1-1.2", {"supplier": "Saab", "recipient": "Sweden", "item": "GlobalEye", "item_category": "other", "quantity": 2, "value": M(7.3e9, "SEK"), "status": "ordered"}),
  ("agreement", "1.1-1.2", {"parties": ["Sweden", "Saab"], "subject": "order for two GlobalEye aircraft", "value": M(7.3e9, "SEK")}),
  ("office", "2.1", {"person": "Micael Johansson", "role": "President and CEO", "organisation": "Saab"}),
  ("holding", "3.1", {"holder": "Swedish Air Force", "item": "Saab 340 AEW&C", "item_category": "other", "quantity": 2}),
  ("transfer", "4.1", {"supplier": "Saab", "recipient": "United Arab Emirates", "item": "GlobalEye", "item_category": "other", "quantity": 4, "status": "delivered"}),
  ("transfer", "4.1", {"supplier": "Saab", "recipient": "United Arab Emirates", "item": "GlobalEye", "item_category": "other", "quantity": 1, "status": "ordered"}),
 ]))

# 21 Denmark, parliamentary reporting
ARTICLES.append(art(
 "copenhagenledger-20230120-caesar-donation",
 "https://www.copenhagenledger.dk/politics/2023/01/20/folketing-backs-caesar-donation",
 "Folketing backs Caesar donation as defence spending row deepens",
 "2023-01-20",
 [
  ["COPENHAGEN – Denmark will give all 19 of its French-made Caesar howitzers to Ukraine, the government announced on Thursday, after a majority in the Folketing's defence committee backed the donation.",
   "The guns were ordered from Nexter in 2017 and some were still at the factory in France, acting Defence Minister Troels Lund Poulsen told MPs."],
  ["Denmark has so far given Ukraine military equipment worth 6.5 billion kroner, Lund Poulsen said.",
   "He spoke by phone with Ukrainian Defence Minister Oleksii Reznikov on Thursday evening."],
  ["Under the national compromise agreed last year, defence spending will rise to 2 percent of GDP by 2030.",
   "The ministry's 2023 budget is 33.6 billion kroner (about 4.5 billion euros), but the Danish Institute for International Studies calculated that actual spending in 2023, using NATO's definition, will be closer to 39 billion kroner."],
  ["The army currently has around 8,000 soldiers in its operational units, said Chief of Defence Flemming Lentfer.",
   "Denmark took delivery of its first four F-35A fighters in the United States last year, out of 27 ordered from Lockheed Martin."],
 ],
 [
  ("transfer", "1.1", {"supplier": "Denmark", "recipient": "Ukraine", "item": "Caesar", "item_category": "self-propelled artillery", "quantity": 19, "status": "agreed", "date": "2023-01-19"}),
  ("holding", "1.1", {"holder": "Denmark", "item": "Caesar", "item_category": "self-propelled artillery", "quantity": 19}),
  ("transfer", "1.1-1.2", {"supplier": "Nexter", "recipient": "Denmark", "item": "Caesar", "item_category": "self-propelled artillery", "quantity": 19, "status": "ordered", "date": "2017"}),
  ("office", "1.2", {"person": "Troels Lund Poulsen", "role": "Acting Defence Minister", "organisation": "Denmark"}),
  ("transfer", "2.1", {"supplier": "Denmark", "recipient": "Ukraine", "item": "military equipment", "item_category": "other", "value": M(6.5e9, "DKK"), "status": "delivered"}),
  ("meeting", "2.2", {"participants": ["Lund Poulsen", "Oleksii Reznikov"], "date": "2023-01-19", "subject": "phone call"}),
  ("office", "2.2", {"person": "Oleksii Reznikov", "role": "Defence Minister", "organisation": "Ukraine"}),
  ("budget", "3.2", {"country": "Denmark", "year": "2023", "amount": M(33.6e9, "DKK"), "according_to": "ministry"}),
  ("budget", "3.2", {"country": "Denmark", "year": "2023", "amount": M(39e9, "DKK"), "qualifier": "about", "according_to": "Danish Institute for International Studies"}),
  ("strength", "4.1", {"force": "Danish Army", "personnel": 8000, "qualifier": "about", "according_to": "Flemming Lentfer"}),
  ("office", "4.1", {"person": "Flemming Lentfer", "role": "Chief of Defence", "organisation": "Denmark"}),
  ("transfer", "4.2", {"supplier": "Lockheed Martin", "recipient": "Denmark", "item": "F-35A", "item_category": "combat aircraft", "quantity": 4, "status": "delivered", "date": "2022"}),
  ("transfer", "4.2", {"supplier": "Lockheed Martin", "recipient": "Denmark", "item": "F-35A", "item_category": "combat aircraft", "quantity": 27, "status": "ordered"}),
 ]))

# 22 Iceland, translated from Icelandic
ARTICLES.append(art(
 "nordurfrettir-20170518-coast-guard-helicopter",
 "https://www.nordurfrettir.is/en/2017/05/18/coast-guard-new-helicopter",
 "Coast Guard took new helicopter in use – money is short, says director",
 "2017-05-18",
 [
  ["REYKJAVÍK – The Icelandic Coast Guard took on Tuesday in use the first of three Airbus H225 Super Puma helicopters, which it leases from the Norwegian company Knut Axel Ugland Holding."],
  ["The Coast Guard has now four helicopters, three patrol ships – Þór, Týr and Ægir – and one Dash 8 surveillance aircraft, TF-SIF."],
  ["Director Georg Kr. Lárusson says the institution would need 1.2 billion krónur more each year to keep all ships at sea.",
   "The defence budget of Iceland, which is managed by the Ministry for Foreign Affairs and pays among other things the air defence system and the host nation support for NATO air policing, is 1.5 billion krónur for 2017."],
  ["The Coast Guard employs about 200 people, of them 90 sailors and 40 in the aviation department.",
   "Iceland has no army, and it is the only NATO member without own armed forces."],
  ["Minister of Justice Sigríður Á. Andersen visited the Coast Guard on Wednesday and met with Lárusson."],
 ],
 [
  ("transfer", "1.1", {"supplier": "Knut Axel Ugland Holding", "recipient": "Iceland", "item": "H225 Super Puma", "item_category": "helicopter", "quantity": 1, "status": "in_service", "date": "2017-05-16"}),
  ("holding", "2.1", {"holder": "Icelandic Coast Guard", "item": "helicopters", "item_category": "helicopter", "quantity": 4}),
  ("holding", "2.1", {"holder": "Icelandic Coast Guard", "item": "patrol ships", "item_category": "patrol craft", "quantity": 3}),
  ("holding", "2.1", {"holder": "Icelandic Coast Guard", "item": "Dash 8", "item_category": "other", "quantity": 1}),
  ("office", "3.1", {"person": "Georg Kr. Lárusson", "role": "Director", "organisation": "Icelandic Coast Guard"}),
  ("budget", "3.2", {"country": "Iceland", "year": "2017", "amount": M(1.5e9, "ISK")}),
  ("strength", "4.1", {"force": "Icelandic Coast Guard", "personnel": 200, "qualifier": "about"}),
  ("meeting", "5.1", {"participants": ["Sigríður Á. Andersen", "Lárusson"], "date": "2017-05-17"}),
  ("office", "5.1", {"person": "Sigríður Á. Andersen", "role": "Justice Minister", "organisation": "Iceland"}),
 ]))

# 23 Fiji, regional outlet
ARTICLES.append(art(
 "suvasun-20190606-rfns-savenaca",
 "https://www.suvasun.com.fj/news/2019/06/06/rfns-savenaca-arrives",
 "RFNS Savenaca arrives, Navy now with four patrol boats",
 "2019-06-06",
 [
  ["SUVA – The Republic of Fiji Navy's new Guardian-class patrol boat, RFNS Savenaca, sailed into Suva harbour on Tuesday after a ten-day voyage from Henderson, Western Australia, where it was handed over by Australia last month.",
   "Fiji will receive a second Guardian-class vessel in 2023 under the Pacific Maritime Security Program, Australian High Commissioner John Feakes said."],
  ["The Navy now operates four patrol boats and a hydrographic survey ship, RFNS Kacau, which was donated by China in 2018."],
  ["Republic of Fiji Military Forces Commander Rear Admiral Viliame Naupoto said the RFMF had about 4,000 regular personnel and 6,000 reservists."],
  ["In the 2018-2019 budget, Parliament allocated FJ$96.4 million to the RFMF, but Opposition MP Pio Tikoduadua said the actual figure including capital projects was over FJ$110 million."],
  ["Since 1978, 59 Fijian soldiers have died while serving in United Nations peacekeeping missions."],
 ],
 [
  ("transfer", "1.1", {"supplier": "Australia", "recipient": "Fiji", "item": "Guardian-class", "item_category": "patrol craft", "quantity": 1, "status": "delivered", "date": "2019-05"}),
  ("transfer", "1.2", {"supplier": "Australia", "recipient": "Fiji", "item": "Guardian-class", "item_category": "patrol craft", "quantity": 1, "status": "agreed"}),
  ("office", "1.2", {"person": "John Feakes", "role": "High Commissioner", "organisation": "Australia"}),
  ("holding", "2.1", {"holder": "Republic of Fiji Navy", "item": "patrol boats", "item_category": "patrol craft", "quantity": 4}),
  ("holding", "2.1", {"holder": "Republic of Fiji Navy", "item": "hydrographic survey ship", "item_category": "other", "quantity": 1}),
  ("transfer", "2.1", {"supplier": "China", "recipient": "Fiji", "item": "RFNS Kacau", "item_category": "other", "status": "delivered", "date": "2018"}),
  ("office", "3.1", {"person": "Viliame Naupoto", "role": "Commander", "organisation": "Republic of Fiji Military Forces"}),
  ("strength", "3.1", {"force": "Republic of Fiji Military Forces", "personnel": 4000, "qualifier": "about", "according_to": "Viliame Naupoto"}),
  ("strength", "3.1", {"force": "Republic of Fiji Military Forces reserve", "personnel": 6000, "qualifier": "about", "according_to": "Viliame Naupoto"}),
  ("budget", "4.1", {"country": "Fiji", "year": "2018/2019", "amount": M(96.4e6, "FJD"), "according_to": "Parliament"}),
  ("budget", "4.1", {"country": "Fiji", "year": "2018/2019", "amount": M(110e6, "FJD"), "qualifier": "more than", "according_to": "Pio Tikoduadua"}),
  ("office", "4.1", {"person": "Pio Tikoduadua", "role": "MP", "organisation": "Parliament of Fiji"}),
  ("casualties", "5.1", {"force": "Republic of Fiji Military Forces", "period": "1978/2019", "killed": 59, "cause": "United Nations peacekeeping missions"}),
 ]))

# 24 Solomon Islands, regional outlet
ARTICLES.append(art(
 "honiaraherald-20220120-china-police-equipment",
 "https://www.honiaraherald.sb/news/2022/01/20/china-police-equipment-arrives",
 "China police equipment arrives as Honiara recovers from November riots",
 "2022-01-20",
 [
  ["HONIARA – A shipment of riot control equipment from China, including shields, helmets, batons and drones, arrived in Honiara on Tuesday, the Ministry of Police, National Security and Correctional Services confirmed.",
   "The Chinese embassy said it had also donated 95 replica rifles for training, and Police Minister Anthony Veke denied reports in the Australian media that real weapons were included."],
  ["Veke met Chinese Ambassador Li Ming on Wednesday to thank him for the equipment."],
  ["Australia, which deployed police and soldiers at Prime Minister Manasseh Sogavare's request during the riots, still has about 100 personnel in Honiara under the Solomons International Assistance Force, alongside troops from Fiji, Papua New Guinea and New Zealand."],
  ["The Royal Solomon Islands Police Force (RSIPF) has about 1,500 officers, including a paramilitary Police Response Team, but the country has had no army since independence.",
   "Australia delivered two Guardian-class patrol boats, the Gizo and the Taro, to the RSIPF maritime wing in 2019 and 2020."],
 ],
 [
  ("transfer", "1.1", {"supplier": "China", "recipient": "Solomon Islands", "item": "shields", "item_category": "other", "status": "delivered", "date": "2022-01-18"}),
  ("transfer", "1.1", {"supplier": "China", "recipient": "Solomon Islands", "item": "helmets", "item_category": "other", "status": "delivered", "date": "2022-01-18"}),
  ("transfer", "1.1", {"supplier": "China", "recipient": "Solomon Islands", "item": "batons", "item_category": "other", "status": "delivered", "date": "2022-01-18"}),
  ("transfer", "1.1", {"supplier": "China", "recipient": "Solomon Islands", "item": "drones", "item_category": "unmanned aerial vehicle", "status": "delivered", "date": "2022-01-18"}),
  ("transfer", "1.2", {"supplier": "China", "recipient": "Solomon Islands", "item": "replica rifles", "item_category": "other", "quantity": 95, "status": "delivered"}),
  ("office", "1.2", {"person": "Anthony Veke", "role": "Police Minister", "organisation": "Solomon Islands"}),
  ("meeting", "2.1", {"participants": ["Veke", "Li Ming"], "date": "2022-01-19", "subject": "equipment"}),
  ("office", "2.1", {"person": "Li Ming", "role": "Ambassador", "organisation": "China"}),
  ("office", "3.1", {"person": "Manasseh Sogavare", "role": "Prime Minister", "organisation": "Solomon Islands"}),
  ("strength", "3.1", {"force": "Australian contingent of the Solomons International Assistance Force", "personnel": 100, "qualifier": "about"}),
  ("strength", "4.1", {"force": "Royal Solomon Islands Police Force", "personnel": 1500, "qualifier": "about"}),
  ("transfer", "4.2", {"supplier": "Australia", "recipient": "Solomon Islands", "item": "Guardian-class", "item_category": "patrol craft", "quantity": 2, "status": "delivered", "date": "2019/2020"}),
 ]))

# 25 Pacific, think-tank brief
ARTICLES.append(art(
 "oceaniasecurityforum-20240125-pmsp-brief",
 "https://www.oceaniasecurityforum.org/briefs/2024/01/pacific-maritime-security-program",
 "Brief: Where the Guardians are – Pacific patrol boats and budgets in 2024",
 "2024-01-25",
 [
  ["By the end of 2023, Australia had handed over 19 of the 22 Guardian-class patrol boats that Austal is building under the Pacific Maritime Security Program."],
  ["Papua New Guinea has received all four of its boats, while Timor-Leste took delivery of its two Guardians, the Aitana and the Laline, in March 2023.",
   "Tonga and Vanuatu each operate two of the boats, while Samoa lost its only Guardian, the Nafanua II, when it ran aground in August 2021.",
   "Australia agreed in 2022 to replace the Samoan vessel at no cost; Tonga, meanwhile, declined an offer of Chinese patrol boats."],
  ["Timor-Leste's defence force (F-FDTL) numbers about 2,280 personnel, and its 2023 state budget gives it US$46.7 million, according to the Ministry of Finance.",
   "The Papua New Guinea Defence Force has about 3,600 personnel; its budget for 2023 is 350 million kina (US$99 million), Defence Minister Win Bakri Daki said in November.",
   "The National Research Institute, however, estimates PNG's 2023 defence spending at only 290 million kina."],
  ["On 7 December 2023 Prime Ministers Anthony Albanese and James Marape met in Canberra and signed a bilateral security agreement between Australia and Papua New Guinea."],
  ["Dr Mere Tuilagi is a fellow at the Oceania Security Forum."],
 ],
 [
  ("transfer", "2.1", {"supplier": "Australia", "recipient": "Papua New Guinea", "item": "Guardian-class", "item_category": "patrol craft", "quantity": 4, "status": "delivered"}),
  ("transfer", "2.1", {"supplier": "Australia", "recipient": "Timor-Leste", "item": "Guardian-class", "item_category": "patrol craft", "quantity": 2, "status": "delivered", "date": "2023-03"}),
  ("holding", "2.2", {"holder": "Tonga", "item": "Guardian-class", "item_category": "patrol craft", "quantity": 2}),
  ("holding", "2.2", {"holder": "Vanuatu", "item": "Guardian-class", "item_category": "patrol craft", "quantity": 2}),
  ("transfer", "2.3", {"supplier": "Australia", "recipient": "Samoa", "item": "Guardian-class", "item_category": "patrol craft", "quantity": 1, "status": "agreed", "date": "2022"}),
  ("strength", "3.1", {"force": "F-FDTL", "personnel": 2280, "qualifier": "about"}),
  ("budget", "3.1", {"country": "Timor-Leste", "year": "2023", "amount": M(46.7e6, "USD"), "according_to": "Ministry of Finance"}),
  ("strength", "3.2", {"force": "Papua New Guinea Defence Force", "personnel": 3600, "qualifier": "about"}),
  ("budget", "3.2", {"country": "Papua New Guinea", "year": "2023", "amount": M(350e6, "PGK"), "according_to": "Win Bakri Daki"}),
  ("office", "3.2", {"person": "Win Bakri Daki", "role": "Defence Minister", "organisation": "Papua New Guinea"}),
  ("budget", "3.3", {"country": "Papua New Guinea", "year": "2023", "amount": M(290e6, "PGK"), "according_to": "National Research Institute"}),
  ("meeting", "4.1", {"participants": ["Anthony Albanese", "James Marape"], "place": "Canberra", "date": "2023-12-07"}),
  ("agreement", "4.1", {"parties": ["Australia", "Papua New Guinea"], "subject": "bilateral security agreement", "date": "2023-12-07", "place": "Canberra"}),
  ("office", "4.1", {"person": "Anthony Albanese", "role": "Prime Minister", "organisation": "Australia"}),
  ("office", "4.1", {"person": "James Marape", "role": "Prime Minister", "organisation": "Papua New Guinea"}),
 ]))
