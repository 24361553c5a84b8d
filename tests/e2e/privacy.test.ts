import { expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { everyRowAsText, rowCounts, type RowCounts } from './harness/database';
import { describeInBrowsers, waitFor, type Driver, type DrivenTab } from './harness/driver';
import { numberReadings } from './harness/numbers';
import { chooseOption, openNewMacroForm } from './harness/options-page';
import { describeRequests } from './harness/request-recorder';

/**
 * Forgetting, in the built extension (issue 7): "Forget this conversation" in the panel removes what was saved
 * about that case and nothing else; "Forget everything" in the options removes all case data and keeps the
 * agent's templates and macros. Rows are counted in the extension's own IndexedDB from an extension page.
 */

const DHL_FOLDER = '104820734';
const OTHER_FOLDER = '104820619';
const CASE_TABLES = ['cases', 'caseDecisions', 'photoChecks', 'numberReadings', 'imageSources'];

async function readConversation(driver: Driver, folderId: string): Promise<void> {
  await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/${folderId}`);
  await driver.openPanel();
  await driver.page.bringToFront();
  // Saved once the numbers are read (the last thing the panel does for a conversation).
  await waitFor(
    async () => {
      const state = await driver.panel.run(numberReadings, 'imei');
      return !state.busy && state.text.length > 0;
    },
    { timeoutMs: 90_000, what: `the panel to finish conversation ${folderId}` },
  );
}

/** Clicks a button once it is enabled (the options page enables some once its data has loaded). */
async function clickWhenEnabled(tab: DrivenTab, selector: string, what: string): Promise<void> {
  await waitFor(() => tab.run((css) => document.querySelector<HTMLButtonElement>(css)?.disabled === false, selector), {
    timeoutMs: 10_000,
    what,
  });
  await tab.clickOn(selector);
}

describeInBrowsers('forgetting case data', (use) => {
  it('"Forget this conversation" removes that case’s saved data only; "Forget everything" keeps templates and macros', async () => {
    const driver = use();
    await readConversation(driver, OTHER_FOLDER);
    await readConversation(driver, DHL_FOLDER);

    // A reading is shown first and saved just after: wait for the rows rather than race the save.
    const before = await waitFor(
      async () => {
        const counts = await driver.panel.run(rowCounts, DHL_FOLDER);
        return (counts.folder.imageSources ?? 0) > 0 && (counts.total.numberReadings ?? 0) > 0 ? counts : undefined;
      },
      { timeoutMs: 10_000, what: `the readings of conversation ${DHL_FOLDER} to be saved` },
    );
    expect(before.folder.cases).toBe(1);
    expect(before.total.cases).toBe(2);

    await driver.panel.bringToFront();
    await driver.panel.click('button', 'Forget this conversation');
    await driver.panel.click('button', 'Forget it');
    await waitFor(async () => /removed|forgot/i.test(await driver.panel.text('.forget-conversation')), {
      timeoutMs: 10_000,
      what: 'the panel to say what it forgot',
    });
    const after = await driver.panel.run(rowCounts, DHL_FOLDER);
    expect(after.folder.cases).toBe(0);
    expect(after.folder.caseDecisions ?? 0).toBe(0);
    expect(after.folder.imageSources).toBe(0);
    expect(after.total.numberReadings).toBeLessThan(before.total.numberReadings!);
    // The other conversation is untouched.
    expect(after.total.cases).toBe(1);
    expect((await driver.panel.run(rowCounts, OTHER_FOLDER)).folder.cases).toBe(1);
    // Nothing of the forgotten case is in the database any more, not even its waybill in a reading.
    expect(await driver.panel.run(everyRowAsText)).not.toContain(DEMO_IDENTIFIERS.dhlExpressLabel.waybill);
    // The conversation is still open: going back to it (the panel reads it again) does not save it back.
    await driver.page.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await driver.panel.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await driver.panel.run(rowCounts, DHL_FOLDER)).folder.cases).toBe(0);

    const options = await driver.openExtensionTab('options.html');
    try {
      await openNewMacroForm(options);
      await options.fill('#macro-name', 'Kept after forgetting');
      await chooseOption(options, '#macro-add-step', 'focus-composer');
      await options.click('button', 'Save macro');
      await waitFor(async () => (await options.text('ul[aria-label="Macros"]')).includes('Kept after forgetting'), {
        timeoutMs: 5_000,
        what: 'the macro to be listed',
      });
      await clickWhenEnabled(
        options,
        'section[aria-labelledby="privacy-heading"] .confirm-button > button',
        '"Forget everything" to be enabled',
      );
      await options.clickOn('section[aria-labelledby="privacy-heading"] .confirm-button__dialog button');
      const final = await waitFor(
        async () => {
          const counts: RowCounts = await options.run(rowCounts, DHL_FOLDER);
          return CASE_TABLES.every((name) => (counts.total[name] ?? 0) === 0) ? counts : undefined;
        },
        { timeoutMs: 10_000, what: '"Forget everything" to empty the case tables' },
      );
      expect(final.total.userMacros).toBe(1);
    } finally {
      await options.close();
    }
    expect(driver.recorder.leaks(), describeRequests(driver.recorder.leaks())).toEqual([]);
  });
});
