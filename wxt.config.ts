import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { GECKO_ID, POLICY_TEST_CHROME_KEY, POLICY_TEST_GECKO_ID } from './utils/build-constants';
import { siteManifest } from './utils/sites/site-manifest';
import { vendoredEngineHygiene, ocrPublicFiles } from './scripts/build/ocr-assets';
import { zodWithoutEval } from './scripts/build/zod-without-eval';
import { pageSilentContentScriptContext } from './scripts/build/page-silent-context';
import { commandIdForManifestName, manifestCommands } from './utils/keyboard/commands';
import { commandsWithTranslatedDescriptions, localeMessagesFiles, manifestMessage } from './utils/i18n/manifest-locales';

/** Store builds (`production`) never name the local demo origin; `--mode demo` builds add it for the demo and tests. */
const isDemoMode = (mode: string) => mode === 'demo' || mode === POLICY_TEST_MODE;
/**
 * `--mode policy-test`: a demo build with a fixed Chrome extension id (manifest `key`), so the browser tests can
 * name it in a policy file; a build of its own, so a policy file written by those tests reaches no other test's build.
 */
const POLICY_TEST_MODE = 'policy-test';
/** The manifest's URL lists, derived from the site adapters for this kind of build. */
const sitesFor = (mode: string) => siteManifest(isDemoMode(mode) ? 'demo' : 'store');

/**
 * Store builds swap utils/sites/demo-build.ts for its .store.ts stand-in, so the demo adapter and the 127.0.0.1
 * origin never ship (a bundle test checks the store builds for 127.0.0.1).
 */
function storeBuildStubs(): Plugin {
  return {
    name: 'returndesk-store-build-stubs',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && /[\\/]utils[\\/]sites[\\/]demo-build\.ts$/.test(resolved.id)) {
        return resolved.id.replace(/demo-build\.ts$/, 'demo-build.store.ts');
      }
      return null;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Both browsers ship Manifest V3 (Firefox would default to MV2).
  manifestVersion: 3,
  // Explicit imports: the utils/ tree is nested by domain and reads better with real import lines.
  imports: false,
  // `wxt dev` would try to launch a browser, which fails headless; the demo launcher starts browsers itself.
  webExt: { disabled: true },
  vite: ({ mode }) => ({
    plugins: [
      preact(),
      vendoredEngineHygiene(),
      zodWithoutEval(),
      pageSilentContentScriptContext(),
      ...(isDemoMode(mode) ? [] : [storeBuildStubs()]),
    ],
    // Web Workers (photo and numbers readers) are bundled separately.
    worker: { format: 'es' as const, plugins: () => [vendoredEngineHygiene(), zodWithoutEval()] },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, mode }) => ({
    // Name, description, toolbar title and shortcut names in the browser's language (utils/i18n/manifest-locales.ts).
    name: manifestMessage('manifest.name'),
    description: manifestMessage('manifest.description'),
    default_locale: 'en',
    // clipboardWrite: "copy the waybill" from a shortcut, when the page has no fresh key press to copy with.
    // alarms: retention purges from the background on a timer, with the panel never opened.
    permissions: ['storage', 'contextMenus', 'clipboardWrite', 'alarms', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    host_permissions: sitesFor(mode).host_permissions,
    // An admin can grant another origin at runtime (options page); scripting registers the content script there.
    optional_permissions: ['scripting'],
    // The panel asks for an attachment's host from a click; the options page for another site.
    optional_host_permissions: sitesFor(mode).optional_host_permissions,
    content_security_policy: {
      // tesseract.js and the barcode reader are WebAssembly; nothing else is loosened.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    action: { default_title: manifestMessage('manifest.actionTitle') },
    // Browser shortcuts, from the one keyboard registry (utils/keyboard/commands.ts).
    commands: commandsWithTranslatedDescriptions(manifestCommands(browser === 'firefox' ? 'firefox' : 'chrome'), commandIdForManifestName),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // The policy-test build has an id of its own, so a policies.json naming it reaches no other build.
              id: mode === POLICY_TEST_MODE ? POLICY_TEST_GECKO_ID : GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Chrome 116: sidePanel.open from a shortcut or the context menu (and WebAssembly SIMD, see ocr-assets.ts).
        {
          minimum_chrome_version: '116',
          // The team policy's shape (utils/policy/team-policy.ts), generated: `npm run policy -- schema`.
          storage: { managed_schema: 'managed-schema.json' },
          ...(mode === POLICY_TEST_MODE ? { key: POLICY_TEST_CHROME_KEY } : {}),
        }),
  }),
  hooks: {
    // tesseract.js worker + cores and the zxing reader ship inside the extension (no CDN).
    'build:publicAssets': (wxt, files) => {
      files.push(...ocrPublicFiles(wxt.config.root));
      // The browser's own translations of the manifest, generated from the interface catalogues (utils/i18n/).
      for (const [language, messages] of Object.entries(localeMessagesFiles())) {
        files.push({ relativeDest: `_locales/${language}/messages.json`, contents: `${JSON.stringify(messages, null, 2)}\n` });
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      const sites = sitesFor(wxt.config.mode);
      // The one content script reads every site: its matches come from the adapters of this kind of build.
      for (const script of manifest.content_scripts ?? []) script.matches = [...sites.contentMatches];
      // WXT lists the overlay stylesheet (cssInjectionMode 'ui') for the entry's own matches, demo origin included:
      // it is fetched wherever the content script runs, origins granted at run time too, and nowhere else.
      for (const resource of (manifest.web_accessible_resources ?? []) as { resources: string[]; matches?: string[] }[]) {
        if (resource.resources.includes('content-scripts/platform.css')) resource.matches = [...sites.overlayStylesheetMatches];
      }
      if (sites.testPageMatches.length === 0) return;
      // Tests open the panel page as an ordinary tab (Firefox refuses direct navigation to moz-extension://).
      manifest.web_accessible_resources = [
        ...((manifest.web_accessible_resources as never[]) ?? []),
        { resources: ['sidepanel.html', 'options.html'], matches: sites.testPageMatches },
      ];
    },
  },
});
