# Batch 3: the Balkans
from util import M, art

ARTICLES = []

# 14 Serbia, regional outlet, non-native English
ARTICLES.append(art(
 "balkaninsider-20220411-serbia-fk3",
 "https://www.balkan-insider.rs/en/defence/2022/04/11/chinese-fk3-arrived-serbia",
 "Chinese air defence system FK-3 arrived in Serbia, Vučić confirms",
 "2022-04-11",
 [
  ["BELGRADE – The Chinese air defence system FK-3 is arrived in Serbia, President Aleksandar Vučić has confirmed on Sunday, after six Y-20 transport planes of the Chinese air force have landed at Belgrade airport on Saturday.",
   "“This is a system which makes Serbia much more strong in the air,” said Vučić, who added that Serbia bought the system in 2020 for an amount he did not want to say."],
  ["According to the Ministry of Defence, the Serbian Army has in its inventory also the Russian Pantsir-S1 system, delivered in 2020, and 14 MiG-29 fighters, of which six donated by Russia in 2017 and four by Belarus in 2019."],
  ["Minister of Defence Nebojša Stefanović said Serbia remains military neutral and it will not join NATO neither the CSTO.",
   "He also said that Serbia is in talks with France for the purchase of 12 Rafale fighters, but the decision is not yet made."],
  ["The Serbian Armed Forces have around 28,000 active soldiers, and the budget for defence in 2022 is 141 billion dinars, or approximately 1.2 billion euros."],
  ["EU foreign policy spokesman Peter Stano said today that the bloc expects candidate countries to align with its foreign policy."],
 ],
 [
  ("transfer", "1.1", {"supplier": "China", "recipient": "Serbia", "item": "FK-3", "item_category": "air defence system", "status": "delivered", "date": "2022-04-09"}),
  ("office", "1.1", {"person": "Aleksandar Vučić", "role": "President", "organisation": "Serbia"}),
  ("transfer", "1.2", {"supplier": "China", "recipient": "Serbia", "item": "FK-3", "item_category": "air defence system", "status": "ordered", "date": "2020"}),
  ("holding", "2.1", {"holder": "Serbian Army", "item": "Pantsir-S1", "item_category": "air defence system"}),
  ("holding", "2.1", {"holder": "Serbian Army", "item": "MiG-29", "item_category": "combat aircraft", "quantity": 14}),
  ("transfer", "2.1", {"supplier": "Russia", "recipient": "Serbia", "item": "Pantsir-S1", "item_category": "air defence system", "status": "delivered", "date": "2020"}),
  ("transfer", "2.1", {"supplier": "Russia", "recipient": "Serbia", "item": "MiG-29", "item_category": "combat aircraft", "quantity": 6, "status": "delivered", "date": "2017"}),
  ("transfer", "2.1", {"supplier": "Belarus", "recipient": "Serbia", "item": "MiG-29", "item_category": "combat aircraft", "quantity": 4, "status": "delivered", "date": "2019"}),
  ("office", "3.1", {"person": "Nebojša Stefanović", "role": "Defence Minister", "organisation": "Serbia"}),
  ("transfer", "3.1-3.2", {"supplier": "France", "recipient": "Serbia", "item": "Rafale", "item_category": "combat aircraft", "quantity": 12, "status": "negotiating"}),
  ("strength", "4.1", {"force": "Serbian Armed Forces", "personnel": 28000, "qualifier": "about"}),
  ("budget", "4.1", {"country": "Serbia", "year": "2022", "amount": M(141e9, "RSD")}),
  ("office", "5.1", {"person": "Peter Stano", "role": "spokesman", "organisation": "European Union"}),
 ]))

# 15 Croatia, parliamentary reporting
ARTICLES.append(art(
 "adriaticpolitics-20211129-sabor-rafale",
 "https://www.adriaticpolitics.hr/en/sabor/2021/11/29/opposition-questions-rafale-cost",
 "Sabor: opposition questions real cost of Rafale deal",
 "2021-11-29",
 [
  ["ZAGREB – Opposition MPs in the Sabor on Friday accused the government of hiding the true cost of the 12 used Rafale fighter jets Croatia is buying from France, a day after the contract was signed in Zagreb during a visit by French President Emmanuel Macron."],
  ["According to Defence Minister Mario Banožić, the contract is worth 999 million euros, of which the aircraft themselves cost 614 million euros and the rest goes on training, spare parts and three years of support."],
  ["MP Nikola Grmoja of the Bridge party said the real price would be closer to 1.2 billion euros once weapons are added, since the package includes no Meteor missiles.",
   "The first six jets should arrive in 2023 and the remaining six in 2024; until then the Air Force will keep flying its last 12 MiG-21 fighters."],
  ["Croatia's defence budget for 2022 is set at 7.9 billion kuna (about 1.05 billion euros), according to the draft budget, while NATO's latest estimate of Croatian defence expenditure for 2022 is 1.1 billion euros.",
   "The Croatian Armed Forces have about 15,000 active members."],
  ["Macron, on the first official visit of a French president to Zagreb, held talks with Prime Minister Andrej Plenković on Thursday, after which the two signed a strategic partnership between Croatia and France."],
 ],
 [
  ("transfer", "1.1-2.1", {"supplier": "France", "recipient": "Croatia", "item": "Rafale", "item_category": "combat aircraft", "quantity": 12, "value": M(999e6, "EUR"), "status": "ordered", "date": "2021-11-25"}),
  ("agreement", "1.1-2.1", {"parties": ["Croatia", "France"], "subject": "contract for 12 used Rafale fighter jets", "value": M(999e6, "EUR"), "date": "2021-11-25", "place": "Zagreb"}),
  ("office", "1.1", {"person": "Emmanuel Macron", "role": "President", "organisation": "France"}),
  ("office", "2.1", {"person": "Mario Banožić", "role": "Defence Minister", "organisation": "Croatia"}),
  ("office", "3.1", {"person": "Nikola Grmoja", "role": "MP", "organisation": "Sabor"}),
  ("holding", "3.2", {"holder": "Croatian Air Force", "item": "MiG-21", "item_category": "combat aircraft", "quantity": 12}),
  ("budget", "4.1", {"country": "Croatia", "year": "2022", "amount": M(7.9e9, "HRK"), "according_to": "draft budget"}),
  ("budget", "4.1", {"country": "Croatia", "year": "2022", "amount": M(1.1e9, "EUR"), "according_to": "NATO"}),
  ("strength", "4.2", {"force": "Croatian Armed Forces", "personnel": 15000, "qualifier": "about"}),
  ("meeting", "5.1", {"participants": ["Emmanuel Macron", "Andrej Plenković"], "place": "Zagreb", "date": "2021-11-25"}),
  ("office", "5.1", {"person": "Andrej Plenković", "role": "Prime Minister", "organisation": "Croatia"}),
  ("agreement", "5.1", {"parties": ["Croatia", "France"], "subject": "strategic partnership", "date": "2021-11-25"}),
 ]))

# 16 Albania, ministry press release (translated feel)
ARTICLES.append(art(
 "mod-al-20230217-black-hawk-reception",
 "https://www.mod-albania-press.example/en/news/2023/02/17/first-black-hawks",
 "Press release: Minister Peleshi welcomes the first Black Hawk helicopters at Farka base",
 "2023-02-17",
 [
  ["Tirana, 17 February 2023 – The Minister of Defence, Mr. Niko Peleshi, took part today in the ceremony of reception of the first two UH-60A Black Hawk helicopters, which the Armed Forces acquire from the United States with the support of the Foreign Military Financing programme.",
   "They are the first of six Black Hawks ordered in 2021, with the remaining four to arrive by 2024."],
  ["Minister Peleshi recalled that last year Albania has signed also a contract with the Turkish company Baykar for three Bayraktar TB2 unmanned aerial vehicles, in value of 8 million euros, which are expected to be delivered within this year."],
  ["In the ceremony participated also the Chargé d'Affaires of the US Embassy, Nolan Smith, the Chief of the General Staff, Major General Arben Kingji, and the Commander of the Air Force, Brigadier General Agim Hoxha."],
  ["The defence budget of Albania for 2023 is 39.5 billion leks, or 1.76 percent of GDP, the highest in the history of the Armed Forces.",
   "NATO estimates the defence expenditure of Albania for 2023 at 431 million US dollars.",
   "The Albanian Armed Forces number approximately 6,800 military personnel."],
 ],
 [
  ("office", "1.1", {"person": "Niko Peleshi", "role": "Defence Minister", "organisation": "Albania"}),
  ("transfer", "1.1", {"supplier": "United States", "recipient": "Albania", "item": "UH-60A Black Hawk", "item_category": "helicopter", "quantity": 2, "status": "delivered", "date": "2023-02-17"}),
  ("transfer", "1.2", {"supplier": "United States", "recipient": "Albania", "item": "UH-60A Black Hawk", "item_category": "helicopter", "quantity": 6, "status": "ordered", "date": "2021"}),
  ("transfer", "2.1", {"supplier": "Baykar", "recipient": "Albania", "item": "Bayraktar TB2", "item_category": "unmanned aerial vehicle", "quantity": 3, "value": M(8e6, "EUR"), "status": "ordered", "date": "2022"}),
  ("agreement", "2.1", {"parties": ["Albania", "Baykar"], "subject": "contract for three Bayraktar TB2 unmanned aerial vehicles", "value": M(8e6, "EUR"), "date": "2022"}),
  ("office", "3.1", {"person": "Nolan Smith", "role": "Chargé d'Affaires", "organisation": "US Embassy"}),
  ("office", "3.1", {"person": "Arben Kingji", "role": "Chief of General Staff", "organisation": "Albania"}),
  ("office", "3.1", {"person": "Agim Hoxha", "role": "Commander", "organisation": "Albanian Air Force"}),
  ("budget", "4.1", {"country": "Albania", "year": "2023", "amount": M(39.5e9, "ALL")}),
  ("budget", "4.2", {"country": "Albania", "year": "2023", "amount": M(431e6, "USD"), "according_to": "NATO"}),
  ("strength", "4.3", {"force": "Albanian Armed Forces", "personnel": 6800, "qualifier": "about"}),
 ]))

# 17 North Macedonia, regional outlet
ARTICLES.append(art(
 "vardarpost-20221212-su25-ukraine",
 "https://www.vardarpost.mk/en/2022/12/12/skopje-silent-su25-ukraine",
 "Skopje silent on reports its Su-25s went to Ukraine",
 "2022-12-12",
 [
  ["SKOPJE – The Ministry of Defence of North Macedonia on Monday neither confirmed nor denied media reports that the country's four Su-25 ground attack aircraft, grounded since 2004, have been transferred to Ukraine."],
  ["Defence Minister Slavjanka Petrovska said only that North Macedonia has donated military-technical assistance to Ukraine worth around 10 million euros, including T-72 tanks.",
   "In September the Army received from the United States 25 JLTV armoured vehicles, part of a 38-vehicle order financed with American military aid."],
  ["The government has planned 11.7 billion denars (190 million euros) for defence in 2023, which is 1.87 percent of GDP, said Deputy Defence Minister Jovan Trajkovski.",
   "The opposition VMRO-DPMNE says the real budget for 2023 is only 9.8 billion denars when the repayments of loans are excluded."],
  ["The Army has around 8,000 active members.",
   "Petrovska met in Skopje on Friday with the U.S. Ambassador Angela Aggeler to discuss further support."],
 ],
 [
  ("transfer", "1.1", {"supplier": "North Macedonia", "recipient": "Ukraine", "item": "Su-25", "item_category": "combat aircraft", "quantity": 4, "status": "reported"}),
  ("holding", "1.1", {"holder": "North Macedonia", "item": "Su-25", "item_category": "combat aircraft", "quantity": 4}),
  ("office", "2.1", {"person": "Slavjanka Petrovska", "role": "Defence Minister", "organisation": "North Macedonia"}),
  ("transfer", "2.1", {"supplier": "North Macedonia", "recipient": "Ukraine", "item": "T-72", "item_category": "main battle tank", "status": "delivered"}),
  ("transfer", "2.2", {"supplier": "United States", "recipient": "North Macedonia", "item": "JLTV", "item_category": "armoured vehicle", "quantity": 25, "status": "delivered", "date": "2022-09"}),
  ("transfer", "2.2", {"supplier": "United States", "recipient": "North Macedonia", "item": "JLTV", "item_category": "armoured vehicle", "quantity": 38, "status": "ordered"}),
  ("budget", "3.1", {"country": "North Macedonia", "year": "2023", "amount": M(11.7e9, "MKD"), "according_to": "Jovan Trajkovski"}),
  ("office", "3.1", {"person": "Jovan Trajkovski", "role": "Deputy Defence Minister", "organisation": "North Macedonia"}),
  ("budget", "3.2", {"country": "North Macedonia", "year": "2023", "amount": M(9.8e9, "MKD"), "according_to": "VMRO-DPMNE"}),
  ("strength", "4.1", {"force": "Army of North Macedonia", "personnel": 8000, "qualifier": "about"}),
  ("meeting", "4.2", {"participants": ["Petrovska", "Angela Aggeler"], "place": "Skopje", "date": "2022-12-09", "subject": "further support"}),
  ("office", "4.2", {"person": "Angela Aggeler", "role": "Ambassador", "organisation": "United States"}),
 ]))

# 18 Montenegro, blog post
ARTICLES.append(art(
 "smallstatesdefence-20191205-montenegro",
 "https://smallstatesdefence.blog/2019/12/05/montenegros-tiny-army-and-its-shopping-list",
 "Blog: Montenegro's tiny army and its shopping list",
 "2019-12-05",
 [
  ["Montenegro joined NATO in June 2017 with one of the smallest militaries of the alliance: some 2,350 active personnel, according to the ministry's own figures."],
  ["Since then Podgorica has bought 67 JLTV armoured vehicles from the United States for about $36 million, the first of which arrived this autumn, and two Bell 505 helicopters, delivered in 2018.",
   "In March the ministry cancelled its 2018 order for three Airbus H145M helicopters, citing the cost."],
  ["The navy still has two Kotor-class frigates, but only one of them is seaworthy."],
  ["The government says it spends €70 million on defence in 2019; NATO's figure is €62 million, because it leaves out some pension costs."],
  ["Defence Minister Predrag Bošković told me last month that he wants to double the size of the special forces by 2022, but I will believe it when I see the money."],
 ],
 [
  ("strength", "1.1", {"force": "Montenegro", "personnel": 2350, "qualifier": "about", "according_to": "ministry"}),
  ("transfer", "2.1", {"supplier": "United States", "recipient": "Montenegro", "item": "JLTV", "item_category": "armoured vehicle", "quantity": 67, "value": M(36e6, "USD"), "status": "ordered"}),
  ("transfer", "2.1", {"supplier": "United States", "recipient": "Montenegro", "item": "JLTV", "item_category": "armoured vehicle", "status": "delivered", "date": "2019"}),
  ("transfer", "2.1", {"recipient": "Montenegro", "item": "Bell 505", "item_category": "helicopter", "quantity": 2, "status": "delivered", "date": "2018"}),
  ("transfer", "2.2", {"supplier": "Airbus", "recipient": "Montenegro", "item": "H145M", "item_category": "helicopter", "quantity": 3, "status": "cancelled", "date": "2019-03"}),
  ("holding", "3.1", {"holder": "Montenegrin Navy", "item": "Kotor-class", "item_category": "warship", "quantity": 2}),
  ("budget", "4.1", {"country": "Montenegro", "year": "2019", "amount": M(70e6, "EUR"), "according_to": "government"}),
  ("budget", "4.1", {"country": "Montenegro", "year": "2019", "amount": M(62e6, "EUR"), "according_to": "NATO"}),
  ("office", "5.1", {"person": "Predrag Bošković", "role": "Defence Minister", "organisation": "Montenegro"}),
 ]))

# 19 Slovenia, news agency wire
ARTICLES.append(art(
 "adriaticnewsagency-20221014-slovenia-boxer",
 "https://www.adriatic-news-agency.si/en/2022/10/14/slovenia-exits-boxer-order",
 "Slovenia quits Boxer order, opens talks on C-390 transport",
 "2022-10-14",
 [
  ["LJUBLJANA, Oct 14 (Adriatic News Agency) – Slovenia on Thursday formally withdrew from its 2020 order for 45 Boxer armoured vehicles worth 343 million euros from the ARTEC consortium, Defence Minister Marjan Šarec told parliament's defence committee.",
   "Šarec said the ministry had instead opened negotiations with Embraer for one C-390 transport aircraft."],
  ["He also confirmed that Slovenia sent 28 M-55S tanks to Ukraine in the autumn under a swap agreed with Germany, which will give Slovenia 40 military trucks and five fuel tankers in exchange."],
  ["The 2023 budget proposal gives defence 810 million euros, up from 679 million euros this year, the finance ministry said.",
   "The Slovenian Armed Forces have 6,400 active members, about 1,000 fewer than the ministry considers necessary."],
  ["Šarec is due to meet German Defence Minister Christine Lambrecht in Berlin next week."],
 ],
 [
  ("transfer", "1.1", {"supplier": "ARTEC", "recipient": "Slovenia", "item": "Boxer", "item_category": "armoured vehicle", "quantity": 45, "value": M(343e6, "EUR"), "status": "cancelled", "date": "2022-10-13"}),
  ("office", "1.1", {"person": "Marjan Šarec", "role": "Defence Minister", "organisation": "Slovenia"}),
  ("transfer", "1.2", {"supplier": "Embraer", "recipient": "Slovenia", "item": "C-390", "item_category": "transport aircraft", "quantity": 1, "status": "negotiating"}),
  ("transfer", "2.1", {"supplier": "Slovenia", "recipient": "Ukraine", "item": "M-55S", "item_category": "main battle tank", "quantity": 28, "status": "delivered", "date": "2022"}),
  ("transfer", "2.1", {"supplier": "Germany", "recipient": "Slovenia", "item": "military trucks", "item_category": "other", "quantity": 40, "status": "agreed"}),
  ("transfer", "2.1", {"supplier": "Germany", "recipient": "Slovenia", "item": "fuel tankers", "item_category": "other", "quantity": 5, "status": "agreed"}),
  ("agreement", "2.1", {"parties": ["Slovenia", "Germany"], "subject": "swap of M-55S tanks for military trucks and fuel tankers"}),
  ("budget", "3.1", {"country": "Slovenia", "year": "2023", "amount": M(810e6, "EUR"), "according_to": "finance ministry"}),
  ("budget", "3.1", {"country": "Slovenia", "year": "2022", "amount": M(679e6, "EUR"), "according_to": "finance ministry"}),
  ("strength", "3.2", {"force": "Slovenian Armed Forces", "personnel": 6400}),
  ("office", "4.1", {"person": "Christine Lambrecht", "role": "Defence Minister", "organisation": "Germany"}),
 ]))
