const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/** The EAN-13 check digit of 12 digits. */
export function ean13CheckDigit(twelveDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelveDigits[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

/** The NIP check digit of 9 digits; null when the sum gives 10, which no valid NIP has. */
export function nipCheckDigit(nineDigits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (NIP_WEIGHTS[i] ?? 0);
  const digit = sum % 11;
  return digit === 10 ? null : digit;
}

/** Validates a NIP written with or without dashes or spaces. */
export function isValidNip(nip: string): boolean {
  const digits = nip.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(digits) && nipCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}
