import fs from 'node:fs';
import path from 'node:path';

/** The checks behind tests/e2e/bundle.test.ts, kept apart so a deliberately bad build can prove they fail. */

export const EXPECTED_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

/** Hosts that serve libraries and OCR models. Never allowed, not even in a comment or an unused default. */
export const CDN_HOSTS = [
  'cdn.jsdelivr.net',
  'jsdelivr.net',
  'unpkg.com',
  'cdnjs.cloudflare.com',
  'tessdata.projectnaptha.com',
  'esm.sh',
  'skypack.dev',
  'googleapis.com',
  'gstatic.com',
];

/**
 * URLs that may appear in built JS/HTML because nothing ever fetches them. Each entry says why. Add an entry only
 * for text that is shown or compared, never for something loaded.
 */
export const URL_ALLOWLIST: readonly { matches: (url: URL) => boolean; why: string }[] = [
  {
    matches: (url) =>
      url.host === 'www.w3.org' &&
      /^\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?)$/.test(url.pathname),
    why: 'XML namespace URIs (Preact creates SVG/MathML elements with them); identifiers, not fetched',
  },
  {
    matches: (url) => url.host === 'json-schema.org',
    why: 'JSON Schema dialect identifiers ($schema) in zod; identifiers, not fetched',
  },
  {
    matches: (url) => /^(www|preprod)\.backmarket\.[a-z.]+$/.test(url.hostname),
    why: 'the Back Market platform itself: host checks and adapter example URLs',
  },
  {
    matches: (url) => /(^|\.)(example|invalid|test|localhost)$/.test(url.hostname) || /(^|\.)example\.(com|org|net)$/.test(url.hostname),
    why: 'reserved example domains (RFC 2606): placeholders in adapter examples and option fields; they cannot resolve',
  },
  {
    matches: (url) => url.href === 'https://tinyurl.com/y2uuvskb' || url.href === 'http://bit.ly/2kdckMn',
    why: 'links inside Dexie error messages (shown as text, never fetched)',
  },
  {
    matches: (url) =>
      url.href === 'https://github.com/wxt-dev/wxt/issues/371' ||
      url.href === 'https://wxt.dev/guide/go-further/testing.html' ||
      url.href === 'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to',
    why: "links inside WXT's error messages (storage items, createShadowRootUi): shown as text, never fetched",
  },
];

const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.html', '.css', '.json', '.txt', '.map', '.svg']);
const URL_PATTERN = /https?:\/\/(?:[a-z0-9]|\[[0-9a-f:])[^\s"'`<>\\)]*/gi;

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function textFiles(dir: string): { file: string; relative: string; text: string }[] {
  return listFiles(dir)
    .filter((file) => TEXT_EXTENSIONS.has(path.extname(file)))
    .map((file) => ({ file, relative: path.relative(dir, file), text: fs.readFileSync(file, 'utf8') }));
}

/** True when `index` sits inside a /* *\/ or // comment (good enough for bundler output, which keeps few). */
function isInComment(text: string, index: number): boolean {
  // Inside a block comment when an opener follows the last `*/`. An opener stands after a separator and before
  // `*`, `!` or a space, so `image/*` in a string does not count.
  const lastClose = text.lastIndexOf('*/', index);
  for (let open = text.lastIndexOf('/*', index); open > lastClose; open = text.lastIndexOf('/*', open - 1)) {
    const before = open === 0 ? '' : text[open - 1]!;
    if ((before === '' || /[\s;{}(),]/.test(before)) && /[*!\s]/.test(text[open + 2] ?? '')) return true;
    if (open === 0) break;
  }
  const lineStart = text.lastIndexOf('\n', index) + 1;
  return /(^|[\s;{}])\/\/(?!.*["'`]).*$/.test(text.slice(lineStart, index));
}

function isAllowedUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw.replace(/[.,;:]+$/, ''));
  } catch {
    return false;
  }
  return URL_ALLOWLIST.some((entry) => entry.matches(url));
}

export interface BundleFindings {
  /** `content_security_policy.extension_pages` as built. */
  csp: string | undefined;
  cdnHosts: string[];
  remoteUrls: string[];
  /** Manifest URL patterns that are not Back Market's (nor the demo origin in demo builds). */
  foreignManifestPatterns: string[];
  /** Files naming 127.0.0.1 (store builds must have none). */
  demoOriginFiles: string[];
  /** `eval(` / `new Function(` in our own chunks. */
  dynamicCode: string[];
}

/**
 * Third-party code that names the Function constructor on a path that cannot run in ReturnDesk: regenerator-runtime
 * (bundled with tesseract.js) falls back to `Function("r", "regeneratorRuntime = r")` only where `globalThis` does
 * not exist.
 */
const KNOWN_THIRD_PARTY_DYNAMIC_CODE = ['Function(`r`,`regeneratorRuntime = r`)', 'Function("r","regeneratorRuntime = r")'];

/**
 * Scans one unpacked build. `publicDir` holds vendored files copied verbatim into the build (engines such as the
 * OCR worker): they are checked for remote URLs but not for eval, which is our rule for our own code.
 */
export function scanBuild(dir: string, options: { isDemo: boolean; publicDir: string }): BundleFindings {
  const files = textFiles(dir);
  const manifestText = fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as { content_security_policy?: { extension_pages?: string } };

  const cdnHosts = files.flatMap(({ relative, text }) =>
    CDN_HOSTS.filter((host) => text.toLowerCase().includes(host)).map((host) => `${relative}: ${host}`),
  );

  const remoteUrls: string[] = [];
  for (const { relative, text } of files) {
    if (relative === 'manifest.json') continue;
    for (const match of text.matchAll(URL_PATTERN)) {
      // Loopback is not remote; store builds are checked for the demo origin separately (demoOriginFiles).
      if (/^https?:\/\/(127\.0\.0\.1|localhost)([:/]|$)/.test(match[0])) continue;
      if (isAllowedUrl(match[0]) || isInComment(text, match.index)) continue;
      remoteUrls.push(`${relative}: ${match[0]}`);
    }
  }

  const foreignManifestPatterns = [...manifestText.matchAll(/"((?:https?|\*|wss?):\/\/[^"]+)"/g)]
    .map((match) => match[1]!)
    .filter((pattern) => {
      if (pattern === 'https://*/*') return false; // optional_host_permissions: an admin grants a host at run time
      if (options.isDemo && pattern.startsWith('http://127.0.0.1/')) return false;
      // Demo builds may ask for the demo's second origin, which stands in for the platform's attachment CDN.
      if (options.isDemo && pattern === 'http://localhost/*') return false;
      return !/^https:\/\/(www|preprod)\.backmarket\.[a-z.]+\//.test(pattern);
    });

  const demoOriginFiles = files.filter(({ text }) => text.includes('127.0.0.1')).map(({ relative }) => relative);

  const dynamicCode: string[] = [];
  for (const { relative, text } of files) {
    if (!/\.(m?js|html)$/.test(relative) || fs.existsSync(path.join(options.publicDir, relative))) continue;
    // eval(…), Function(…) / new Function(…), and the Function constructor taken into a variable (zod's probe was
    // `const F = Function; new F("")`).
    for (const match of text.matchAll(/(?<![.\w$])eval\s*\(|(?<![.\w$])(?:new\s+)?Function\s*\(|=\s*Function\s*[;,)]/g)) {
      const around = text.slice(Math.max(0, match.index - 40), match.index + 60);
      if (KNOWN_THIRD_PARTY_DYNAMIC_CODE.some((known) => around.includes(known))) continue;
      dynamicCode.push(`${relative}: …${around}…`);
    }
  }

  return {
    csp: manifest.content_security_policy?.extension_pages,
    cdnHosts,
    remoteUrls,
    foreignManifestPatterns,
    demoOriginFiles,
    dynamicCode,
  };
}
