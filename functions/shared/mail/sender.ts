/** Sends one e-mail or throws; the outbox decides about retries. */
export type MailSender = (mail: { from: string; to: string; subject: string; text: string; id: string; date: Date }) => Promise<void>;
