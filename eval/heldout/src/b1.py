def M(a, c):
    return {"amount": a, "currency": c}

ARTICLES = []

# 1 Indonesia, wire, Rafale
T = """JAKARTA, Feb 10 (Asia Pacific Wire) - Indonesia on Thursday signed a contract with France's Dassault Aviation for an initial batch of six Rafale fighter jets, the first step in a plan to acquire 42 of the aircraft, Defence Minister Prabowo Subianto said.

Prabowo spoke to reporters after meeting his French counterpart Florence Parly in Jakarta. He said the remaining 36 jets would be covered by later contracts once financing had been arranged. He did not disclose the value of the first tranche, which a person familiar with the deal put at US$1.3 billion.

The two ministers also witnessed the signing of a memorandum of understanding between Naval Group and Indonesian state shipbuilder PT PAL on cooperation in submarine research and development, according to a joint statement.

Indonesia's air force currently flies 33 F-16s and 16 Russian-made Sukhoi fighters, according to the ministry. Boeing has offered Jakarta up to 24 F-15EX jets. Asked whether Jakarta was still in talks with Boeing over F-15EX jets, Prabowo said only that "all options remain on the table."

(Reporting by Desi Hartono; Editing by Mark Ellison)"""
ARTICLES.append(dict(id="apwire-20220211-indonesia-rafale", url="https://www.apwire-news.com/asia/2022/02/11/indonesia-signs-rafale-first-batch", title="Indonesia signs for first six Rafale jets in 42-plane plan", published="2022-02-11", text=T, facts=[
 ("transfer", "JAKARTA, Feb 10 (Asia Pacific Wire) - Indonesia on Thursday signed a contract with France's Dassault Aviation for an initial batch of six Rafale fighter jets, the first step in a plan to acquire 42 of the aircraft, Defence Minister Prabowo Subianto said.",
  {"supplier": "Dassault Aviation", "recipient": "Indonesia", "item": "Rafale", "item_category": "combat aircraft", "quantity": 6, "status": "ordered", "date": "2022-02-10"}),
 ("agreement", "JAKARTA, Feb 10 (Asia Pacific Wire) - Indonesia on Thursday signed a contract with France's Dassault Aviation for an initial batch of six Rafale fighter jets, the first step in a plan to acquire 42 of the aircraft, Defence Minister Prabowo Subianto said.",
  {"parties": ["Indonesia", "Dassault Aviation"], "subject": "contract for six Rafale fighter jets", "date": "2022-02-10"}),
 ("office", "JAKARTA, Feb 10 (Asia Pacific Wire) - Indonesia on Thursday signed a contract with France's Dassault Aviation for an initial batch of six Rafale fighter jets, the first step in a plan to acquire 42 of the aircraft, Defence Minister Prabowo Subianto said.",
  {"person": "Prabowo Subianto", "role": "Defence Minister", "organisation": "Indonesia"}),
 ("meeting", "Prabowo spoke to reporters after meeting his French counterpart Florence Parly in Jakarta.",
  {"participants": ["Prabowo", "Florence Parly"], "place": "Jakarta"}),
 ("office", "Prabowo spoke to reporters after meeting his French counterpart Florence Parly in Jakarta.",
  {"person": "Florence Parly", "role": "Defence Minister", "organisation": "France"}),
 ("agreement", "The two ministers also witnessed the signing of a memorandum of understanding between Naval Group and Indonesian state shipbuilder PT PAL on cooperation in submarine research and development, according to a joint statement.",
  {"parties": ["Naval Group", "PT PAL"], "subject": "memorandum of understanding on cooperation in submarine research and development"}),
 ("transfer", "Boeing has offered Jakarta up to 24 F-15EX jets.",
  {"supplier": "Boeing", "recipient": "Indonesia", "item": "F-15EX", "item_category": "combat aircraft", "quantity": 24, "qualifier": "up to", "status": "offered"}),
 ("holding", "Indonesia's air force currently flies 33 F-16s and 16 Russian-made Sukhoi fighters, according to the ministry.",
  {"holder": "Indonesian Air Force", "item": "F-16", "item_category": "combat aircraft", "quantity": 33}),
 ("holding", "Indonesia's air force currently flies 33 F-16s and 16 Russian-made Sukhoi fighters, according to the ministry.",
  {"holder": "Indonesian Air Force", "item": "Sukhoi", "item_category": "combat aircraft", "quantity": 16}),
]))

# 2 Brazil, Gripen, feature
T = """Brazil seals Gripen deal with Saab after a decade-long contest

SÃO PAULO - The Brazilian government and Swedish manufacturer Saab on Friday signed a contract for 36 Gripen NG fighters worth 39.3 billion Swedish kronor, ending the F-X2 competition whose origins go back more than ten years.

The package is made up of 28 single-seat Gripen E and eight two-seat Gripen F aircraft, with deliveries planned between 2019 and 2024. Embraer, Brazil's largest aerospace group, will run a final assembly line at Gavião Peixoto under the industrial participation plan.

Defence Minister Celso Amorim attended the ceremony in Brasília together with Saab chief executive Håkan Buskhe. The commander of the Air Force, Lieutenant-Brigadier Juniti Saito, said the new jets would fill the gap left by the Mirage 2000 fleet, retired at the end of last year, and would later replace the ageing F-5M.

For now the Brazilian Air Force flies 47 F-5M fighters and 43 A-1 attack jets, the service says. Boeing's F/A-18E/F Super Hornet and Dassault's Rafale, the two other finalists, were eliminated when Brasília chose the Swedish aircraft in December 2013."""
ARTICLES.append(dict(id="defesaemfoco-20141024-gripen-contract", url="https://www.defesaemfoco-news.com.br/en/2014/10/24/gripen-contract-signed", title="Brazil seals Gripen deal with Saab after a decade-long contest", published="2014-10-24", text=T, facts=[
 ("transfer", "SÃO PAULO - The Brazilian government and Swedish manufacturer Saab on Friday signed a contract for 36 Gripen NG fighters worth 39.3 billion Swedish kronor, ending the F-X2 competition whose origins go back more than ten years.",
  {"supplier": "Saab", "recipient": "Brazil", "item": "Gripen NG", "item_category": "combat aircraft", "quantity": 36, "value": M(39.3e9, "SEK"), "status": "ordered", "date": "2014-10-24"}),
 ("agreement", "SÃO PAULO - The Brazilian government and Swedish manufacturer Saab on Friday signed a contract for 36 Gripen NG fighters worth 39.3 billion Swedish kronor, ending the F-X2 competition whose origins go back more than ten years.",
  {"parties": ["Brazil", "Saab"], "subject": "contract for 36 Gripen NG fighters", "value": M(39.3e9, "SEK"), "date": "2014-10-24"}),
 ("transfer", "The package is made up of 28 single-seat Gripen E and eight two-seat Gripen F aircraft, with deliveries planned between 2019 and 2024.",
  {"supplier": "Saab", "recipient": "Brazil", "item": "Gripen E", "item_category": "combat aircraft", "quantity": 28, "status": "ordered"}),
 ("transfer", "The package is made up of 28 single-seat Gripen E and eight two-seat Gripen F aircraft, with deliveries planned between 2019 and 2024.",
  {"supplier": "Saab", "recipient": "Brazil", "item": "Gripen F", "item_category": "combat aircraft", "quantity": 8, "status": "ordered"}),
 ("office", "Defence Minister Celso Amorim attended the ceremony in Brasília together with Saab chief executive Håkan Buskhe.",
  {"person": "Celso Amorim", "role": "Defence Minister", "organisation": "Brazil"}),
 ("office", "Defence Minister Celso Amorim attended the ceremony in Brasília together with Saab chief executive Håkan Buskhe.",
  {"person": "Håkan Buskhe", "role": "CEO", "organisation": "Saab"}),
 ("office", "The commander of the Air Force, Lieutenant-Brigadier Juniti Saito, said the new jets would fill the gap left by the Mirage 2000 fleet, retired at the end of last year, and would later replace the ageing F-5M.",
  {"person": "Juniti Saito", "role": "Commander", "organisation": "Brazilian Air Force"}),
 ("holding", "For now the Brazilian Air Force flies 47 F-5M fighters and 43 A-1 attack jets, the service says.",
  {"holder": "Brazilian Air Force", "item": "F-5M", "item_category": "combat aircraft", "quantity": 47}),
 ("holding", "For now the Brazilian Air Force flies 47 F-5M fighters and 43 A-1 attack jets, the service says.",
  {"holder": "Brazilian Air Force", "item": "A-1", "item_category": "combat aircraft", "quantity": 43}),
]))

# 3 Colombia, wire, ambush
T = """BOGOTA, April 15 (Andes Wire) - Eleven Colombian soldiers were killed and 20 wounded when FARC guerrillas attacked an army patrol in a rural area of Buenos Aires municipality in Cauca province late on Tuesday, the army said, the deadliest single blow to the military since peace talks began in Havana.

President Juan Manuel Santos responded by ordering the military to resume bombing raids on FARC camps, which he had suspended last month as a goodwill gesture. "This was a deliberate attack, not an accident of war," Santos said in a televised address.

Defence Minister Juan Carlos Pinzón flew to Cali on Wednesday to meet regional commanders and said the patrol had been sheltering from rain in a sports centre when it came under fire from rifles and grenades.

According to Defence Ministry figures, 47 members of the security forces have been killed and 210 wounded in fighting with rebel groups so far this year. The ministry says the army has about 240,000 troops. The Finance Ministry has put the 2015 defence and security budget at 28.4 trillion pesos.

(Reporting by Carlos Mejía; Editing by Ana Ruiz)"""
ARTICLES.append(dict(id="andeswire-20150416-cauca-ambush", url="https://www.andeswire.com/colombia/2015/04/16/farc-attack-kills-eleven-soldiers-cauca", title="FARC attack kills 11 Colombian soldiers in Cauca; Santos resumes bombing", published="2015-04-16", text=T, facts=[
 ("incident", "BOGOTA, April 15 (Andes Wire) - Eleven Colombian soldiers were killed and 20 wounded when FARC guerrillas attacked an army patrol in a rural area of Buenos Aires municipality in Cauca province late on Tuesday, the army said, the deadliest single blow to the military since peace talks began in Havana.",
  {"kind": "attack", "location": "Buenos Aires, Cauca", "date": "2015-04-14", "killed": 11, "injured": 20, "actor": "FARC"}),
 ("office", "President Juan Manuel Santos responded by ordering the military to resume bombing raids on FARC camps, which he had suspended last month as a goodwill gesture.",
  {"person": "Juan Manuel Santos", "role": "President", "organisation": "Colombia"}),
 ("office", "Defence Minister Juan Carlos Pinzón flew to Cali on Wednesday to meet regional commanders and said the patrol had been sheltering from rain in a sports centre when it came under fire from rifles and grenades.",
  {"person": "Juan Carlos Pinzón", "role": "Defence Minister", "organisation": "Colombia"}),
 ("casualties", "According to Defence Ministry figures, 47 members of the security forces have been killed and 210 wounded in fighting with rebel groups so far this year.",
  {"force": "Colombian security forces", "period": "2015", "killed": 47, "injured": 210, "cause": "fighting with rebel groups"}),
 ("strength", "The ministry says the army has about 240,000 troops.",
  {"force": "Colombian Army", "personnel": 240000, "qualifier": "about", "according_to": "Defence Ministry"}),
 ("budget", "The Finance Ministry has put the 2015 defence and security budget at 28.4 trillion pesos.",
  {"country": "Colombia", "year": "2015", "amount": M(28.4e12, "COP"), "according_to": "Finance Ministry"}),
]))

# 4 Nigeria, local outlet
T = """Army repels ISWAP attack on Mainok base, 7 soldiers pay supreme price

By Our Correspondent, Maiduguri

Troops of the Nigerian Army have successfully repelled a coordinated attack by Islamic State West Africa Province (ISWAP) terrorists on their base at Mainok, Borno State on Sunday evening, but seven gallant soldiers paid the supreme price while nine other sustained various degree of injuries.

The Army spokesman, Brig-Gen Mohammed Yerima, in a statement said the attackers came in about 20 gun trucks and that the troops, with air support, forced them to retreat after several hours of fighting. He did not give figure for the insurgents casualties.

Recall that Nigeria had bought 12 A-29 Super Tucano aircraft from the United States in a deal worth US$496 million, and that the first six of the aircrafts arrived the country last month.

The Chief of Army Staff, Lt-Gen Ibrahim Attahiru, who was appointed on 26 January this year, visited the troops on Monday and commended their gallantry.

According to a tally by this newspaper, at least 78 soldiers have lost their lives in the North-East theatre since January."""
ARTICLES.append(dict(id="northernobserver-20210504-mainok-attack", url="https://www.northernobserver.ng/2021/05/04/army-repels-iswap-attack-on-mainok-base/", title="Army repels ISWAP attack on Mainok base, 7 soldiers pay supreme price", published="2021-05-04", text=T, facts=[
 ("incident", "Troops of the Nigerian Army have successfully repelled a coordinated attack by Islamic State West Africa Province (ISWAP) terrorists on their base at Mainok, Borno State on Sunday evening, but seven gallant soldiers paid the supreme price while nine other sustained various degree of injuries.",
  {"kind": "attack", "location": "Mainok, Borno State", "date": "2021-05-02", "killed": 7, "injured": 9, "actor": "Islamic State West Africa Province"}),
 ("office", "The Army spokesman, Brig-Gen Mohammed Yerima, in a statement said the attackers came in about 20 gun trucks and that the troops, with air support, forced them to retreat after several hours of fighting.",
  {"person": "Mohammed Yerima", "role": "spokesman", "organisation": "Nigerian Army"}),
 ("transfer", "Recall that Nigeria had bought 12 A-29 Super Tucano aircraft from the United States in a deal worth US$496 million, and that the first six of the aircrafts arrived the country last month.",
  {"supplier": "United States", "recipient": "Nigeria", "item": "A-29 Super Tucano", "item_category": "combat aircraft", "quantity": 12, "value": M(496e6, "USD"), "status": "ordered"}),
 ("transfer", "Recall that Nigeria had bought 12 A-29 Super Tucano aircraft from the United States in a deal worth US$496 million, and that the first six of the aircrafts arrived the country last month.",
  {"supplier": "United States", "recipient": "Nigeria", "item": "A-29 Super Tucano", "item_category": "combat aircraft", "quantity": 6, "status": "delivered", "date": "2021-04"}),
 ("agreement", "Recall that Nigeria had bought 12 A-29 Super Tucano aircraft from the United States in a deal worth US$496 million, and that the first six of the aircrafts arrived the country last month.",
  {"parties": ["Nigeria", "United States"], "subject": "deal for 12 A-29 Super Tucano aircraft", "value": M(496e6, "USD")}),
 ("office", "The Chief of Army Staff, Lt-Gen Ibrahim Attahiru, who was appointed on 26 January this year, visited the troops on Monday and commended their gallantry.",
  {"person": "Ibrahim Attahiru", "role": "Chief of Army Staff", "organisation": "Nigerian Army", "start": "2021-01-26"}),
 ("casualties", "According to a tally by this newspaper, at least 78 soldiers have lost their lives in the North-East theatre since January.",
  {"force": "Nigerian Army", "period": "2021", "killed": 78, "qualifier": "at least"}),
]))

# 5 India, ministry press release
T = """Ministry of Defence signs contracts worth over Rs 4,600 crore for radars and naval fire control systems

New Delhi, 30 March 2023

The Ministry of Defence (MoD) today signed a contract with Bharat Electronics Limited (BEL) for the procurement of 11 Ashwini Low Level Transportable Radars for the Indian Air Force at an overall cost of Rs 2,906 crore. The radars have been designed by the Electronics and Radar Development Establishment of DRDO and will be manufactured by BEL.

In a second contract signed on the same day, the MoD engaged Larsen & Toubro Limited for the supply of 13 Lynx-U2 naval gun fire control systems for the Indian Navy, worth Rs 1,700 crore.

Both contracts were signed in the presence of Defence Secretary Shri Giridhar Aramane. The contracts fall in the Buy (Indian-IDDM) category and are expected to generate employment for over 1,000 persons over a period of five years.

The Indian Air Force at present operates 14 older low-level radars of foreign origin, which the Ashwini systems will progressively replace."""
ARTICLES.append(dict(id="mod-in-20230330-ashwini-radars", url="https://www.defence-press-india.in/releases/2023/03/30/ashwini-radars-lynx-u2-contracts", title="Ministry of Defence signs contracts worth over Rs 4,600 crore for radars and naval fire control systems", published="2023-03-30", text=T, facts=[
 ("transfer", "The Ministry of Defence (MoD) today signed a contract with Bharat Electronics Limited (BEL) for the procurement of 11 Ashwini Low Level Transportable Radars for the Indian Air Force at an overall cost of Rs 2,906 crore.",
  {"supplier": "Bharat Electronics Limited", "recipient": "India", "item": "Ashwini", "item_category": "radar", "quantity": 11, "value": M(29.06e9, "INR"), "status": "ordered", "date": "2023-03-30"}),
 ("agreement", "The Ministry of Defence (MoD) today signed a contract with Bharat Electronics Limited (BEL) for the procurement of 11 Ashwini Low Level Transportable Radars for the Indian Air Force at an overall cost of Rs 2,906 crore.",
  {"parties": ["India", "Bharat Electronics Limited"], "subject": "contract for 11 Ashwini Low Level Transportable Radars", "value": M(29.06e9, "INR"), "date": "2023-03-30"}),
 ("transfer", "In a second contract signed on the same day, the MoD engaged Larsen & Toubro Limited for the supply of 13 Lynx-U2 naval gun fire control systems for the Indian Navy, worth Rs 1,700 crore.",
  {"supplier": "Larsen & Toubro Limited", "recipient": "India", "item": "Lynx-U2", "item_category": "other", "quantity": 13, "value": M(17e9, "INR"), "status": "ordered"}),
 ("agreement", "In a second contract signed on the same day, the MoD engaged Larsen & Toubro Limited for the supply of 13 Lynx-U2 naval gun fire control systems for the Indian Navy, worth Rs 1,700 crore.",
  {"parties": ["India", "Larsen & Toubro Limited"], "subject": "contract for 13 Lynx-U2 naval gun fire control systems", "value": M(17e9, "INR")}),
 ("office", "Both contracts were signed in the presence of Defence Secretary Shri Giridhar Aramane.",
  {"person": "Giridhar Aramane", "role": "Defence Secretary", "organisation": "India"}),
 ("holding", "The Indian Air Force at present operates 14 older low-level radars of foreign origin, which the Ashwini systems will progressively replace.",
  {"holder": "Indian Air Force", "item": "low-level radars", "item_category": "radar", "quantity": 14}),
]))

# 6 Pakistan
T = """PAF inducts J-10C fighters at Minhas base

ISLAMABAD: The Pakistan Air Force (PAF) formally inducted its first batch of J-10CE multi-role fighter jets into service at PAF Base Minhas, Kamra, on Friday, with Prime Minister Imran Khan attending as chief guest.

The six aircraft, which arrived from China earlier this month, are the first of 25 J-10C jets Pakistan has ordered from Beijing, officials said. They will equip the newly revived No 15 Squadron "Cobras".

Chief of the Air Staff Air Chief Marshal Zaheer Ahmed Babar Sidhu said the induction would "significantly enhance" the force's combat capability. The PAF already flies around 130 locally assembled JF-17 Thunder fighters.

Speaking at the ceremony, the prime minister dismissed speculation that Pakistan was seeking Russian Su-35 jets, saying no such proposal was under consideration."""
ARTICLES.append(dict(id="capitalpost-pk-20220312-j10c-induction", url="https://www.capitalpost.pk/national/2022-03-12/paf-inducts-j-10c-fighters", title="PAF inducts J-10C fighters at Minhas base", published="2022-03-12", text=T, facts=[
 ("transfer", "ISLAMABAD: The Pakistan Air Force (PAF) formally inducted its first batch of J-10CE multi-role fighter jets into service at PAF Base Minhas, Kamra, on Friday, with Prime Minister Imran Khan attending as chief guest.",
  {"supplier": "China", "recipient": "Pakistan", "item": "J-10CE", "item_category": "combat aircraft", "status": "in_service", "date": "2022-03-11"}),
 ("transfer", "The six aircraft, which arrived from China earlier this month, are the first of 25 J-10C jets Pakistan has ordered from Beijing, officials said.",
  {"supplier": "China", "recipient": "Pakistan", "item": "J-10C", "item_category": "combat aircraft", "quantity": 6, "status": "delivered", "date": "2022-03"}),
 ("transfer", "The six aircraft, which arrived from China earlier this month, are the first of 25 J-10C jets Pakistan has ordered from Beijing, officials said.",
  {"supplier": "China", "recipient": "Pakistan", "item": "J-10C", "item_category": "combat aircraft", "quantity": 25, "status": "ordered"}),
 ("office", "ISLAMABAD: The Pakistan Air Force (PAF) formally inducted its first batch of J-10CE multi-role fighter jets into service at PAF Base Minhas, Kamra, on Friday, with Prime Minister Imran Khan attending as chief guest.",
  {"person": "Imran Khan", "role": "Prime Minister", "organisation": "Pakistan"}),
 ("office", "Chief of the Air Staff Air Chief Marshal Zaheer Ahmed Babar Sidhu said the induction would \"significantly enhance\" the force's combat capability.",
  {"person": "Zaheer Ahmed Babar Sidhu", "role": "Chief of the Air Staff", "organisation": "Pakistan Air Force"}),
 ("holding", "The PAF already flies around 130 locally assembled JF-17 Thunder fighters.",
  {"holder": "Pakistan Air Force", "item": "JF-17", "item_category": "combat aircraft", "quantity": 130, "qualifier": "about"}),
]))

# 7 South Korea / Poland framework
T = """SEOUL, July 28 (Han River News) -- Poland on Wednesday signed framework agreements with three South Korean defence companies covering up to 980 K2 main battle tanks and up to 648 K9 self-propelled howitzers, as well as 48 FA-50 light combat aircraft, in what officials here called the largest arms export deal in the country's history.

The agreements were signed in Warsaw by Polish Defence Minister Mariusz Blaszczak and the heads of Hyundai Rotem, Hanwha Defense and Korea Aerospace Industries (KAI), which build the tank, the howitzer and the jet respectively.

Executive contracts with prices and delivery schedules are still to be negotiated, and officials in Seoul declined to estimate their total value. Blaszczak said the first tanks and howitzers should reach Polish units before the end of the year.

Poland is also in talks with Hanwha on its Chunmoo multiple rocket launcher, a ministry source in Warsaw said, without giving a number.

South Korea's army itself fields about 260 K2 tanks, according to industry estimates."""
ARTICLES.append(dict(id="hanriver-20220728-poland-k2-k9-fa50", url="https://www.hanrivernews.co.kr/en/defense/20220728-poland-framework-k2-k9-fa50", title="Poland signs framework deals for K2 tanks, K9 howitzers and FA-50 jets", published="2022-07-28", text=T, facts=[
 ("transfer", "SEOUL, July 28 (Han River News) -- Poland on Wednesday signed framework agreements with three South Korean defence companies covering up to 980 K2 main battle tanks and up to 648 K9 self-propelled howitzers, as well as 48 FA-50 light combat aircraft, in what officials here called the largest arms export deal in the country's history.",
  {"supplier": "Hyundai Rotem", "recipient": "Poland", "item": "K2", "item_category": "main battle tank", "quantity": 980, "qualifier": "up to", "status": "agreed", "date": "2022-07-27"}),
 ("transfer", "SEOUL, July 28 (Han River News) -- Poland on Wednesday signed framework agreements with three South Korean defence companies covering up to 980 K2 main battle tanks and up to 648 K9 self-propelled howitzers, as well as 48 FA-50 light combat aircraft, in what officials here called the largest arms export deal in the country's history.",
  {"supplier": "Hanwha Defense", "recipient": "Poland", "item": "K9", "item_category": "self-propelled artillery", "quantity": 648, "qualifier": "up to", "status": "agreed", "date": "2022-07-27"}),
 ("transfer", "SEOUL, July 28 (Han River News) -- Poland on Wednesday signed framework agreements with three South Korean defence companies covering up to 980 K2 main battle tanks and up to 648 K9 self-propelled howitzers, as well as 48 FA-50 light combat aircraft, in what officials here called the largest arms export deal in the country's history.",
  {"supplier": "Korea Aerospace Industries", "recipient": "Poland", "item": "FA-50", "item_category": "combat aircraft", "quantity": 48, "status": "agreed", "date": "2022-07-27"}),
 ("agreement", "SEOUL, July 28 (Han River News) -- Poland on Wednesday signed framework agreements with three South Korean defence companies covering up to 980 K2 main battle tanks and up to 648 K9 self-propelled howitzers, as well as 48 FA-50 light combat aircraft, in what officials here called the largest arms export deal in the country's history.\n\nThe agreements were signed in Warsaw by Polish Defence Minister Mariusz Blaszczak and the heads of Hyundai Rotem, Hanwha Defense and Korea Aerospace Industries (KAI), which build the tank, the howitzer and the jet respectively.",
  {"parties": ["Poland", "Hyundai Rotem", "Hanwha Defense", "Korea Aerospace Industries"], "subject": "framework agreements for K2 tanks, K9 howitzers and FA-50 aircraft", "date": "2022-07-27", "place": "Warsaw"}),
 ("office", "The agreements were signed in Warsaw by Polish Defence Minister Mariusz Blaszczak and the heads of Hyundai Rotem, Hanwha Defense and Korea Aerospace Industries (KAI), which build the tank, the howitzer and the jet respectively.",
  {"person": "Mariusz Blaszczak", "role": "Defence Minister", "organisation": "Poland"}),
 ("transfer", "Poland is also in talks with Hanwha on its Chunmoo multiple rocket launcher, a ministry source in Warsaw said, without giving a number.",
  {"supplier": "Hanwha", "recipient": "Poland", "item": "Chunmoo", "item_category": "multiple rocket launcher", "status": "negotiating"}),
 ("holding", "South Korea's army itself fields about 260 K2 tanks, according to industry estimates.",
  {"holder": "South Korean Army", "item": "K2", "item_category": "main battle tank", "quantity": 260, "qualifier": "about"}),
]))

# 8 Greece, parliamentary reporting
T = """Parliament passes 2021 budget as defence spending row flares

ATHENS - Greek lawmakers on Thursday approved the 2021 state budget after a five-day debate dominated by the standoff with Turkey in the eastern Mediterranean.

Finance Minister Christos Staikouras told the chamber that defence spending would reach 5.5 billion euros next year, the highest level in a decade. The main opposition SYRIZA party disputed the figure, arguing that once pensions and one-off items were excluded the real defence allocation for 2021 was 3.9 billion euros.

Defence Minister Nikos Panagiotopoulos said Athens was in negotiations with Paris for 18 Rafale fighters, 12 of them second-hand aircraft from the French Air Force and six new-build jets from Dassault. He added that the Hellenic Air Force's 24 Mirage 2000-5 jets would be upgraded and kept in service alongside its 153 F-16s.

Panagiotopoulos also told MPs that Greece would only consider buying the F-35 if Washington cleared it for delivery before 2028. Prime Minister Kyriakos Mitsotakis, closing the debate, said the armed forces would add 15,000 professional soldiers over five years."""
ARTICLES.append(dict(id="aegeanchronicle-20201120-budget-defence", url="https://www.aegeanchronicle.gr/politics/2020/11/20/parliament-passes-2021-budget-defence", title="Parliament passes 2021 budget as defence spending row flares", published="2020-11-20", text=T, facts=[
 ("budget", "Finance Minister Christos Staikouras told the chamber that defence spending would reach 5.5 billion euros next year, the highest level in a decade.",
  {"country": "Greece", "year": "2021", "amount": M(5.5e9, "EUR"), "according_to": "Christos Staikouras"}),
 ("budget", "The main opposition SYRIZA party disputed the figure, arguing that once pensions and one-off items were excluded the real defence allocation for 2021 was 3.9 billion euros.",
  {"country": "Greece", "year": "2021", "amount": M(3.9e9, "EUR"), "according_to": "SYRIZA"}),
 ("office", "Finance Minister Christos Staikouras told the chamber that defence spending would reach 5.5 billion euros next year, the highest level in a decade.",
  {"person": "Christos Staikouras", "role": "Finance Minister", "organisation": "Greece"}),
 ("office", "Defence Minister Nikos Panagiotopoulos said Athens was in negotiations with Paris for 18 Rafale fighters, 12 of them second-hand aircraft from the French Air Force and six new-build jets from Dassault.",
  {"person": "Nikos Panagiotopoulos", "role": "Defence Minister", "organisation": "Greece"}),
 ("transfer", "Defence Minister Nikos Panagiotopoulos said Athens was in negotiations with Paris for 18 Rafale fighters, 12 of them second-hand aircraft from the French Air Force and six new-build jets from Dassault.",
  {"supplier": "France", "recipient": "Greece", "item": "Rafale", "item_category": "combat aircraft", "quantity": 18, "status": "negotiating"}),
 ("holding", "He added that the Hellenic Air Force's 24 Mirage 2000-5 jets would be upgraded and kept in service alongside its 153 F-16s.",
  {"holder": "Hellenic Air Force", "item": "Mirage 2000-5", "item_category": "combat aircraft", "quantity": 24}),
 ("holding", "He added that the Hellenic Air Force's 24 Mirage 2000-5 jets would be upgraded and kept in service alongside its 153 F-16s.",
  {"holder": "Hellenic Air Force", "item": "F-16", "item_category": "combat aircraft", "quantity": 153}),
 ("office", "Prime Minister Kyriakos Mitsotakis, closing the debate, said the armed forces would add 15,000 professional soldiers over five years.",
  {"person": "Kyriakos Mitsotakis", "role": "Prime Minister", "organisation": "Greece"}),
]))

# 9 Morocco
T = """Morocco takes delivery of first Turkish TB2 drones

RABAT - Morocco's Royal Armed Forces have taken delivery of the first Bayraktar TB2 drones from Turkish manufacturer Baykar, a military source confirmed to our newspaper this week.

The kingdom ordered 13 of the unmanned aircraft in April for about US$70 million, according to the source, who asked not to be named. The drones are to be based in the south of the country.

Separately, the United States has offered Rabat four MQ-9B SeaGuardian drones in a package valued at US$1 billion, but no contract has been signed yet.

The Royal Moroccan Air Force operates 23 F-16 fighters and is awaiting 25 more of the Block 72 version ordered from Lockheed Martin in 2019.

Abdellatif Loudiyi, the Minister Delegate in charge of National Defence Administration, declined to comment. Officials also denied reports in the Spanish press that Morocco was buying Israeli Harop loitering munitions."""
ARTICLES.append(dict(id="lematinrabat-20210922-tb2-delivery", url="https://en.lematin-rabat.ma/defense/2021/09/22/morocco-first-tb2-drones", title="Morocco takes delivery of first Turkish TB2 drones", published="2021-09-22", text=T, facts=[
 ("transfer", "RABAT - Morocco's Royal Armed Forces have taken delivery of the first Bayraktar TB2 drones from Turkish manufacturer Baykar, a military source confirmed to our newspaper this week.",
  {"supplier": "Baykar", "recipient": "Morocco", "item": "Bayraktar TB2", "item_category": "unmanned aerial vehicle", "status": "delivered"}),
 ("transfer", "The kingdom ordered 13 of the unmanned aircraft in April for about US$70 million, according to the source, who asked not to be named.",
  {"supplier": "Baykar", "recipient": "Morocco", "item": "Bayraktar TB2", "item_category": "unmanned aerial vehicle", "quantity": 13, "value": M(70e6, "USD"), "status": "ordered", "date": "2021-04"}),
 ("transfer", "Separately, the United States has offered Rabat four MQ-9B SeaGuardian drones in a package valued at US$1 billion, but no contract has been signed yet.",
  {"supplier": "United States", "recipient": "Morocco", "item": "MQ-9B SeaGuardian", "item_category": "unmanned aerial vehicle", "quantity": 4, "value": M(1e9, "USD"), "status": "offered"}),
 ("holding", "The Royal Moroccan Air Force operates 23 F-16 fighters and is awaiting 25 more of the Block 72 version ordered from Lockheed Martin in 2019.",
  {"holder": "Royal Moroccan Air Force", "item": "F-16", "item_category": "combat aircraft", "quantity": 23}),
 ("transfer", "The Royal Moroccan Air Force operates 23 F-16 fighters and is awaiting 25 more of the Block 72 version ordered from Lockheed Martin in 2019.",
  {"supplier": "Lockheed Martin", "recipient": "Morocco", "item": "F-16 Block 72", "item_category": "combat aircraft", "quantity": 25, "status": "ordered", "date": "2019"}),
 ("office", "Abdellatif Loudiyi, the Minister Delegate in charge of National Defence Administration, declined to comment.",
  {"person": "Abdellatif Loudiyi", "role": "Minister Delegate for National Defence Administration", "organisation": "Morocco"}),
]))

# 10 Kenya
T = """Eight KDF soldiers killed in Mandera roadside bomb

NAIROBI, Kenya - Eight Kenya Defence Forces soldiers were killed and four others injured when their armoured vehicle struck an improvised explosive device near the border town of Mandera on Wednesday, police said.

The Somali militant group al-Shabaab claimed responsibility for the blast through its radio station. North Eastern regional police commander Mohamed Saleh said the soldiers had been escorting engineers working on a communications mast.

On Friday, suspected al-Shabaab fighters ambushed a police vehicle on the Mpeketoni-Kibaoni road in Lamu county, killing three officers, according to police spokesman Charles Owino.

Police figures show that 21 soldiers and police officers were killed by roadside bombs in Mandera, Garissa and Lamu counties between January and May.

Defence Cabinet Secretary Raychelle Omamo said the attacks would not weaken Kenya's commitment to the African Union mission in Somalia. The KDF numbers about 24,100 personnel, according to the International Institute for Strategic Studies, of whom some 3,600 serve with the AU force."""
ARTICLES.append(dict(id="rifttimes-20170527-mandera-ied", url="https://www.rifttimes.co.ke/news/2017/05/27/eight-kdf-soldiers-killed-mandera", title="Eight KDF soldiers killed in Mandera roadside bomb", published="2017-05-27", text=T, facts=[
 ("incident", "NAIROBI, Kenya - Eight Kenya Defence Forces soldiers were killed and four others injured when their armoured vehicle struck an improvised explosive device near the border town of Mandera on Wednesday, police said.\n\nThe Somali militant group al-Shabaab claimed responsibility for the blast through its radio station.",
  {"kind": "explosion", "location": "Mandera", "date": "2017-05-24", "killed": 8, "injured": 4, "actor": "al-Shabaab"}),
 ("office", "North Eastern regional police commander Mohamed Saleh said the soldiers had been escorting engineers working on a communications mast.",
  {"person": "Mohamed Saleh", "role": "regional police commander", "organisation": "Kenya"}),
 ("incident", "On Friday, suspected al-Shabaab fighters ambushed a police vehicle on the Mpeketoni-Kibaoni road in Lamu county, killing three officers, according to police spokesman Charles Owino.",
  {"kind": "ambush", "location": "Mpeketoni-Kibaoni road, Lamu county", "date": "2017-05-26", "killed": 3, "actor": "al-Shabaab"}),
 ("office", "On Friday, suspected al-Shabaab fighters ambushed a police vehicle on the Mpeketoni-Kibaoni road in Lamu county, killing three officers, according to police spokesman Charles Owino.",
  {"person": "Charles Owino", "role": "spokesman", "organisation": "Kenya Police"}),
 ("casualties", "Police figures show that 21 soldiers and police officers were killed by roadside bombs in Mandera, Garissa and Lamu counties between January and May.",
  {"force": "Kenyan security forces", "period": "2017-01/2017-05", "killed": 21, "cause": "roadside bombs"}),
 ("office", "Defence Cabinet Secretary Raychelle Omamo said the attacks would not weaken Kenya's commitment to the African Union mission in Somalia.",
  {"person": "Raychelle Omamo", "role": "Defence Cabinet Secretary", "organisation": "Kenya"}),
 ("strength", "The KDF numbers about 24,100 personnel, according to the International Institute for Strategic Studies, of whom some 3,600 serve with the AU force.",
  {"force": "Kenyan contingent of the African Union mission in Somalia", "personnel": 3600, "qualifier": "about"}),
 ("strength", "The KDF numbers about 24,100 personnel, according to the International Institute for Strategic Studies, of whom some 3,600 serve with the AU force.",
  {"force": "Kenya Defence Forces", "personnel": 24100, "qualifier": "about", "according_to": "International Institute for Strategic Studies"}),
]))
