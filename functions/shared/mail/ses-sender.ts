/** Amazon SES (v2 SendEmail) from the configured identity; the CDK app grants only ses:SendEmail on it. */
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { MailSender } from './sender.ts';

export function sesSender(region: string): MailSender {
  // Few attempts: the outbox retries later, and the editor's request should not wait long.
  const client = new SESv2Client({ region, maxAttempts: 2, requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 } });
  return async (mail) => {
    await client.send(
      new SendEmailCommand({
        FromEmailAddress: mail.from,
        Destination: { ToAddresses: [mail.to] },
        Content: { Simple: { Subject: { Data: mail.subject, Charset: 'UTF-8' }, Body: { Text: { Data: mail.text, Charset: 'UTF-8' } } } },
      }),
    );
  };
}
