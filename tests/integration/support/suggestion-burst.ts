/**
 * A burst of keyed submissions, the same in the process that is killed and in the test that
 * retries them: most senders ask for the answer by e-mail, some give only a phone number, some no contact.
 */
import { createHash } from 'node:crypto';

export type BurstRequest = { key: string; body: Record<string, unknown>; wantsEmail: boolean };

export function burstRequests(count: number, seed: string): BurstRequest[] {
  return Array.from({ length: count }, (_, index) => {
    const kind = index % 4;
    const contact =
      kind === 3
        ? undefined
        : kind === 2
          ? { phone: `+47 400 00 ${String(index).padStart(3, '0')}` }
          : { name: `Avsender ${index}`, email: `avsender${index}@example.no` };
    return {
      key: createHash('sha256').update(`${seed}:${index}`).digest('hex').slice(0, 32),
      body: {
        kind: 'question',
        text: `Spørsmål nummer ${index} om sykehjem`,
        ...(contact ? { contact } : {}),
        ...(kind < 2 ? { notify: true } : {}),
      },
      wantsEmail: kind < 2,
    };
  });
}

export function postSuggestion(baseUrl: string, request: BurstRequest): Promise<Response> {
  return fetch(`${baseUrl}/api/suggestions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': request.key },
    body: JSON.stringify(request.body),
  });
}

/** Which write of a suggestion the gate stops: the second for about half of them, the third for the rest. */
export const burstGate = (suggestionId: string): number => (parseInt(suggestionId[0] ?? '0', 16) % 2 === 0 ? 2 : 3);
