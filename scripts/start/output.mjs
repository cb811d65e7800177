import { createInterface } from 'node:readline';

const COLORS = { api: 36, worker: 35, postgres: 34, redis: 31, build: 33, start: 32 };

/** Formats a line with a coloured `[name]` prefix when the terminal shows colours. */
export function prefixed(name, line) {
  const label = `[${name}]`.padEnd(10);
  const color = COLORS[name];
  return process.stdout.isTTY && color ? `\u001b[${color}m${label}\u001b[0m ${line}` : `${label} ${line}`;
}

/** Prints a message of the start script itself. */
export function say(message) {
  console.log(prefixed('start', message));
}

/**
 * Loads pino-pretty when the terminal is interactive, so the JSON log lines of the API and
 * the worker become readable. Piped output stays JSON for log collectors.
 */
async function loadPrettifier() {
  if (!process.stdout.isTTY) {
    return undefined;
  }
  try {
    const { prettyFactory } = await import('pino-pretty');
    return prettyFactory({ colorize: true, ignore: 'pid,hostname,service,process', singleLine: true });
  } catch {
    // pino-pretty is a development dependency; without it the lines stay JSON.
    return undefined;
  }
}

const prettify = await loadPrettifier();

function formatLine(line) {
  if (prettify && line.startsWith('{')) {
    try {
      return prettify(line).trimEnd();
    } catch {
      return line;
    }
  }
  return line;
}

/** Copies a child's stdout and stderr to ours, one prefixed line at a time. */
export function pipeOutput(name, child) {
  for (const [stream, target] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    if (stream) {
      createInterface({ input: stream }).on('line', (line) =>
        target.write(`${prefixed(name, formatLine(line))}\n`),
      );
    }
  }
}
