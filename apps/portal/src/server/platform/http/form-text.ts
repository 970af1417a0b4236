/** A form field's text. A file sent in its place (a forged form) reads as empty, not as "[object File]". */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
