import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from './helpers/policy';

/**
 * Nothing in the repository names a place outside it on the machine it was written on: another checkout (a user's
 * clone, CI) has no such folder, and a test or comment that points there silently means nothing. Shared material
 * beside the repository is reached as `../shared` from its root. Paths inside URLs (`https://host/home/...`) and
 * system programs (`/usr/bin/chromium`, overridable) are not machine folders.
 */

const MACHINE_FOLDERS = ['work', 'home', 'root', 'tmp', 'Users', 'mnt', 'srv'];
/** An absolute folder of the machine ("/" + one of MACHINE_FOLDERS + "/"), standing on its own: not preceded by a host, a path segment or a `~`. */
const ABSOLUTE_MACHINE_PATH = new RegExp(`(?<![\\w.~:/-])/(?:${MACHINE_FOLDERS.join('|')})/[\\w.-]`, 'g');

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.output', '.wxt', '.cache', 'demo-output', 'coverage']);
const BINARY = /\.(png|jpe?g|gif|webp|heic|ico|wasm|traineddata|gz|zip|pdf|woff2?|bin)$/i;

/** The tracked files (git), or every file but build output and dependencies where there is no git. */
function repositoryFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: REPOSITORY_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\0')
      .filter(Boolean);
  } catch {
    const found: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(join(REPOSITORY_ROOT, folder), { withFileTypes: true })) {
        if (SKIPPED_FOLDERS.has(entry.name)) continue;
        const path = folder ? `${folder}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile()) found.push(path);
      }
    };
    walk('');
    return found;
  }
}

export function machinePathsIn(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      [...line.matchAll(ABSOLUTE_MACHINE_PATH)].map((match) => `line ${index + 1}: ${line.trim().slice(0, 160)} (${match[0]})`),
    );
}

describe('paths outside the repository', () => {
  it('the check finds a machine folder and leaves URLs and relative paths alone', () => {
    const folder = ['', 'work', 'checkout', 'shared', 'policy'].join('/');
    expect(machinePathsIn(`const POLICY = '${folder}';`)).toHaveLength(1);
    expect(machinePathsIn(`cd ${['', 'home', 'agent'].join('/')}`)).toHaveLength(1);
    expect(machinePathsIn('see https://www.dhl.com/gb-en/home/tracking.html')).toEqual([]);
    expect(machinePathsIn("resolve(root, '..', 'shared', 'policy') // ../shared/policy")).toEqual([]);
    expect(machinePathsIn("executablePath: '/usr/bin/chromium'")).toEqual([]);
  });

  it('no tracked file names a folder of the machine it was written on', () => {
    const files = repositoryFiles().filter((file) => !BINARY.test(file));
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files) {
      const path = join(REPOSITORY_ROOT, file);
      let text: string;
      try {
        if (statSync(path).size > 5 * 1024 * 1024) continue;
        text = readFileSync(path, 'utf8');
      } catch {
        continue; // listed by git but deleted in the working tree
      }
      if (text.includes('\0')) continue;
      found.push(...machinePathsIn(text).map((hit) => `${relative(REPOSITORY_ROOT, path)} ${hit}`));
    }
    expect(found, 'write these relative to the repository root (shared material: ../shared/...)').toEqual([]);
  });
});
