/**
 * zod 4 compiles object schemas to JavaScript with `new Function` when it finds that eval works (a probe in
 * `allowsEval`). An extension page's CSP refuses it anyway, but a content script runs under the page's rules,
 * where it might succeed: ReturnDesk would then evaluate generated code inside the platform's page. This build
 * step takes the probe and the code generator out of the bundles, so zod always takes its interpreted path
 * (same results; the schemas here are small) and the shipped code contains no Function constructor of ours.
 * Unit tests run zod unchanged.
 */

const ZOD_UTIL = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;
const ZOD_DOC = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/;

const PROBE = /const F = Function;\s*new F\(""\);\s*return true;/;
const GENERATOR = /const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/;

export function zodWithoutEval() {
  return {
    name: 'returndesk-zod-without-eval',
    transform(code: string, id: string) {
      if (ZOD_UTIL.test(id)) return { code: replaceOnce(code, PROBE, 'return false;', id), map: null };
      if (ZOD_DOC.test(id)) {
        return {
          code: replaceOnce(code, GENERATOR, 'throw new Error("code generation is disabled in ReturnDesk builds");', id),
          map: null,
        };
      }
      return null;
    },
  };
}

/** Fails the build when a zod upgrade moves the code, rather than shipping the probe unnoticed. */
function replaceOnce(code: string, pattern: RegExp, replacement: string, id: string): string {
  if (!pattern.test(code)) throw new Error(`zodWithoutEval: the expected code is no longer in ${id} (zod upgraded?)`);
  return code.replace(pattern, replacement);
}
