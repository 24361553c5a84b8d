import { it } from 'vitest';
import { describeInBrowsers } from './harness/driver';
import { devicePhotosSkippedLabelRead, readNumbersAnywayFromTheKeyboard } from './scenarios/numbers-text-detector';

/** Only images that can hold a number are read: scenarios/numbers-text-detector.ts. */
describeInBrowsers('numbers: device photos are not sent to OCR', (use) => {
  it('reads the label and not the seven photos of the phone', () => devicePhotosSkippedLabelRead(use()), 240_000);
  it('reads a photo when the agent asks with "Read numbers anyway" (keyboard)', () => readNumbersAnywayFromTheKeyboard(use()), 240_000);
});
