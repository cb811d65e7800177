// Checks of the plate-read simulator's input, kept apart from the network code so a spec can test them.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Parses the server URL and refuses any host but this machine unless `allowRemoteHost` is set,
 * so a demo replay never sends reads to a real gate's server by mistake.
 */
export function checkTarget(url, allowRemoteHost) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--url "${url}" is not a URL. Give one such as http://127.0.0.1:3000.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`--url must use http or https, got "${parsed.protocol}".`);
  }
  if (!LOCAL_HOSTS.has(parsed.hostname) && !allowRemoteHost) {
    throw new Error(
      `--url points at ${parsed.hostname}, not localhost or 127.0.0.1. Add --allow-remote-host to send reads there.`,
    );
  }
  return parsed;
}

/**
 * Parses the reads file: a JSON array of reads, each with a plate and a confidence. A read without
 * a camera id takes `defaultCameraId`. Returns the reads, or throws naming the first bad entry.
 */
export function parseReadsFile(text, defaultCameraId) {
  let reads;
  try {
    reads = JSON.parse(text);
  } catch (error) {
    throw new Error(`The reads file is not valid JSON: ${error.message}`);
  }
  if (!Array.isArray(reads)) {
    throw new Error('The reads file must hold a JSON array of reads.');
  }

  return reads.map((read, index) => {
    const entry = `Read ${index + 1}`;
    if (typeof read !== 'object' || read === null) {
      throw new Error(`${entry} is not an object.`);
    }
    if (typeof read.plate !== 'string' || read.plate.trim() === '') {
      throw new Error(`${entry} has no "plate" text.`);
    }
    if (typeof read.confidence !== 'number') {
      throw new Error(`${entry} has no numeric "confidence" from 0 to 1.`);
    }
    if (read.delayMs !== undefined && (typeof read.delayMs !== 'number' || read.delayMs < 0)) {
      throw new Error(`${entry} has a "delayMs" that is not a number of milliseconds of at least 0.`);
    }
    const cameraId = read.cameraId ?? defaultCameraId;
    if (typeof cameraId !== 'string') {
      throw new Error(`${entry} names no "cameraId", and --camera-id is not given.`);
    }
    return { ...read, cameraId };
  });
}
