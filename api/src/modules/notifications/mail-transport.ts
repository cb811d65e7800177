import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

import type { MailSettings } from '../../lib/config';

/** Trace of a sent message: its Message-ID, and the .eml file name when it was written to disk. */
export interface SentMail {
  messageId: string;
  fileName?: string;
}

/** Sends composed messages over SMTP, or writes them as .eml files when no SMTP server is configured. */
export interface MailTransport {
  readonly kind: 'smtp' | 'file';
  send(message: Mail.Options): Promise<SentMail>;
  close(): void;
}

function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl, { from });
  return {
    kind: 'smtp',
    async send(message) {
      const info = await transporter.sendMail(message);
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}

/** Writes a file under a temporary name first, so a reader of the folder never opens half a message. */
async function writeMessageFile(directory: string, message: Buffer): Promise<string> {
  await mkdir(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const fileName = `${stamp}-${randomBytes(6).toString('hex')}.eml`;
  const finalPath = path.join(directory, fileName);
  const temporaryPath = `${finalPath}.${process.pid}.tmp`;

  try {
    await writeFile(temporaryPath, message, { mode: 0o640, flag: 'wx' });
    await rename(temporaryPath, finalPath);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
  return fileName;
}

function fileTransport(directory: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    kind: 'file',
    async send(message) {
      const info = await transporter.sendMail({ from, ...message });
      const fileName = await writeMessageFile(directory, info.message as Buffer);
      return { messageId: info.messageId, fileName };
    },
    close: () => transporter.close(),
  };
}

/**
 * Creates the transport of the worker's e-mail notices. Without `SMTP_URL`, nodemailer's stream
 * transport composes each message and it is written to `MAIL_DIR` as an .eml file, which any
 * mail client opens, so development and test runs send nothing to real addresses.
 */
export function createMailTransport(settings: MailSettings): MailTransport {
  return settings.smtpUrl
    ? smtpTransport(settings.smtpUrl, settings.from)
    : fileTransport(settings.directory, settings.from);
}
