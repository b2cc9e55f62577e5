"""Hand-written news paragraphs for the language tuning (benchmarks/tune_language.py).

dragnet-train is English only, so it cannot show whether the stopword vote
wrongly claims a text in a *language without rules* whose function words
overlap a rules language (Swedish and Danish with Dutch, Catalan with
Spanish, Czech and Slovak with Polish, Ukrainian and Bulgarian with Russian).
These paragraphs, written for this purpose (no dataset text), are that
guard: a clarity setting must leave every non-rules paragraph unsure, and
should decide the rules-language ones correctly.
"""

from __future__ import annotations

#: Languages with rules (rules/<lang>/language.toml): the vote should decide these.
RULES: dict[str, str] = {
    "de": (
        "Der Stadtrat hat am Montag nach einer langen Debatte den Bau der neuen Brücke beschlossen. "
        "Die Kosten sind in den letzten zwei Jahren stark gestiegen, und die Opposition hatte eine "
        "Verschiebung gefordert. Der Bürgermeister sagte, dass die Arbeiten im Frühjahr beginnen "
        "sollen und die Stadt mit dem Land über weitere Mittel verhandelt."
    ),
    "pl": (
        "Rada miasta w poniedziałek po długiej debacie zatwierdziła budowę nowego mostu. Koszty w "
        "ostatnich dwóch latach znacznie wzrosły, a opozycja domagała się, żeby przesunąć decyzję. "
        "Burmistrz powiedział, że prace mają się rozpocząć wiosną i że miasto prowadzi rozmowy z "
        "rządem o dodatkowych pieniądzach na ten cel."
    ),
    "fr": (
        "Le conseil municipal a approuvé lundi la construction du nouveau pont après un long débat. "
        "Les coûts ont fortement augmenté au cours des deux dernières années et l'opposition avait "
        "demandé un report. Le maire a déclaré que les travaux commenceront au printemps et que la "
        "ville négocie avec la région pour obtenir des fonds supplémentaires."
    ),
    "es": (
        "El ayuntamiento aprobó el lunes la construcción del nuevo puente tras un largo debate. Los "
        "costes han aumentado mucho en los últimos dos años y la oposición había pedido un "
        "aplazamiento. El alcalde dijo que las obras empezarán en primavera y que la ciudad negocia "
        "con el gobierno regional para conseguir más fondos."
    ),
    "nl": (
        "De gemeenteraad heeft maandag na een lang debat de bouw van de nieuwe brug goedgekeurd. De "
        "kosten zijn de afgelopen twee jaar sterk gestegen en de oppositie had om uitstel gevraagd. "
        "De burgemeester zei dat het werk in het voorjaar begint en dat de stad met de provincie "
        "onderhandelt over extra geld."
    ),
    "it": (
        "Il consiglio comunale ha approvato lunedì la costruzione del nuovo ponte dopo un lungo "
        "dibattito. I costi sono aumentati molto negli ultimi due anni e l'opposizione aveva chiesto "
        "un rinvio. Il sindaco ha detto che i lavori inizieranno in primavera e che la città sta "
        "trattando con la regione per ottenere altri fondi."
    ),
    "pt": (
        "A câmara municipal aprovou na segunda-feira a construção da nova ponte depois de um longo "
        "debate. Os custos aumentaram muito nos últimos dois anos e a oposição tinha pedido um "
        "adiamento. O presidente da câmara disse que as obras vão começar na primavera e que a "
        "cidade está a negociar com o governo mais verbas."
    ),
    "ru": (
        "Городской совет в понедельник после долгих споров одобрил строительство нового моста. "
        "Расходы за последние два года сильно выросли, и оппозиция требовала отложить решение. Мэр "
        "сказал, что работы начнутся весной и что город ведёт переговоры с правительством о "
        "дополнительных деньгах на это."
    ),
}

#: Languages without rules: the vote must leave these to langdetect.
OTHERS: dict[str, str] = {
    "sv": (
        "Kommunfullmäktige godkände på måndagen bygget av den nya bron efter en lång debatt. "
        "Kostnaderna har ökat kraftigt under de senaste två åren och oppositionen hade krävt att "
        "beslutet skulle skjutas upp. Borgmästaren sade att arbetet ska börja i vår och att staden "
        "förhandlar med regeringen om mer pengar till det."
    ),
    "da": (
        "Byrådet godkendte mandag opførelsen af den nye bro efter en lang debat. Udgifterne er "
        "steget kraftigt i de sidste to år, og oppositionen havde krævet en udsættelse. Borgmesteren "
        "sagde, at arbejdet skal begynde til foråret, og at byen forhandler med regeringen om flere "
        "penge til det."
    ),
    "no": (
        "Bystyret vedtok mandag byggingen av den nye brua etter en lang debatt. Kostnadene har økt "
        "kraftig de siste to årene, og opposisjonen hadde krevd at saken ble utsatt. Ordføreren sa "
        "at arbeidet skal begynne til våren, og at byen forhandler med regjeringen om mer penger."
    ),
    "cs": (
        "Zastupitelstvo v pondělí po dlouhé debatě schválilo stavbu nového mostu. Náklady se za "
        "poslední dva roky výrazně zvýšily a opozice žádala, aby se rozhodnutí odložilo. Starosta "
        "řekl, že práce začnou na jaře a že město jedná s vládou o dalších penězích na stavbu."
    ),
    "sk": (
        "Mestské zastupiteľstvo v pondelok po dlhej debate schválilo stavbu nového mosta. Náklady sa "
        "za posledné dva roky výrazne zvýšili a opozícia žiadala, aby sa rozhodnutie odložilo. "
        "Primátor povedal, že práce sa začnú na jar a že mesto rokuje s vládou o ďalších peniazoch."
    ),
    "ca": (
        "L'ajuntament va aprovar dilluns la construcció del nou pont després d'un llarg debat. Els "
        "costos han augmentat molt en els darrers dos anys i l'oposició havia demanat un ajornament. "
        "L'alcalde va dir que les obres començaran a la primavera i que la ciutat negocia amb el "
        "govern per aconseguir més diners."
    ),
    "ro": (
        "Consiliul local a aprobat luni construcția noului pod după o dezbatere lungă. Costurile au "
        "crescut mult în ultimii doi ani, iar opoziția ceruse o amânare. Primarul a spus că lucrările "
        "vor începe în primăvară și că orașul negociază cu guvernul pentru mai mulți bani."
    ),
    "uk": (
        "Міська рада в понеділок після довгої дискусії схвалила будівництво нового мосту. Витрати за "
        "останні два роки значно зросли, і опозиція вимагала відкласти рішення. Мер сказав, що "
        "роботи почнуться навесні і що місто веде переговори з урядом про додаткові гроші."
    ),
    "bg": (
        "Общинският съвет одобри в понеделник строежа на новия мост след дълъг дебат. Разходите са "
        "се увеличили много през последните две години и опозицията беше поискала отлагане. Кметът "
        "каза, че работата ще започне през пролетта и че градът преговаря с правителството за още пари."
    ),
    "af": (
        "Die stadsraad het Maandag ná 'n lang debat die bou van die nuwe brug goedgekeur. Die koste "
        "het die afgelope twee jaar sterk gestyg en die opposisie het gevra dat die besluit uitgestel "
        "word. Die burgemeester het gesê dat die werk in die lente begin en dat die stad met die "
        "regering oor meer geld onderhandel."
    ),
    "hr": (
        "Gradsko vijeće u ponedjeljak je nakon duge rasprave odobrilo gradnju novog mosta. Troškovi "
        "su u posljednje dvije godine znatno porasli, a oporba je tražila odgodu. Gradonačelnik je "
        "rekao da će radovi početi na proljeće i da grad pregovara s vladom o dodatnom novcu."
    ),
    "id": (
        "Dewan kota pada hari Senin menyetujui pembangunan jembatan baru setelah perdebatan panjang. "
        "Biaya telah naik tajam dalam dua tahun terakhir dan pihak oposisi meminta penundaan. Wali "
        "kota mengatakan bahwa pekerjaan akan dimulai pada musim semi dan kota sedang berunding "
        "dengan pemerintah untuk dana tambahan."
    ),
}
