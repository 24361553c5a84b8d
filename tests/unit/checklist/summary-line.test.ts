import { describe, expect, it } from 'vitest';
import { photoSummaryLine } from '@/utils/checklist/summary-line';
import { numbersSummaryLine } from '@/utils/ocr/summary-line';

describe('photoSummaryLine', () => {
  const counts = { received: 5, total: 7, withProblem: 2 };
  it('says what is received, to retake and unreadable once the check ends', () => {
    expect(photoSummaryLine({ counts, unreadable: 1, progress: { done: 8, total: 8 }, finished: true })).toBe(
      '5 of 7 · 2 to retake · 1 unreadable',
    );
    expect(
      photoSummaryLine({
        counts: { received: 7, total: 7, withProblem: 0 },
        unreadable: 0,
        progress: { done: 7, total: 7 },
        finished: true,
      }),
    ).toBe('7 of 7');
  });
  it('shows the progress, not a count of shots, while photos are checked', () => {
    expect(photoSummaryLine({ counts, unreadable: 0, progress: { done: 2, total: 8 }, finished: false })).toBe('checking 2 of 8 photos');
  });
  it('has nothing to say without photos', () => {
    expect(photoSummaryLine({ counts, unreadable: 0, progress: { done: 0, total: 0 }, finished: true })).toBeNull();
  });
});

describe('numbersSummaryLine', () => {
  it('marks the IMEI and waybill read', () => {
    expect(
      numbersSummaryLine({
        readValues: { imei: '490154203237518', waybill: '0057714403' },
        progress: { done: 3, total: 3 },
        disagreements: 0,
      }),
    ).toBe('IMEI ✓ · waybill ✓');
    expect(numbersSummaryLine({ readValues: {}, progress: { done: 1, total: 3 }, disagreements: 1 })).toBe(
      'IMEI – · waybill – · reading 1 of 3 · 1 to check',
    );
  });
});
