/**
 * Photo check inside the extension in Firefox ESR (the refurbisher staff's browser): the same measurement as
 * photos-browser.ts (lib/photo-set.ts), with the native floor of the same run. Firefox has no scaled JPEG decode in
 * workers (its ImageDecoder decodes at full size), so the worker takes createImageBitmap's resize there.
 */
import { defineBenchmark } from './lib/define';
import { firefoxBenchUnavailable, withDemoFirefox } from './lib/browser';
import { measurePhotoSet, SMARTPHONE_FOLDER } from './lib/photo-set';

export default defineBenchmark({
  id: 'photos-browser-firefox',
  title: 'Photo check inside the extension (Firefox ESR), with the native floor',
  unavailable: async ({ repoRoot }) => firefoxBenchUnavailable(repoRoot),
  async run(context) {
    const { ensureDemoAttachments } = await import('../demo-platform/images');
    const attachments = await ensureDemoAttachments();
    return withDemoFirefox(async ({ origin, session, openPanelPage }) => {
      const conversation = (await session.browser.pages())[0] ?? (await session.browser.newPage());
      await conversation.goto(`${origin}/bo-seller/customer-care/folders/${SMARTPHONE_FOLDER}`);
      const panel = await session.browser.newPage();
      return measurePhotoSet(
        {
          name: 'Firefox ESR',
          showConversation: () => conversation.bringToFront(),
          openPanel: () => openPanelPage(panel),
          evaluate: (script) => panel.evaluate(script),
          longTasks: false,
        },
        attachments,
        context,
      );
    });
  },
});
