/** Phone number as a `tel:` URI (Norwegian numbers get +47). Apart from municipality.ts so browser scripts never bundle its schemas (zod compiles with eval, which the CSP forbids). */
export function telUri(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  // A page must never offer a number it does not have: an empty «Ring …» link fails the build instead.
  if (!/^\+?\d+$/.test(digits)) throw new Error(`Ikke et telefonnummer: «${phone}»`);
  return digits.startsWith('+') || digits.length <= 6 ? `tel:${digits}` : `tel:+47${digits}`;
}
