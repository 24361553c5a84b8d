import { describe, expect, it } from 'vitest';
import { findDisagreements } from '@/utils/ocr/disagreements';
import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';

describe('a return waybill', () => {
  // The DHL demo case: the order went out with one DHL number, the customer photographed the return label.
  const outboundTracking = '3018472656';
  const returnWaybill = DEMO_IDENTIFIERS.dhlExpressLabel.waybill;
  const readings = [{ imageId: 'label.jpg', reading: { kind: 'dhl-express' as const, value: returnWaybill, valid: true } }];

  it('raises no disagreement when the only number known is the outbound tracking', () => {
    expect(returnWaybill).not.toBe(outboundTracking);
    expect(findDisagreements(readings, {})).toEqual([]);
  });

  it('is compared with the return shipment when that number is known, in plain words', () => {
    expect(findDisagreements(readings, { returnShipmentNumbers: [returnWaybill] })).toEqual([]);
    const [flagged] = findDisagreements(readings, { returnShipmentNumbers: ['1089680830'] });
    expect(flagged?.reason).toBe('Not the number of the return shipment: compare with the label.');
  });
});
