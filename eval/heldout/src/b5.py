def M(a, c):
    return {"amount": a, "currency": c}

ARTICLES = []

# 41 Colombia 2025, Gripen
T = """BOGOTA, Nov 14 (Andes Wire) - Colombia on Thursday signed a contract with Sweden's Saab for 17 Gripen E/F fighter jets worth about 3.1 billion euros, ending a search for a replacement for its ageing Israeli-built Kfir fleet that lasted more than a decade.

The deal covers 15 single-seat Gripen E and two two-seat Gripen F aircraft, with the first jets due in 2026, Defence Minister Pedro Sanchez told reporters at the CATAM air base in Bogota. President Gustavo Petro, who attended the signing, said the package included industrial offsets in solar energy and health.

Sanchez said the air force's remaining Kfir fighters, about a dozen of which can still fly, would be withdrawn as the Gripens arrive.

The signing came three months after one of the deadliest attacks on Colombian police in years. On Aug. 21, a drone attack on a police helicopter taking part in a coca eradication operation near Amalfi, Antioquia, killed 13 officers, an attack the government blamed on FARC dissidents.

(Reporting by Carlos Mejia; Editing by Ana Ruiz)"""
ARTICLES.append(dict(id="andeswire-20251114-colombia-gripen", url="https://www.andeswire.com/colombia/2025/11/14/colombia-signs-gripen-contract", title="Colombia signs 3.1 billion euro deal for 17 Gripen fighters", published="2025-11-14", text=T, facts=[
 ("transfer", "BOGOTA, Nov 14 (Andes Wire) - Colombia on Thursday signed a contract with Sweden's Saab for 17 Gripen E/F fighter jets worth about 3.1 billion euros, ending a search for a replacement for its ageing Israeli-built Kfir fleet that lasted more than a decade.",
  {"supplier": "Saab", "recipient": "Colombia", "item": "Gripen E/F", "item_category": "combat aircraft", "quantity": 17, "value": M(3.1e9, "EUR"), "status": "ordered", "date": "2025-11-13"}),
 ("agreement", "BOGOTA, Nov 14 (Andes Wire) - Colombia on Thursday signed a contract with Sweden's Saab for 17 Gripen E/F fighter jets worth about 3.1 billion euros, ending a search for a replacement for its ageing Israeli-built Kfir fleet that lasted more than a decade.",
  {"parties": ["Colombia", "Saab"], "subject": "contract for 17 Gripen E/F fighter jets", "value": M(3.1e9, "EUR"), "date": "2025-11-13"}),
 ("transfer", "The deal covers 15 single-seat Gripen E and two two-seat Gripen F aircraft, with the first jets due in 2026, Defence Minister Pedro Sanchez told reporters at the CATAM air base in Bogota.",
  {"supplier": "Saab", "recipient": "Colombia", "item": "Gripen E", "item_category": "combat aircraft", "quantity": 15, "status": "ordered"}),
 ("transfer", "The deal covers 15 single-seat Gripen E and two two-seat Gripen F aircraft, with the first jets due in 2026, Defence Minister Pedro Sanchez told reporters at the CATAM air base in Bogota.",
  {"supplier": "Saab", "recipient": "Colombia", "item": "Gripen F", "item_category": "combat aircraft", "quantity": 2, "status": "ordered"}),
 ("office", "The deal covers 15 single-seat Gripen E and two two-seat Gripen F aircraft, with the first jets due in 2026, Defence Minister Pedro Sanchez told reporters at the CATAM air base in Bogota.",
  {"person": "Pedro Sanchez", "role": "Defence Minister", "organisation": "Colombia"}),
 ("office", "President Gustavo Petro, who attended the signing, said the package included industrial offsets in solar energy and health.",
  {"person": "Gustavo Petro", "role": "President", "organisation": "Colombia"}),
 ("holding", "Sanchez said the air force's remaining Kfir fighters, about a dozen of which can still fly, would be withdrawn as the Gripens arrive.",
  {"holder": "Colombian Air Force", "item": "Kfir", "item_category": "combat aircraft"}),
 ("incident", "On Aug. 21, a drone attack on a police helicopter taking part in a coca eradication operation near Amalfi, Antioquia, killed 13 officers, an attack the government blamed on FARC dissidents.",
  {"kind": "attack", "location": "Amalfi, Antioquia", "date": "2025-08-21", "killed": 13, "actor": "FARC dissidents"}),
]))

# 42 Nigeria 2026, budget / appointments
T = """Senate, Budget Office disagree on 2026 defence allocation

By Chinedu Okafor, Abuja

The Senate Committee on Defence has said the Federal Government's 2026 allocation to the defence sector is N3.2 trillion, contradicting the Budget Office of the Federation which put the figure at N2.8 trillion when it presented the budget details last week.

Chairman of the committee, Senator Abdulaziz Yari, told journalists in Abuja on Monday that the Budget Office figure "leave out the capital component for the Air Force fleet renewal".

Meanwhile the Chief of Defence Staff, General Olufemi Oluyede, who was appointed on 30 October 2025, said the military had lost 112 personnel to terrorists and bandits in 2025. He spoke after troops repelled an attack by bandits on a forward operating base in Maru, Zamfara State, on Saturday in which four soldiers were killed and six wounded.

The Nigerian Air Force took delivery of two AW109 Trekker helicopters from Italy's Leonardo last month and now operates 12 of the type, according to its spokesman, Air Commodore Ehimen Ejodame."""
ARTICLES.append(dict(id="capitaldaily-ng-20260210-defence-allocation", url="https://www.capitaldaily.ng/politics/2026/02/10/senate-budget-office-disagree-defence-allocation", title="Senate, Budget Office disagree on 2026 defence allocation", published="2026-02-10", text=T, facts=[
 ("budget", "The Senate Committee on Defence has said the Federal Government's 2026 allocation to the defence sector is N3.2 trillion, contradicting the Budget Office of the Federation which put the figure at N2.8 trillion when it presented the budget details last week.",
  {"country": "Nigeria", "year": "2026", "amount": M(3.2e12, "NGN"), "according_to": "Senate Committee on Defence"}),
 ("budget", "The Senate Committee on Defence has said the Federal Government's 2026 allocation to the defence sector is N3.2 trillion, contradicting the Budget Office of the Federation which put the figure at N2.8 trillion when it presented the budget details last week.",
  {"country": "Nigeria", "year": "2026", "amount": M(2.8e12, "NGN"), "according_to": "Budget Office of the Federation"}),
 ("office", "Chairman of the committee, Senator Abdulaziz Yari, told journalists in Abuja on Monday that the Budget Office figure \"leave out the capital component for the Air Force fleet renewal\".",
  {"person": "Abdulaziz Yari", "role": "Chairman", "organisation": "Senate Committee on Defence"}),
 ("office", "Chairman of the committee, Senator Abdulaziz Yari, told journalists in Abuja on Monday that the Budget Office figure \"leave out the capital component for the Air Force fleet renewal\".",
  {"person": "Abdulaziz Yari", "role": "Senator", "organisation": "Nigeria"}),
 ("office", "Meanwhile the Chief of Defence Staff, General Olufemi Oluyede, who was appointed on 30 October 2025, said the military had lost 112 personnel to terrorists and bandits in 2025.",
  {"person": "Olufemi Oluyede", "role": "Chief of Defence Staff", "organisation": "Nigeria", "start": "2025-10-30"}),
 ("casualties", "Meanwhile the Chief of Defence Staff, General Olufemi Oluyede, who was appointed on 30 October 2025, said the military had lost 112 personnel to terrorists and bandits in 2025.",
  {"force": "Nigerian Armed Forces", "period": "2025", "killed": 112, "cause": "terrorists and bandits"}),
 ("incident", "He spoke after troops repelled an attack by bandits on a forward operating base in Maru, Zamfara State, on Saturday in which four soldiers were killed and six wounded.",
  {"kind": "attack", "location": "Maru, Zamfara State", "date": "2026-02-07", "killed": 4, "injured": 6, "actor": "bandits"}),
 ("transfer", "The Nigerian Air Force took delivery of two AW109 Trekker helicopters from Italy's Leonardo last month and now operates 12 of the type, according to its spokesman, Air Commodore Ehimen Ejodame.",
  {"supplier": "Leonardo", "recipient": "Nigeria", "item": "AW109 Trekker", "item_category": "helicopter", "quantity": 2, "status": "delivered", "date": "2026-01"}),
 ("holding", "The Nigerian Air Force took delivery of two AW109 Trekker helicopters from Italy's Leonardo last month and now operates 12 of the type, according to its spokesman, Air Commodore Ehimen Ejodame.",
  {"holder": "Nigerian Air Force", "item": "AW109 Trekker", "item_category": "helicopter", "quantity": 12}),
 ("office", "The Nigerian Air Force took delivery of two AW109 Trekker helicopters from Italy's Leonardo last month and now operates 12 of the type, according to its spokesman, Air Commodore Ehimen Ejodame.",
  {"person": "Ehimen Ejodame", "role": "spokesman", "organisation": "Nigerian Air Force"}),
]))
