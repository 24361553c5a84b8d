/**
 * What the agent must look at twice across a conversation's images: two different IMEIs claimed for the same slot
 * (IMEI 1 on one image, another IMEI 1 on the next), or a carrier number that is not the return shipment's.
 *
 * A waybill the customer photographs in an after-sales conversation is the return parcel's label. The order's
 * tracking number is the outbound parcel's, which a return waybill never is: comparing the two flagged every
 * correct return label. So carrier numbers are compared with the return shipment's numbers only, when known.
 */
import type { NumberReading } from './merge';
import { identifierRegistry, type IdentifierRegistry } from '../identifiers/registry';
import { t } from '../i18n/translate';

export interface ReadingInImage {
  imageId: string;
  reading: Pick<NumberReading, 'kind' | 'value' | 'valid' | 'label'>;
}

export interface Disagreement {
  imageId: string;
  value: string;
  reason: string;
}

const compact = (value: string) => value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

export interface KnownShipments {
  /** Tracking numbers of the return shipment (customer to merchant), as the page shows them. */
  returnShipmentNumbers?: readonly string[];
}

export function findDisagreements(
  readings: readonly ReadingInImage[],
  known: KnownShipments = {},
  registry: IdentifierRegistry = identifierRegistry,
): Disagreement[] {
  const found: Disagreement[] = [];
  // A device carries one number per slot ("IMEI 1", "IMEI 2"): two values claimed for one slot disagree.
  for (const rule of registry.rules.filter((candidate) => candidate.finding.family === 'device')) {
    const name = rule.finding.labelName;
    const ofKind = readings.filter((item) => item.reading.kind === rule.id && item.reading.valid);
    for (const slot of [`${name} 1`, `${name} 2`]) {
      const claimed = ofKind.filter(
        (item) => (item.reading.label ?? `${name} 1`) === slot || (slot === `${name} 1` && item.reading.label === name),
      );
      const values = new Set(claimed.map((item) => item.reading.value));
      if (values.size < 2) continue;
      // Unlabelled numbers (a box label) may be either slot; only labelled claims can contradict each other.
      const labelled = claimed.filter((item) => item.reading.label === slot);
      if (new Set(labelled.map((item) => item.reading.value)).size < 2) continue;
      for (const item of labelled) {
        found.push({
          imageId: item.imageId,
          value: item.reading.value,
          reason: t('numbers.differentSlot', { slot }),
        });
      }
    }
  }
  const tracking = (known.returnShipmentNumbers ?? []).map(compact).filter(Boolean);
  if (tracking.length > 0) {
    for (const item of readings) {
      if (!registry.carrierKinds.has(item.reading.kind) || !item.reading.valid) continue;
      const value = compact(item.reading.value);
      // DPD values carry the check character; a tracking number on the order may not.
      if (!tracking.some((number) => number === value || value.startsWith(number) || number.startsWith(value))) {
        found.push({
          imageId: item.imageId,
          value: item.reading.value,
          reason: t('numbers.notReturnShipment'),
        });
      }
    }
  }
  return found;
}
