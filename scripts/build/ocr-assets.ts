/**
 * The OCR engine files copied from node_modules into every build, so the extension never fetches code or data
 * from a CDN (MV3 forbids remote code): tesseract.js's worker script, the LSTM-only cores it may pick (SIMD or
 * relaxed SIMD: it chooses by feature detection) and zxing-wasm's reader. The traineddata is committed under
 * public/tesseract/ and copied by WXT as a public file. Used by the `build:publicAssets` hook in wxt.config.ts.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface OcrAsset {
  /** Path from the repository root. */
  from: string;
  /** Path inside the built extension (what browser.runtime.getURL takes). */
  to: string;
}

/**
 * The LSTM-only tesseract cores shipped: relaxed SIMD (Chrome picks it; 12-14 % faster there than plain SIMD, npm
 * run bench) and SIMD (Firefox). Not the plain one (3.9 MB) tesseract.js picks only without WebAssembly SIMD, which
 * every browser the manifest admits has: Chrome 91+ and Firefox 89+, against minimums of 116 and 142.
 */
export const OCR_CORE_VARIANTS = ['simd-lstm', 'relaxedsimd-lstm'] as const;

export const OCR_ASSETS: readonly OcrAsset[] = [
  { from: 'node_modules/tesseract.js/dist/worker.min.js', to: 'tesseract/worker.min.js' },
  ...OCR_CORE_VARIANTS.map((variant) => ({
    from: `node_modules/tesseract.js-core/tesseract-core-${variant}.wasm.js`,
    to: `tesseract/core/tesseract-core-${variant}.wasm.js`,
  })),
  { from: 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm', to: 'zxing/zxing_reader.wasm' },
];

/**
 * tesseract.js and zxing-wasm carry CDN URLs as defaults for files we always pass explicitly. They are rewritten to
 * an unresolvable host (RFC 2606 `.invalid`), so a path we forgot fails loudly instead of fetching remote code.
 */
const CDN_DEFAULT = /https?:\/\/(?:cdn|fastly)\.jsdelivr\.net\/npm\//g;
export const CDN_REPLACEMENT = 'https://bundled-only.invalid/npm/';

export function withoutCdnDefaults(code: string): string {
  return code.replace(CDN_DEFAULT, CDN_REPLACEMENT);
}

/**
 * tesseract.js's worker script: the CDN defaults rewritten, and its globalThis fallback (`new Function("return
 * this")`, a string-eval the extension CSP forbids anyway) replaced by `globalThis`, which every browser we
 * support has: the shipped file then contains no dynamic code at all.
 */
export function patchTesseractWorker(code: string): string {
  return withoutCdnDefaults(code).replaceAll('new Function("return this")()', 'globalThis');
}

type PublicFile = { absoluteSrc: string; relativeDest: string } | { contents: string; relativeDest: string };

export function ocrPublicFiles(repoRoot: string): PublicFile[] {
  return OCR_ASSETS.map((asset) => {
    const absoluteSrc = path.join(repoRoot, asset.from);
    return asset.to.endsWith('worker.min.js')
      ? { contents: patchTesseractWorker(fs.readFileSync(absoluteSrc, 'utf8')), relativeDest: asset.to }
      : { absoluteSrc, relativeDest: asset.to };
  });
}

/**
 * Vite plugin for the bundled engine glue (tesseract.js, zxing-wasm): the CDN rewrite above in every chunk, and
 * tesseract.js's package.json (which it reads for two version strings) replaced by just those, so its homepage,
 * repository and funding URLs do not land in the panel's code; and its Node check (`typeof require`) made false,
 * which an extension page never is, so the bundler does not add its `require` shim (whose error text has a URL).
 */
export function vendoredEngineHygiene() {
  return {
    name: 'returndesk-vendored-engine-hygiene',
    load(id: string) {
      if (!/[\\/]node_modules[\\/]tesseract\.js[\\/]package\.json$/.test(id)) return null;
      const pkg = JSON.parse(fs.readFileSync(id, 'utf8')) as { version: string; dependencies: Record<string, string> };
      return JSON.stringify({ version: pkg.version, dependencies: { 'tesseract.js-core': pkg.dependencies['tesseract.js-core'] } });
    },
    transform(code: string, id: string) {
      if (!/[\\/]node_modules[\\/]tesseract\.js[\\/]src[\\/]utils[\\/]getEnvironment\.js$/.test(id)) return null;
      return { code: code.replace("typeof require === 'function'", 'false'), map: null };
    },
    renderChunk(code: string) {
      return code.includes('jsdelivr.net/npm/') ? { code: withoutCdnDefaults(code), map: null } : null;
    },
  };
}
