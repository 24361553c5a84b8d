import type { IdentifierRule } from './define';
import { dhlExpress } from './dhl-express';
import { dpd } from './dpd';
import { eid } from './eid';
import { iccid } from './iccid';
import { imei } from './imei';
import { meid } from './meid';
import { ups } from './ups';

/** Every identifier kind, one file each. Add a new kind here and to the extractor. */
export const identifierRules = [imei, meid, eid, iccid, dhlExpress, ups, dpd] as const;

export type IdentifierKind = (typeof identifierRules)[number]['id'];

const rulesById = new Map<string, IdentifierRule<IdentifierKind>>(identifierRules.map((rule) => [rule.id, rule]));

export function getIdentifierRule(kind: IdentifierKind): IdentifierRule<IdentifierKind> {
  const rule = rulesById.get(kind);
  if (!rule) throw new Error(`unknown identifier kind ${kind}`);
  return rule;
}
