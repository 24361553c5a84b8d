import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPECTED_CSP, scanBuild } from './harness/bundle-scan';
import { BUILD_DIRS, REPO_ROOT } from './harness/paths';
import { OCR_CORE_VARIANTS } from '../../scripts/build/ocr-assets';
import { siteManifest } from '@/utils/sites/site-manifest';

/**
 * Scans the built extensions for remote code. Manifest V3 stores reject (and a privacy-first tool must not have)
 * scripts, WebAssembly or data fetched from elsewhere: everything ships in the package.
 */

type BuildName = keyof typeof BUILD_DIRS;
const STORE_BUILDS: BuildName[] = ['chrome', 'firefox'];
const PUBLIC_DIR = path.join(REPO_ROOT, 'public');

describe.each(Object.keys(BUILD_DIRS) as BuildName[])('build %s', (name) => {
  const dir = BUILD_DIRS[name];
  const isDemo = !STORE_BUILDS.includes(name);
  const built = fs.existsSync(path.join(dir, 'manifest.json'));
  let scanned: ReturnType<typeof scanBuild> | undefined;
  const findings = () => (scanned ??= scanBuild(dir, { isDemo, publicDir: PUBLIC_DIR }));

  it('exists (run `npm run build` and `npm run build:test` first)', () => {
    expect(built, `${dir}/manifest.json`).toBe(true);
  });

  it.runIf(built)('has exactly the expected content security policy', () => {
    expect(findings().csp).toBe(EXPECTED_CSP);
  });

  it.runIf(built)('names no CDN host anywhere', () => {
    expect(findings().cdnHosts, 'remote code hosts in the package: ship the file, load it with runtime.getURL').toEqual([]);
  });

  it.runIf(built)('references no remote URL outside the allowlist', () => {
    expect(
      findings().remoteUrls,
      'remote URLs in built code: ship the resource, or add a reasoned entry to URL_ALLOWLIST if it is never fetched',
    ).toEqual([]);
  });

  it.runIf(built)('takes its matches and host permissions from the site adapters', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      content_scripts: { matches: string[] }[];
      host_permissions: string[];
      optional_host_permissions: string[];
    };
    const sites = siteManifest(isDemo ? 'demo' : 'store');
    expect(manifest.content_scripts.map((script) => script.matches)).toEqual([sites.contentMatches]);
    expect(manifest.host_permissions).toEqual(sites.host_permissions);
    expect(manifest.optional_host_permissions).toEqual(sites.optional_host_permissions);
  });

  it.runIf(built)('lists only Back Market hosts in the manifest', () => {
    expect(findings().foreignManifestPatterns).toEqual([]);
  });

  if (!isDemo) {
    it.runIf(built)('does not mention the local demo origin (store build)', () => {
      expect(findings().demoOriginFiles, 'store builds must not name 127.0.0.1: gate demo-only code on the build mode').toEqual([]);
    });
  }

  it.runIf(built)('has no eval or new Function in our own chunks', () => {
    expect(findings().dynamicCode).toEqual([]);
  });

  it.runIf(built)('ships only the SIMD tesseract cores, and admits only browsers with WebAssembly SIMD', () => {
    const cores = fs.readdirSync(path.join(dir, 'tesseract', 'core')).sort();
    expect(cores).toEqual(OCR_CORE_VARIANTS.map((variant) => `tesseract-core-${variant}.wasm.js`).sort());
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      minimum_chrome_version?: string;
      browser_specific_settings?: { gecko?: { strict_min_version?: string } };
    };
    // WebAssembly SIMD shipped in Chrome 91 and Firefox 89.
    const firefox = manifest.browser_specific_settings?.gecko?.strict_min_version;
    if (firefox) expect(Number.parseInt(firefox, 10)).toBeGreaterThanOrEqual(89);
    else expect(Number.parseInt(manifest.minimum_chrome_version ?? '0', 10)).toBeGreaterThanOrEqual(91);
  });
});

describe('the scanner itself', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'returndesk-bad-build-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports each kind of remote code in a deliberately bad build', () => {
    fs.mkdirSync(path.join(dir, 'chunks'));
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        content_security_policy: { extension_pages: "script-src 'self' https://cdn.example.org; object-src 'self';" },
        host_permissions: ['https://www.backmarket.fr/*', 'https://tracker.example.net/*'],
      }),
    );
    fs.writeFileSync(
      path.join(dir, 'chunks/ocr.js'),
      [
        'const core = "https://cdn.jsdelivr.net/npm/tesseract.js-core@7/tesseract-core.wasm.js";',
        'fetch("https://models.example-cdn.net/eng.traineddata");',
        'const ns = "http://www.w3.org/2000/svg"; // https://docs.example-lib.org/why',
        'const local = "http://127.0.0.1:4173/x";',
        'const run = new Function("return 1"); eval("2");',
        'const F = Function; new F("");',
      ].join('\n'),
    );
    const findings = scanBuild(dir, { isDemo: false, publicDir: path.join(dir, 'no-public') });
    expect(findings.csp).not.toBe(EXPECTED_CSP);
    expect(findings.cdnHosts).toEqual(['chunks/ocr.js: cdn.jsdelivr.net', 'chunks/ocr.js: jsdelivr.net']);
    expect(findings.remoteUrls).toEqual([
      'chunks/ocr.js: https://cdn.jsdelivr.net/npm/tesseract.js-core@7/tesseract-core.wasm.js',
      'chunks/ocr.js: https://models.example-cdn.net/eng.traineddata',
    ]);
    expect(findings.foreignManifestPatterns).toEqual(['https://tracker.example.net/*']);
    expect(findings.demoOriginFiles).toEqual(['chunks/ocr.js']);
    expect(findings.dynamicCode).toHaveLength(3);
  });
});
