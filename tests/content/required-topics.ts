/** The topics the book promises (content issue); the linter fails while any is missing. */
export const REQUIRED_TOPICS = [
  'alderspensjon', 'avlastning', 'begravelse', 'besoksvenn', 'bilkjoring-og-forerkort', 'bolig-tilpasning',
  'bostotte', 'brukerstyrt-personlig-assistanse', 'dagaktivitetstilbud', 'demens', 'digital-hjelp', 'dodsfall',
  'egenandel-og-frikort', 'eldreradet', 'ensomhet', 'ernaering', 'fallforebygging', 'fastlege',
  'forebyggende-hjemmebesok', 'fremtidsfullmakt', 'frisklivssentral', 'frivilligsentral', 'fysioterapi',
  'grunnstonad-og-hjelpestonad', 'hjelpemidler', 'hjemmehjelp', 'hjemmesykepleie', 'horsel',
  'hverdagsrehabilitering', 'individuell-plan', 'juridisk-hjelp', 'klage-pa-vedtak', 'korttidsopphold',
  'kultur-og-opplevelser', 'ledsagerbevis', 'legemidler', 'legevakt', 'livets-siste-fase', 'matombringing',
  'omsorgsbolig', 'omsorgsstonad', 'parkeringstillatelse', 'parorende', 'parorendeskole',
  'pasient-og-brukerombudet', 'planlegg-alderdommen', 'rehabilitering', 'seniorsenter', 'skatt-for-pensjonister',
  'soke-om-tjenester', 'sorg', 'sykehjem', 'syn', 'tannhelse', 'testament-og-arv', 'trening-og-aktivitet',
  'trygghetsalarm', 'tt-kort', 'vaksiner', 'velferdsteknologi', 'verge', 'vold-og-overgrep',
  'okonomisk-radgivning', 'psykisk-helse', 'inkontinens', 'honnorrabatt', 'forventningsavklaring',
  'vaktmesterhjelp', 'nar-det-haster',
] as const;
