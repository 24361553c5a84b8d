// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { IMEI_REPORTING_BODIES, imei, imeiFromBody, imeiReportingBody } from '@/utils/identifiers/imei';

describe('IMEI', () => {
  it('formats as printed on boxes and About screens: 2-6-6-1', () => {
    expect(imei.format('356938035643809')).toBe('35 693803 564380 9');
    expect(imei.format('35-693803-564380-9')).toBe('35 693803 564380 9');
  });

  it('leaves a value of the wrong length unformatted', () => {
    expect(imei.format('3569380356438')).toBe('3569380356438');
  });

  it('is plausible only for a known reporting body', () => {
    expect(imei.plausible?.('356938035643809')).toBe(true); // 35 BABT
    expect(imei.plausible?.('869838068966822')).toBe(true); // 86 TAF
    expect(imei.plausible?.('448674528976410')).toBe(true); // 44 BABT (no longer allocating)
    expect(imei.plausible?.('001017123456785')).toBe(false); // 00: test IMEI range
    expect(imei.plausible?.('234095333191045')).toBe(false); // 23: no reporting body
  });

  it('keeps plausible separate from valid', () => {
    expect(imei.validate('001017123456785')).toBe(true);
    expect(imei.plausible?.('001017123456785')).toBe(false);
    expect(imei.validate('356938035643808')).toBe(false);
    expect(imei.plausible?.('356938035643808')).toBe(true);
  });

  it('names the reporting body', () => {
    expect(imeiReportingBody('35 693803 564380 9')?.body).toContain('BABT');
    expect(imeiReportingBody('01 234567 890123 0')?.origin).toBe('United States');
    expect(imeiReportingBody('0312345678901234')).toBeUndefined();
  });

  it('lists no test-range identifiers (00, 02-09) as reporting bodies', () => {
    for (const code of ['00', '02', '03', '04', '05', '06', '07', '08', '09']) {
      expect(IMEI_REPORTING_BODIES[code]).toBeUndefined();
    }
  });

  it('builds the IMEI of a decimal MEID', () => {
    expect(imeiFromBody('35693803564380')).toBe('356938035643809');
  });
});
