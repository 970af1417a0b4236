/**
 * How the page walk finds text in the wrong language. Two nets: the fixed fragments of the other
 * language's messages (a key shown from the wrong file, a component that skipped translation), and,
 * on Polish pages, common English words (the system's own English: a driver's error, zod's default
 * words, an agent's status line), which no Polish message or the demo data uses.
 */

type TMessages = { [key: string]: string | TMessages };

function values(messages: TMessages): string[] {
  return Object.values(messages).flatMap((value) => (typeof value === "string" ? [value] : values(value)));
}

/** ICU syntax between the words: an argument's head ("count, plural,"), a select's or plural's keys. */
const ICU_SYNTAX =
  /^\s*(\w+\s*,\s*(plural|select|selectordinal|number|date|time)\b.*|(zero|one|two|few|many|other|=\d+|[\w.]+))\s*$/;

/**
 * Fragments of `foreign`'s messages (the words between placeholders) of at least two words that no
 * message of `own` contains: shown on an `own` page, they are untranslated.
 */
export function foreignPhrases(options: { foreign: TMessages; own: TMessages }): string[] {
  const own = values(options.own).join("\n");
  const fragments = values(options.foreign).flatMap((value) =>
    value
      .split(/[{}#]/)
      .filter((piece) => !ICU_SYNTAX.test(piece))
      .map((piece) => piece.trim().replace(/^[.,:;–—-]\s*|\s*[.,:;(–—-]$/g, "")),
  );
  return [...new Set(fragments)].filter(
    (fragment) => /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(fragment) && fragment.length >= 10 && !own.includes(fragment),
  );
}

/** English words, whole and as written (so SQL's "NOT NULL" in a database's words is no hit). */
export const FOREIGN_WORDS: RegExp[] = [
  "the",
  "The",
  "must",
  "Must",
  "with",
  "and",
  "is",
  "be",
  "of",
  "before",
  "use",
  "Use",
  "not",
  "database",
  "reachable",
  "digits",
  "failed",
  "error",
  "should",
  "invalid",
  "required",
  "please",
  "cannot",
  "could",
].map((word) => new RegExp(`\\b${word}\\b`));
