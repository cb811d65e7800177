import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { simpleParser, type ParsedMail } from 'mailparser';

import { createMailTransport, type MailTransport } from '../modules/notifications/mail-transport';

/** A temporary folder that a file mail transport writes .eml files to, as a worker without SMTP does. */
export class MailFolder {
  private constructor(readonly directory: string) {}

  static async create(): Promise<MailFolder> {
    return new MailFolder(await mkdtemp(path.join(tmpdir(), 'sent-mail-')));
  }

  /** Creates a transport that writes into this folder. */
  transport(): MailTransport {
    return createMailTransport({ directory: this.directory, from: 'SmartGate <no-reply@smartgate.invalid>' });
  }

  /** Reads and parses every .eml file written so far, oldest first. */
  async messages(): Promise<ParsedMail[]> {
    const files = (await readdir(this.directory)).filter((file) => file.endsWith('.eml')).sort();
    return Promise.all(
      files.map(async (file) => simpleParser(await readFile(path.join(this.directory, file)))),
    );
  }

  async remove(): Promise<void> {
    await rm(this.directory, { recursive: true, force: true });
  }
}
