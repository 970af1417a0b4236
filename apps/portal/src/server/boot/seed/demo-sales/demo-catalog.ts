/** The demo shop's catalogue and customers: Polish names, deterministic. */
// prettier-ignore
export const DEMO_GROUPS: readonly { name: string; prefix: string; nouns: readonly string[]; costTrend: number }[] = [
  { name: "Kuchnia", prefix: "KUC", nouns: ["Kubek", "Patelnia", "Garnek", "Miska", "Czajnik", "Deska do krojenia"], costTrend: 0.02 },
  { name: "Łazienka", prefix: "LAZ", nouns: ["Ręcznik", "Dozownik mydła", "Dywanik", "Półka", "Lustro"], costTrend: 0.05 },
  { name: "Ogród", prefix: "OGR", nouns: ["Donica", "Konewka", "Wąż ogrodowy", "Sekator", "Leżak"], costTrend: 0 },
  { name: "Oświetlenie", prefix: "OSW", nouns: ["Lampa stołowa", "Żarówka LED", "Kinkiet", "Lampka nocna"], costTrend: 0.3 },
  { name: "Narzędzia", prefix: "NAR", nouns: ["Wkrętarka", "Młotek", "Zestaw kluczy", "Poziomica"], costTrend: 0.03 },
  { name: "Dekoracje", prefix: "DEK", nouns: ["Wazon", "Świecznik", "Ramka na zdjęcia", "Poduszka"], costTrend: 0.01 },
  { name: "Tekstylia", prefix: "TEK", nouns: ["Koc", "Pościel", "Obrus", "Zasłona"], costTrend: 0.09 },
  { name: "Meble", prefix: "MEB", nouns: ["Krzesło", "Stolik kawowy", "Regał", "Komoda"], costTrend: 0.04 },
];

export const DEMO_ADJECTIVES = [
  "biały",
  "czarny",
  "szary",
  "dębowy",
  "ceramiczny",
  "stalowy",
  "bambusowy",
  "klasyczny",
];

export const DEMO_COMPANY_STEMS = ["Budmat", "Polex", "Techbud", "Drewnex", "Elmar", "Instal", "Kormoran", "Granit"];
export const DEMO_COMPANY_KINDS = ["Handel", "Dom i Ogród", "Wyposażenie Wnętrz", "Hurtownia", "Studio"];
export const DEMO_CITIES: readonly [string, string][] = [
  ["Warszawa", "00"],
  ["Kraków", "30"],
  ["Poznań", "60"],
  ["Wrocław", "50"],
  ["Gdańsk", "80"],
  ["Łódź", "90"],
];

/** Warehouses: the main one (sells directly and ships the channels' orders) and two showrooms. */
export const DEMO_WAREHOUSES = { main: 1, showrooms: [2, 3] } as const;
