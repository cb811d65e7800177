import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

/**
 * Sends PING and resolves true when a Redis replies, even with an error such as NOAUTH,
 * because any reply in the Redis protocol shows that a Redis is listening. Resolves false otherwise.
 */
export function pingRedis(host, port, timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (answered) => {
      socket.destroy();
      resolve(answered);
    };

    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => finish(/^[+-]/.test(data.toString('latin1'))));
  });
}

/** Returns true when an executable of that name is on PATH. */
export async function isOnPath(command) {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      await access(path.join(folder, command), constants.X_OK);
      return true;
    } catch {
      // Not in this folder.
    }
  }
  return false;
}
