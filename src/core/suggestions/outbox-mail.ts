/** An e-mail in the outbox, as storage returns it and editors see it. */
export type MailState = 'pending' | 'sent' | 'failed';

export type OutboxMail = {
  id: string;
  event: string;
  reference: string;
  subject: string;
  text: string;
  /** Gone once sent. */
  to?: string;
  state: MailState;
  attempts: number;
  createdAt: string;
  updatedAt: string;
  sentAt?: string;
  /** The mail service's last refusal, for editors. */
  lastError?: string;
};
