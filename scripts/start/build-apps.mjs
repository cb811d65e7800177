import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { say } from './output.mjs';

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.angular']);

/** Returns the newest modification time (ms) under the given files and folders. */
async function newestChange(paths) {
  let newest = 0;
  for (const target of paths) {
    const info = await stat(target).catch(() => undefined);
    if (!info) {
      continue;
    }
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs);
      continue;
    }
    const entries = await readdir(target, { withFileTypes: true });
    // Specs are not part of the build, so editing one needs no rebuild.
    const children = entries.filter(
      (entry) => !SKIPPED_FOLDERS.has(entry.name) && !entry.name.endsWith('.spec.ts'),
    );
    newest = Math.max(newest, await newestChange(children.map((entry) => path.join(target, entry.name))));
  }
  return newest;
}

/** True when the app's built index.html is missing or older than any of its sources. */
async function isStale(root, app) {
  const index = path.join(root, 'dist', app, 'browser', 'index.html');
  const built = await stat(index).catch(() => undefined);
  if (!built) {
    return true;
  }

  const sources = [app, 'shared-models/src', 'angular.json', 'tsconfig.json', 'package.json'];
  const newestSource = await newestChange(sources.map((source) => path.join(root, source)));
  return newestSource > built.mtimeMs;
}

function runBuild(root, app) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['ng', 'build', app], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`ng build ${app} failed (${signal ?? `exit code ${code}`})`));
      }
    });
  });
}

/** Builds the portal and the back office when their sources changed since the last build. */
export async function buildAppsIfStale(root, { skip }) {
  if (skip) {
    say('SKIP_BUILD is set: serving the apps as last built');
    return;
  }

  for (const app of ['portal', 'backoffice']) {
    if (await isStale(root, app)) {
      say(`Building ${app} (ng build ${app})...`);
      await runBuild(root, app);
    } else {
      say(`${app} is up to date`);
    }
  }
}
