/**
 * The everyday words that lead to each article: what people need said as verbs and situations
 * («handle», «gå tur», «måke snø», «få betalt for å pleie», «trappa er for bratt»), the way the
 * old person, a daughter far away, a neighbour or a home nurse says it. Aliases name a topic and
 * appear in the A–Å index («Gamlehjem – se Sykehjem»); these words only lead the search there, so
 * they may be as many and as plain as people's own words. Written from the articles and the
 * councils' plain language, per concept, not from any list of test questions; reviewed like text.
 *
 * Each entry is `|`-separated words and short phrases. A word is matched after folding, nynorsk
 * to bokmål and light stemming (so «vaske», «vasker», «vaska» are one), and compounds are split
 * against these words too («snømåking» → snø + måking). Past tenses the stemmer cannot reach
 * («kjørte», «hørte») are written out. Keys are article slugs (and the planning tools' slugs); a
 * content test checks that each one exists.
 */
export const EVERYDAY_WORDS: Readonly<Record<string, string>> = {
  alderspensjon:
    'pensjonen|pengene fra nav|utbetaling|utbetalingsdato|når kommer pensjonen|hvor mye pensjon|pensjonist|gå av med pensjon|tidligpensjon|pensjonsalder|etterlattepensjon|enkepensjon|pensjon etter ektefelle|grunnpensjon|tjenestepensjon|pensjonskalkulator|nav pensjon',
  avlastning:
    'pause|fri|ferie fra omsorgen|hvile|puste|slappe av|få sove|utslitt|sliten|orker ikke mer|tung omsorg|passe på|passer på|passe på hele tiden|være borte|reise bort|komme meg ut|noen som tar over|noen timer fri|helgeopphold|avlastningsopphold|pårørende trenger hvile|gå fra',
  begravelse:
    'gravlegge|gravlegging|grav|urne|kiste|minnestund|dødsannonse|prest|seremoni|kremere|betale begravelsen|dyr begravelse|gravferdsstønad|stønad til begravelse|begravelsesbyrå|bisette|kirkegården',
  besoksvenn:
    'besøk|besøke|noen å prate med|prate|snakke med|følge|selskap|turvenn|gå tur|gå en tur|gå turer|spasere|kaffe|kaffeprat|spille kort|lese avisen|høytlesing|ensom|alene|frivillig besøk|besøkstjeneste|bli besøksvenn|være besøksvenn|en gang i uka|fast besøk|røde kors',
  'bilkjoring-og-forerkort':
    'kjøre|kjører|kjørte|bil|bilen|slutte å kjøre|parkere bilen|legge bort bilen|førerkortet|lappen|sertifikatet|helseattest|fornye|kjøre dårligere|trygg sjåfør|trafikk|bilkjøring|kjøretime|synskrav',
  'bolig-tilpasning':
    'trapp|trappa|trappen|bratt trapp|trappeheis|heis|rampe|terskel|terskler|dørstokk|håndtak|gripehåndtak|holde i|noe å holde i|støttehåndtak|dusjkabinett|badekar|bygge om|bygge om badet|ombygging|tilpasse huset|tilpasse leiligheten|bolig|huset|leiligheten|flytte|bo hjemme lenger|bo trygt hjemme|ergoterapeut|tilskudd|lån fra husbanken|lys|belysning|sklisikker',
  bostotte:
    'husleie|husleia|leie|leien|boutgifter|strøm|strømregning|dyr husleie|høy husleie|råd til husleia|betale husleia|penger til husleie|pensjonen strekker ikke til|lav inntekt|støtte til bolig|husbanken|bostøtte fra husbanken|leilighet|boliglån',
  'brukerstyrt-personlig-assistanse':
    'assistent|egen assistent|personlig assistent|styre hjelpen selv|bestemme selv|arbeidsleder|timer med hjelp|mye hjelp|bpa-ordning|assistanse',
  dagaktivitetstilbud:
    'dagsenter|dagtilbud|aktivitet på dagtid|noe å gjøre på dagen|sted å være på dagen|på dagtid|hele dagen alene|dagplass|aktiviteter|fellesskap|pause for pårørende|få handle i fred|demenssenter|være et sted',
  demens:
    'glemmer|glemsk|glemmer ting|husker ikke|husker dårlig|hukommelse|minne|dårlig minne|forvirret|rotete|går seg bort|går seg vill|finner ikke veien|finner ikke fram|gjentar seg|spør om det samme|sier det samme|kjenner ikke igjen|gjenkjenner ikke|alzheimer|dement|demenssykdom|hukommelsestap|demensteam|demenskoordinator|utredning|glemmer navn|legger ting på rare steder|urolig|endret personlighet',
  'digital-hjelp':
    'mobil|mobilen|telefonen|smarttelefon|nettbrett|ipad|pc|data|datamaskin|internett|nett|nettbank|bankid|kode|passord|app|apper|e-post|epost|helsenorge|digipost|videosamtale|teams|lære data|datakurs|teknologi|skjerm|logge inn|innlogging|digital|digitalt',
  dodsfall:
    'døde|dødsfall|når noen dør|når mor dør|når far dør|er død|døde i natt|døde hjemme|sykehjemmet ringte|skifte|skifteattest|dødsbo|arv|uskifte|gjenlevende|etterlatte|hva gjør vi|melde dødsfall|sitte i uskiftet bo|banken etter dødsfall',
  'egenandel-og-frikort':
    'egenandel|egenandeler|frikort|tak|legeregning|betale hos legen|betale for lege|betale for medisin|blå resept|dyrt hos legen|refusjon|helsenorge frikort|utgifter til lege',
  eldreradet:
    'si fra|si ifra|si i fra|påvirke|politikere|politikerne|kommunestyret|klage til politikerne|medvirkning|eldres råd|rådet|benker|benk|gangvei|fortau|brøyting|strøing|tilgjengelighet|universell utforming|meninger|stemme|høring|innspill',
  ensomhet:
    'ensom|alene|einsam|alene hele dagen|ingen å prate med|ingen å snakke med|ingen besøk|savner selskap|kjedelig|kjeder meg|sitter alene|sitter inne|isolert|ensomt|trist|treffe folk|møte folk|venner|nye venner|prate med noen|snakke med noen|hjelpetelefon|kirkens sos|mental helse hjelpetelefon|sosialt',
  ernaering:
    'mat|spise|spiser|spiste|spiser ikke|spiser lite|spiser nesten ingenting|appetitt|matlyst|ingen matlyst|vekt|går ned i vekt|mister vekt|tynn|avmagret|underernært|drikke|drikker lite|tørst|måltid|måltider|lage mat|kosthold|proteiner|næringsdrikk|tygge|svelge|svelgeproblemer|munntørrhet',
  fallforebygging:
    'falle|faller|falt|fall|ramle|ramler|ramlet|ramla|snuble|snubler|snublet|deise|ustø|ustødig|dårlig balanse|balanse|svimmel|svimmelhet|redd for å falle|redd for å ramle|glatt|glatte gulv|sklir|tepper|løse tepper|ledninger|lys om natten|brukket|hoftebrudd|lårhalsbrudd|brodder|pigger|falle igjen|hindre fall|unngå fall|falltrening',
  fastlege:
    'lege|legen|doktor|legekontor|legekontoret|fastlegen|bytte lege|bytte fastlege|ny lege|time hos legen|legetime|bestille time|resept|henvisning|sykmelding|legeerklæring|legesjekk|helsesjekk|blodprøve|kontroll hos legen|helsenorge',
  'forebyggende-hjemmebesok':
    'besøk fra kommunen|hjemmebesøk|helsebesøk|seniorbesøk|kommunen kommer på besøk|samtale om helsen|75 år|78 år|80 år|fylt 75|informasjon fra kommunen|forebygge|planlegge alderdommen',
  forventningsavklaring:
    'hvem gjør hva|forventninger|avtale|avklare|avklaring|ansvar|hvem har ansvaret|uenige|krangel|krangler|familien er uenig|søsken er uenige|fordele oppgaver|hvem skal hjelpe|hva gjør kommunen|hva kan vi forvente|samarbeid|samarbeide med kommunen|møte med kommunen|familiemøte',
  fremtidsfullmakt:
    'fullmakt|framtidsfullmakt|bestemme for mor|bestemme for far|bestemme for en annen|styre økonomien|ta over økonomien|ta over pengene|bankfullmakt|dement og banken|hvis jeg blir dement|hvis jeg blir syk|syk i hodet|ikke klarer selv|papir|skrive under|vitner|tinglyse|statsforvalteren|representere|fullmektig|fremtidsfullmakt skjema',
  frisklivssentral:
    'friskliv|frisklivsresept|røyke|slutte å røyke|røykeslutt|snus|alkohol|drikke mindre|kosthold|gå ned i vekt|sove bedre|søvn|bedre form|komme i form|kom i gang|sunne vaner|livsstil|helsekurs|mestring|kurs i å mestre|nedstemthet kurs|bevegelse|motivasjon',
  frivilligsentral:
    'frivillig|frivillige|frivillighet|dugnad|nabohjelp|hjelp fra frivillige|måke|måke snø|snømåking|snø|brøyte|strø|ved|bære ved|hagearbeid|klippe plenen|plen|luke|småjobber|følge til lege|følge til butikken|handlehjelp|handle|turgruppe|bingo|kaffetreff|bli frivillig|være frivillig|hjelpe andre|røde kors|sanitetsforening',
  fysioterapi:
    'fysioterapeut|fysio|ergoterapeut|ergo|trening|trene|øvelser|vondt i ryggen|vondt i skulderen|vond skulder|vond rygg|vondt i kneet|vondt i hofta|stiv|stivhet|smerter i ledd|artrose|gikt|behandling|henvisning|opptrening|balanse|ganglag|gå bedre|bevegelighet|massasje',
  'grunnstonad-og-hjelpestonad':
    'grunnstønad|hjelpestønad|stønad fra nav|penger fra nav|ekstra utgifter|merutgifter|slitasje|diett|tilsyn|pleie|pleie hjemme|stell|trenger tilsyn|tilsyn hele tiden|pleie fra familien|familien pleier|penger for pleie|betalt for tilsyn|forhøyet hjelpestønad|skattefri',
  hjelpemidler:
    'rullator|rullestol|stokk|krykker|dusjstol|dusjkrakk|stol i dusjen|toalettforhøyer|forhøyer|forhøyet toalett|do|doen|toalettet|reise seg|reise seg fra do|reise seg fra stolen|komme opp|løftestol|seng med motor|sykeseng|gripetang|hjelpemiddel|låne|låne utstyr|hjelpemiddelsentralen|utstyr|ergoterapeut|gå med rullator|komme seg rundt|støtte|holde i|noe å holde i|badekarbrett|strømpepåtrekker',
  hjemmehjelp:
    'vaske|vask|vaske gulv|vaske huset|rengjøring|rengjøre|støvsuge|støvsuging|husarbeid|husvask|klesvask|vaske klær|skifte sengetøy|sengetøy|handle|handling|handle mat|handle for meg|gjøre innkjøp|innkjøp|bære varer|søppel|rydde|rydding|praktisk hjelp|hjelp i huset|hjelp hjemme|vaskehjelp|husholdning|oppvask|lage mat|hjemmehjelpen',
  hjemmesykepleie:
    'sykepleier|sykepleiere|hjemmesykepleien|hjemmetjenesten|hjemmetjenester|helsehjelp hjemme|hjelp hjemme|medisiner|medisinhjelp|dele ut medisiner|sårstell|stell|stelle|personlig stell|dusje|dusjing|dusjet|vaske seg|vask|kle på seg|kle av seg|påkledning|legge seg|i seng|komme i seng|legge i seng|stå opp|komme opp om morgenen|på do|toalettbesøk|støttestrømper|sprøyte|insulin|blodsukker|blodtrykk|katetre|tilsyn|hjelp om natten|nattpatrulje|nattjeneste|kveldsvakt|hjemmebesøk|kommer hjem|besøk av sykepleier|etter sykehuset|utskrevet',
  honnorrabatt:
    'honnør|honnørbillett|rabatt|billig|billigere|halv pris|halvpris|pensjonistrabatt|seniorrabatt|67 år|over 67|buss|bussen|tog|toget|togbillett|bussbillett|ferje|båt|kino|museum|billett|billetter|reise billig|kollektivt|rutebil',
  horsel:
    'hører|hører dårlig|hørte|hører ikke|høre|hørsel|tunghørt|døv|høreapparat|høreapparatet|piper i øret|øresus|øret|ørene|ørelege|hørselssentral|hørselskontakt|lyd|tv høyt|telefonen|oppfatter ikke|hører ikke hva de sier|teleslynge|batteri til høreapparatet',
  hverdagsrehabilitering:
    'trening hjemme|øve|øve hjemme|trene hjemme|klare seg selv|klare meg selv|klare selv|klare hverdagen|bli selvhjulpen|mestre|hverdagsmestring|gå til butikken selv|dusje selv|lage mat selv|etter sykdom|etter sykehus|komme seg|komme i gang igjen|team fra kommunen|noen uker',
  'individuell-plan':
    'plan|koordinator|koordinere|mange tjenester|mange å forholde seg til|kontaktperson|fast kontaktperson|samarbeid mellom tjenestene|ansvarsgruppe|ansvarsgruppemøte|ip|oversikt over hjelpen|følge opp',
  inkontinens:
    'lekker|lekkasje|lekker urin|tisser|tisse|tiss|urin|urinlekkasje|blære|bleie|bleier|bind|inkontinensbind|inkontinensutstyr|lukt|våt|vått|tisser på seg|bæsj|avføring|avføringslekkasje|toalett|rekker ikke do|må på do ofte|bekkenbunn|trengning|gratis bleier|bestille bleier',
  'juridisk-hjelp':
    'advokat|jurist|rettshjelp|fri rettshjelp|juss|jus|lov|loven|rettigheter|sak|rettssak|tvist|krangel|nabokrangel|nabotvist|grense|grensa|tomt|kontrakt|arvesak|uenighet|jusstudenter|jussbuss|juridisk|forsikring|lite penger til advokat|gratis advokat|rettshjelpskontor',
  'klage-pa-vedtak':
    'klage|klager|klagen|vedtak|vedtaket|avslag|fått avslag|nei fra kommunen|uenig|uenig i vedtaket|for lite hjelp|får for lite|ikke fornøyd med vedtaket|klagefrist|klageskjema|omgjøre|statsforvalteren|urettferdig|feil vedtak|klage på kommunen',
  korttidsopphold:
    'korttidsplass|korttid|kort opphold|noen uker på sykehjem|etter sykehuset|utskrevet|før hjem|komme seg etter sykehus|opptrening på sykehjem|avlastning på sykehjem|midlertidig plass|vurderingsopphold|rehabiliteringsopphold',
  'kultur-og-opplevelser':
    'kultur|konsert|konserter|kino|teater|museum|utstilling|bibliotek|biblioteket|lydbok|lydbøker|bøker|lese|sang|synge|kor|korsang|musikk|dans|danse|opplevelse|opplevelser|tur|utflukt|den kulturelle spaserstokken|aktiviteter|hobby|foredrag',
  ledsagerbevis:
    'ledsager|ledsagerbevis|følge|følgeperson|ta med en|gratis for den som følger|billett for ledsager|kino med ledsager|trenger følge|ikke klare alene|ha med seg noen|noen med seg|betale for to|begge betale',
  legemidler:
    'medisiner|medisin|medisinene|tabletter|tablettene|piller|pillene|legemidler|dosett|multidose|apotek|apoteket|resept|resepter|bivirkninger|for mange medisiner|glemmer medisinene|glemmer å ta|tatt tablettene|blander|blander medisinene|medisinliste|medisinhjelp|sovemedisin|smertestillende|blodfortynnende|medisinsjekk|legemiddelgjennomgang',
  legevakt:
    'legevakt|legevakta|legevakten|vaktlege|lege om natten|lege i helgen|lege i kveld|lege nå|akutt|haster|feber|høy feber|sterke smerter|vondt|syk om natten|syk i helgen|blir dårlig|ble dårlig|ble syk|kan ikke vente|116 117|akutthjelp|infeksjon|urinveisinfeksjon|sår som blør|skade|brudd',
  'livets-siste-fase':
    'dø|døende|dør snart|slutten|til slutten|livets slutt|siste tid|siste dager|kreft|uhelbredelig|kan ikke kureres|ikke kan kureres|ikke bli frisk|dø hjemme|være hjemme til slutten|lindring|lindrende|smertelindring|palliativ|hospice|kreftkoordinator|pleiepenger|våke|sitte hos|ønsker for slutten',
  matombringing:
    'mat levert|middag levert|mat på døra|mat hjem|levere mat|ferdig mat|ferdigmat|middag|middager|varm mat|kjørt hjem|bringe mat|lager ikke mat|orker ikke lage mat|klarer ikke lage mat|matlevering|hjemkjøring',
  'nar-det-haster':
    'nød|nødnummer|nødnumre|ambulanse|113|112|110|politi|politiet|brann|brannvesenet|akutt|livsfare|fare for liv|haster|hjerteinfarkt|hjerneslag|slag|falt og kommer seg ikke opp|ligger på gulvet|bevisstløs|puster ikke|puster dårlig|vondt i brystet|brystsmerter|skjevt ansikt|snakker uklart|plutselig|førstehjelp|giftinformasjonen',
  'okonomisk-radgivning':
    'gjeld|skylder|skylder penger|regninger|regningene|ubetalte regninger|klarer ikke betale|klarar ikkje betale|strekker ikke til|pengene strekker ikke til|inkasso|inkassobrev|purring|purringer|kreditt|forbrukslån|lån|budsjett|økonomi|dårlig råd|pengeproblemer|penger|økonomisk rådgivning|gjeldsrådgiver|betalingsproblemer|namsmann',
  omsorgsbolig:
    'omsorgsbolig|omsorgsleilighet|trygdebolig|seniorbolig|eldrebolig|leilighet med hjelp|bolig med hjelp|bo med hjelp|ansatte i nærheten|folk som passer på|noen som passer på|ikke sykehjem|flytte fra huset|mindre bolig|leie av kommunen|heldøgns|bofellesskap|bokollektiv|tilrettelagt bolig',
  omsorgsstonad:
    'lønn|lønn for omsorg|omsorgslønn|betalt|få betalt|betaling|penger for å passe på|penger for å pleie|betalt for å pleie|betalt for å stelle|betalt for å hjelpe|få lønn|passe på|pleie|pleier|stelle|stell|tung omsorg|mye omsorg|omsorgsarbeid|tapt arbeidsinntekt|slutte å jobbe|hjemme med mor|hjemme med far|pleie en i familien',
  parkeringstillatelse:
    'parkering|parkere|parkeringskort|hc-kort|hc-plass|handikapparkering|handikapkort|handikapskilt|parkere nær|parkere gratis|gå langt|kan ikke gå langt|forflytningshemmet|bevegelseshemmet|nærmere inngangen|nær inngangen|nær døra|parkere nærmere',
  parorende:
    'pårørende|familie|familien|hjelper mor|hjelper far|hjelper mannen min|hjelper kona|passer på|rettigheter|krav på|har krav på|hva har jeg krav på|rett til informasjon|taushetsplikt|få vite|informasjon fra legen|hva legen sier|veiledning|støtte|pårørendestøtte|pårørendekontakt|nærmeste pårørende|pårørendeavtale|pårørendeveileder|belastning',
  parorendeskole:
    'kurs|kurs for pårørende|pårørendekurs|pårørendeskole|samtalegruppe|støttegruppe|gruppe|lære om demens|lære mer|treffe andre|andre i samme situasjon|gift med en som har demens|mannen har demens|kona har demens|demenskurs|likepersoner',
  'pasient-og-brukerombudet':
    'ombud|ombudet|pasientombud|misfornøyd|ikke fornøyd|si fra|si ifra|klage på sykehjemmet|klage på hjemmetjenesten|klage på legen|klage på behandling|dårlig behandling|dårlig stell|feil behandling|feilbehandling|rettigheter som pasient|kvalitet|pasientskade|uverdig|hjelp til å klage',
  'planlegg-alderdommen':
    'planlegge|plan|framtida|fremtiden|alderdom|gammel|bli gammel|eldre dager|pensjonisttilværelse|forberede|tenke på alderdommen|bo hjemme lenger|bolig for alderdommen|sjekkliste|ønsker|hva skal jeg tenke på',
  'psykisk-helse':
    'depresjon|deprimert|nedstemt|nedfor|trist|lei seg|tungt|mørkt|angst|engstelig|bekymret|urolig|uro|gråter|gråter hele tiden|gråter mye|sover dårlig|kan ikke sove|søvnløs|ligger våken|mistet lysten|ingen glede|håpløs|tanker|tunge tanker|mørke tanker|psykolog|psykiater|samtale|samtaler|snakke med noen|psykisk|mental helse|hjelpetelefon|116 123|kirkens sos|vil ikke leve|ta livet sitt|selvmord',
  rehabilitering:
    'rehabilitering|rehab|opptrening|trene opp|trene seg opp|lære å gå igjen|lære å snakke igjen|gå igjen|snakke igjen|etter slag|etter hjerneslag|hatt slag|etter operasjon|etter brudd|etter hoftebrudd|etter sykehus|komme seg|bli bedre|rehabiliteringsinstitusjon|opphold|fysioterapeut|logoped|ergoterapeut',
  seniorsenter:
    'seniorsenter|eldresenter|møteplass|møtested|treffsted|treff|kafe|kaffe|lunsj|spise sammen|middag sammen|møtes|møte andre|treffe andre|pensjonister|pensjonistforening|kurs|trim|aktiviteter|sosialt|fellesskap|bingo|sang|hvor kan pensjonister møtes',
  'skatt-for-pensjonister':
    'skatt|skatten|skattemelding|skattemeldingen|selvangivelse|skattekort|skattetrekk|restskatt|tilbake på skatten|skatteoppgjør|fradrag|skatt på pensjon|skatteetaten|for mye skatt',
  'soke-om-tjenester':
    'søke|søker|søknad|søknaden|søke om hjelp|søke hjelp|søke kommunen|skjema|søknadsskjema|ringe kommunen|hvordan søke|hvordan får vi hjelp|få hjelp fra kommunen|hjelp fra kommunen|kommunale tjenester|tjenester|tildeling|tildelingskontor|vedtak|kartlegging|kartleggingsbesøk|behov for hjelp|hjelp hjemme|digital søknad|muntlig',
  sorg: 'sorg|sørge|sørger|savn|savner|savnet|mistet|mista|miste|død|døde|etter at hun døde|etter at han døde|enke|enkemann|gråter|kommer seg ikke videre|sorggruppe|sorgstøtte|tap|minnes|livet etter|alene etter|etterlatt|ektefellen døde|kona døde|mannen døde',
  sykehjem:
    'sykehjem|sykehjemmet|sykehjemsplass|gamlehjem|aldershjem|pleiehjem|langtidsplass|fast plass|bo på sykehjem|flytte på sykehjem|institusjon|trenger hjelp hele døgnet|heldøgns|vederlag|betale for sykehjem|hva koster sykehjem|pleie|beboer',
  syn: 'ser dårlig|ser ikke|synet|syn|øyne|øynene|øyet|briller|brillene|lese|lese avisen|kan ikke lese|bokstavene|bokstavane|utydelig|uklart|tåkete|optiker|øyelege|grå stær|grønn stær|makula|aldersrelatert|lupe|forstørrelse|lys|blind|svaksynt|synshjelpemidler|synskontakt|lyslupe|lydbok',
  tannhelse:
    'tenner|tennene|tann|tannen|vondt i tann|tannpine|tannlege|tannlegen|tannpleier|gebiss|protese|tannprotese|løse tenner|munn|munnen|tannkjøtt|tannbørste|tannpuss|pusse tenner|råd til tannlege|dyr tannlege|gratis tannlege|tannhelsetjenesten|tannbehandling|hvem betaler tannlegen',
  'testament-og-arv':
    'testament|testamente|arv|arve|arver|arving|arvinger|hvem arver|hvem får huset|hvem får pengene|huset|hytta|pliktdel|forskudd på arv|gi bort|gave|skrive testament|siste vilje|særkullsbarn|dele arven|arveoppgjør|uskifte|vitner|når jeg dør|etter min død',
  'trening-og-aktivitet':
    'trim|trimme|trening|trene|mosjon|styrke|styrketrening|balanse|balansetrening|gå tur|gå turer|turer|turgruppe|svømme|svømming|dans|seniordans|yoga|gym|treningssenter|sterkere|bli sterkere|komme i form|i form|holde seg i form|bevege seg|aktivitet|fysisk aktivitet|seniortrim',
  trygghetsalarm:
    'alarm|alarmen|trygghetsalarm|alarmknapp|knapp|knapp på armen|knapp rundt halsen|trykke|trykke på knappen|nødknapp|armbånd|personalarm|ramler alene|faller alene|bor alene|ligger alene|ingen vet|ingen oppdager|få hjelp|tilkalle hjelp|alarmsentral|trygg hjemme|trygghet',
  'tt-kort':
    'taxi|taxikort|drosje|drosjekort|tt|transport|tilrettelagt transport|kjøring|billig taxi|rabatt på taxi|kan ikke ta bussen|klarer ikke bussen|klarer ikke ta bussen|kommer meg ikke på bussen|komme meg til byen|komme seg rundt|reise|reiser|turer|tt-ordningen|fylkeskommunen',
  vaksiner:
    'vaksine|vaksiner|vaksinere|vaksinering|influensa|influensavaksine|koronavaksine|korona|covid|lungebetennelse|pneumokokk|helvetesild|stivkrampe|sprøyte|stikk|vaksinasjon|oppfriskningsdose',
  vaktmesterhjelp:
    'vaktmester|fiksehjelp|fikse|fiksetjeneste|småjobber|småreparasjoner|lyspære|lyspærer|skifte lyspære|bytte lyspære|batteri|bytte batteri|røykvarsler|brannalarm|brannvarsler|henge opp|henge opp bilder|gardiner|hyller|montere|skru|snekker|stige|gå på stige|klatre|bære tunge ting|tunge ting|reparere|småfiks|måke snø|snømåking',
  velferdsteknologi:
    'sensor|sensorer|varsler|varsling|varsle|komfyrvakt|komfyren|skru av komfyren|glemmer komfyren|brann|gps|sporing|går seg bort|dørsensor|går ut om natten|digitalt tilsyn|kamera|medisindispenser|elektronisk|teknologi|smarthus|trygghetsteknologi|fallsensor|fallalarm|varsler hvis',
  verge:
    'verge|vergemål|hjelpeverge|oppnevne verge|få verge|statsforvalteren|bestemme for|kan ikke bestemme selv|klarer ikke økonomien|styre pengene|ta seg av pengene|umyndig|representant|fullmakt',
  'vold-og-overgrep':
    'vold|slår|slått|slag|trusler|truer|redd for|mishandling|overgrep|misbruk|økonomisk misbruk|tar pengene|tatt pengene|stjeler|presser|presset|tvinger|blåmerker|omsorgssvikt|vern for eldre|krisesenter|politiet|melde|anmelde|utnytter|utnyttet',
  'min-plan':
    'min plan|plan|planlegge|sjekkliste|huskeliste|hva skal jeg tenke på|ønsker|samtale med kommunen|spørsmål til kommunen|forberede',
  'hvem-gjor-hva':
    'hvem gjør hva|skjema|avtale|oppgaver|fordele oppgaver|hvem skal hjelpe|krangler|uenige|forventninger|forventningsavklaring|familien og kommunen',
};
