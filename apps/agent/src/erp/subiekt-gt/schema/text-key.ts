/**
 * Text as Subiekt's database compares it (collation Polish_CI_AS): case-blind, trailing spaces
 * ignored. SKUs, symbols and codes found by the database must be matched in code by this key too:
 * "kuc-000001" finds "KUC-000001" in SQL, so a strict === afterwards would lose it.
 */
export function textKey(text: string): string {
  return text.trimEnd().toLocaleUpperCase("pl");
}
