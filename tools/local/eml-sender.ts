/**
 * The local mail service: every message becomes a complete .eml file (RFC 5322, UTF-8 in
 * base64) in a folder, so anyone can open what would have been sent in a mail program.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailSender } from '../../functions/shared/mail/sender.ts';

const wrap = (text: string, width = 76) => text.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\r\n') ?? '';
const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

export function emlFile(mail: Parameters<MailSender>[0]): string {
  return [
    `From: ${mail.from}`,
    `To: ${mail.to}`,
    `Subject: ${encodedWord(mail.subject)}`,
    `Date: ${mail.date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${mail.id}@alderdommens-abc.local>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap(Buffer.from(mail.text.replace(/\r?\n/g, '\r\n'), 'utf8').toString('base64')),
    '',
  ].join('\r\n');
}

export function emlSender(dir: string): MailSender {
  return async (mail) => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${mail.date.toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`), emlFile(mail));
  };
}
