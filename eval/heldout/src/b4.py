def M(a, c):
    return {"amount": a, "currency": c}

ARTICLES = []

# 31 Iraq, wire
T = """BAGHDAD, July 1 (Tigris Wire) - A suicide car bomber struck a crowded market in the Shi'ite district of Kadhimiya in northern Baghdad on Monday, killing 25 people and wounding at least 60, police and hospital sources said.

No group claimed responsibility, but the Islamic State in Iraq and the Levant has carried out similar bombings as it presses an offensive that has seized much of the north and west of the country.

The United Nations mission in Iraq (UNAMI) said on Tuesday that at least 886 members of the Iraqi security forces were killed and 524 wounded in June, the deadliest month for the security forces in years.

Five Sukhoi Su-25 ground-attack jets bought from Russia arrived at Baghdad on Saturday, the Defence Ministry said, part of an order of at least ten aircraft placed by Prime Minister Nouri al-Maliki's government after delays in the delivery of 36 F-16s ordered from the United States.

Iranian Su-25 jets were also reported to have flown to Iraq last week, which Baghdad has not confirmed.

UN envoy Nickolay Mladenov, the Special Representative of the Secretary-General for Iraq, urged political leaders to agree on a new government quickly."""
ARTICLES.append(dict(id="tigriswire-20140701-kadhimiya-bomb", url="https://www.tigriswire.com/iraq/2014/07/01/baghdad-market-bombing-kills-25", title="Baghdad market bombing kills 25 as UN says June deadliest for Iraqi forces", published="2014-07-01", text=T, facts=[
 ("incident", "BAGHDAD, July 1 (Tigris Wire) - A suicide car bomber struck a crowded market in the Shi'ite district of Kadhimiya in northern Baghdad on Monday, killing 25 people and wounding at least 60, police and hospital sources said.",
  {"kind": "explosion", "location": "Kadhimiya, Baghdad", "date": "2014-06-30", "killed": 25, "injured": 60}),
 ("casualties", "The United Nations mission in Iraq (UNAMI) said on Tuesday that at least 886 members of the Iraqi security forces were killed and 524 wounded in June, the deadliest month for the security forces in years.",
  {"force": "Iraqi security forces", "period": "2014-06", "killed": 886, "injured": 524, "qualifier": "at least"}),
 ("transfer", "Five Sukhoi Su-25 ground-attack jets bought from Russia arrived at Baghdad on Saturday, the Defence Ministry said, part of an order of at least ten aircraft placed by Prime Minister Nouri al-Maliki's government after delays in the delivery of 36 F-16s ordered from the United States.",
  {"supplier": "Russia", "recipient": "Iraq", "item": "Su-25", "item_category": "combat aircraft", "quantity": 5, "status": "delivered", "date": "2014-06-28"}),
 ("transfer", "Five Sukhoi Su-25 ground-attack jets bought from Russia arrived at Baghdad on Saturday, the Defence Ministry said, part of an order of at least ten aircraft placed by Prime Minister Nouri al-Maliki's government after delays in the delivery of 36 F-16s ordered from the United States.",
  {"supplier": "Russia", "recipient": "Iraq", "item": "Su-25", "item_category": "combat aircraft", "quantity": 10, "qualifier": "at least", "status": "ordered"}),
 ("transfer", "Five Sukhoi Su-25 ground-attack jets bought from Russia arrived at Baghdad on Saturday, the Defence Ministry said, part of an order of at least ten aircraft placed by Prime Minister Nouri al-Maliki's government after delays in the delivery of 36 F-16s ordered from the United States.",
  {"supplier": "United States", "recipient": "Iraq", "item": "F-16", "item_category": "combat aircraft", "quantity": 36, "status": "ordered"}),
 ("office", "Five Sukhoi Su-25 ground-attack jets bought from Russia arrived at Baghdad on Saturday, the Defence Ministry said, part of an order of at least ten aircraft placed by Prime Minister Nouri al-Maliki's government after delays in the delivery of 36 F-16s ordered from the United States.",
  {"person": "Nouri al-Maliki", "role": "Prime Minister", "organisation": "Iraq"}),
 ("transfer", "Iranian Su-25 jets were also reported to have flown to Iraq last week, which Baghdad has not confirmed.",
  {"supplier": "Iran", "recipient": "Iraq", "item": "Su-25", "item_category": "combat aircraft", "status": "reported", "date": "2014-W26"}),
 ("office", "UN envoy Nickolay Mladenov, the Special Representative of the Secretary-General for Iraq, urged political leaders to agree on a new government quickly.",
  {"person": "Nickolay Mladenov", "role": "Special Representative of the Secretary-General for Iraq", "organisation": "United Nations"}),
]))

# 32 Jordan
T = """King receives CENTCOM commander, army foils smuggling attempt on Syrian border

AMMAN - His Majesty King Abdullah II on Monday received US Central Command (CENTCOM) commander General Kenneth McKenzie at Al Husseiniya Palace, where they discussed military cooperation and the situation in Syria.

The meeting was attended by Chairman of the Joint Chiefs of Staff Major General Yousef Huneiti.

In a separate development, Jordan Armed Forces said that border guards killed three smugglers and wounded two others in a clash on the northern border with Syria on Sunday, and seized large quantities of narcotic pills.

The United States delivered four UH-60M Black Hawk helicopters to the Royal Jordanian Air Force last month under its military assistance programme. The helicopters have since entered service with No. 8 Squadron. An army source said Jordan would consider buying more AH-1F Cobra helicopters only if Washington agreed to finance them.

The Jordan Armed Forces have 100,500 active personnel, according to the IISS. The draft 2020 budget allocates JD1.14 billion to the armed forces, the finance ministry said."""
ARTICLES.append(dict(id="ammanvoice-20191008-king-centcom", url="https://www.ammanvoice.jo/local/2019/10/08/king-receives-centcom-commander", title="King receives CENTCOM commander, army foils smuggling attempt on Syrian border", published="2019-10-08", text=T, facts=[
 ("meeting", "AMMAN - His Majesty King Abdullah II on Monday received US Central Command (CENTCOM) commander General Kenneth McKenzie at Al Husseiniya Palace, where they discussed military cooperation and the situation in Syria.\n\nThe meeting was attended by Chairman of the Joint Chiefs of Staff Major General Yousef Huneiti.",
  {"participants": ["Abdullah II", "Kenneth McKenzie", "Yousef Huneiti"], "place": "Al Husseiniya Palace", "date": "2019-10-07", "subject": "military cooperation and the situation in Syria"}),
 ("office", "AMMAN - His Majesty King Abdullah II on Monday received US Central Command (CENTCOM) commander General Kenneth McKenzie at Al Husseiniya Palace, where they discussed military cooperation and the situation in Syria.",
  {"person": "Abdullah II", "role": "King", "organisation": "Jordan"}),
 ("office", "AMMAN - His Majesty King Abdullah II on Monday received US Central Command (CENTCOM) commander General Kenneth McKenzie at Al Husseiniya Palace, where they discussed military cooperation and the situation in Syria.",
  {"person": "Kenneth McKenzie", "role": "Commander", "organisation": "US Central Command"}),
 ("office", "The meeting was attended by Chairman of the Joint Chiefs of Staff Major General Yousef Huneiti.",
  {"person": "Yousef Huneiti", "role": "Chairman of the Joint Chiefs of Staff", "organisation": "Jordan Armed Forces"}),
 ("incident", "In a separate development, Jordan Armed Forces said that border guards killed three smugglers and wounded two others in a clash on the northern border with Syria on Sunday, and seized large quantities of narcotic pills.",
  {"kind": "clash", "location": "northern border with Syria", "date": "2019-10-06", "killed": 3, "injured": 2, "actor": "Jordan Armed Forces"}),
 ("transfer", "The United States delivered four UH-60M Black Hawk helicopters to the Royal Jordanian Air Force last month under its military assistance programme.",
  {"supplier": "United States", "recipient": "Jordan", "item": "UH-60M Black Hawk", "item_category": "helicopter", "quantity": 4, "status": "delivered", "date": "2019-09"}),
 ("transfer", "The United States delivered four UH-60M Black Hawk helicopters to the Royal Jordanian Air Force last month under its military assistance programme. The helicopters have since entered service with No. 8 Squadron.",
  {"supplier": "United States", "recipient": "Jordan", "item": "UH-60M Black Hawk", "item_category": "helicopter", "quantity": 4, "status": "in_service"}),
 ("strength", "The Jordan Armed Forces have 100,500 active personnel, according to the IISS.",
  {"force": "Jordan Armed Forces", "personnel": 100500, "according_to": "IISS"}),
 ("budget", "The draft 2020 budget allocates JD1.14 billion to the armed forces, the finance ministry said.",
  {"country": "Jordan", "year": "2020", "amount": M(1.14e9, "JOD"), "according_to": "Finance Ministry"}),
]))

# 33 Kazakhstan
T = """Kazakhstan receives four more Su-30SM fighters

NUR-SULTAN, April 21 (Steppe News) - Four Su-30SM multirole fighters built by Russia's Irkut Corporation landed at the air base in Taldykorgan on Saturday, completing the latest batch under a contract signed in 2019, the Defence Ministry said.

With the new aircraft, Kazakhstan's Air Defence Forces now operate 24 Su-30SM jets, the ministry said. Kazakhstan also negotiating with Airbus on two more C295 military transport aircraft, according to ministry spokesman Nurlan Akhmetov.

Defence Minister Nurlan Yermekbayev, who was appointed in August 2018, said the purchases were being financed from a defence budget of 590 billion tenge for 2020. Independent estimates by SIPRI put 2019 military spending at about US$1.8 billion.

The armed forces of Kazakhstan number about 39,000, according to the IISS."""
ARTICLES.append(dict(id="steppenews-20200421-su30sm", url="https://www.steppenews.kz/en/defence/2020/04/21/kazakhstan-receives-four-su30sm", title="Kazakhstan receives four more Su-30SM fighters", published="2020-04-21", text=T, facts=[
 ("transfer", "NUR-SULTAN, April 21 (Steppe News) - Four Su-30SM multirole fighters built by Russia's Irkut Corporation landed at the air base in Taldykorgan on Saturday, completing the latest batch under a contract signed in 2019, the Defence Ministry said.",
  {"supplier": "Irkut Corporation", "recipient": "Kazakhstan", "item": "Su-30SM", "item_category": "combat aircraft", "quantity": 4, "status": "delivered", "date": "2020-04-18"}),
 ("agreement", "NUR-SULTAN, April 21 (Steppe News) - Four Su-30SM multirole fighters built by Russia's Irkut Corporation landed at the air base in Taldykorgan on Saturday, completing the latest batch under a contract signed in 2019, the Defence Ministry said.",
  {"parties": ["Kazakhstan", "Irkut Corporation"], "subject": "contract for Su-30SM fighters", "date": "2019"}),
 ("holding", "With the new aircraft, Kazakhstan's Air Defence Forces now operate 24 Su-30SM jets, the ministry said.",
  {"holder": "Kazakh Air Defence Forces", "item": "Su-30SM", "item_category": "combat aircraft", "quantity": 24}),
 ("transfer", "Kazakhstan also negotiating with Airbus on two more C295 military transport aircraft, according to ministry spokesman Nurlan Akhmetov.",
  {"supplier": "Airbus", "recipient": "Kazakhstan", "item": "C295", "item_category": "transport aircraft", "quantity": 2, "status": "negotiating"}),
 ("office", "Kazakhstan also negotiating with Airbus on two more C295 military transport aircraft, according to ministry spokesman Nurlan Akhmetov.",
  {"person": "Nurlan Akhmetov", "role": "spokesman", "organisation": "Ministry of Defence of Kazakhstan"}),
 ("office", "Defence Minister Nurlan Yermekbayev, who was appointed in August 2018, said the purchases were being financed from a defence budget of 590 billion tenge for 2020.",
  {"person": "Nurlan Yermekbayev", "role": "Defence Minister", "organisation": "Kazakhstan", "start": "2018-08"}),
 ("budget", "Defence Minister Nurlan Yermekbayev, who was appointed in August 2018, said the purchases were being financed from a defence budget of 590 billion tenge for 2020.",
  {"country": "Kazakhstan", "year": "2020", "amount": M(590e9, "KZT"), "according_to": "Nurlan Yermekbayev"}),
 ("budget", "Independent estimates by SIPRI put 2019 military spending at about US$1.8 billion.",
  {"country": "Kazakhstan", "year": "2019", "amount": M(1.8e9, "USD"), "qualifier": "about", "according_to": "SIPRI"}),
 ("strength", "The armed forces of Kazakhstan number about 39,000, according to the IISS.",
  {"force": "Kazakhstan", "personnel": 39000, "qualifier": "about", "according_to": "IISS"}),
]))

# 34 Uzbekistan
T = """Tashkent shows off Chinese air defence system for first time

TASHKENT - Uzbekistan's armed forces on Tuesday publicly displayed the FD-2000 long-range air defence system acquired from China, during an exhibition of military hardware at the Victory Park to mark the Day of Remembrance and Honour.

The Defence Ministry did not say how many systems were bought. Also on show were Turkish-made Ejder Yalcin armoured vehicles, 20 of which were delivered by Nurol Makina last year.

Defence Minister Lieutenant General Bakhodir Kurbanov told journalists that talks with Baykar on the purchase of Akinci strike drones are continuing. Asked whether Tashkent would buy Russian Su-35 fighters, he declined to answer.

Uzbekistan's armed forces number about 48,000 active personnel, according to the International Institute for Strategic Studies."""
ARTICLES.append(dict(id="silkroadtimes-20230510-fd2000-display", url="https://www.silkroadtimes.uz/en/2023/05/10/tashkent-shows-chinese-air-defence", title="Tashkent shows off Chinese air defence system for first time", published="2023-05-10", text=T, facts=[
 ("transfer", "TASHKENT - Uzbekistan's armed forces on Tuesday publicly displayed the FD-2000 long-range air defence system acquired from China, during an exhibition of military hardware at the Victory Park to mark the Day of Remembrance and Honour.",
  {"supplier": "China", "recipient": "Uzbekistan", "item": "FD-2000", "item_category": "air defence system", "status": "displayed", "date": "2023-05-09"}),
 ("transfer", "Also on show were Turkish-made Ejder Yalcin armoured vehicles, 20 of which were delivered by Nurol Makina last year.",
  {"supplier": "Nurol Makina", "recipient": "Uzbekistan", "item": "Ejder Yalcin", "item_category": "armoured vehicle", "quantity": 20, "status": "delivered", "date": "2022"}),
 ("transfer", "Also on show were Turkish-made Ejder Yalcin armoured vehicles, 20 of which were delivered by Nurol Makina last year.",
  {"supplier": "Nurol Makina", "recipient": "Uzbekistan", "item": "Ejder Yalcin", "item_category": "armoured vehicle", "status": "displayed"}),
 ("office", "Defence Minister Lieutenant General Bakhodir Kurbanov told journalists that talks with Baykar on the purchase of Akinci strike drones are continuing.",
  {"person": "Bakhodir Kurbanov", "role": "Defence Minister", "organisation": "Uzbekistan"}),
 ("transfer", "Defence Minister Lieutenant General Bakhodir Kurbanov told journalists that talks with Baykar on the purchase of Akinci strike drones are continuing.",
  {"supplier": "Baykar", "recipient": "Uzbekistan", "item": "Akinci", "item_category": "unmanned aerial vehicle", "status": "negotiating"}),
 ("strength", "Uzbekistan's armed forces number about 48,000 active personnel, according to the International Institute for Strategic Studies.",
  {"force": "Uzbekistan", "personnel": 48000, "qualifier": "about", "according_to": "International Institute for Strategic Studies"}),
]))

# 35 Argentina
T = """Argentina buys 24 F-16s from Denmark, ending long search for a fighter

BUENOS AIRES - Argentina on Tuesday signed a contract in Copenhagen to buy 24 used F-16 fighter jets from Denmark for about US$300 million, Defence Minister Luis Petri announced, ending years without a supersonic fighter fleet.

Petri signed the deal with his Danish counterpart, Troels Lund Poulsen, at a ceremony attended by officials from the United States, which had to approve the transfer. President Javier Milei called it "a historic purchase".

The previous government had held talks with China on the JF-17 Thunder, but those negotiations ended without any agreement. Petri said Argentina would consider acquiring additional transport aircraft if the budget allowed it.

The navy took delivery last year of four P-3C Orion maritime patrol aircraft bought from Norway for US$67 million. The Argentine Air Force retired its last Mirage fighters in 2015."""
ARTICLES.append(dict(id="riodelaplata-20240417-f16-denmark", url="https://www.riodelaplataherald.com.ar/politics/2024/04/17/argentina-buys-24-f16-denmark", title="Argentina buys 24 F-16s from Denmark, ending long search for a fighter", published="2024-04-17", text=T, facts=[
 ("transfer", "BUENOS AIRES - Argentina on Tuesday signed a contract in Copenhagen to buy 24 used F-16 fighter jets from Denmark for about US$300 million, Defence Minister Luis Petri announced, ending years without a supersonic fighter fleet.",
  {"supplier": "Denmark", "recipient": "Argentina", "item": "F-16", "item_category": "combat aircraft", "quantity": 24, "value": M(300e6, "USD"), "status": "ordered", "date": "2024-04-16"}),
 ("agreement", "BUENOS AIRES - Argentina on Tuesday signed a contract in Copenhagen to buy 24 used F-16 fighter jets from Denmark for about US$300 million, Defence Minister Luis Petri announced, ending years without a supersonic fighter fleet.",
  {"parties": ["Argentina", "Denmark"], "subject": "contract for 24 used F-16 fighter jets", "value": M(300e6, "USD"), "date": "2024-04-16", "place": "Copenhagen"}),
 ("office", "BUENOS AIRES - Argentina on Tuesday signed a contract in Copenhagen to buy 24 used F-16 fighter jets from Denmark for about US$300 million, Defence Minister Luis Petri announced, ending years without a supersonic fighter fleet.",
  {"person": "Luis Petri", "role": "Defence Minister", "organisation": "Argentina"}),
 ("meeting", "Petri signed the deal with his Danish counterpart, Troels Lund Poulsen, at a ceremony attended by officials from the United States, which had to approve the transfer.",
  {"participants": ["Petri", "Troels Lund Poulsen"], "subject": "signing of the F-16 deal"}),
 ("office", "Petri signed the deal with his Danish counterpart, Troels Lund Poulsen, at a ceremony attended by officials from the United States, which had to approve the transfer.",
  {"person": "Troels Lund Poulsen", "role": "Defence Minister", "organisation": "Denmark"}),
 ("office", "President Javier Milei called it \"a historic purchase\".",
  {"person": "Javier Milei", "role": "President", "organisation": "Argentina"}),
 ("transfer", "The navy took delivery last year of four P-3C Orion maritime patrol aircraft bought from Norway for US$67 million.",
  {"supplier": "Norway", "recipient": "Argentina", "item": "P-3C Orion", "item_category": "other", "quantity": 4, "value": M(67e6, "USD"), "status": "delivered", "date": "2023"}),
]))

# 36 Peru
T = """LIMA, Jan 25 (Andes Wire) - Three Peruvian soldiers were killed and two wounded when Shining Path rebels ambushed an army patrol near Llochegua, in the VRAEM valley, on Wednesday, the Joint Command of the Armed Forces said.

Defence Minister Pedro Cateriano said reinforcements had been sent to the area, where the army has about 5,000 troops hunting the remnants of the Maoist group and the cocaine traffickers who finance it.

President Ollanta Humala's government has stepped up military spending. In November, the air force signed a contract worth US$208 million with Korea Aerospace Industries (KAI) for 20 KT-1P basic trainers, 16 of which will be assembled locally by the state company SEMAN.

The Peruvian Army has about 74,000 personnel, according to the IISS."""
ARTICLES.append(dict(id="andeswire-20130125-vraem-ambush", url="https://www.andeswire.com/peru/2013/01/25/shining-path-ambush-kills-three-soldiers", title="Shining Path ambush kills three Peruvian soldiers in VRAEM", published="2013-01-25", text=T, facts=[
 ("incident", "LIMA, Jan 25 (Andes Wire) - Three Peruvian soldiers were killed and two wounded when Shining Path rebels ambushed an army patrol near Llochegua, in the VRAEM valley, on Wednesday, the Joint Command of the Armed Forces said.",
  {"kind": "ambush", "location": "Llochegua", "date": "2013-01-23", "killed": 3, "injured": 2, "actor": "Shining Path"}),
 ("office", "Defence Minister Pedro Cateriano said reinforcements had been sent to the area, where the army has about 5,000 troops hunting the remnants of the Maoist group and the cocaine traffickers who finance it.",
  {"person": "Pedro Cateriano", "role": "Defence Minister", "organisation": "Peru"}),
 ("strength", "Defence Minister Pedro Cateriano said reinforcements had been sent to the area, where the army has about 5,000 troops hunting the remnants of the Maoist group and the cocaine traffickers who finance it.",
  {"force": "Peruvian Army in the VRAEM", "personnel": 5000, "qualifier": "about"}),
 ("office", "President Ollanta Humala's government has stepped up military spending.",
  {"person": "Ollanta Humala", "role": "President", "organisation": "Peru"}),
 ("transfer", "In November, the air force signed a contract worth US$208 million with Korea Aerospace Industries (KAI) for 20 KT-1P basic trainers, 16 of which will be assembled locally by the state company SEMAN.",
  {"supplier": "Korea Aerospace Industries", "recipient": "Peru", "item": "KT-1P", "item_category": "trainer aircraft", "quantity": 20, "value": M(208e6, "USD"), "status": "ordered", "date": "2012-11"}),
 ("agreement", "In November, the air force signed a contract worth US$208 million with Korea Aerospace Industries (KAI) for 20 KT-1P basic trainers, 16 of which will be assembled locally by the state company SEMAN.",
  {"parties": ["Peru", "Korea Aerospace Industries"], "subject": "contract for 20 KT-1P basic trainers", "value": M(208e6, "USD"), "date": "2012-11"}),
 ("strength", "The Peruvian Army has about 74,000 personnel, according to the IISS.",
  {"force": "Peruvian Army", "personnel": 74000, "qualifier": "about", "according_to": "IISS"}),
]))

# 37 Chile
T = """Armada de Chile receives first ex-Australian frigate

VALPARAISO - The Chilean Navy on Thursday took over the first of two Adelaide-class frigates bought from Australia, at a ceremony at Fleet Base East in Sydney attended by the Commander-in-Chief of the Navy, Admiral Julio Leiva.

The ship, formerly HMAS Newcastle, will be renamed Almirante Latorre. Her sister ship, HMAS Melbourne, is to be handed over next year. The value of the purchase was not disclosed.

Defence Minister Alberto Espina said the frigates would replace two older Type 23 vessels. The navy operates four submarines: two Scorpene-class boats built by Naval Group's predecessor DCNS and Navantia, and two German Type 209s.

Chile's defence budget for 2019 amounts to 1.9 trillion pesos, according to the Budget Office."""
ARTICLES.append(dict(id="pacificosur-20190816-adelaide-frigate", url="https://www.pacificosur.cl/en/defensa/2019/08/16/navy-receives-first-adelaide-frigate", title="Armada de Chile receives first ex-Australian frigate", published="2019-08-16", text=T, facts=[
 ("transfer", "VALPARAISO - The Chilean Navy on Thursday took over the first of two Adelaide-class frigates bought from Australia, at a ceremony at Fleet Base East in Sydney attended by the Commander-in-Chief of the Navy, Admiral Julio Leiva.",
  {"supplier": "Australia", "recipient": "Chile", "item": "Adelaide-class", "item_category": "warship", "quantity": 1, "status": "delivered", "date": "2019-08-15"}),
 ("transfer", "VALPARAISO - The Chilean Navy on Thursday took over the first of two Adelaide-class frigates bought from Australia, at a ceremony at Fleet Base East in Sydney attended by the Commander-in-Chief of the Navy, Admiral Julio Leiva.",
  {"supplier": "Australia", "recipient": "Chile", "item": "Adelaide-class", "item_category": "warship", "quantity": 2, "status": "ordered"}),
 ("office", "VALPARAISO - The Chilean Navy on Thursday took over the first of two Adelaide-class frigates bought from Australia, at a ceremony at Fleet Base East in Sydney attended by the Commander-in-Chief of the Navy, Admiral Julio Leiva.",
  {"person": "Julio Leiva", "role": "Commander-in-Chief", "organisation": "Chilean Navy"}),
 ("office", "Defence Minister Alberto Espina said the frigates would replace two older Type 23 vessels.",
  {"person": "Alberto Espina", "role": "Defence Minister", "organisation": "Chile"}),
 ("holding", "Defence Minister Alberto Espina said the frigates would replace two older Type 23 vessels.",
  {"holder": "Chilean Navy", "item": "Type 23", "item_category": "warship", "quantity": 2}),
 ("holding", "The navy operates four submarines: two Scorpene-class boats built by Naval Group's predecessor DCNS and Navantia, and two German Type 209s.",
  {"holder": "Chilean Navy", "item": "submarines", "item_category": "submarine", "quantity": 4}),
 ("holding", "The navy operates four submarines: two Scorpene-class boats built by Naval Group's predecessor DCNS and Navantia, and two German Type 209s.",
  {"holder": "Chilean Navy", "item": "Scorpene-class", "item_category": "submarine", "quantity": 2}),
 ("holding", "The navy operates four submarines: two Scorpene-class boats built by Naval Group's predecessor DCNS and Navantia, and two German Type 209s.",
  {"holder": "Chilean Navy", "item": "Type 209", "item_category": "submarine", "quantity": 2}),
 ("budget", "Chile's defence budget for 2019 amounts to 1.9 trillion pesos, according to the Budget Office.",
  {"country": "Chile", "year": "2019", "amount": M(1.9e12, "CLP"), "according_to": "Budget Office"}),
]))

# 38 Mexico
T = """Five soldiers killed in Culiacan ambush

CULIACAN, Sinaloa - Gunmen ambushed a military convoy transporting a wounded suspect to hospital in Culiacan early on Friday, killing five soldiers and wounding ten, the Secretariat of National Defence (SEDENA) said.

The attackers, believed to belong to a faction of the Sinaloa Cartel, used grenades and high-calibre rifles and freed the suspect, officials said. It was one of the deadliest single attacks on the army in years.

Defence Secretary General Salvador Cienfuegos travelled to Culiacan to lead the funeral ceremony. According to SEDENA, 497 soldiers were killed in operations against organised crime between December 2006 and June 2016.

The army's aviation has received 18 UH-60M Black Hawk helicopters from the United States since 2011, the last of them in 2015."""
ARTICLES.append(dict(id="noroestediario-20161001-culiacan-ambush", url="https://www.noroestediario.mx/en/security/2016/10/01/five-soldiers-killed-culiacan-ambush", title="Five soldiers killed in Culiacan ambush", published="2016-10-01", text=T, facts=[
 ("incident", "CULIACAN, Sinaloa - Gunmen ambushed a military convoy transporting a wounded suspect to hospital in Culiacan early on Friday, killing five soldiers and wounding ten, the Secretariat of National Defence (SEDENA) said.\n\nThe attackers, believed to belong to a faction of the Sinaloa Cartel, used grenades and high-calibre rifles and freed the suspect, officials said.",
  {"kind": "ambush", "location": "Culiacan", "date": "2016-09-30", "killed": 5, "injured": 10, "actor": "Sinaloa Cartel"}),
 ("office", "Defence Secretary General Salvador Cienfuegos travelled to Culiacan to lead the funeral ceremony.",
  {"person": "Salvador Cienfuegos", "role": "Defence Secretary", "organisation": "Mexico"}),
 ("casualties", "According to SEDENA, 497 soldiers were killed in operations against organised crime between December 2006 and June 2016.",
  {"force": "Mexican Army", "period": "2006-12/2016-06", "killed": 497, "cause": "operations against organised crime"}),
 ("transfer", "The army's aviation has received 18 UH-60M Black Hawk helicopters from the United States since 2011, the last of them in 2015.",
  {"supplier": "United States", "recipient": "Mexico", "item": "UH-60M Black Hawk", "item_category": "helicopter", "quantity": 18, "status": "delivered", "date": "2011/2015"}),
]))

# 39 South Korea, 2010
T = """Kim Kwan-jin sworn in as defense minister after Yeonpyeong shelling

SEOUL - Former Joint Chiefs of Staff chairman Kim Kwan-jin took office as the new Minister of National Defense on Saturday, replacing Kim Tae-young, who resigned on Nov. 25 under criticism over the military's response to North Korea's artillery attack on Yeonpyeong Island.

President Lee Myung-bak appointed Kim on Friday and told him to make sure the military "retaliates strongly" against any further provocation.

North Korea fired about 170 artillery shells at the island on Nov. 23, killing two marines and two civilians and wounding 16 marines. The Marine Corps returned fire with six K9 self-propelled howitzers stationed on the island, three of which were temporarily out of action.

The attack came eight months after the sinking of the corvette Cheonan near Baengnyeong Island on March 26, in which 46 sailors died. A multinational investigation concluded that a North Korean torpedo sank the ship."""
ARTICLES.append(dict(id="seoulherald-20101204-kim-kwan-jin-sworn-in", url="https://www.seoulherald.co.kr/national/2010/12/04/kim-kwan-jin-sworn-in-defense-minister", title="Kim Kwan-jin sworn in as defense minister after Yeonpyeong shelling", published="2010-12-04", text=T, facts=[
 ("office", "SEOUL - Former Joint Chiefs of Staff chairman Kim Kwan-jin took office as the new Minister of National Defense on Saturday, replacing Kim Tae-young, who resigned on Nov. 25 under criticism over the military's response to North Korea's artillery attack on Yeonpyeong Island.",
  {"person": "Kim Kwan-jin", "role": "Defence Minister", "organisation": "South Korea", "start": "2010-12-04"}),
 ("office", "SEOUL - Former Joint Chiefs of Staff chairman Kim Kwan-jin took office as the new Minister of National Defense on Saturday, replacing Kim Tae-young, who resigned on Nov. 25 under criticism over the military's response to North Korea's artillery attack on Yeonpyeong Island.",
  {"person": "Kim Kwan-jin", "role": "Chairman of the Joint Chiefs of Staff", "organisation": "South Korea"}),
 ("office", "SEOUL - Former Joint Chiefs of Staff chairman Kim Kwan-jin took office as the new Minister of National Defense on Saturday, replacing Kim Tae-young, who resigned on Nov. 25 under criticism over the military's response to North Korea's artillery attack on Yeonpyeong Island.",
  {"person": "Kim Tae-young", "role": "Defence Minister", "organisation": "South Korea", "end": "2010-11-25"}),
 ("office", "President Lee Myung-bak appointed Kim on Friday and told him to make sure the military \"retaliates strongly\" against any further provocation.",
  {"person": "Lee Myung-bak", "role": "President", "organisation": "South Korea"}),
 ("incident", "North Korea fired about 170 artillery shells at the island on Nov. 23, killing two marines and two civilians and wounding 16 marines.",
  {"kind": "attack", "location": "Yeonpyeong Island", "date": "2010-11-23", "killed": 4, "injured": 16, "actor": "North Korea"}),
 ("holding", "The Marine Corps returned fire with six K9 self-propelled howitzers stationed on the island, three of which were temporarily out of action.",
  {"holder": "South Korean Marine Corps", "item": "K9", "item_category": "self-propelled artillery", "quantity": 6}),
 ("incident", "The attack came eight months after the sinking of the corvette Cheonan near Baengnyeong Island on March 26, in which 46 sailors died. A multinational investigation concluded that a North Korean torpedo sank the ship.",
  {"kind": "attack", "location": "Baengnyeong Island", "date": "2010-03-26", "killed": 46, "actor": "North Korea"}),
]))

# 40 Venezuela, think-tank 2006
T = """Analysis: Venezuela turns to Moscow as Western suppliers close the door

CARACAS/MOSCOW, July 27 - President Hugo Chavez on Wednesday met Russian President Vladimir Putin at his residence outside Moscow, where the two leaders discussed energy and military cooperation. During the visit Venezuela signed contracts worth about US$1 billion for 24 Sukhoi Su-30MK2 fighters and 30 Mi-series helicopters, according to Rosoboronexport, the Russian state arms exporter.

The deal follows the delivery of the first of 100,000 Kalashnikov AK-103 assault rifles, which arrived in Venezuela in June, and Caracas has said it will eventually produce the rifles under licence. Soldiers carried the new rifles in the Independence Day parade in Caracas on 5 July.

Caracas turned to Russia after Washington blocked the sale of Western equipment containing US components. A 2005 contract with Spain for 12 CASA transport and maritime patrol aircraft was cancelled this year because Madrid could not obtain US export licences, and Brazil's Embraer was unable to deliver the Super Tucano trainers Venezuela wanted.

Reports in the US press that Caracas planned to sell its ageing F-16 fighters to Iran were dismissed as "absurd" by the Venezuelan defence ministry, and we have found no evidence to support them. Sergei Chemezov, director general of Rosoboronexport, said further contracts could follow."""
ARTICLES.append(dict(id="hemisphereanalysis-20060727-venezuela-russia", url="https://www.hemispheresecurityanalysis.org/2006/07/27/venezuela-turns-to-moscow", title="Analysis: Venezuela turns to Moscow as Western suppliers close the door", published="2006-07-27", text=T, facts=[
 ("meeting", "CARACAS/MOSCOW, July 27 - President Hugo Chavez on Wednesday met Russian President Vladimir Putin at his residence outside Moscow, where the two leaders discussed energy and military cooperation.",
  {"participants": ["Hugo Chavez", "Vladimir Putin"], "place": "Moscow", "date": "2006-07-26", "subject": "energy and military cooperation"}),
 ("office", "CARACAS/MOSCOW, July 27 - President Hugo Chavez on Wednesday met Russian President Vladimir Putin at his residence outside Moscow, where the two leaders discussed energy and military cooperation.",
  {"person": "Hugo Chavez", "role": "President", "organisation": "Venezuela"}),
 ("office", "CARACAS/MOSCOW, July 27 - President Hugo Chavez on Wednesday met Russian President Vladimir Putin at his residence outside Moscow, where the two leaders discussed energy and military cooperation.",
  {"person": "Vladimir Putin", "role": "President", "organisation": "Russia"}),
 ("transfer", "During the visit Venezuela signed contracts worth about US$1 billion for 24 Sukhoi Su-30MK2 fighters and 30 Mi-series helicopters, according to Rosoboronexport, the Russian state arms exporter.",
  {"supplier": "Rosoboronexport", "recipient": "Venezuela", "item": "Su-30MK2", "item_category": "combat aircraft", "quantity": 24, "status": "ordered"}),
 ("transfer", "During the visit Venezuela signed contracts worth about US$1 billion for 24 Sukhoi Su-30MK2 fighters and 30 Mi-series helicopters, according to Rosoboronexport, the Russian state arms exporter.",
  {"supplier": "Rosoboronexport", "recipient": "Venezuela", "item": "Mi-series helicopters", "item_category": "helicopter", "quantity": 30, "status": "ordered"}),
 ("agreement", "During the visit Venezuela signed contracts worth about US$1 billion for 24 Sukhoi Su-30MK2 fighters and 30 Mi-series helicopters, according to Rosoboronexport, the Russian state arms exporter.",
  {"parties": ["Venezuela", "Rosoboronexport"], "subject": "contracts for 24 Su-30MK2 fighters and 30 Mi-series helicopters", "value": M(1e9, "USD")}),
 ("transfer", "The deal follows the delivery of the first of 100,000 Kalashnikov AK-103 assault rifles, which arrived in Venezuela in June, and Caracas has said it will eventually produce the rifles under licence.",
  {"supplier": "Russia", "recipient": "Venezuela", "item": "AK-103", "item_category": "small arms", "status": "delivered", "date": "2006-06"}),
 ("transfer", "The deal follows the delivery of the first of 100,000 Kalashnikov AK-103 assault rifles, which arrived in Venezuela in June, and Caracas has said it will eventually produce the rifles under licence.",
  {"supplier": "Russia", "recipient": "Venezuela", "item": "AK-103", "item_category": "small arms", "quantity": 100000, "status": "ordered"}),
 ("transfer", "Soldiers carried the new rifles in the Independence Day parade in Caracas on 5 July.",
  {"supplier": "Russia", "recipient": "Venezuela", "item": "AK-103", "item_category": "small arms", "status": "displayed", "date": "2006-07-05"}),
 ("transfer", "A 2005 contract with Spain for 12 CASA transport and maritime patrol aircraft was cancelled this year because Madrid could not obtain US export licences, and Brazil's Embraer was unable to deliver the Super Tucano trainers Venezuela wanted.",
  {"supplier": "Spain", "recipient": "Venezuela", "item": "CASA", "item_category": "transport aircraft", "quantity": 12, "status": "cancelled", "date": "2006"}),
 ("agreement", "A 2005 contract with Spain for 12 CASA transport and maritime patrol aircraft was cancelled this year because Madrid could not obtain US export licences, and Brazil's Embraer was unable to deliver the Super Tucano trainers Venezuela wanted.",
  {"parties": ["Venezuela", "Spain"], "subject": "contract for 12 CASA transport and maritime patrol aircraft", "date": "2005"}),
 ("holding", "Reports in the US press that Caracas planned to sell its ageing F-16 fighters to Iran were dismissed as \"absurd\" by the Venezuelan defence ministry, and we have found no evidence to support them.",
  {"holder": "Venezuela", "item": "F-16", "item_category": "combat aircraft"}),
 ("office", "Sergei Chemezov, director general of Rosoboronexport, said further contracts could follow.",
  {"person": "Sergei Chemezov", "role": "Director General", "organisation": "Rosoboronexport"}),
]))
