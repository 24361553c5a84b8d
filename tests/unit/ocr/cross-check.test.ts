// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { setInterfaceLanguage } from '@/utils/i18n/translate';
import { caseNumbersOf, chooseVariable, crossCheckNumbers, describeCrossChecks, type ReadNumber } from '@/utils/ocr/cross-check';
import { numbersReplyChoices, numbersTemplateValues } from '@/utils/ocr/template-values';
import type { NumbersOutcome } from '@/utils/ocr/worker-protocol';

// Valid numbers (Luhn / mod 7), none of them anyone's.
const ORDER_IMEI = '353916115907248';
const SCREENSHOT_IMEI_1 = '353916114829138';
const SCREENSHOT_IMEI_2 = '353916114829211';
const LABEL_WAYBILL = '4893051262';
const RETURN_WAYBILL = '5128037460';

const read = (imageId: string, kind: string, value: string, label?: string, valid = true): ReadNumber => ({
  imageId,
  kind,
  value,
  valid,
  ...(label ? { label } : {}),
});
const outcome = (...readings: ReadNumber[]): NumbersOutcome => ({
  kind: 'read',
  readings: readings.map((reading) => ({
    kind: reading.kind,
    value: reading.value,
    formatted: reading.value,
    valid: reading.valid,
    ...(reading.label ? { label: reading.label } : {}),
    source: 'ocr',
    sources: ['ocr'],
    confidence: 0.9,
  })),
  ms: 10,
  passes: [],
});

describe('caseNumbersOf', () => {
  it('takes the data-only numbers of the snapshot, compact and once each', () => {
    expect(caseNumbersOf({ deviceImeis: [ORDER_IMEI], returnTrackingNumbers: ['512 803 7460', '5128037460'] })).toEqual({
      imeis: [ORDER_IMEI],
      returnTracking: [RETURN_WAYBILL],
    });
    expect(caseNumbersOf({})).toEqual({ imeis: [], returnTracking: [] });
  });
});

describe('crossCheckNumbers', () => {
  it('flags a waybill that is not the return shipment’s, and confirms one that is', () => {
    const [check] = crossCheckNumbers({ imeis: [], returnTracking: [RETURN_WAYBILL] }, [read('label', 'dhl-express', LABEL_WAYBILL)]);
    expect(check).toMatchObject({ subject: 'return-tracking', matching: [], differing: [{ imageId: 'label', value: LABEL_WAYBILL }] });
    const [agreeing] = crossCheckNumbers({ imeis: [], returnTracking: [LABEL_WAYBILL] }, [read('label', 'dhl-express', LABEL_WAYBILL)]);
    expect(agreeing).toMatchObject({ matching: [{ value: LABEL_WAYBILL }], differing: [] });
  });

  it('accepts the second IMEI on the image that shows the order’s IMEI, and flags another phone’s', () => {
    const [check] = crossCheckNumbers({ imeis: [SCREENSHOT_IMEI_1], returnTracking: [] }, [
      read('same-phone', 'imei', SCREENSHOT_IMEI_1, 'IMEI 1'),
      read('same-phone', 'imei', SCREENSHOT_IMEI_2, 'IMEI 2'),
      read('other-phone', 'imei', ORDER_IMEI, 'IMEI 1'),
    ]);
    expect(check!.matching.map((item) => item.value)).toEqual([SCREENSHOT_IMEI_1, SCREENSHOT_IMEI_2]);
    expect(check!.differing.map((item) => item.imageId)).toEqual(['other-phone']);
  });

  it('compares nothing when the case has no number of its own, or only invalid reads', () => {
    expect(crossCheckNumbers({ imeis: [], returnTracking: [] }, [read('a', 'imei', SCREENSHOT_IMEI_1)])).toEqual([]);
    expect(
      crossCheckNumbers({ imeis: [ORDER_IMEI], returnTracking: [] }, [read('a', 'imei', '353916114829130', undefined, false)]),
    ).toEqual([]);
  });

  it('keeps the outbound parcel out: a UPS number read against a DHL return shipment disagrees', () => {
    const [check] = crossCheckNumbers({ imeis: [], returnTracking: [RETURN_WAYBILL] }, [read('box', 'ups', '1Z999AA10123456784')]);
    expect(check!.differing).toHaveLength(1);
  });
});

describe('reply values with the case’s own numbers', () => {
  const caseNumbers = { imeis: [ORDER_IMEI], returnTracking: [RETURN_WAYBILL] };
  const outcomes = [
    outcome(read('0', 'imei', SCREENSHOT_IMEI_1, 'IMEI 1'), read('0', 'imei', SCREENSHOT_IMEI_2, 'IMEI 2')),
    outcome(read('1', 'dhl-express', LABEL_WAYBILL)),
  ];

  it('never fills a reply with a read number that contradicts the case: the case’s own is used, and says so', () => {
    expect(numbersTemplateValues(outcomes, caseNumbers)).toEqual({ imei: ORDER_IMEI, waybill: RETURN_WAYBILL });
    expect(numbersReplyChoices(outcomes, caseNumbers)).toEqual([
      { variable: 'imei', source: 'case', value: ORDER_IMEI, instead: [SCREENSHOT_IMEI_1, SCREENSHOT_IMEI_2] },
      { variable: 'waybill', source: 'case', value: RETURN_WAYBILL, instead: [LABEL_WAYBILL] },
    ]);
  });

  it('leaves the waybill for the agent when the return shipment’s number is not a DHL waybill', () => {
    const ups = { imeis: [], returnTracking: ['1Z999AA10123456784'] };
    expect(numbersTemplateValues(outcomes, ups)).toEqual({ imei: SCREENSHOT_IMEI_1 });
    expect(numbersReplyChoices(outcomes, ups)[1]).toEqual({ variable: 'waybill', source: 'none', instead: [LABEL_WAYBILL] });
  });

  it('uses the read numbers when the case agrees or has none', () => {
    expect(numbersTemplateValues(outcomes, { imeis: [SCREENSHOT_IMEI_1], returnTracking: [LABEL_WAYBILL] })).toEqual({
      imei: SCREENSHOT_IMEI_1,
      waybill: LABEL_WAYBILL,
    });
    expect(numbersTemplateValues(outcomes)).toEqual({ imei: SCREENSHOT_IMEI_1, waybill: LABEL_WAYBILL });
  });

  it('uses the case’s number when one image agrees and another contradicts it', () => {
    const checks = crossCheckNumbers({ imeis: [], returnTracking: [LABEL_WAYBILL] }, [
      read('a', 'dhl-express', LABEL_WAYBILL),
      read('b', 'dhl-express', RETURN_WAYBILL),
    ]);
    expect(chooseVariable('waybill', read('b', 'dhl-express', RETURN_WAYBILL), checks)).toEqual({
      variable: 'waybill',
      source: 'case',
      value: LABEL_WAYBILL,
      instead: [RETURN_WAYBILL],
    });
  });
});

describe('describeCrossChecks', () => {
  it('names the case’s number, the image showing another, and what replies use', () => {
    const readings = [read('label.jpg', 'dhl-express', LABEL_WAYBILL)];
    const caseNumbers = { imeis: [], returnTracking: [RETURN_WAYBILL] };
    const checks = crossCheckNumbers(caseNumbers, readings);
    const [line] = describeCrossChecks(
      checks,
      numbersReplyChoices([outcome(...readings)], caseNumbers),
      (_kind, value) => value,
      (id) => id,
    );
    expect(line).toEqual({
      subject: 'return-tracking',
      differs: true,
      text: `The return shipment's tracking number is ${RETURN_WAYBILL} (platform data), but label.jpg shows ${LABEL_WAYBILL}: check which is right. Replies use the return shipment's number (${RETURN_WAYBILL}), not the attachment's.`,
    });
  });

  it('says so in one line when they agree', () => {
    const checks = crossCheckNumbers({ imeis: [ORDER_IMEI], returnTracking: [] }, [read('a', 'imei', ORDER_IMEI)]);
    expect(
      describeCrossChecks(
        checks,
        [],
        (_kind, value) => value,
        (id) => id,
      ),
    ).toEqual([{ subject: 'imei', differs: false, text: `The order's IMEI (${ORDER_IMEI}, platform data) matches the attachments.` }]);
  });

  it('speaks French in a French interface: the case, the image showing another number, and what replies use', () => {
    setInterfaceLanguage('fr');
    try {
      const readings = [read('label.jpg', 'dhl-express', LABEL_WAYBILL)];
      const caseNumbers = { imeis: [], returnTracking: [RETURN_WAYBILL] };
      const checks = crossCheckNumbers(caseNumbers, readings);
      const [line] = describeCrossChecks(
        checks,
        numbersReplyChoices([outcome(...readings)], caseNumbers),
        (_kind, value) => value,
        (id) => id,
      );
      expect(line!.text).toBe(
        `Le numéro de suivi du retour est ${RETURN_WAYBILL} (données de la plateforme), mais label.jpg indique ${LABEL_WAYBILL} : vérifiez lequel est le bon. Les réponses utilisent le numéro du retour (${RETURN_WAYBILL}), pas celui de la pièce jointe.`,
      );
    } finally {
      setInterfaceLanguage('en');
    }
  });
});
