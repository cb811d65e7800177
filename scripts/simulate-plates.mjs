// `npm run simulate:plates -- --file reads.json --url http://127.0.0.1:3000 --key KEY`: replays
// a file of licence-plate reads against a running server, as a gate camera would post them.
/* global fetch -- Node 20 and later provide fetch as a global. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { checkTarget, parseReadsFile } from './simulate-plates/reads-file.mjs';

const USAGE = `Usage: npm run simulate:plates -- --file reads.json --url http://127.0.0.1:3000 --key KEY

  --file FILE          JSON array of reads: { "plate", "confidence", "cameraId"?, "capturedAt"?,
                       "imageReference"?, "delayMs"? }. delayMs is the pause before the read.
  --url URL            Server origin (default http://127.0.0.1:3000).
  --key KEY            Camera API key; PLATE_CAMERA_KEY is read when it is not given.
  --camera-id ID       Camera id for reads that name none.
  --speed FACTOR       Divides every pause, so 10 replays ten times faster (default 1).
  --allow-remote-host  Allows a host other than localhost or 127.0.0.1.`;

function fail(message) {
  console.error(`simulate:plates: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        file: { type: 'string' },
        url: { type: 'string', default: 'http://127.0.0.1:3000' },
        key: { type: 'string' },
        'camera-id': { type: 'string' },
        speed: { type: 'string', default: '1' },
        'allow-remote-host': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return fail(error.message);
  }
}

async function postRead(endpoint, key, read) {
  const body = { ...read, capturedAt: read.capturedAt ?? new Date().toISOString() };
  delete body.delayMs;

  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text };
}

async function main() {
  const options = readOptions();
  if (options.help) {
    console.log(USAGE);
    return;
  }

  const key = options.key ?? process.env.PLATE_CAMERA_KEY;
  const speed = Number(options.speed);
  if (!options.file) {
    fail('--file is missing.');
  }
  if (!key) {
    fail('--key is missing, and PLATE_CAMERA_KEY is not set.');
  }
  if (!Number.isFinite(speed) || speed <= 0) {
    fail(`--speed must be a positive number, got "${options.speed}".`);
  }

  let target;
  let reads;
  try {
    target = checkTarget(options.url, options['allow-remote-host']);
    reads = parseReadsFile(await readFile(options.file, 'utf8'), options['camera-id']);
  } catch (error) {
    fail(error.message);
  }

  const endpoint = new URL('/api/gate/plate-reads', target).href;
  let failures = 0;
  for (const [index, read] of reads.entries()) {
    await new Promise((resolve) => setTimeout(resolve, (read.delayMs ?? 0) / speed));
    const { status, text } = await postRead(endpoint, key, read);
    if (status !== 201) {
      failures += 1;
    }
    console.log(`read ${index + 1}/${reads.length} ${read.plate}: HTTP ${status} ${text}`);
  }

  console.log(`${reads.length - failures} accepted, ${failures} rejected`);
  process.exitCode = failures > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`simulate:plates failed: ${error.message}`);
  process.exit(1);
});
