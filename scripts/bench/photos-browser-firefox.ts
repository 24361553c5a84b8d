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
      // The panel gets a window of its own: an agent sees the sidebar beside the conversation, both visible. As a
      // background tab (the earlier setup) Firefox clamped its timers to 1 s and ran no animation frames, so each
      // Preact effect (run after the next frame, or a 35 ms timer) waited about a second: seconds per set that an
      // agent never waits for.
      const panel = await session.browser.newPage({ type: 'window' });
      await openPanelPage(panel);
      await conversation.bringToFront();
      const visibility = {
        panel: await panel.evaluate('document.visibilityState'),
        conversation: await conversation.evaluate('document.visibilityState'),
      };
      if (visibility.panel !== 'visible' || visibility.conversation !== 'visible') {
        throw new Error(`the panel and the conversation must both be visible, as beside each other: ${JSON.stringify(visibility)}`);
      }
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
