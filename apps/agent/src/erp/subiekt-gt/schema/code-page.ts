/**
 * Subiekt GT's text columns are varchar in a Polish collation: code page 1250. SQL Server turns a
 * character that code page cannot hold into "?" without a word, so the writer checks text first.
 */
const CP1250 = new Set(new TextDecoder("windows-1250").decode(Uint8Array.from({ length: 256 }, (_, i) => i)));

/**
 * The text as cp1250 can hold it: letters it lacks lose their accents ("ñ" -> "n", "ø" stays out),
 * and `unfit` lists the characters that still do not fit (an emoji), for the caller to refuse.
 */
export function toCodePage(text: string): { text: string; unfit: string[] } {
  let out = "";
  const unfit: string[] = [];
  for (const char of text) {
    if (CP1250.has(char)) {
      out += char;
      continue;
    }
    const plain = char.normalize("NFKD").replace(/\p{M}/gu, "");
    if (plain !== "" && [...plain].every((c) => CP1250.has(c))) out += plain;
    else unfit.push(char);
  }
  return { text: out, unfit };
}
