import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';

import { E2E_MAIL_DIR } from './stack-settings';

/** Parses every .eml file the stack's worker has written so far. */
async function readMessages(): Promise<ParsedMail[]> {
  const names = await readdir(E2E_MAIL_DIR).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith('.eml'));
  return Promise.all(files.map(async (name) => simpleParser(await readFile(join(E2E_MAIL_DIR, name)))));
}

function isAddressedTo(message: ParsedMail, email: string): boolean {
  const recipients = [message.to ?? []].flat();
  return recipients.some((recipient) => recipient.value.some((address) => address.address === email));
}

/**
 * Waits until the worker has written a message to `email` whose subject matches, and returns it
 * parsed. Notices are sent by a queued job, so they arrive a moment after the action.
 */
export async function waitForMessage(email: string, subject: RegExp): Promise<ParsedMail> {
  let found: ParsedMail | undefined;

  await expect
    .poll(
      async () => {
        const messages = await readMessages();
        found = messages.find(
          (message) => isAddressedTo(message, email) && subject.test(message.subject ?? ''),
        );
        return found !== undefined;
      },
      { timeout: 30_000, message: `an e-mail to ${email} with a subject matching ${subject}` },
    )
    .toBe(true);

  return found!;
}
