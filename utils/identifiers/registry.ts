import type { IdentifierRule } from './define';
import { colissimo } from './colissimo';
import { dhlExpress } from './dhl-express';
import { dpd } from './dpd';
import { eid } from './eid';
import { fedex } from './fedex';
import { iccid } from './iccid';
import { imei } from './imei';
import { meid } from './meid';
import { ups } from './ups';

/**
 * Every identifier kind, one file each; the order is the panel's order. A new kind is its file plus one line here:
 * the extractor, the column reader, the merge, the disagreements and the numbers section all derive from this list.
 */
export const identifierRules = [imei, dhlExpress, ups, dpd, fedex, colissimo, eid, meid, iccid] as const;

export type IdentifierKind = (typeof identifierRules)[number]['id'];

/** A set of rules the readers work from: the built-in one, or one with an extra rule in tests. */
export interface IdentifierRegistry {
  readonly rules: readonly IdentifierRule[];
  get(kind: string): IdentifierRule;
  /** Kinds listed in the panel and worth stopping the reading for (`finding.reported`). */
  readonly reportedKinds: ReadonlySet<string>;
  /** Carrier numbers, compared with the return shipment's. */
  readonly carrierKinds: ReadonlySet<string>;
  /**
   * Kinds that end the reading of an image once one is read valid: listed carrier numbers and the ones that fill a
   * reply (an IMEI). An EID alone does not: the IMEI beside it is what the agent needs.
   */
  readonly decisiveKinds: ReadonlySet<string>;
  /** Position of a kind in the panel's order. */
  order(kind: string): number;
}

export function createIdentifierRegistry(rules: readonly IdentifierRule[]): IdentifierRegistry {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  if (byId.size !== rules.length) throw new Error('two identifier rules share an id');
  return {
    rules,
    get(kind) {
      const rule = byId.get(kind);
      if (!rule) throw new Error(`unknown identifier kind ${kind}`);
      return rule;
    },
    reportedKinds: new Set(rules.filter((rule) => rule.finding.reported).map((rule) => rule.id)),
    carrierKinds: new Set(rules.filter((rule) => rule.finding.family === 'carrier').map((rule) => rule.id)),
    decisiveKinds: new Set(
      rules.filter((rule) => rule.finding.reported && (rule.finding.family === 'carrier' || rule.finding.fills)).map((rule) => rule.id),
    ),
    order(kind) {
      const index = rules.findIndex((rule) => rule.id === kind);
      return index < 0 ? rules.length : index;
    },
  };
}

export const identifierRegistry = createIdentifierRegistry(identifierRules);

export function getIdentifierRule(kind: IdentifierKind): IdentifierRule<IdentifierKind> {
  return identifierRegistry.get(kind) as IdentifierRule<IdentifierKind>;
}
