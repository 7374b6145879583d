/**
 * Hand-written gazetteer data (MIT, like the rest of Stancegraph): blocs, international bodies
 * and major non-state armed groups that news about world politics names, plus the English names
 * and metonyms of states that the world-countries data (countries.json) lacks or gets ambiguous.
 *
 * Names are matched as words: the first letter of a capitalised word must be capitalised in the
 * text too, an all-capitals acronym must match exactly, and lower-case words ("the", "of") match
 * in either case. Ids of bodies are short codes; states use their ISO 3166-1 alpha-3 code.
 */
import type { ActorKind } from "../../schema.ts";

export interface BodyEntry {
  id: string;
  label: string;
  kind: ActorKind;
  /** Names and acronyms, first the label's long form. */
  names: string[];
  /**
   * What news calls the body alone, lower-case ("the alliance" for NATO, "the world body" for the
   * UN, "the bloc" for the EU): a description the text does not need to give it (anaphora.ts,
   * round 38). Only a description's noun or its last two words ("world body").
   */
  described?: readonly string[];
}

/** Blocs, organisations, courts and non-state groups, by the short id a new actor gets. */
export const BODIES: BodyEntry[] = [
  { id: "EU", label: "European Union", kind: "bloc", names: ["European Union", "EU", "E.U.", "Brussels", "European Commission", "European Council", "European Parliament"], described: ["bloc", "union"] },
  { id: "NATO", label: "NATO", kind: "organization", names: ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "NATO", "Atlantic alliance", "North Atlantic Alliance"], described: ["alliance"] },
  { id: "UN", label: "United Nations", kind: "organization", names: ["United Nations", "UN", "U.N.", "UN Security Council", "U.N. Security Council", "United Nations Security Council", "Security Council", "UN General Assembly", "U.N. General Assembly", "United Nations General Assembly", "General Assembly"], described: ["world body"] },
  { id: "ICC", label: "International Criminal Court", kind: "court", names: ["International Criminal Court", "ICC"] },
  { id: "ICJ", label: "International Court of Justice", kind: "court", names: ["International Court of Justice", "ICJ", "World Court"] },
  { id: "OSCE", label: "OSCE", kind: "organization", names: ["Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe", "OSCE"] },
  { id: "CSTO", label: "CSTO", kind: "organization", names: ["Collective Security Treaty Organization", "Collective Security Treaty Organisation", "CSTO"], described: ["alliance"] },
  { id: "CIS", label: "Commonwealth of Independent States", kind: "organization", names: ["Commonwealth of Independent States", "CIS"] },
  { id: "EAEU", label: "Eurasian Economic Union", kind: "bloc", names: ["Eurasian Economic Union", "EAEU", "EEU"], described: ["bloc", "union"] },
  { id: "SCO", label: "Shanghai Cooperation Organisation", kind: "organization", names: ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"] },
  { id: "BRICS", label: "BRICS", kind: "bloc", names: ["BRICS"], described: ["bloc", "grouping"] },
  { id: "G7", label: "G7", kind: "bloc", names: ["Group of Seven", "G7", "G-7"], described: ["grouping", "club"] },
  { id: "G20", label: "G20", kind: "bloc", names: ["Group of 20", "Group of Twenty", "G20", "G-20"], described: ["grouping", "club"] },
  { id: "ASEAN", label: "ASEAN", kind: "organization", names: ["Association of Southeast Asian Nations", "ASEAN"], described: ["bloc", "grouping"] },
  { id: "AU", label: "African Union", kind: "organization", names: ["African Union", "AU"], described: ["union", "continental body"] },
  { id: "ECOWAS", label: "ECOWAS", kind: "organization", names: ["Economic Community of West African States", "ECOWAS"], described: ["bloc", "community"] },
  { id: "AES", label: "Alliance of Sahel States", kind: "bloc", names: ["Alliance of Sahel States", "AES"], described: ["alliance"] },
  { id: "LAS", label: "Arab League", kind: "organization", names: ["Arab League", "League of Arab States"], described: ["league"] },
  { id: "GCC", label: "Gulf Cooperation Council", kind: "organization", names: ["Gulf Cooperation Council", "GCC"], described: ["bloc"] },
  { id: "OIC", label: "Organisation of Islamic Cooperation", kind: "organization", names: ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC"], described: ["bloc"] },
  { id: "OAS", label: "Organization of American States", kind: "organization", names: ["Organization of American States", "OAS"] },
  { id: "OPEC", label: "OPEC", kind: "organization", names: ["Organization of the Petroleum Exporting Countries", "OPEC", "OPEC+"] },
  // The League of Nations (10 January 1920 – 18 April 1946, its assets passed to the UN): named in
  // reports of the interwar years and histories of them (Britannica, "League of Nations").
  { id: "LEAGUEOFNATIONS", label: "League of Nations", kind: "organization", names: ["League of Nations"], described: ["league"] },
  // The Conference of Ambassadors: the great powers' envoys meeting as one body, in London under Grey
  // over the Balkan wars (December 1912 – August 1913) and in Paris for the Allied powers to carry out
  // the peace treaties (1920–1931) (Britannica, "Conference of Ambassadors"; "London Conference").
  { id: "CONFERENCEOFAMBASSADORS", label: "Conference of Ambassadors", kind: "organization", names: ["Conference of Ambassadors", "Ambassadors' Conference"] },
  { id: "COE", label: "Council of Europe", kind: "organization", names: ["Council of Europe"] },
  { id: "IAEA", label: "IAEA", kind: "organization", names: ["International Atomic Energy Agency", "IAEA"] },
  { id: "WHO", label: "World Health Organization", kind: "organization", names: ["World Health Organization", "WHO"] },
  { id: "WTO", label: "World Trade Organization", kind: "organization", names: ["World Trade Organization", "WTO"] },
  { id: "IMF", label: "International Monetary Fund", kind: "organization", names: ["International Monetary Fund", "IMF"] },
  { id: "WB", label: "World Bank", kind: "organization", names: ["World Bank"] },
  { id: "AUKUS", label: "AUKUS", kind: "bloc", names: ["AUKUS"] },
  { id: "QUAD", label: "Quad", kind: "bloc", names: ["Quadrilateral Security Dialogue", "Quad"] },
  { id: "HAMAS", label: "Hamas", kind: "non-state", names: ["Hamas"] },
  { id: "HEZBOLLAH", label: "Hezbollah", kind: "non-state", names: ["Hezbollah", "Hizbollah", "Hizballah"] },
  { id: "HOUTHIS", label: "Houthis", kind: "non-state", names: ["Houthis", "Houthi", "Ansar Allah"] },
  { id: "TALIBAN", label: "Taliban", kind: "non-state", names: ["Taliban"] },
  { id: "ISIS", label: "Islamic State", kind: "non-state", names: ["Islamic State", "ISIS", "ISIL", "Daesh"] },
  { id: "AQ", label: "al-Qaeda", kind: "non-state", names: ["al-Qaeda", "al-Qaida", "al Qaeda"] },
  { id: "SHABAAB", label: "al-Shabaab", kind: "non-state", names: ["al-Shabaab", "al-Shabab", "al Shabaab"] },
  { id: "WAGNER", label: "Wagner Group", kind: "non-state", names: ["Wagner Group", "Wagner"] },
  { id: "PKK", label: "PKK", kind: "non-state", names: ["Kurdistan Workers' Party", "PKK"] },
  // Sixth round: regional blocs, UN agencies and armed groups news names without introducing them.
  { id: "CARICOM", label: "Caribbean Community", kind: "bloc", names: ["Caribbean Community", "CARICOM", "Caricom"], described: ["bloc", "community"] },
  { id: "SADC", label: "Southern African Development Community", kind: "bloc", names: ["Southern African Development Community", "SADC"], described: ["bloc", "community"] },
  { id: "EAC", label: "East African Community", kind: "bloc", names: ["East African Community", "EAC"], described: ["bloc", "community"] },
  { id: "IGAD", label: "IGAD", kind: "organization", names: ["Intergovernmental Authority on Development", "IGAD"], described: ["bloc", "grouping"] },
  { id: "ECCAS", label: "ECCAS", kind: "bloc", names: ["Economic Community of Central African States", "ECCAS"], described: ["bloc", "community"] },
  { id: "MERCOSUR", label: "Mercosur", kind: "bloc", names: ["Mercosur", "MERCOSUR", "Southern Common Market"], described: ["bloc"] },
  { id: "CELAC", label: "CELAC", kind: "bloc", names: ["Community of Latin American and Caribbean States", "CELAC"] },
  { id: "APEC", label: "APEC", kind: "organization", names: ["Asia-Pacific Economic Cooperation", "APEC"] },
  { id: "OECD", label: "OECD", kind: "organization", names: ["Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development", "OECD"] },
  // Called the South Pacific Forum from its founding in 1971 until October 2000 (Pacific Islands Forum Secretariat, "History").
  { id: "PIF", label: "Pacific Islands Forum", kind: "organization", names: ["Pacific Islands Forum", "South Pacific Forum"] },
  { id: "INTERPOL", label: "Interpol", kind: "organization", names: ["Interpol", "INTERPOL"] },
  { id: "UNHCR", label: "UNHCR", kind: "organization", names: ["UN refugee agency", "UNHCR"] },
  { id: "UNICEF", label: "UNICEF", kind: "organization", names: ["UNICEF", "Unicef"] },
  { id: "WFP", label: "World Food Programme", kind: "organization", names: ["World Food Programme", "World Food Program", "WFP"] },
  { id: "PLO", label: "PLO", kind: "organization", names: ["Palestine Liberation Organization", "Palestine Liberation Organisation", "PLO"] },
  { id: "BOKOHARAM", label: "Boko Haram", kind: "non-state", names: ["Boko Haram"] },
  { id: "JNIM", label: "JNIM", kind: "non-state", names: ["JNIM"] },
  { id: "YPG", label: "YPG", kind: "non-state", names: ["People's Protection Units", "YPG"] },
  { id: "SDF", label: "Syrian Democratic Forces", kind: "non-state", names: ["Syrian Democratic Forces", "SDF"] },
  { id: "RSF", label: "Rapid Support Forces", kind: "non-state", names: ["Rapid Support Forces", "RSF"] },
  { id: "M23", label: "M23", kind: "non-state", names: ["March 23 Movement", "M23"] },
  // Thirty-fourth round: bodies any world-news gazetteer holds that news names without introducing
  // them ("the Commonwealth" alone, "UNESCO listed the temple", "the International Criminal Tribunal
  // for the former Yugoslavia", whose lower-case "former" breaks a run of capitalised words), a named
  // EU force, a mediating foundation, and two armed groups written bare. "Commonwealth" alone, not
  // "the Commonwealth": a form opening with "the" is tried before the longer "Commonwealth of
  // Independent States" at the next word, which it would cut short.
  { id: "COMMONWEALTH", label: "Commonwealth", kind: "organization", names: ["Commonwealth of Nations", "Commonwealth Secretariat", "Commonwealth"] },
  { id: "UNESCO", label: "UNESCO", kind: "organization", names: ["United Nations Educational, Scientific and Cultural Organization", "UNESCO", "Unesco"] },
  { id: "ICTY", label: "ICTY", kind: "court", names: ["International Criminal Tribunal for the former Yugoslavia", "ICTY", "Yugoslav war crimes tribunal"] },
  { id: "EUFOR", label: "EUFOR", kind: "organization", names: ["EUFOR"] },
  { id: "CARTERCENTER", label: "Carter Center", kind: "organization", names: ["Carter Center", "Carter Centre"] },
  { id: "PIJ", label: "Palestinian Islamic Jihad", kind: "non-state", names: ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ"] },
  { id: "ABUSAYYAF", label: "Abu Sayyaf", kind: "non-state", names: ["Abu Sayyaf", "Abu Sayyaf Group"] },
];

/**
 * English names, people-words and metonyms that countries.json lacks (it calls Turkey "Türkiye"
 * and gives Washington as "Washington D.C."), keyed by ISO 3166-1 alpha-3. Added to the country.
 */
export const STATE_SUPPLEMENT: ReadonlyArray<{ iso3: string; names?: string[]; metonyms?: string[]; people?: string[] }> = [
  // "US" and "UK": the country data leaves out two-letter codes; written in capitals they are these states (never "us").
  { iso3: "USA", names: ["US", "U.S.", "U.S.A.", "America"], metonyms: ["Washington", "White House", "the White House", "Pentagon", "the Pentagon", "State Department", "Capitol Hill"], people: ["Americans"] },
  { iso3: "GBR", names: ["Britain", "UK", "U.K."], metonyms: ["Downing Street", "Whitehall"], people: ["Briton", "Britons", "the British"] },
  { iso3: "RUS", metonyms: ["Kremlin", "the Kremlin"] },
  { iso3: "FRA", metonyms: ["Elysee", "Élysée", "the Elysee", "the Élysée", "Quai d'Orsay"], people: ["the French"] },
  // Older reports' names for a seat of government: "Peking" (Beijing), "Constantinople" and "the
  // (Sublime) Porte" (the Ottoman government, Turkey by the gold convention).
  { iso3: "TUR", names: ["Turkey"], metonyms: ["Constantinople", "the Porte", "the Sublime Porte"], people: ["Turks"] },
  { iso3: "CHN", metonyms: ["Zhongnanhai", "Peking"], people: ["the Chinese"] },
  { iso3: "SAU", names: ["Saudi"], people: ["Saudis"] },
  { iso3: "ARE", names: ["UAE", "U.A.E.", "Emirates"], people: ["Emirati", "Emiratis"] },
  { iso3: "CZE", names: ["Czech Republic"] },
  // "the Republic of Congo", without the second article the country data writes.
  { iso3: "COG", names: ["Republic of Congo"] },
  { iso3: "DEU", people: ["Germans"] },
  { iso3: "SWE", people: ["Swedes"] },
  { iso3: "FIN", people: ["Finns"] },
  { iso3: "DNK", people: ["Danes"] },
  { iso3: "POL", people: ["Poles"] },
  { iso3: "NLD", people: ["the Dutch"] },
  { iso3: "ESP", people: ["Spaniards"] },
  { iso3: "ISR", metonyms: ["Knesset", "the Knesset"] },
  // The Holy See, whose head news names by his office ("the Pope", "Pope John Paul II") and whose
  // acts it calls "papal" ("the papal mediation"): the state the gold convention writes VAT.
  { iso3: "VAT", names: ["Holy See", "the Holy See"], metonyms: ["Pope", "the Pope"], people: ["papal"] },
  { iso3: "PRK", names: ["DPRK"] },
  // Adjectives and people-words the country data lacks ("Philippine vessels", "the Azeri army").
  { iso3: "PHL", people: ["Philippine"] },
  { iso3: "BIH", people: ["Bosnian", "Bosnians"] },
  { iso3: "KAZ", people: ["Kazakh"] },
  { iso3: "UZB", people: ["Uzbek"] },
  { iso3: "ARG", people: ["Argentinian", "Argentinians"] },
  { iso3: "ECU", people: ["Ecuadorian", "Ecuadorians"] },
  { iso3: "SVN", people: ["Slovenian", "Slovenians"] },
  { iso3: "AZE", people: ["Azeri", "Azeris"] },
  // English adjectives the country data spells otherwise ("Comoran", "East Timorese", "Burkinabe")
  // or lacks. Not the ethnic words that cross borders ("Tajik" commanders in Afghanistan, "Serb",
  // "Croat"), one two states share ("Congolese", "Dominican"), nor one a party's name opens with
  // ("the Nepali Congress").
  { iso3: "COM", people: ["Comorian"] },
  { iso3: "BFA", people: ["Burkinabè"] },
  { iso3: "SLV", people: ["Salvadorean"] },
  { iso3: "TLS", people: ["Timorese"] },
  { iso3: "GNB", people: ["Bissau-Guinean"] },
  { iso3: "DJI", people: ["Djiboutian"] },
  { iso3: "XKX", people: ["Kosovan"] },
  { iso3: "KGZ", people: ["Kyrgyz"] },
  { iso3: "BWA", people: ["Botswanan"] },
  { iso3: "CPV", people: ["Cape Verdean"] },
  { iso3: "GNQ", people: ["Equatoguinean"] },
  { iso3: "SUR", people: ["Surinamese"] },
  { iso3: "MDV", people: ["Maldivian"] },
  // The capital's older English spelling, usual in news until 2019.
  { iso3: "UKR", metonyms: ["Kiev"] },
  // Seats of government the country data does not give as the capital: the capital until lately
  // (Bujumbura to 2019; Rangoon, Yangon's name to 1989 and the capital to 2005), or beside the
  // constitutional one (La Paz beside Sucre, Cotonou beside Porto-Novo); and Sanaa as news spells it.
  { iso3: "BDI", metonyms: ["Bujumbura"] },
  { iso3: "MMR", metonyms: ["Rangoon"] },
  { iso3: "BOL", metonyms: ["La Paz"] },
  { iso3: "BEN", metonyms: ["Cotonou"] },
  { iso3: "YEM", metonyms: ["Sanaa"] },
];

/** Capitals that are also ordinary words or common first names, so they are not used as metonyms. */
export const CAPITALS_NOT_METONYMS: ReadonlySet<string> = new Set(["Male", "Victoria", "Kingston", "Washington D.C.", "Brussels"]);

/**
 * Capitalised words that make a state's name or people-word before them part of a place's name
 * ("the South China Sea", "the Indian Ocean", "the Korean Peninsula", "the Taiwan Strait"), and, with
 * "of", before them ("the Sea of Japan", "the Gulf of Mexico"): no mention of the state.
 */
export const GEOGRAPHIC_HEADS: ReadonlySet<string> = new Set(["Sea", "Seas", "Ocean", "Gulf", "Strait", "Straits", "Peninsula", "Bay", "Basin", "Channel", "Archipelago"]);
