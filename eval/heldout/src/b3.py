def M(a, c):
    return {"amount": a, "currency": c}

ARTICLES = []

# 21 Bangladesh, local outlet
T = """Two Chinese-built frigates join Bangladesh Navy fleet

Staff Correspondent, Chattogram

Two frigates procured from China, BNS Umar Farooq and BNS Abu Ubaidah, were commissioned into Bangladesh Navy at a ceremony held at BNS Issa Khan in Chattogram on 24 June 2020. The Type 053H3 frigates were earlier used by Chinese navy and have been refurbished before handing over.

Prime Minister Sheikh Hasina joined the programme virtually from Ganabhaban and handed over the commissioning pennant. Chief of Naval Staff Admiral Aurangzeb Chowdhury received the pennant on behalf of the navy.

It is to be noted that Bangladesh Navy had earlier received two Ming-class submarines from China in 2016 at a cost of US$203 million, making it a three-dimensional force.

With the newly commissioned ships, the navy now have six frigates and the manpower stands at over 25,000, said Inter Services Public Relations Directorate (ISPR)."""
ARTICLES.append(dict(id="portcitytimes-20200624-frigates-commissioned", url="https://www.portcitytimes.com.bd/national/2020/06/24/two-chinese-built-frigates-join-navy", title="Two Chinese-built frigates join Bangladesh Navy fleet", published="2020-06-24", text=T, facts=[
 ("transfer", "Two frigates procured from China, BNS Umar Farooq and BNS Abu Ubaidah, were commissioned into Bangladesh Navy at a ceremony held at BNS Issa Khan in Chattogram on 24 June 2020. The Type 053H3 frigates were earlier used by Chinese navy and have been refurbished before handing over.",
  {"supplier": "China", "recipient": "Bangladesh", "item": "Type 053H3", "item_category": "warship", "quantity": 2, "status": "in_service", "date": "2020-06-24"}),
 ("office", "Prime Minister Sheikh Hasina joined the programme virtually from Ganabhaban and handed over the commissioning pennant.",
  {"person": "Sheikh Hasina", "role": "Prime Minister", "organisation": "Bangladesh"}),
 ("office", "Chief of Naval Staff Admiral Aurangzeb Chowdhury received the pennant on behalf of the navy.",
  {"person": "Aurangzeb Chowdhury", "role": "Chief of Naval Staff", "organisation": "Bangladesh Navy"}),
 ("transfer", "It is to be noted that Bangladesh Navy had earlier received two Ming-class submarines from China in 2016 at a cost of US$203 million, making it a three-dimensional force.",
  {"supplier": "China", "recipient": "Bangladesh", "item": "Ming-class", "item_category": "submarine", "quantity": 2, "value": M(203e6, "USD"), "status": "delivered", "date": "2016"}),
 ("holding", "With the newly commissioned ships, the navy now have six frigates and the manpower stands at over 25,000, said Inter Services Public Relations Directorate (ISPR).",
  {"holder": "Bangladesh Navy", "item": "frigates", "item_category": "warship", "quantity": 6}),
 ("strength", "With the newly commissioned ships, the navy now have six frigates and the manpower stands at over 25,000, said Inter Services Public Relations Directorate (ISPR).",
  {"force": "Bangladesh Navy", "personnel": 25000, "qualifier": "more than", "according_to": "Inter Services Public Relations Directorate"}),
]))

# 22 Poland, Apache
T = """WARSAW, Aug 13 (Vistula Wire) - Poland on Tuesday signed a deal worth almost US$10 billion to buy 96 AH-64E Apache attack helicopters from the United States, the biggest helicopter purchase in the country's history.

"This is a day when Poland becomes safer," Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz said at the signing ceremony at the Army Aviation Base in Inowroclaw, which was attended by U.S. Ambassador Mark Brzezinski.

The first eight helicopters are expected to arrive in 2028. Until then, the U.S. Army will lease Apaches to Poland for training.

Kosiniak-Kamysz discussed the deal by telephone with U.S. Defense Secretary Lloyd Austin on Monday, the ministry said.

Poland has already taken delivery of the first 18 Homar-K rocket launchers from South Korea's Hanwha Aerospace, out of 218 ordered in 2023.

The government plans to spend 159 billion zlotys on defence in 2024, or 4.1% of gross domestic product, while NATO estimates Poland's 2024 spending at US$35 billion. The armed forces number about 200,000 soldiers, including the Territorial Defence Force, according to the ministry."""
ARTICLES.append(dict(id="vistulawire-20240814-poland-apache", url="https://www.vistulawire.pl/en/defence/2024/08/14/poland-signs-apache-deal", title="Poland signs $10 billion deal for 96 Apache helicopters", published="2024-08-14", text=T, facts=[
 ("transfer", "WARSAW, Aug 13 (Vistula Wire) - Poland on Tuesday signed a deal worth almost US$10 billion to buy 96 AH-64E Apache attack helicopters from the United States, the biggest helicopter purchase in the country's history.",
  {"supplier": "United States", "recipient": "Poland", "item": "AH-64E", "item_category": "helicopter", "quantity": 96, "value": M(10e9, "USD"), "status": "ordered", "date": "2024-08-13"}),
 ("agreement", "WARSAW, Aug 13 (Vistula Wire) - Poland on Tuesday signed a deal worth almost US$10 billion to buy 96 AH-64E Apache attack helicopters from the United States, the biggest helicopter purchase in the country's history.",
  {"parties": ["Poland", "United States"], "subject": "deal for 96 AH-64E Apache attack helicopters", "value": M(10e9, "USD"), "date": "2024-08-13"}),
 ("office", "\"This is a day when Poland becomes safer,\" Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz said at the signing ceremony at the Army Aviation Base in Inowroclaw, which was attended by U.S. Ambassador Mark Brzezinski.",
  {"person": "Wladyslaw Kosiniak-Kamysz", "role": "Defence Minister", "organisation": "Poland"}),
 ("office", "\"This is a day when Poland becomes safer,\" Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz said at the signing ceremony at the Army Aviation Base in Inowroclaw, which was attended by U.S. Ambassador Mark Brzezinski.",
  {"person": "Wladyslaw Kosiniak-Kamysz", "role": "Deputy Prime Minister", "organisation": "Poland"}),
 ("office", "\"This is a day when Poland becomes safer,\" Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz said at the signing ceremony at the Army Aviation Base in Inowroclaw, which was attended by U.S. Ambassador Mark Brzezinski.",
  {"person": "Mark Brzezinski", "role": "Ambassador", "organisation": "United States"}),
 ("transfer", "Until then, the U.S. Army will lease Apaches to Poland for training.",
  {"supplier": "United States", "recipient": "Poland", "item": "Apache", "item_category": "helicopter", "status": "agreed"}),
 ("meeting", "Kosiniak-Kamysz discussed the deal by telephone with U.S. Defense Secretary Lloyd Austin on Monday, the ministry said.",
  {"participants": ["Kosiniak-Kamysz", "Lloyd Austin"], "date": "2024-08-12", "subject": "phone call on the Apache deal"}),
 ("office", "Kosiniak-Kamysz discussed the deal by telephone with U.S. Defense Secretary Lloyd Austin on Monday, the ministry said.",
  {"person": "Lloyd Austin", "role": "Defence Secretary", "organisation": "United States"}),
 ("transfer", "Poland has already taken delivery of the first 18 Homar-K rocket launchers from South Korea's Hanwha Aerospace, out of 218 ordered in 2023.",
  {"supplier": "Hanwha Aerospace", "recipient": "Poland", "item": "Homar-K", "item_category": "multiple rocket launcher", "quantity": 18, "status": "delivered"}),
 ("transfer", "Poland has already taken delivery of the first 18 Homar-K rocket launchers from South Korea's Hanwha Aerospace, out of 218 ordered in 2023.",
  {"supplier": "Hanwha Aerospace", "recipient": "Poland", "item": "Homar-K", "item_category": "multiple rocket launcher", "quantity": 218, "status": "ordered", "date": "2023"}),
 ("budget", "The government plans to spend 159 billion zlotys on defence in 2024, or 4.1% of gross domestic product, while NATO estimates Poland's 2024 spending at US$35 billion.",
  {"country": "Poland", "year": "2024", "amount": M(159e9, "PLN"), "according_to": "government"}),
 ("budget", "The government plans to spend 159 billion zlotys on defence in 2024, or 4.1% of gross domestic product, while NATO estimates Poland's 2024 spending at US$35 billion.",
  {"country": "Poland", "year": "2024", "amount": M(35e9, "USD"), "according_to": "NATO"}),
 ("strength", "The armed forces number about 200,000 soldiers, including the Territorial Defence Force, according to the ministry.",
  {"force": "Polish Armed Forces", "personnel": 200000, "qualifier": "about", "according_to": "Defence Ministry"}),
]))

# 23 Romania, F-35
T = """Romania signs for 32 F-35 jets, joining NATO's stealth club

BUCHAREST - Romania on Thursday signed the contract to buy 32 F-35A fighter jets from the United States for US$6.5 billion, becoming the ninth European NATO member to order the Lockheed Martin aircraft.

The deal, signed by Defence Minister Angel Tilvar and the U.S. Ambassador Kathleen Kavalec, will be carried out in two phases, with the first 20 jets due early in the next decade.

Romania's air force currently operates 17 F-16s bought second-hand from Portugal, and 32 more F-16s were purchased from Norway in 2022 to bridge the gap until the F-35 arrives.

Bucharest completed the transfer of one Patriot air defence system to Ukraine in October, after months of debate about whether it could spare it."""
ARTICLES.append(dict(id="carpathianpost-20241122-romania-f35", url="https://www.carpathianpost.ro/en/defence/2024/11/22/romania-signs-f35-contract", title="Romania signs for 32 F-35 jets, joining NATO's stealth club", published="2024-11-22", text=T, facts=[
 ("transfer", "BUCHAREST - Romania on Thursday signed the contract to buy 32 F-35A fighter jets from the United States for US$6.5 billion, becoming the ninth European NATO member to order the Lockheed Martin aircraft.",
  {"supplier": "United States", "recipient": "Romania", "item": "F-35A", "item_category": "combat aircraft", "quantity": 32, "value": M(6.5e9, "USD"), "status": "ordered", "date": "2024-11-21"}),
 ("agreement", "BUCHAREST - Romania on Thursday signed the contract to buy 32 F-35A fighter jets from the United States for US$6.5 billion, becoming the ninth European NATO member to order the Lockheed Martin aircraft.",
  {"parties": ["Romania", "United States"], "subject": "contract for 32 F-35A fighter jets", "value": M(6.5e9, "USD"), "date": "2024-11-21"}),
 ("office", "The deal, signed by Defence Minister Angel Tilvar and the U.S. Ambassador Kathleen Kavalec, will be carried out in two phases, with the first 20 jets due early in the next decade.",
  {"person": "Angel Tilvar", "role": "Defence Minister", "organisation": "Romania"}),
 ("office", "The deal, signed by Defence Minister Angel Tilvar and the U.S. Ambassador Kathleen Kavalec, will be carried out in two phases, with the first 20 jets due early in the next decade.",
  {"person": "Kathleen Kavalec", "role": "Ambassador", "organisation": "United States"}),
 ("holding", "Romania's air force currently operates 17 F-16s bought second-hand from Portugal, and 32 more F-16s were purchased from Norway in 2022 to bridge the gap until the F-35 arrives.",
  {"holder": "Romanian Air Force", "item": "F-16", "item_category": "combat aircraft", "quantity": 17}),
 ("transfer", "Romania's air force currently operates 17 F-16s bought second-hand from Portugal, and 32 more F-16s were purchased from Norway in 2022 to bridge the gap until the F-35 arrives.",
  {"supplier": "Portugal", "recipient": "Romania", "item": "F-16", "item_category": "combat aircraft", "quantity": 17, "status": "delivered"}),
 ("transfer", "Romania's air force currently operates 17 F-16s bought second-hand from Portugal, and 32 more F-16s were purchased from Norway in 2022 to bridge the gap until the F-35 arrives.",
  {"supplier": "Norway", "recipient": "Romania", "item": "F-16", "item_category": "combat aircraft", "quantity": 32, "status": "delivered", "date": "2022"}),
 ("transfer", "Bucharest completed the transfer of one Patriot air defence system to Ukraine in October, after months of debate about whether it could spare it.",
  {"supplier": "Romania", "recipient": "Ukraine", "item": "Patriot", "item_category": "air defence system", "quantity": 1, "status": "delivered", "date": "2024-10"}),
]))

# 24 Norway, NH90 cancelled
T = """OSLO, June 10 (Nordic Wire) - Norway has cancelled its contract for 14 NH90 helicopters from NHIndustries and will demand a refund of about 5 billion crowns, Defence Minister Bjorn Arild Gram said on Friday, citing years of delays and too few flying hours.

"We have come to the conclusion that no matter how much time and money we spend, the NH90 will never be able to meet the requirements of the armed forces," Gram told a news conference.

NHIndustries, owned by Airbus, Leonardo and Fokker, said it was "extremely disappointed" and that it rejected the allegations made against the helicopter and the company.

The contract was signed in 2001, and the helicopters were meant to be delivered by 2008. The defence budget for 2022 is 75.8 billion crowns, according to the government's budget proposal.

(Reporting by Terje Solsvik; Editing by Kari Berg)"""
ARTICLES.append(dict(id="nordicwire-20220610-norway-nh90-cancelled", url="https://www.nordicwire.no/en/2022/06/10/norway-cancels-nh90-contract", title="Norway cancels NH90 helicopter contract, demands refund", published="2022-06-10", text=T, facts=[
 ("transfer", "OSLO, June 10 (Nordic Wire) - Norway has cancelled its contract for 14 NH90 helicopters from NHIndustries and will demand a refund of about 5 billion crowns, Defence Minister Bjorn Arild Gram said on Friday, citing years of delays and too few flying hours.",
  {"supplier": "NHIndustries", "recipient": "Norway", "item": "NH90", "item_category": "helicopter", "quantity": 14, "status": "cancelled", "date": "2022-06-10"}),
 ("office", "OSLO, June 10 (Nordic Wire) - Norway has cancelled its contract for 14 NH90 helicopters from NHIndustries and will demand a refund of about 5 billion crowns, Defence Minister Bjorn Arild Gram said on Friday, citing years of delays and too few flying hours.",
  {"person": "Bjorn Arild Gram", "role": "Defence Minister", "organisation": "Norway"}),
 ("agreement", "The contract was signed in 2001, and the helicopters were meant to be delivered by 2008.",
  {"parties": ["Norway", "NHIndustries"], "subject": "contract for 14 NH90 helicopters", "date": "2001"}),
 ("budget", "The defence budget for 2022 is 75.8 billion crowns, according to the government's budget proposal.",
  {"country": "Norway", "year": "2022", "amount": M(75.8e9, "NOK"), "according_to": "government's budget proposal"}),
]))

# 25 Finland
T = """Finland signs F-35 deal as Hornet replacement takes shape

HELSINKI - Finland on Friday signed the letter of offer and acceptance for 64 F-35A Lightning II fighters and associated weapons, worth 8.378 billion euros in total, Defence Minister Antti Kaikkonen announced.

The aircraft will replace the air force's 62 F/A-18C/D Hornets, which are due to be retired by 2030. Deliveries are scheduled to begin in 2026.

The signing follows the government's decision in December to choose the Lockheed Martin aircraft over the Saab Gripen E/F, the Boeing F/A-18E/F Super Hornet, the Dassault Rafale and the Eurofighter Typhoon.

Finland's wartime strength is 280,000 troops, the Defence Forces say. In 2018 the navy ordered Gabriel V anti-ship missiles from Israel Aerospace Industries for its new Pohjanmaa-class corvettes."""
ARTICLES.append(dict(id="helsinkiobserver-20220211-f35-loa", url="https://www.helsinkiobserver.fi/politics/2022/02/11/finland-signs-f35-deal", title="Finland signs F-35 deal as Hornet replacement takes shape", published="2022-02-11", text=T, facts=[
 ("transfer", "HELSINKI - Finland on Friday signed the letter of offer and acceptance for 64 F-35A Lightning II fighters and associated weapons, worth 8.378 billion euros in total, Defence Minister Antti Kaikkonen announced.",
  {"supplier": "United States", "recipient": "Finland", "item": "F-35A", "item_category": "combat aircraft", "quantity": 64, "value": M(8.378e9, "EUR"), "status": "ordered", "date": "2022-02-11"}),
 ("agreement", "HELSINKI - Finland on Friday signed the letter of offer and acceptance for 64 F-35A Lightning II fighters and associated weapons, worth 8.378 billion euros in total, Defence Minister Antti Kaikkonen announced.",
  {"parties": ["Finland", "United States"], "subject": "letter of offer and acceptance for 64 F-35A fighters and associated weapons", "value": M(8.378e9, "EUR"), "date": "2022-02-11"}),
 ("office", "HELSINKI - Finland on Friday signed the letter of offer and acceptance for 64 F-35A Lightning II fighters and associated weapons, worth 8.378 billion euros in total, Defence Minister Antti Kaikkonen announced.",
  {"person": "Antti Kaikkonen", "role": "Defence Minister", "organisation": "Finland"}),
 ("holding", "The aircraft will replace the air force's 62 F/A-18C/D Hornets, which are due to be retired by 2030.",
  {"holder": "Finnish Air Force", "item": "F/A-18C/D", "item_category": "combat aircraft", "quantity": 62}),
 ("strength", "Finland's wartime strength is 280,000 troops, the Defence Forces say.",
  {"force": "Finland", "personnel": 280000, "according_to": "Finnish Defence Forces"}),
 ("transfer", "In 2018 the navy ordered Gabriel V anti-ship missiles from Israel Aerospace Industries for its new Pohjanmaa-class corvettes.",
  {"supplier": "Israel Aerospace Industries", "recipient": "Finland", "item": "Gabriel V", "item_category": "cruise missile", "status": "ordered", "date": "2018"}),
]))

# 26 Spain, bombs to Saudi Arabia
T = """Spain U-turns on Saudi bomb sale after corvette contract fears

MADRID - Spain will go ahead with the delivery of 400 laser-guided bombs to Saudi Arabia, reversing a decision taken last week to cancel the sale, Foreign Minister Josep Borrell said on Thursday.

The bombs were sold under a contract signed in 2015 by the previous government, worth 9.2 million euros. Defence Minister Margarita Robles had announced the cancellation over concerns the weapons could be used in Yemen.

The U-turn came amid fears in Andalusia that Riyadh could retaliate by pulling out of a 1.8-billion-euro contract signed in July with state shipbuilder Navantia for five Avante 2200 corvettes, which would secure some 6,000 jobs in the Bay of Cadiz.

Borrell said the bombs were "high-precision" weapons that would not cause collateral damage. Rights groups said Spain would be complicit in any abuses."""
ARTICLES.append(dict(id="iberiadiario-20180913-saudi-bombs", url="https://www.iberiadiario.es/en/politics/2018/09/13/spain-u-turn-saudi-bombs", title="Spain U-turns on Saudi bomb sale after corvette contract fears", published="2018-09-13", text=T, facts=[
 ("transfer", "MADRID - Spain will go ahead with the delivery of 400 laser-guided bombs to Saudi Arabia, reversing a decision taken last week to cancel the sale, Foreign Minister Josep Borrell said on Thursday.",
  {"supplier": "Spain", "recipient": "Saudi Arabia", "item": "laser-guided bombs", "item_category": "ammunition", "quantity": 400, "status": "cancelled", "date": "2018-W36"}),
 ("transfer", "The bombs were sold under a contract signed in 2015 by the previous government, worth 9.2 million euros.",
  {"supplier": "Spain", "recipient": "Saudi Arabia", "item": "laser-guided bombs", "item_category": "ammunition", "value": M(9.2e6, "EUR"), "status": "ordered", "date": "2015"}),
 ("agreement", "The bombs were sold under a contract signed in 2015 by the previous government, worth 9.2 million euros.",
  {"parties": ["Spain", "Saudi Arabia"], "subject": "contract for laser-guided bombs", "value": M(9.2e6, "EUR"), "date": "2015"}),
 ("office", "MADRID - Spain will go ahead with the delivery of 400 laser-guided bombs to Saudi Arabia, reversing a decision taken last week to cancel the sale, Foreign Minister Josep Borrell said on Thursday.",
  {"person": "Josep Borrell", "role": "Foreign Minister", "organisation": "Spain"}),
 ("office", "Defence Minister Margarita Robles had announced the cancellation over concerns the weapons could be used in Yemen.",
  {"person": "Margarita Robles", "role": "Defence Minister", "organisation": "Spain"}),
 ("transfer", "The U-turn came amid fears in Andalusia that Riyadh could retaliate by pulling out of a 1.8-billion-euro contract signed in July with state shipbuilder Navantia for five Avante 2200 corvettes, which would secure some 6,000 jobs in the Bay of Cadiz.",
  {"supplier": "Navantia", "recipient": "Saudi Arabia", "item": "Avante 2200", "item_category": "warship", "quantity": 5, "value": M(1.8e9, "EUR"), "status": "ordered", "date": "2018-07"}),
 ("agreement", "The U-turn came amid fears in Andalusia that Riyadh could retaliate by pulling out of a 1.8-billion-euro contract signed in July with state shipbuilder Navantia for five Avante 2200 corvettes, which would secure some 6,000 jobs in the Bay of Cadiz.",
  {"parties": ["Saudi Arabia", "Navantia"], "subject": "contract for five Avante 2200 corvettes", "value": M(1.8e9, "EUR"), "date": "2018-07"}),
]))

# 27 Lithuania / Baltics
T = """VILNIUS, Dec 5 (Baltic News Wire) - Lithuania has signed a US$495 million deal for eight HIMARS rocket launchers, Defence Minister Arvydas Anusauskas said on Monday, adding that the letter of offer and acceptance was signed in Washington on Friday.

The package includes ammunition and training, and the launchers are expected in 2025. Estonia signed for six HIMARS launchers earlier this year, and Latvia is negotiating with Washington for its own systems.

Anusauskas met his Estonian and Latvian counterparts, Hanno Pevkur and Inara Murniece, in Riga on Saturday to discuss joint procurement and air defence.

Lithuania plans to spend 1.9 billion euros on defence in 2023, according to the ministry. Its armed forces have about 23,000 active personnel."""
ARTICLES.append(dict(id="bnwire-20221205-lithuania-himars", url="https://www.balticnewswire.eu/lithuania/2022/12/05/lithuania-signs-himars-deal", title="Lithuania signs $495 mln deal for eight HIMARS launchers", published="2022-12-05", text=T, facts=[
 ("transfer", "VILNIUS, Dec 5 (Baltic News Wire) - Lithuania has signed a US$495 million deal for eight HIMARS rocket launchers, Defence Minister Arvydas Anusauskas said on Monday, adding that the letter of offer and acceptance was signed in Washington on Friday.",
  {"supplier": "United States", "recipient": "Lithuania", "item": "HIMARS", "item_category": "multiple rocket launcher", "quantity": 8, "value": M(495e6, "USD"), "status": "ordered", "date": "2022-12-02"}),
 ("agreement", "VILNIUS, Dec 5 (Baltic News Wire) - Lithuania has signed a US$495 million deal for eight HIMARS rocket launchers, Defence Minister Arvydas Anusauskas said on Monday, adding that the letter of offer and acceptance was signed in Washington on Friday.",
  {"parties": ["Lithuania", "United States"], "subject": "letter of offer and acceptance for eight HIMARS rocket launchers", "value": M(495e6, "USD"), "date": "2022-12-02", "place": "Washington"}),
 ("office", "VILNIUS, Dec 5 (Baltic News Wire) - Lithuania has signed a US$495 million deal for eight HIMARS rocket launchers, Defence Minister Arvydas Anusauskas said on Monday, adding that the letter of offer and acceptance was signed in Washington on Friday.",
  {"person": "Arvydas Anusauskas", "role": "Defence Minister", "organisation": "Lithuania"}),
 ("transfer", "Estonia signed for six HIMARS launchers earlier this year, and Latvia is negotiating with Washington for its own systems.",
  {"supplier": "United States", "recipient": "Estonia", "item": "HIMARS", "item_category": "multiple rocket launcher", "quantity": 6, "status": "ordered", "date": "2022"}),
 ("transfer", "Estonia signed for six HIMARS launchers earlier this year, and Latvia is negotiating with Washington for its own systems.",
  {"supplier": "United States", "recipient": "Latvia", "item": "HIMARS", "item_category": "multiple rocket launcher", "status": "negotiating"}),
 ("meeting", "Anusauskas met his Estonian and Latvian counterparts, Hanno Pevkur and Inara Murniece, in Riga on Saturday to discuss joint procurement and air defence.",
  {"participants": ["Anusauskas", "Hanno Pevkur", "Inara Murniece"], "place": "Riga", "date": "2022-12-03", "subject": "joint procurement and air defence"}),
 ("office", "Anusauskas met his Estonian and Latvian counterparts, Hanno Pevkur and Inara Murniece, in Riga on Saturday to discuss joint procurement and air defence.",
  {"person": "Hanno Pevkur", "role": "Defence Minister", "organisation": "Estonia"}),
 ("office", "Anusauskas met his Estonian and Latvian counterparts, Hanno Pevkur and Inara Murniece, in Riga on Saturday to discuss joint procurement and air defence.",
  {"person": "Inara Murniece", "role": "Defence Minister", "organisation": "Latvia"}),
 ("budget", "Lithuania plans to spend 1.9 billion euros on defence in 2023, according to the ministry.",
  {"country": "Lithuania", "year": "2023", "amount": M(1.9e9, "EUR"), "according_to": "Defence Ministry"}),
 ("strength", "Its armed forces have about 23,000 active personnel.",
  {"force": "Lithuanian Armed Forces", "personnel": 23000, "qualifier": "about"}),
]))

# 28 Saudi Arabia
T = """RIYADH, May 20 (Gulf Wire) - U.S. President Donald Trump and Saudi King Salman bin Abdulaziz on Saturday signed a series of agreements, including letters of intent for arms sales worth nearly US$110 billion, on the first stop of Trump's first foreign trip as president.

The package includes THAAD missile defence systems, four Multi-Mission Surface Combatant ships, and 150 Black Hawk helicopters to be assembled in the kingdom by Lockheed Martin, according to a White House fact sheet.

Trump held talks with the king at the Royal Court and later met Deputy Crown Prince Mohammed bin Salman, who is also defence minister.

Saudi Arabia budgeted 191 billion riyals for military and security spending in 2017, the finance ministry said. SIPRI estimates the kingdom spent US$63.7 billion on its military in 2016."""
ARTICLES.append(dict(id="gulfwire-20170521-trump-riyadh-arms", url="https://www.gulfwire.com/saudi/2017/05/21/trump-king-salman-sign-arms-letters-of-intent", title="Trump, King Salman sign $110 billion arms letters of intent", published="2017-05-21", text=T, facts=[
 ("agreement", "RIYADH, May 20 (Gulf Wire) - U.S. President Donald Trump and Saudi King Salman bin Abdulaziz on Saturday signed a series of agreements, including letters of intent for arms sales worth nearly US$110 billion, on the first stop of Trump's first foreign trip as president.",
  {"parties": ["United States", "Saudi Arabia"], "subject": "letters of intent for arms sales", "value": M(110e9, "USD"), "date": "2017-05-20", "place": "Riyadh"}),
 ("meeting", "RIYADH, May 20 (Gulf Wire) - U.S. President Donald Trump and Saudi King Salman bin Abdulaziz on Saturday signed a series of agreements, including letters of intent for arms sales worth nearly US$110 billion, on the first stop of Trump's first foreign trip as president.",
  {"participants": ["Donald Trump", "Salman bin Abdulaziz"], "place": "Riyadh", "date": "2017-05-20", "subject": "signing of agreements including arms sales letters of intent"}),
 ("office", "RIYADH, May 20 (Gulf Wire) - U.S. President Donald Trump and Saudi King Salman bin Abdulaziz on Saturday signed a series of agreements, including letters of intent for arms sales worth nearly US$110 billion, on the first stop of Trump's first foreign trip as president.",
  {"person": "Donald Trump", "role": "President", "organisation": "United States"}),
 ("office", "RIYADH, May 20 (Gulf Wire) - U.S. President Donald Trump and Saudi King Salman bin Abdulaziz on Saturday signed a series of agreements, including letters of intent for arms sales worth nearly US$110 billion, on the first stop of Trump's first foreign trip as president.",
  {"person": "Salman bin Abdulaziz", "role": "King", "organisation": "Saudi Arabia"}),
 ("transfer", "The package includes THAAD missile defence systems, four Multi-Mission Surface Combatant ships, and 150 Black Hawk helicopters to be assembled in the kingdom by Lockheed Martin, according to a White House fact sheet.",
  {"supplier": "United States", "recipient": "Saudi Arabia", "item": "THAAD", "item_category": "air defence system", "status": "agreed"}),
 ("transfer", "The package includes THAAD missile defence systems, four Multi-Mission Surface Combatant ships, and 150 Black Hawk helicopters to be assembled in the kingdom by Lockheed Martin, according to a White House fact sheet.",
  {"supplier": "United States", "recipient": "Saudi Arabia", "item": "Multi-Mission Surface Combatant", "item_category": "warship", "quantity": 4, "status": "agreed"}),
 ("transfer", "The package includes THAAD missile defence systems, four Multi-Mission Surface Combatant ships, and 150 Black Hawk helicopters to be assembled in the kingdom by Lockheed Martin, according to a White House fact sheet.",
  {"supplier": "Lockheed Martin", "recipient": "Saudi Arabia", "item": "Black Hawk", "item_category": "helicopter", "quantity": 150, "status": "agreed"}),
 ("meeting", "Trump held talks with the king at the Royal Court and later met Deputy Crown Prince Mohammed bin Salman, who is also defence minister.",
  {"participants": ["Donald Trump", "Mohammed bin Salman"]}),
 ("office", "Trump held talks with the king at the Royal Court and later met Deputy Crown Prince Mohammed bin Salman, who is also defence minister.",
  {"person": "Mohammed bin Salman", "role": "Deputy Crown Prince", "organisation": "Saudi Arabia"}),
 ("office", "Trump held talks with the king at the Royal Court and later met Deputy Crown Prince Mohammed bin Salman, who is also defence minister.",
  {"person": "Mohammed bin Salman", "role": "Defence Minister", "organisation": "Saudi Arabia"}),
 ("budget", "Saudi Arabia budgeted 191 billion riyals for military and security spending in 2017, the finance ministry said.",
  {"country": "Saudi Arabia", "year": "2017", "amount": M(191e9, "SAR"), "according_to": "Finance Ministry"}),
 ("budget", "SIPRI estimates the kingdom spent US$63.7 billion on its military in 2016.",
  {"country": "Saudi Arabia", "year": "2016", "amount": M(63.7e9, "USD"), "according_to": "SIPRI"}),
]))

# 29 UAE, press release
T = """PRESS RELEASE

The United Arab Emirates orders 80 Rafale F4

Abu Dhabi, 3 December 2021 - In the presence of His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, and of the President of the French Republic, Emmanuel Macron, the United Arab Emirates today signed a contract with Dassault Aviation for the acquisition of 80 Rafale aircraft in the F4 standard.

The contract, valued at 16 billion euros including armament, is the largest export order ever received by the Rafale programme. Deliveries will take place from 2027. A separate contract was signed the same day with Airbus for 12 H225M Caracal helicopters.

"This contract is excellent news for France and for its aeronautical industry," said Eric Trappier, Chairman and CEO of Dassault Aviation.

The UAE Air Force already operates 59 Mirage 2000-9 aircraft, also supplied by Dassault Aviation, which the Rafale will replace.

About Dassault Aviation: With over 10,000 military and civil aircraft delivered in more than 90 countries over the last century, Dassault Aviation has expertise recognised worldwide."""
ARTICLES.append(dict(id="dassault-pr-20211203-uae-rafale", url="https://www.dassault-aviation-press.com/en/2021/12/03/uae-orders-80-rafale-f4", title="The United Arab Emirates orders 80 Rafale F4", published="2021-12-03", text=T, facts=[
 ("transfer", "Abu Dhabi, 3 December 2021 - In the presence of His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, and of the President of the French Republic, Emmanuel Macron, the United Arab Emirates today signed a contract with Dassault Aviation for the acquisition of 80 Rafale aircraft in the F4 standard.\n\nThe contract, valued at 16 billion euros including armament, is the largest export order ever received by the Rafale programme.",
  {"supplier": "Dassault Aviation", "recipient": "United Arab Emirates", "item": "Rafale F4", "item_category": "combat aircraft", "quantity": 80, "value": M(16e9, "EUR"), "status": "ordered", "date": "2021-12-03"}),
 ("agreement", "Abu Dhabi, 3 December 2021 - In the presence of His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, and of the President of the French Republic, Emmanuel Macron, the United Arab Emirates today signed a contract with Dassault Aviation for the acquisition of 80 Rafale aircraft in the F4 standard.\n\nThe contract, valued at 16 billion euros including armament, is the largest export order ever received by the Rafale programme.",
  {"parties": ["United Arab Emirates", "Dassault Aviation"], "subject": "contract for 80 Rafale F4 aircraft", "value": M(16e9, "EUR"), "date": "2021-12-03", "place": "Abu Dhabi"}),
 ("transfer", "A separate contract was signed the same day with Airbus for 12 H225M Caracal helicopters.",
  {"supplier": "Airbus", "recipient": "United Arab Emirates", "item": "H225M Caracal", "item_category": "helicopter", "quantity": 12, "status": "ordered"}),
 ("agreement", "A separate contract was signed the same day with Airbus for 12 H225M Caracal helicopters.",
  {"parties": ["United Arab Emirates", "Airbus"], "subject": "contract for 12 H225M Caracal helicopters"}),
 ("office", "Abu Dhabi, 3 December 2021 - In the presence of His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, and of the President of the French Republic, Emmanuel Macron, the United Arab Emirates today signed a contract with Dassault Aviation for the acquisition of 80 Rafale aircraft in the F4 standard.",
  {"person": "Mohamed bin Zayed Al Nahyan", "role": "Crown Prince of Abu Dhabi", "organisation": "United Arab Emirates"}),
 ("office", "Abu Dhabi, 3 December 2021 - In the presence of His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, and of the President of the French Republic, Emmanuel Macron, the United Arab Emirates today signed a contract with Dassault Aviation for the acquisition of 80 Rafale aircraft in the F4 standard.",
  {"person": "Mohamed bin Zayed Al Nahyan", "role": "Deputy Supreme Commander", "organisation": "UAE Armed Forces"}),
 ("office", "Abu Dhabi, 3 December 2021 - In the presence of His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, and of the President of the French Republic, Emmanuel Macron, the United Arab Emirates today signed a contract with Dassault Aviation for the acquisition of 80 Rafale aircraft in the F4 standard.",
  {"person": "Emmanuel Macron", "role": "President", "organisation": "France"}),
 ("office", "\"This contract is excellent news for France and for its aeronautical industry,\" said Eric Trappier, Chairman and CEO of Dassault Aviation.",
  {"person": "Eric Trappier", "role": "Chairman and CEO", "organisation": "Dassault Aviation"}),
 ("holding", "The UAE Air Force already operates 59 Mirage 2000-9 aircraft, also supplied by Dassault Aviation, which the Rafale will replace.",
  {"holder": "UAE Air Force", "item": "Mirage 2000-9", "item_category": "combat aircraft", "quantity": 59}),
 ("transfer", "The UAE Air Force already operates 59 Mirage 2000-9 aircraft, also supplied by Dassault Aviation, which the Rafale will replace.",
  {"supplier": "Dassault Aviation", "recipient": "United Arab Emirates", "item": "Mirage 2000-9", "item_category": "combat aircraft", "quantity": 59, "status": "delivered"}),
]))

# 30 Qatar
T = """Qatar signs $12bn F-15 deal amid Gulf rift

WASHINGTON/DOHA, June 15 - Qatar on Wednesday signed an agreement to buy 36 F-15QA fighter jets from the United States for US$12 billion, days after President Donald Trump accused Doha of funding terrorism.

Qatari Defence Minister Khalid al-Attiyah and U.S. Defense Secretary Jim Mattis finalised the deal in Washington. The Pentagon said the sale would give Qatar "a state of the art capability" and increase interoperability with U.S. forces.

The deal comes as Saudi Arabia, the United Arab Emirates, Bahrain and Egypt maintain a boycott of Qatar imposed on 5 June.

Last year the emirate ordered seven naval vessels from Italy's Fincantieri for around 5 billion euros: four corvettes, one amphibious landing ship and two offshore patrol vessels. Qatar also has 24 Rafale jets on order from France."""
ARTICLES.append(dict(id="peninsulawatch-20170615-qatar-f15qa", url="https://www.peninsulawatch.qa/en/2017/06/15/qatar-signs-f15-deal", title="Qatar signs $12bn F-15 deal amid Gulf rift", published="2017-06-15", text=T, facts=[
 ("transfer", "WASHINGTON/DOHA, June 15 - Qatar on Wednesday signed an agreement to buy 36 F-15QA fighter jets from the United States for US$12 billion, days after President Donald Trump accused Doha of funding terrorism.",
  {"supplier": "United States", "recipient": "Qatar", "item": "F-15QA", "item_category": "combat aircraft", "quantity": 36, "value": M(12e9, "USD"), "status": "ordered", "date": "2017-06-14"}),
 ("agreement", "WASHINGTON/DOHA, June 15 - Qatar on Wednesday signed an agreement to buy 36 F-15QA fighter jets from the United States for US$12 billion, days after President Donald Trump accused Doha of funding terrorism.",
  {"parties": ["Qatar", "United States"], "subject": "agreement to buy 36 F-15QA fighter jets", "value": M(12e9, "USD"), "date": "2017-06-14"}),
 ("office", "WASHINGTON/DOHA, June 15 - Qatar on Wednesday signed an agreement to buy 36 F-15QA fighter jets from the United States for US$12 billion, days after President Donald Trump accused Doha of funding terrorism.",
  {"person": "Donald Trump", "role": "President", "organisation": "United States"}),
 ("meeting", "Qatari Defence Minister Khalid al-Attiyah and U.S. Defense Secretary Jim Mattis finalised the deal in Washington.",
  {"participants": ["Khalid al-Attiyah", "Jim Mattis"], "place": "Washington", "subject": "F-15QA deal"}),
 ("office", "Qatari Defence Minister Khalid al-Attiyah and U.S. Defense Secretary Jim Mattis finalised the deal in Washington.",
  {"person": "Khalid al-Attiyah", "role": "Defence Minister", "organisation": "Qatar"}),
 ("office", "Qatari Defence Minister Khalid al-Attiyah and U.S. Defense Secretary Jim Mattis finalised the deal in Washington.",
  {"person": "Jim Mattis", "role": "Defence Secretary", "organisation": "United States"}),
 ("transfer", "Last year the emirate ordered seven naval vessels from Italy's Fincantieri for around 5 billion euros: four corvettes, one amphibious landing ship and two offshore patrol vessels.",
  {"supplier": "Fincantieri", "recipient": "Qatar", "item": "naval vessels", "item_category": "warship", "quantity": 7, "value": M(5e9, "EUR"), "status": "ordered", "date": "2016"}),
 ("transfer", "Last year the emirate ordered seven naval vessels from Italy's Fincantieri for around 5 billion euros: four corvettes, one amphibious landing ship and two offshore patrol vessels.",
  {"supplier": "Fincantieri", "recipient": "Qatar", "item": "corvettes", "item_category": "warship", "quantity": 4, "status": "ordered", "date": "2016"}),
 ("transfer", "Last year the emirate ordered seven naval vessels from Italy's Fincantieri for around 5 billion euros: four corvettes, one amphibious landing ship and two offshore patrol vessels.",
  {"supplier": "Fincantieri", "recipient": "Qatar", "item": "amphibious landing ship", "item_category": "warship", "quantity": 1, "status": "ordered", "date": "2016"}),
 ("transfer", "Last year the emirate ordered seven naval vessels from Italy's Fincantieri for around 5 billion euros: four corvettes, one amphibious landing ship and two offshore patrol vessels.",
  {"supplier": "Fincantieri", "recipient": "Qatar", "item": "offshore patrol vessels", "item_category": "patrol craft", "quantity": 2, "status": "ordered", "date": "2016"}),
 ("transfer", "Qatar also has 24 Rafale jets on order from France.",
  {"supplier": "France", "recipient": "Qatar", "item": "Rafale", "item_category": "combat aircraft", "quantity": 24, "status": "ordered"}),
]))
