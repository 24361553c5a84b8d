// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { numbersTemplateValues } from '@/utils/ocr/template-values';
import type { NumbersOutcome } from '@/utils/ocr/worker-protocol';

const reading = (kind: 'imei' | 'dhl-express', value: string, valid: boolean, label?: string) => ({
  kind,
  value,
  formatted: value,
  valid,
  ...(label ? { label } : {}),
  source: 'ocr' as const,
  sources: ['ocr' as const],
  confidence: 0.9,
});
const read = (...readings: ReturnType<typeof reading>[]): NumbersOutcome => ({ kind: 'read', readings, ms: 10, passes: [] });

describe('numbersTemplateValues', () => {
  it('fills the IMEI from slot 1 and the waybill, skipping invalid reads', () => {
    const values = numbersTemplateValues([
      read(reading('imei', '353916114829210', true, 'IMEI 2'), reading('imei', '353916114829137', true, 'IMEI 1')),
      read(reading('dhl-express', '4893051268', false), reading('dhl-express', '4893051262', true)),
      { kind: 'failed', code: 'not-an-image', message: 'PDF' },
      null,
    ]);
    expect(values).toEqual({ imei: '353916114829137', waybill: '4893051262' });
  });

  it('leaves out what was not read validly', () => {
    expect(numbersTemplateValues([read(reading('imei', '869838068497529', false))])).toEqual({});
  });
});
