/** Phone number as a `tel:` URI (Norwegian numbers get +47). Apart from municipality.ts so browser scripts never bundle its schemas (zod compiles with eval, which the CSP forbids). */
export function telUri(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  return digits.startsWith('+') || digits.length <= 6 ? `tel:${digits}` : `tel:+47${digits}`;
}
