/**
 * States that no longer exist (most of them of the nineteenth century and before; a few to 1920 and
 * Manchukuo to 1945) and that no ISO 3166 or ISO 3166-3 code stands for, with
 * the dates they existed as states of their own. The gold convention names a state without a code by
 * its common name in capitals, spaces and punctuation removed ("PRUSSIA", "KINGDOMOFSARDINIA",
 * "GERMANCONFEDERATION"); a state that a present one continues under the golds' reading keeps that
 * state's code instead (the Papal States under the Holy See's `VAT`, the Dutch republics under `NLD`).
 *
 * Unlike data/formerStates.ts these name a state only in a text dated inside their years (and the
 * twelve months after their end, `HISTORIC_MARGIN_YEARS`; in those months their names only, not
 * their seats or people-words): "Bavaria" or "Texas" in a report of 2019 is a region of a
 * present state and "Hanover" a city, not the kingdom or the republic (gazetteer.ts
 * `withFormerStates`). Dates and names from public record (Encyclopaedia Britannica and Wikipedia
 * articles on each state); written for Stancegraph (MIT). Most used first.
 */
import type { FormerState } from "./formerStates.ts";

export interface HistoricState extends Omit<FormerState, "iso3" | "keptBy"> {
  /** The gold convention's id: the code of the present state that continues it, or its common name in capitals. */
  id: string;
  /** The ISO code of the present state that continues it, when the golds name it so. */
  iso3?: string;
}

/**
 * Years after a historic state's end in which a text still names it as a state: its end is news
 * for a while, and its deposed government protests and treats ("Genoa's provisional government
 * protested" in a report written months after the republic's annexation).
 */
export const HISTORIC_MARGIN_YEARS = 1;

// The German states to the proclamation of the German Empire (18 January 1871), or to their
// annexation by Prussia after the war of 1866 (20 September 1866); each from its elevation to the
// rank it held in the nineteenth century (electorate, kingdom, grand duchy). Berlin is Prussia's seat
// only until 1871: after, it is Germany's.
export const HISTORIC_STATES: readonly HistoricState[] = [
  {
    id: "PRUSSIA",
    label: "Prussia",
    from: "1701-01-18",
    to: "1871-01-18",
    names: ["Kingdom of Prussia", "Prussia"],
    metonyms: ["Berlin", "Potsdam"],
    demonyms: ["Prussian", "Prussians"],
  },
  {
    // The German Confederation from the Federal Act (8 June 1815) to its dissolution after the war of
    // 1866 (Peace of Prague, 23 August 1866); its diet sat at Frankfurt.
    id: "GERMANCONFEDERATION",
    label: "German Confederation",
    from: "1815-06-08",
    to: "1866-08-23",
    names: ["German Confederation", "Germanic Confederation", "German Bund", "Deutscher Bund"],
    metonyms: ["Federal Diet", "Frankfurt Diet"],
    demonyms: [],
  },
  {
    id: "BAVARIA",
    label: "Bavaria",
    from: "1623-02-25",
    to: "1871-01-18",
    names: ["Kingdom of Bavaria", "Electorate of Bavaria", "Bavaria"],
    metonyms: ["Munich"],
    demonyms: ["Bavarian", "Bavarians"],
  },
  {
    id: "SAXONY",
    label: "Saxony",
    from: "1356-12-25",
    to: "1871-01-18",
    names: ["Kingdom of Saxony", "Electorate of Saxony", "Saxony"],
    metonyms: ["Dresden"],
    demonyms: ["Saxon", "Saxons"],
  },
  {
    // The electorate (1692) and the kingdom (1814) to Prussia's annexation; the city is its seat.
    id: "HANOVER",
    label: "Hanover",
    from: "1692-12-19",
    to: "1866-09-20",
    names: ["Kingdom of Hanover", "Electorate of Hanover", "Hanover"],
    metonyms: [],
    demonyms: ["Hanoverian", "Hanoverians"],
  },
  {
    id: "WURTTEMBERG",
    label: "Württemberg",
    from: "1495-07-21",
    to: "1871-01-18",
    names: ["Kingdom of Württemberg", "Württemberg", "Wurttemberg", "Wurtemberg", "Wirtemberg"],
    metonyms: ["Stuttgart"],
    demonyms: ["Württemberger", "Württembergers"],
  },
  {
    id: "BADEN",
    label: "Baden",
    from: "1771-10-21",
    to: "1871-01-18",
    names: ["Grand Duchy of Baden", "Baden"],
    metonyms: ["Karlsruhe", "Carlsruhe"],
    demonyms: [],
  },
  {
    // The Grand Duchy of Hesse (Hesse-Darmstadt), which joined the Empire; "Hesse" alone is it.
    id: "HESSE",
    label: "Hesse",
    from: "1567-03-31",
    to: "1871-01-18",
    names: ["Grand Duchy of Hesse", "Hesse-Darmstadt", "Hesse"],
    metonyms: ["Darmstadt"],
    demonyms: ["Hessian", "Hessians"],
  },
  {
    // The Electorate of Hesse (Hesse-Kassel), annexed by Prussia in 1866.
    id: "HESSEKASSEL",
    label: "Hesse-Kassel",
    from: "1567-03-31",
    to: "1866-09-20",
    names: ["Electorate of Hesse", "Hesse-Kassel", "Hesse-Cassel", "Electoral Hesse"],
    metonyms: ["Kassel", "Cassel"],
    demonyms: [],
  },
  {
    // Napoleon's league of German states, from its treaty (12 July 1806) to its collapse after Leipzig.
    id: "CONFEDERATIONOFTHERHINE",
    label: "Confederation of the Rhine",
    from: "1806-07-12",
    to: "1813-11-04",
    names: ["Confederation of the Rhine", "Rhine Confederation", "Rheinbund"],
    metonyms: [],
    demonyms: [],
  },
  // The Italian states before unification: to the proclamation of the Kingdom of Italy (17 March
  // 1861), or to their annexation to Sardinia by the plebiscites of March 1860. The Kingdoms of
  // Naples and of Sicily were joined as the Two Sicilies on 8 December 1816; listed before it, so
  // that in the margin year after the union "Naples" is the Two Sicilies.
  {
    // Sardinia-Piedmont, the Savoy kingdom ruled from Turin, until it became the Kingdom of Italy.
    id: "KINGDOMOFSARDINIA",
    label: "Kingdom of Sardinia",
    from: "1720-08-08",
    to: "1861-03-17",
    names: ["Kingdom of Sardinia", "Sardinia-Piedmont", "Piedmont-Sardinia", "Sardinia", "Piedmont"],
    metonyms: ["Turin"],
    demonyms: ["Sardinian", "Sardinians", "Piedmontese"],
  },
  {
    id: "NAPLES",
    label: "Kingdom of Naples",
    from: "1282-03-30",
    to: "1816-12-07",
    names: ["Kingdom of Naples", "Naples"],
    metonyms: [],
    demonyms: ["Neapolitan", "Neapolitans"],
  },
  {
    id: "SICILY",
    label: "Kingdom of Sicily",
    from: "1282-03-30",
    to: "1816-12-07",
    names: ["Kingdom of Sicily", "Sicily"],
    metonyms: ["Palermo"],
    demonyms: ["Sicilian", "Sicilians"],
  },
  {
    id: "TWOSICILIES",
    label: "Kingdom of the Two Sicilies",
    from: "1816-12-08",
    to: "1861-02-13",
    names: ["Kingdom of the Two Sicilies", "Two Sicilies"],
    metonyms: ["Naples"],
    demonyms: ["Neapolitan", "Neapolitans"],
  },
  {
    // The Papal States until Italian troops took Rome (20 September 1870), under the Holy See's code.
    id: "VAT",
    iso3: "VAT",
    label: "Papal States",
    from: "0756-01-01",
    to: "1870-09-20",
    names: ["Papal States", "States of the Church", "Pontifical States", "Ecclesiastical States"],
    metonyms: ["Rome"],
    demonyms: [],
  },
  {
    id: "TUSCANY",
    label: "Tuscany",
    from: "1569-08-27",
    to: "1860-03-22",
    names: ["Grand Duchy of Tuscany", "Tuscany"],
    metonyms: ["Florence"],
    demonyms: ["Tuscan", "Tuscans"],
  },
  {
    id: "PARMA",
    label: "Parma",
    from: "1545-08-26",
    to: "1860-03-18",
    names: ["Duchy of Parma", "Parma"],
    metonyms: [],
    demonyms: [],
  },
  {
    id: "MODENA",
    label: "Modena",
    from: "1452-05-18",
    to: "1860-03-18",
    names: ["Duchy of Modena", "Duchy of Modena and Reggio", "Modena"],
    metonyms: [],
    demonyms: ["Modenese"],
  },
  {
    // The Most Serene Republic, to its surrender to Napoleon (12 May 1797).
    id: "VENICE",
    label: "Republic of Venice",
    from: "0697-01-01",
    to: "1797-05-12",
    names: ["Republic of Venice", "Most Serene Republic of Venice", "Venice"],
    metonyms: [],
    demonyms: ["Venetian", "Venetians"],
  },
  {
    // The old republic to the Ligurian Republic (14 June 1797), and the republic restored in April
    // 1814 until Sardinia took possession (7 January 1815); one entry, the years between included.
    id: "GENOA",
    label: "Republic of Genoa",
    from: "1005-01-01",
    to: "1815-01-07",
    names: ["Republic of Genoa", "Genoa"],
    metonyms: [],
    demonyms: ["Genoese"],
  },
  // The Dutch republics and Napoleon's Kingdom of Holland, under the code of the Netherlands, which
  // continues them (the golds name the kingdom of 1815 `NLD`).
  {
    id: "NLD",
    iso3: "NLD",
    label: "Dutch Republic",
    from: "1581-07-26",
    to: "1795-01-18",
    names: ["Dutch Republic", "United Provinces", "Republic of the Seven United Netherlands"],
    metonyms: ["The Hague"],
    demonyms: ["Dutch"],
  },
  {
    id: "NLD",
    iso3: "NLD",
    label: "Batavian Republic",
    from: "1795-01-19",
    to: "1806-06-04",
    names: ["Batavian Republic", "Batavian Commonwealth"],
    metonyms: ["The Hague"],
    demonyms: ["Batavian", "Batavians"],
  },
  {
    id: "NLD",
    iso3: "NLD",
    label: "Kingdom of Holland",
    from: "1806-06-05",
    to: "1810-07-09",
    names: ["Kingdom of Holland"],
    metonyms: [],
    demonyms: [],
  },
  {
    // Napoleon's Polish state, from the Treaties of Tilsit to the Final Act of Vienna (9 June 1815).
    id: "DUCHYOFWARSAW",
    label: "Duchy of Warsaw",
    from: "1807-07-22",
    to: "1815-06-09",
    names: ["Duchy of Warsaw", "Grand Duchy of Warsaw"],
    metonyms: [],
    demonyms: [],
  },
  {
    // Congress Poland, the kingdom joined to the Russian crown, from the Final Act to the end of its
    // separate administration after the rising of 1863 (the Namestnik's office abolished in 1874).
    id: "CONGRESSPOLAND",
    label: "Congress Poland",
    from: "1815-06-09",
    to: "1867-12-31",
    names: ["Congress Poland", "Kingdom of Poland"],
    metonyms: ["Warsaw"],
    demonyms: [],
  },
  {
    // From the declaration of independence (2 March 1836) to annexation by the United States
    // (29 December 1845).
    id: "TEXAS",
    label: "Republic of Texas",
    from: "1836-03-02",
    to: "1845-12-29",
    names: ["Republic of Texas", "Texas"],
    metonyms: ["Austin"],
    demonyms: ["Texan", "Texans"],
  },
  {
    // From its provisional constitution (8 February 1861) to the capture of Jefferson Davis (10 May 1865).
    id: "CONFEDERATESTATES",
    label: "Confederate States",
    from: "1861-02-08",
    to: "1865-05-10",
    names: ["Confederate States of America", "Confederate States", "Confederacy"],
    metonyms: ["Richmond"],
    demonyms: ["Confederate", "Confederates"],
  },
  {
    // The kingdom from Kamehameha's conquest of Oahu (1795) and the republic that overthrew it in
    // 1893, to annexation by the United States (12 August 1898).
    id: "HAWAII",
    label: "Hawaii",
    from: "1795-05-01",
    to: "1898-08-12",
    names: ["Kingdom of Hawaii", "Hawaiian Kingdom", "Republic of Hawaii", "Hawaii"],
    metonyms: ["Honolulu"],
    demonyms: ["Hawaiian", "Hawaiians"],
  },
  {
    // The Boer republics, from the Sand River (17 January 1852) and Bloemfontein (23 February 1854)
    // conventions to the Treaty of Vereeniging (31 May 1902).
    id: "TRANSVAAL",
    label: "South African Republic",
    from: "1852-01-17",
    to: "1902-05-31",
    names: ["South African Republic", "Transvaal Republic", "Transvaal", "Zuid-Afrikaansche Republiek"],
    metonyms: ["Pretoria"],
    demonyms: ["Transvaaler", "Transvaalers"],
  },
  {
    id: "ORANGEFREESTATE",
    label: "Orange Free State",
    from: "1854-02-23",
    to: "1902-05-31",
    names: ["Orange Free State", "Orange River Sovereignty"],
    metonyms: ["Bloemfontein"],
    demonyms: [],
  },
  // The Central Asian khanates, to the Soviet conquests of 1920 (Kokand: to Russia's annexation of
  // 19 February 1876).
  {
    id: "BUKHARA",
    label: "Emirate of Bukhara",
    from: "1785-01-01",
    to: "1920-09-02",
    names: ["Emirate of Bukhara", "Bukhara", "Bokhara"],
    metonyms: [],
    demonyms: [],
  },
  {
    id: "KHIVA",
    label: "Khanate of Khiva",
    from: "1511-01-01",
    to: "1920-02-02",
    names: ["Khanate of Khiva", "Khiva"],
    metonyms: [],
    demonyms: [],
  },
  {
    id: "KOKAND",
    label: "Khanate of Kokand",
    from: "1709-01-01",
    to: "1876-02-19",
    names: ["Khanate of Kokand", "Kokand", "Khokand"],
    metonyms: [],
    demonyms: [],
  },
  {
    // Japan's state in Manchuria, from its proclamation (1 March 1932) to its end (18 August 1945).
    id: "MANCHUKUO",
    label: "Manchukuo",
    from: "1932-03-01",
    to: "1945-08-18",
    names: ["Manchukuo", "Manchoukuo", "Manchu-kuo"],
    metonyms: ["Hsinking"],
    demonyms: [],
  },
];
