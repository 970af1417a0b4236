import type { TRandom } from "./random.ts";

/** What each product group (as POLISH_WORDS.groups, by index) is for, in a description. */
// prettier-ignore
const GROUP_USES = [
  "Do codziennego gotowania i podawania", "Do łazienki, odporny na wilgoć", "Do ogrodu, na balkon i taras",
  "Do salonu, sypialni i przedpokoju", "Do domowego warsztatu i prac remontowych", "Ozdoba każdego wnętrza",
  "Do sypialni i salonu, miły w dotyku", "Do salonu, jadalni i domowego biura", "Do biura i domowego gabinetu",
  "Do ćwiczeń w domu i na siłowni",
];
// prettier-ignore
const MATERIALS = ["stal nierdzewna", "drewno bukowe", "ceramika", "bambus", "tworzywo ABS", "szkło hartowane", "bawełna 100%", "aluminium"];

/**
 * The descriptive part of a sandbox product card: a description (tw_Opis, most goods), a
 * material for the third custom field, and a weight in kilograms (tw_Masa, most goods). Drawn
 * from a stream of its own, so the rest of the catalogue stays as it was generated before.
 */
export function drawProductCard(options: {
  random: TRandom;
  name: string;
  group: number;
  producer: string;
  service: boolean;
}): { description: string; material: string; weightKg: number | null } {
  const { random } = options;
  if (options.service) return { description: "", material: "", weightKg: null };
  const material = random.pick(MATERIALS);
  const described = random.chance(0.85);
  const sentences = [
    `${options.name}.`,
    `${GROUP_USES[options.group] ?? "Do domu"}.`,
    `Materiał: ${material}.`,
    options.producer === "" ? "" : `Producent: ${options.producer}.`,
    `Gwarancja ${random.pick([12, 24, 36])} miesięcy.`,
  ];
  return {
    description: described
      ? sentences
          .filter((s) => s !== "")
          .join(" ")
          .slice(0, 255)
      : "",
    material: random.chance(0.5) ? material : "",
    weightKg: random.chance(0.75)
      ? Math.round(Math.exp(Math.log(0.05) + random.next() * Math.log(500)) * 1000) / 1000
      : null,
  };
}
