import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The .tsx files that render the extension's interface (components/ and entrypoints/), relative to the repo root. */
export function interfaceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.tsx')) files.push(path);
    }
  };
  walk('components');
  walk('entrypoints');
  return files.sort();
}
