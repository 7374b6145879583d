/**
 * States that no longer exist, with their ISO 3166-3 codes (the gold convention: a state's id is its
 * alpha-3 code, a former one's the code it had) and the dates they existed; and the halves of a
 * divided state while it was divided (West Germany, South Vietnam, North Yemen), under the alpha-3
 * code of the state that continues them. A text dated inside
 * those dates names them as states: "the Soviet Union", "Soviet", and "Moscow" and "the Kremlin"
 * for the Soviet Union, not Russia; "Kinshasa" is Zaire in a text of 1993, the Democratic Republic
 * of the Congo today. Written for Stancegraph from public record (MIT).
 */
export interface FormerState {
  iso3: string;
  label: string;
  /** First and last day of the state, YYYY-MM-DD. */
  from: string;
  to: string;
  names: readonly string[];
  /** Seats of power and capitals, which name the successor state otherwise. */
  metonyms: readonly string[];
  demonyms: readonly string[];
  /**
   * A rump state that kept the name after `to` until `until`, whose id is that of the state that
   * continues it today: "Yugoslavia" in a report of 1995 is the Federal Republic of Yugoslavia
   * (Serbia and Montenegro), continued by Serbia, not the federation of six republics.
   */
  keptBy?: { iso3: string; until: string; names: readonly string[]; demonyms?: readonly string[] };
}

export const FORMER_STATES: readonly FormerState[] = [
  {
    iso3: "SUN",
    label: "Soviet Union",
    from: "1922-12-30",
    to: "1991-12-26",
    names: ["Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
    metonyms: ["Moscow", "the Kremlin"],
    demonyms: ["Soviet", "Soviets"],
  },
  // Soviet Russia from the October Revolution (7 November 1917, new style) to the Union's treaty:
  // ISO 3166-3 gives the Russian Soviet republic no code of its own, and the gold convention
  // (the lausanne, locarno and tartu fixtures) names it by the Union's, `SUN`, which continued it;
  // so "Moscow" and "the Bolshevik government" in a report of 1920 are it, not today's Russia.
  // Its names stay names of `SUN` after 1922 ("Soviet Russia" in a report of 1923); listed after the
  // Union, so a report written after both names `SUN` "Soviet Union".
  {
    iso3: "SUN",
    label: "Soviet Russia",
    from: "1917-11-07",
    to: "1922-12-29",
    names: ["Soviet Russia", "Bolshevik Russia", "RSFSR", "R.S.F.S.R.", "Russian Soviet Federative Socialist Republic", "Russian Socialist Federative Soviet Republic"],
    metonyms: ["Moscow", "the Kremlin"],
    demonyms: ["Soviet", "Soviets", "Bolshevik", "Bolsheviks"],
  },
  {
    iso3: "YMD",
    label: "South Yemen",
    from: "1967-11-30",
    to: "1990-05-22",
    names: ["South Yemen", "People's Democratic Republic of Yemen"],
    metonyms: ["Aden"],
    demonyms: ["South Yemeni", "South Yemenis"],
  },
  // Divided states: each half was a state with its own names, seat and people-word while the country
  // was split, and "North Vietnam" is no "Vietnam" then. The half whose ISO 3166 code passed to the
  // reunited state (South Vietnam's VNM, West Germany's DEU, North Yemen's YEM) is named with that
  // code; the other keeps its ISO 3166-3 code (VDR, DDR, YMD). Dates: the Democratic Republic of
  // Viet-Nam from its proclamation (2 September 1945) and the Republic of Viet-Nam from its
  // proclamation (26 October 1955) to the reunification of 2 July 1976 (ISO 3166-3 VDVN; Britannica,
  // "Vietnam War"); the Federal Republic from its Basic Law (23 May 1949) to German unity (3 October
  // 1990); the Yemen Arab Republic from the revolution of 26 September 1962 to the union of 22 May 1990.
  {
    iso3: "VDR",
    label: "North Vietnam",
    from: "1945-09-02",
    to: "1976-07-02",
    names: ["North Vietnam", "North Viet-Nam", "Democratic Republic of Vietnam", "Democratic Republic of Viet-Nam", "Democratic Republic of Viet Nam"],
    metonyms: ["Hanoi"],
    demonyms: ["North Vietnamese"],
  },
  // The State of Vietnam, Bao Dai's and then Diem's government in Saigon, from the Elysée accords'
  // exchange of letters in force (14 June 1949) to the Republic's proclamation (26 October 1955; the
  // day before here, so that one state holds VNM each day): the state the Republic of Vietnam
  // continued, under its code. While it existed "Vietnam" of "Democratic Republic of Vietnam" is no
  // short name of the DRV (withFormerStates), and "Saigon" is its seat.
  {
    iso3: "VNM",
    label: "State of Vietnam",
    from: "1949-06-14",
    to: "1955-10-25",
    names: ["State of Vietnam", "State of Viet-Nam", "State of Viet Nam", "Associated State of Vietnam"],
    metonyms: ["Saigon"],
    demonyms: [],
  },
  {
    iso3: "VNM",
    label: "South Vietnam",
    from: "1955-10-26",
    to: "1976-07-02",
    names: ["South Vietnam", "South Viet-Nam", "Republic of Vietnam", "Republic of Viet-Nam", "Republic of Viet Nam"],
    metonyms: ["Saigon"],
    demonyms: ["South Vietnamese"],
  },
  {
    iso3: "DEU",
    label: "West Germany",
    from: "1949-05-23",
    to: "1990-10-03",
    names: ["West Germany"],
    metonyms: ["Bonn"],
    demonyms: ["West German", "West Germans"],
  },
  {
    iso3: "YEM",
    label: "North Yemen",
    from: "1962-09-26",
    to: "1990-05-22",
    names: ["North Yemen", "Yemen Arab Republic"],
    metonyms: ["Sanaa", "Sana'a"],
    demonyms: ["North Yemeni", "North Yemenis"],
  },
  {
    iso3: "DDR",
    label: "East Germany",
    from: "1949-10-07",
    to: "1990-10-03",
    names: ["East Germany", "German Democratic Republic", "GDR"],
    metonyms: ["East Berlin"],
    demonyms: ["East German", "East Germans"],
  },
  {
    // From the Kingdom of Serbs, Croats and Slovenes (1 December 1918), named Yugoslavia in 1929: the
    // same state for ISO 3166-3's YUG, whose code covers the kingdom's successor federation.
    iso3: "YUG",
    label: "Yugoslavia",
    from: "1918-12-01",
    to: "1992-04-27",
    names: ["Yugoslavia", "Socialist Federal Republic of Yugoslavia"],
    metonyms: ["Belgrade"],
    demonyms: ["Yugoslav", "Yugoslavs"],
    // "Yugoslav forces" in a report of 1999 are the federation's too (eightieth round: they were a
    // new actor "Yugoslav" beside Serbia).
    keptBy: { iso3: "SRB", until: "2006-06-05", names: ["Yugoslavia", "Federal Republic of Yugoslavia", "Serbia and Montenegro"], demonyms: ["Yugoslav", "Yugoslavs"] },
  },
  {
    iso3: "CSK",
    label: "Czechoslovakia",
    from: "1918-10-28",
    to: "1992-12-31",
    names: ["Czechoslovakia"],
    metonyms: ["Prague"],
    demonyms: ["Czechoslovak", "Czechoslovaks"],
  },
  {
    // The Ottoman Empire, under the code of Turkey, the state that continues it (the gold convention:
    // the Porte's wars of 1878 and 1913 are Turkey's), to the abolition of the sultanate (1 November
    // 1922; Britannica, "Ottoman Empire"): while it existed, Turkey is offered under its name (the
    // label, withFormerStates). Its seats of power are Turkey's at any date (STATE_SUPPLEMENT). Its
    // own names and people-word are left out for now: read as Turkey, "Envoys of the Ottoman Empire
    // and of the four Balkan allies, …, signed a treaty of peace" lost the empire's peace and war with
    // each ally (pairs.ts reads the envoys or the allies there; the sixty-fourth round's notes).
    iso3: "TUR",
    label: "Ottoman Empire",
    from: "1299-01-01",
    to: "1922-11-01",
    names: [],
    metonyms: [],
    demonyms: [],
  },
  {
    // Austria-Hungary, from the Compromise of 1867 (in force 30 March 1867) to the end of the union
    // (31 October 1918; Britannica, "Austria-Hungary"), under the code of Austria, as the golds write
    // it: one state, not Austria and Hungary side by side ("Austria-Hungary" read both).
    iso3: "AUT",
    label: "Austria-Hungary",
    from: "1867-03-30",
    to: "1918-10-31",
    names: ["Austria-Hungary", "Austro-Hungarian Empire", "Austro-Hungarian Monarchy", "Dual Monarchy", "Habsburg Monarchy"],
    metonyms: ["Vienna"],
    demonyms: ["Austro-Hungarian", "Austro-Hungarians"],
  },
  {
    // Mobutu's name for the Congo from October 1971 until Kabila's forces took Kinshasa in May 1997.
    iso3: "ZAR",
    label: "Zaire",
    from: "1971-10-27",
    to: "1997-05-17",
    names: ["Zaire", "Republic of Zaire"],
    metonyms: ["Kinshasa"],
    demonyms: ["Zairean", "Zaireans", "Zairian", "Zairians"],
  },
  {
    // The white-minority state from its unilateral declaration of independence to Zimbabwe's
    // independence (with the interim names of 1979); ISO 3166-3's code for Southern Rhodesia.
    iso3: "RHO",
    label: "Rhodesia",
    from: "1965-11-11",
    to: "1980-04-18",
    names: ["Rhodesia", "Southern Rhodesia", "Zimbabwe Rhodesia", "Zimbabwe-Rhodesia"],
    metonyms: ["Salisbury"],
    demonyms: ["Rhodesian", "Rhodesians"],
  },
  {
    iso3: "HVO",
    label: "Upper Volta",
    from: "1960-08-05",
    to: "1984-08-04",
    names: ["Upper Volta", "Republic of Upper Volta"],
    metonyms: ["Ouagadougou"],
    demonyms: ["Upper Voltan", "Upper Voltans"],
  },
  {
    iso3: "DHY",
    label: "Dahomey",
    from: "1960-08-01",
    to: "1975-11-30",
    names: ["Dahomey", "Republic of Dahomey"],
    metonyms: ["Porto-Novo", "Cotonou"],
    demonyms: ["Dahomeyan", "Dahomeyans"],
  },
];

/**
 * States proclaimed later than reports the engine may read, with the day each was proclaimed.
 * Before it, a people-word speaks of the movement that sought the state, which the report names
 * ("Palestinian guerrillas" in 1970 are the Palestine Liberation Organisation's, not a State of
 * Palestine proclaimed in 1988): gazetteer.ts `beforeTheirState`.
 */
export const LATER_STATES: ReadonlyArray<{ iso3: string; from: string }> = [
  { iso3: "BGD", from: "1971-03-26" },
  { iso3: "ZWE", from: "1980-04-18" },
  // The Palestinian National Council's declaration in Algiers.
  { iso3: "PSE", from: "1988-11-15" },
  { iso3: "NAM", from: "1990-03-21" },
  { iso3: "ERI", from: "1993-05-24" },
  { iso3: "TLS", from: "2002-05-20" },
  { iso3: "SSD", from: "2011-07-09" },
];
