import { waitFor } from './bounded';
import type { DrivenTab } from './driver';

/** Steps on the options page that several browser tests take. */

/** Opens the macro form with "New macro", in an options page tab. */
export async function openNewMacroForm(options: DrivenTab): Promise<void> {
  await waitFor(() => options.run(() => Boolean(document.querySelector('#macros-new'))), {
    timeoutMs: 10_000,
    what: 'the macros editor',
  });
  // The page lays out its lists as their data arrives, which may move the button under a click: click again until
  // the form is there.
  await waitFor(
    async () => {
      if (await options.run(() => Boolean(document.querySelector('#macro-name')))) return true;
      await options.clickOn('#macros-new');
      return false;
    },
    { timeoutMs: 10_000, intervalMs: 500, what: 'New macro to open the macro form' },
  );
}

/** Chooses `value` in the select matching `selector`, as picking it in its list does. */
export async function chooseOption(tab: DrivenTab, selector: string, value: string): Promise<void> {
  await tab.run(
    (css, chosen) => {
      const select = document.querySelector<HTMLSelectElement>(css)!;
      select.value = chosen;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    value,
  );
}
