# Batch 1: West Africa
from util import M, art

ARTICLES = []

# 1 Senegal, wire with dateline
ARTICLES.append(art(
 "westafricawire-20230613-senegal-walo-opv",
 "https://www.westafricawire.net/defence/2023/06/13/senegal-commissions-first-piriou-patrol-ship",
 "Senegal commissions first of three French-built offshore patrol ships",
 "2023-06-13",
 [
  ["DAKAR, June 13 (West Africa Wire) - Senegal's navy on Monday commissioned the Walo, the first of three OPV 58 S offshore patrol vessels built by French shipyard Piriou, at a ceremony at the Dakar naval base attended by President Macky Sall."],
  ["The three ships were ordered in November 2019 under a contract that officials at the time valued at 100 billion CFA francs, or about 152 million euros.",
   "The second vessel, the Niani, arrived in Dakar last month, and the third, the Fouladou, is due before the end of the year."],
  ["Chief of Naval Staff Rear Admiral Abdou Sène said the ships would be used to protect offshore gas fields that begin production this year.",
   "Senegal's navy currently operates about a dozen smaller patrol boats, some of them more than 30 years old."],
  ["The Senegalese armed forces number about 19,000 personnel, according to the International Institute for Strategic Studies.",
   "The National Assembly approved a defence budget of 297 billion CFA francs for 2023, an increase of 11 percent on the previous year."],
  ["(Reporting by Ousmane Ndiaye; Editing by Claire Dubois)"],
 ],
 [
  ("transfer", "1.1", {"supplier": "Piriou", "recipient": "Senegal", "item": "OPV 58 S", "item_category": "patrol craft", "quantity": 1, "status": "in_service", "date": "2023-06-12"}),
  ("office", "1.1", {"person": "Macky Sall", "role": "President", "organisation": "Senegal"}),
  ("transfer", "2.1", {"supplier": "Piriou", "recipient": "Senegal", "item": "OPV 58 S", "item_category": "patrol craft", "quantity": 3, "value": M(100e9, "XOF"), "status": "ordered", "date": "2019-11"}),
  ("agreement", "2.1", {"parties": ["Senegal", "Piriou"], "subject": "contract for three OPV 58 S offshore patrol vessels", "value": M(100e9, "XOF"), "date": "2019-11"}),
  ("transfer", "2.2", {"supplier": "Piriou", "recipient": "Senegal", "item": "OPV 58 S", "item_category": "patrol craft", "quantity": 1, "status": "delivered", "date": "2023-05"}),
  ("office", "3.1", {"person": "Abdou Sène", "role": "Chief of Naval Staff", "organisation": "Senegalese Navy"}),
  ("holding", "3.2", {"holder": "Senegalese Navy", "item": "patrol boats", "item_category": "patrol craft", "quantity": 12, "qualifier": "about"}),
  ("strength", "4.1", {"force": "Senegal", "personnel": 19000, "qualifier": "about", "according_to": "International Institute for Strategic Studies"}),
  ("budget", "4.2", {"country": "Senegal", "year": "2023", "amount": M(297e9, "XOF"), "according_to": "National Assembly"}),
 ]))

# 2 Ghana, parliamentary reporting
ARTICLES.append(art(
 "parliamentnotes-gh-20181122-defence-estimates",
 "https://www.parliamentnotes.com.gh/2018/11/22/minority-disputes-defence-figures",
 "Minority disputes Defence Ministry figures as House approves 2019 estimates",
 "2018-11-22",
 [
  ["Parliament on Wednesday approved the 2019 budget estimates of the Ministry of Defence after a heated debate in which the Minority accused the government of inflating the allocation.",
   "The Speaker, Professor Mike Oquaye, twice called members to order."],
  ["Moving the motion, the Minister for Defence, Dominic Nitiwul, said the ministry would receive GH¢1.26 billion in 2019, equivalent to about US$260 million at current rates."],
  ["But the Ranking Member on the Defence and Interior Committee, James Agalga, said the Minority's reading of the estimates put the actual allocation for 2019 at GH¢1.1 billion, arguing that the rest were arrears carried over from 2018."],
  ["Mr Nitiwul said the money would pay for the recruitment of 4,000 personnel and for four new patrol boats the Navy hopes to order from a Chinese shipyard.",
   "Mr Nitiwul said the Ghana Armed Forces had a strength of about 15,500 officers and men."],
  ["The Minister also confirmed that the Air Force had taken delivery of the last of five Z-9 helicopters from China and that two C-295 transport aircraft ordered from Airbus were now in service."],
 ],
 [
  ("office", "1.2", {"person": "Mike Oquaye", "role": "Speaker", "organisation": "Parliament of Ghana"}),
  ("office", "2.1", {"person": "Dominic Nitiwul", "role": "Defence Minister", "organisation": "Ghana"}),
  ("budget", "2.1", {"country": "Ghana", "year": "2019", "amount": M(1.26e9, "GHS"), "according_to": "Dominic Nitiwul"}),
  ("office", "3.1", {"person": "James Agalga", "role": "Ranking Member", "organisation": "Defence and Interior Committee"}),
  ("budget", "3.1", {"country": "Ghana", "year": "2019", "amount": M(1.1e9, "GHS"), "according_to": "James Agalga"}),
  ("strength", "4.2", {"force": "Ghana Armed Forces", "personnel": 15500, "qualifier": "about", "according_to": "Nitiwul"}),
  ("transfer", "5.1", {"supplier": "China", "recipient": "Ghana", "item": "Z-9", "item_category": "helicopter", "quantity": 5, "status": "delivered"}),
  ("transfer", "5.1", {"supplier": "Airbus", "recipient": "Ghana", "item": "C-295", "item_category": "transport aircraft", "quantity": 2, "status": "in_service"}),
 ]))

# 3 Burkina Faso, regional outlet, translated from French
ARTICLES.append(art(
 "sahelinfo-20221128-djibo-attack",
 "https://www.sahel-info.bf/securite/2022/11/28/djibo-attaque-detachement",
 "Djibo: fourteen soldiers and VDP lost their life in attack on detachment, says the general staff",
 "2022-11-28",
 [
  ["OUAGADOUGOU – Ten soldiers and four Volunteers for the Defence of the Homeland (VDP) have lost their life on Saturday in an attack against the military detachment of Djibo, in the province of Soum, has indicated the general staff of the armies in a communiqué.",
   "Twenty-one others were wounded, of whom six in serious state.",
   "The attack has been claimed on Sunday by the Group for Support of Islam and Muslims (JNIM), linked to al-Qaeda."],
  ["According to the communiqué, the assailants, estimated at more than one hundred, have been neutralised in great number during the riposte supported by the air vector."],
  ["Since the start of the year, at least 420 members of the defence and security forces have been killed in attacks of armed groups, according to a count of the ACLED project.",
   "The government, for its part, speaks of around 300 deaths in the ranks for the same period."],
  ["The President of the Transition, Captain Ibrahim Traoré, who took the power on 30 September, has promised to acquire more drones, after the reception in October of Bayraktar TB2 drones from Turkey, of which the number was not revealed.",
   "Some Russian media have reported in November that Ouagadougou would have ordered Mi-24 and Mi-17 helicopters, which the government has neither confirmed nor denied."],
  ["The Burkinabè army counts around 11,000 men, according to the estimates of the International Institute for Strategic Studies (IISS), to which will be added the 50,000 VDP that the government wants to recruit."],
 ],
 [
  ("incident", "1.1-1.3", {"kind": "attack", "location": "Djibo, Soum", "date": "2022-11-26", "killed": 14, "injured": 21, "actor": "JNIM"}),
  ("casualties", "3.1", {"force": "Burkina Faso defence and security forces", "period": "2022-01/2022-11", "killed": 420, "qualifier": "at least", "cause": "attacks of armed groups"}),
  ("casualties", "3.2", {"force": "Burkina Faso defence and security forces", "period": "2022-01/2022-11", "killed": 300, "qualifier": "about"}),
  ("office", "4.1", {"person": "Ibrahim Traoré", "role": "President of the Transition", "organisation": "Burkina Faso", "start": "2022-09-30"}),
  ("transfer", "4.1", {"supplier": "Turkey", "recipient": "Burkina Faso", "item": "Bayraktar TB2", "item_category": "unmanned aerial vehicle", "status": "delivered", "date": "2022-10"}),
  ("transfer", "4.2", {"recipient": "Burkina Faso", "item": "Mi-24", "item_category": "helicopter", "status": "reported"}),
  ("transfer", "4.2", {"recipient": "Burkina Faso", "item": "Mi-17", "item_category": "helicopter", "status": "reported"}),
  ("strength", "5.1", {"force": "Burkinabè army", "personnel": 11000, "qualifier": "about", "according_to": "International Institute for Strategic Studies"}),
 ]))

# 4 Niger, think-tank brief
ARTICLES.append(art(
 "sahelbrief-20210615-niger-air-power",
 "https://www.sahelsecuritybrief.org/briefs/2021/06/niger-air-arm",
 "Brief: Niger's air arm grows as Niamey spends more on security",
 "2021-06-15",
 [
  ["Niger has, in the past two years, pursued the most ambitious re-equipment of its small air force since independence."],
  ["In January 2021 the government signed a contract with Turkish Aerospace for six Hürkuş-C light attack aircraft, the first export order for the type.",
   "Baykar officials have also confirmed that Niamey requested Bayraktar TB2 drones, though no contract has been announced.",
   "Defence Minister Alkassoum Indattou told the National Assembly in May that the new aircraft would be based in Niamey."],
  ["Two C-130H transports donated by the United States and a single Su-25 attack jet remain the backbone of the fleet.",
   "Washington also handed over two Cessna 208 surveillance aircraft in 2019 under a US$18 million package."],
  ["Niger's armed forces stood at about 25,000 personnel in 2020, according to government figures, with a plan to reach 50,000 by 2025.",
   "SIPRI estimates Niger's military spending at US$230 million in 2020, while the finance law for 2021 earmarks 146 billion CFA francs (about US$270 million) for defence."],
  ["Losses have been heavy: at least 174 soldiers were killed in attacks on Inates, Chinégodar and Tongo Tongo between December 2019 and January 2020 alone.",
   "The assault on the Inates camp on 10 December 2019, claimed by the Islamic State in the Greater Sahara, killed 71 soldiers.",
   "For the whole of 2020, the ACLED project counted 212 Nigerien soldiers killed."],
  ["Amina Souley is a researcher in the Sahel Security Programme."],
 ],
 [
  ("transfer", "2.1", {"supplier": "Turkish Aerospace", "recipient": "Niger", "item": "Hürkuş-C", "item_category": "combat aircraft", "quantity": 6, "status": "ordered", "date": "2021-01"}),
  ("agreement", "2.1", {"parties": ["Niger", "Turkish Aerospace"], "subject": "contract for six Hürkuş-C light attack aircraft", "date": "2021-01"}),
  ("transfer", "2.2", {"supplier": "Baykar", "recipient": "Niger", "item": "Bayraktar TB2", "item_category": "unmanned aerial vehicle", "status": "negotiating"}),
  ("office", "2.3", {"person": "Alkassoum Indattou", "role": "Defence Minister", "organisation": "Niger"}),
  ("holding", "3.1", {"holder": "Niger", "item": "C-130H", "item_category": "transport aircraft", "quantity": 2}),
  ("holding", "3.1", {"holder": "Niger", "item": "Su-25", "item_category": "combat aircraft", "quantity": 1}),
  ("transfer", "3.1", {"supplier": "United States", "recipient": "Niger", "item": "C-130H", "item_category": "transport aircraft", "quantity": 2, "status": "delivered"}),
  ("transfer", "3.2", {"supplier": "United States", "recipient": "Niger", "item": "Cessna 208", "item_category": "other", "quantity": 2, "value": M(18e6, "USD"), "status": "delivered", "date": "2019"}),
  ("strength", "4.1", {"force": "Niger", "personnel": 25000, "qualifier": "about", "as_of": "2020", "according_to": "government"}),
  ("budget", "4.2", {"country": "Niger", "year": "2020", "amount": M(230e6, "USD"), "according_to": "SIPRI"}),
  ("budget", "4.2", {"country": "Niger", "year": "2021", "amount": M(146e9, "XOF"), "according_to": "finance law"}),
  ("casualties", "5.1", {"force": "Niger", "period": "2019-12/2020-01", "killed": 174, "qualifier": "at least", "cause": "attacks"}),
  ("casualties", "5.3", {"force": "Niger", "period": "2020", "killed": 212}),
  ("incident", "5.2", {"kind": "attack", "location": "Inates", "date": "2019-12-10", "killed": 71, "actor": "Islamic State in the Greater Sahara"}),
 ]))

# 5 Côte d'Ivoire, ministry press release
ARTICLES.append(art(
 "defense-gouv-ci-20190408-patrol-boats",
 "https://www.defense-ci-actu.org/communiques/2019/04/08/reception-patrouilleurs",
 "Communiqué: The Ministry of Defence receives two patrol boats for the Navy",
 "2019-04-08",
 [
  ["Abidjan, 5 April 2019 – The Minister of Defence, Hamed Bakayoko, has presided on Friday the handing-over ceremony of two RPB 33 patrol boats built by the French shipyard Ocea for the Ivorian Navy."],
  ["The two vessels, named Sassandra and Bandama, are part of a contract signed in 2017 which also includes an FPB 98 patrol vessel and an RPB 20 boat, for a total amount of 29 billion FCFA."],
  ["The ceremony took place in the presence of the Chief of Staff of the Navy, Rear Admiral Djakaridja Konaté, and of the Ambassador of France, Gilles Huberson.",
   "Before the ceremony on Friday, Minister Bakayoko held a working meeting with Ambassador Huberson on maritime security in the Gulf of Guinea."],
  ["With these new units, the Ivorian Navy aligns now eleven patrol boats and a staff of about 1,000 sailors.",
   "Mr Bakayoko recalled that the Ivorian armed forces total 27,000 personnel, of which 4,000 will leave under the retirement programme by 2020."],
  ["Directorate of Communication, Ministry of Defence"],
 ],
 [
  ("office", "1.1", {"person": "Hamed Bakayoko", "role": "Defence Minister", "organisation": "Côte d'Ivoire"}),
  ("transfer", "1.1", {"supplier": "Ocea", "recipient": "Côte d'Ivoire", "item": "RPB 33", "item_category": "patrol craft", "quantity": 2, "status": "delivered", "date": "2019-04-05"}),
  ("transfer", "2.1", {"supplier": "Ocea", "recipient": "Côte d'Ivoire", "item": "RPB 33", "item_category": "patrol craft", "quantity": 2, "status": "ordered", "date": "2017"}),
  ("transfer", "2.1", {"supplier": "Ocea", "recipient": "Côte d'Ivoire", "item": "FPB 98", "item_category": "patrol craft", "quantity": 1, "status": "ordered", "date": "2017"}),
  ("transfer", "2.1", {"supplier": "Ocea", "recipient": "Côte d'Ivoire", "item": "RPB 20", "item_category": "patrol craft", "quantity": 1, "status": "ordered", "date": "2017"}),
  ("agreement", "2.1", {"parties": ["Côte d'Ivoire", "Ocea"], "subject": "contract for patrol boats", "value": M(29e9, "XOF"), "date": "2017"}),
  ("office", "3.1", {"person": "Djakaridja Konaté", "role": "Chief of Naval Staff", "organisation": "Ivorian Navy"}),
  ("office", "3.1", {"person": "Gilles Huberson", "role": "Ambassador", "organisation": "France"}),
  ("meeting", "3.2", {"participants": ["Bakayoko", "Huberson"], "date": "2019-04-05", "subject": "maritime security in the Gulf of Guinea"}),
  ("holding", "4.1", {"holder": "Ivorian Navy", "item": "patrol boats", "item_category": "patrol craft", "quantity": 11}),
  ("strength", "4.1", {"force": "Ivorian Navy", "personnel": 1000, "qualifier": "about"}),
  ("strength", "4.2", {"force": "Côte d'Ivoire", "personnel": 27000, "according_to": "Bakayoko"}),
 ]))

# 6 Benin, wire
ARTICLES.append(art(
 "gulfofguineawire-20220210-benin-w-park",
 "https://www.gogwire.com/security/2022/02/10/benin-park-attack-rangers-killed",
 "Nine killed in attack on rangers in Benin's W National Park",
 "2022-02-10",
 [
  ["COTONOU, Feb 10 (Gulf of Guinea Wire) - At least nine people, including five park rangers, a soldier and a French instructor, were killed on Tuesday when their vehicles struck explosive devices and came under fire in W National Park in northern Benin, the park's operator said.",
   "Twelve others were wounded, four of them seriously."],
  ["No group has claimed the attack.",
   "It was the deadliest in Benin since violence spilled across the border from Burkina Faso in late 2021.",
   "Benin's armed forces lost four soldiers in two attacks in the same area in December, the army said.",
   "In all, at least 20 soldiers and rangers have been killed in the north since December, according to a tally by Gulf of Guinea Wire."],
  ["Some 3,000 soldiers are now deployed in the north under Operation Mirador, launched by President Patrice Talon's government in January.",
   "The United States delivered 20 armoured vehicles to Benin's army last month, the U.S. embassy said."],
  ["Benin's armed forces number about 12,300 personnel, according to the IISS, and the government raised defence spending to 79 billion CFA francs for 2022 from 53 billion in 2021.",
   "France's Operation Barkhane, with about 4,500 troops in the Sahel, is being scaled down."],
  ["(Reporting by Koffi Adjovi; Editing by Sarah Mensah)"],
 ],
 [
  ("incident", "1.1-1.2", {"kind": "attack", "location": "W National Park", "date": "2022-02-08", "killed": 9, "qualifier": "at least", "injured": 12}),
  ("casualties", "2.3", {"force": "Benin Armed Forces", "period": "2021-12", "killed": 4, "cause": "attacks"}),
  ("casualties", "2.4", {"force": "Benin soldiers and rangers", "period": "2021-12/2022-02", "killed": 20, "qualifier": "at least"}),
  ("strength", "3.1", {"force": "Operation Mirador", "personnel": 3000, "qualifier": "about"}),
  ("office", "3.1", {"person": "Patrice Talon", "role": "President", "organisation": "Benin"}),
  ("transfer", "3.2", {"supplier": "United States", "recipient": "Benin", "item": "armoured vehicles", "item_category": "armoured vehicle", "quantity": 20, "status": "delivered", "date": "2022-01"}),
  ("strength", "4.1", {"force": "Benin Armed Forces", "personnel": 12300, "qualifier": "about", "according_to": "IISS"}),
  ("budget", "4.1", {"country": "Benin", "year": "2022", "amount": M(79e9, "XOF")}),
  ("budget", "4.1", {"country": "Benin", "year": "2021", "amount": M(53e9, "XOF")}),
  ("strength", "4.2", {"force": "Operation Barkhane", "personnel": 4500, "qualifier": "about"}),
 ]))
