/** Word lists the generator builds Polish-looking names, addresses and products from. */
// prettier-ignore
export const POLISH_WORDS = {
  maleFirstNames: ["Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Łukasz", "Grzegorz", "Jakub", "Mateusz", "Wojciech", "Kamil", "Adam"],
  femaleFirstNames: ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna", "Aleksandra", "Monika", "Zofia", "Natalia", "Julia", "Dorota"],
  /** Surnames as [male, female]. */
  surnames: [
    ["Nowak", "Nowak"], ["Kowalski", "Kowalska"], ["Wiśniewski", "Wiśniewska"], ["Wójcik", "Wójcik"],
    ["Kowalczyk", "Kowalczyk"], ["Kamiński", "Kamińska"], ["Lewandowski", "Lewandowska"], ["Zieliński", "Zielińska"],
    ["Szymański", "Szymańska"], ["Woźniak", "Woźniak"], ["Dąbrowski", "Dąbrowska"], ["Kozłowski", "Kozłowska"],
    ["Jankowski", "Jankowska"], ["Mazur", "Mazur"], ["Krawczyk", "Krawczyk"], ["Piotrowski", "Piotrowska"],
    ["Grabowski", "Grabowska"], ["Pawłowski", "Pawłowska"], ["Michalski", "Michalska"], ["Król", "Król"],
  ],
  companyStems: ["Budmat", "Polex", "Agromax", "Techbud", "Drewnex", "Elmar", "Instal", "Kormoran", "Mazowsze", "Wisła", "Tatra", "Bałtyk", "Sokół", "Orzeł", "Jantar", "Zefir", "Dąb", "Granit", "Kryształ", "Lech"],
  companyKinds: ["Handel", "Serwis", "Dom i Ogród", "Wyposażenie Wnętrz", "Hurtownia", "Studio", "Usługi Remontowe", "Sklep Internetowy"],
  companyForms: ["Sp. z o.o.", "S.A.", "Sp. j.", "s.c.", "Sp. k."],
  streets: ["Marszałkowska", "Długa", "Polna", "Leśna", "Słoneczna", "Krótka", "Szkolna", "Ogrodowa", "Lipowa", "Kwiatowa", "Mickiewicza", "Kościuszki", "Piłsudskiego", "Sienkiewicza", "Jana Pawła II", "Różana"],
  /** City with its postal code prefix. */
  cities: [
    ["Warszawa", "00"], ["Kraków", "30"], ["Łódź", "90"], ["Wrocław", "50"], ["Poznań", "60"], ["Gdańsk", "80"],
    ["Szczecin", "70"], ["Bydgoszcz", "85"], ["Lublin", "20"], ["Białystok", "15"], ["Katowice", "40"], ["Gdynia", "81"],
    ["Częstochowa", "42"], ["Radom", "26"], ["Toruń", "87"], ["Kielce", "25"], ["Rzeszów", "35"], ["Olsztyn", "10"],
  ],
  mailDomains: ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
  units: [["szt.", "sztuka"], ["kpl.", "komplet"], ["opak.", "opakowanie"], ["kg", "kilogram"], ["m", "metr"], ["l", "litr"]],
  priceLevels: ["Detaliczna", "Hurtowa", "Specjalna", "Internet", "Salon", "B2B Srebrny", "B2B Złoty", "Partner", "Outlet", "Promocyjna"],
  showrooms: [["SWA", "Salon Warszawa"], ["SKR", "Salon Kraków"], ["SPO", "Salon Poznań"], ["SWR", "Salon Wrocław"], ["SGD", "Salon Gdańsk"], ["SKA", "Salon Katowice"], ["SLO", "Salon Łódź"], ["SSZ", "Salon Szczecin"]],
  /** Product group: [name, symbol prefix, nouns as [word, gender 0 m / 1 f / 2 n]]. */
  groups: [
    ["Kuchnia", "KUC", [["Kubek", 0], ["Patelnia", 1], ["Garnek", 0], ["Miska", 1], ["Czajnik", 0], ["Deska do krojenia", 1], ["Nóż kuchenny", 0]]],
    ["Łazienka", "LAZ", [["Ręcznik", 0], ["Dozownik mydła", 0], ["Dywanik łazienkowy", 0], ["Półka", 1], ["Lustro", 2]]],
    ["Ogród", "OGR", [["Donica", 1], ["Konewka", 1], ["Wąż ogrodowy", 0], ["Sekator", 0], ["Leżak", 0], ["Grill", 0]]],
    ["Oświetlenie", "OSW", [["Lampa stołowa", 1], ["Żarówka LED", 1], ["Kinkiet", 0], ["Lampka nocna", 1], ["Plafon", 0]]],
    ["Narzędzia", "NAR", [["Wkrętarka", 1], ["Młotek", 0], ["Zestaw kluczy", 0], ["Poziomica", 1], ["Piła", 1]]],
    ["Dekoracje", "DEK", [["Wazon", 0], ["Świecznik", 0], ["Ramka na zdjęcia", 1], ["Poduszka", 1], ["Zegar ścienny", 0]]],
    ["Tekstylia", "TEK", [["Koc", 0], ["Pościel", 1], ["Obrus", 0], ["Zasłona", 1], ["Prześcieradło", 2]]],
    ["Meble", "MEB", [["Krzesło", 2], ["Stolik kawowy", 0], ["Regał", 0], ["Komoda", 1], ["Taboret", 0]]],
    ["Biuro", "BIU", [["Segregator", 0], ["Długopis", 0], ["Organizer", 0], ["Lampka biurkowa", 1], ["Notes", 0]]],
    ["Sport", "SPO", [["Mata do ćwiczeń", 1], ["Hantla", 1], ["Bidon", 0], ["Piłka", 1], ["Skakanka", 1]]],
  ],
  /** Adjectives as [masculine, feminine, neuter]. */
  adjectives: [
    ["biały", "biała", "białe"], ["czarny", "czarna", "czarne"], ["szary", "szara", "szare"], ["zielony", "zielona", "zielone"],
    ["niebieski", "niebieska", "niebieskie"], ["czerwony", "czerwona", "czerwone"], ["drewniany", "drewniana", "drewniane"],
    ["ceramiczny", "ceramiczna", "ceramiczne"], ["stalowy", "stalowa", "stalowe"], ["bambusowy", "bambusowa", "bambusowe"],
    ["klasyczny", "klasyczna", "klasyczne"], ["nowoczesny", "nowoczesna", "nowoczesne"],
  ],
  variants: ["mały", "duży", "XL", "35 cm", "50 cm", "350 ml", "1 l", "2 l", "zestaw 2 szt.", "zestaw 4 szt.", "premium", "eko"],
  producers: ["Ambition", "Florina", "Gerlach", "Bolesławiec", "Fiskars", "Kinghoff", "Galicja", "Tadar", "Vox", "Kler"],
} as const;
