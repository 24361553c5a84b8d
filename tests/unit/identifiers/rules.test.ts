// @vitest-environment node
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractIdentifiers } from '@/utils/identifiers/extract';
import { identifierRules } from '@/utils/identifiers/registry';

const NOT_RULES = new Set(['define', 'registry', 'extract', 'luhn', 'iso7064']);
const folder = fileURLToPath(new URL('../../../utils/identifiers/', import.meta.url));
const ruleFiles = readdirSync(folder)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .filter((name) => !NOT_RULES.has(name));

describe('identifier registry', () => {
  it('registers every rule file under its file name', () => {
    const ids = identifierRules.map((rule) => rule.id);
    expect([...ids].sort(), 'each utils/identifiers/<kind>.ts must be added to identifierRules in registry.ts with id "<kind>"').toEqual(
      [...ruleFiles].sort(),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each rule at least two valid and two invalid examples', () => {
    for (const rule of identifierRules) {
      expect(rule.examples.valid.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.examples.invalid.length, rule.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe.each(identifierRules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it.each(rule.examples.valid)('accepts its valid example %s', (example) => {
    expect(rule.validate(example)).toBe(true);
  });

  it.each(rule.examples.invalid)('rejects its invalid example %s', (example) => {
    expect(rule.validate(example)).toBe(false);
  });

  // A kind that is only read after its own label (FedEx's 15 digits pass as often as an IMEI's Luhn) may share a
  // shape: the label tells them apart, which the extractor round trip below checks.
  it.each(rule.examples.valid)('is the only rule read without a label that accepts %s', (example) => {
    const others = identifierRules.filter(
      (other) =>
        other.id !== rule.id &&
        other.validate(example) &&
        other.finding.layouts.unlabelled !== 'never' &&
        rule.finding.layouts.unlabelled !== 'never',
    );
    expect(others.map((other) => other.id)).toEqual([]);
  });

  it.each(rule.examples.valid)('formats %s so that it normalizes back to the same value', (example) => {
    const value = rule.normalize(example);
    expect(value).toMatch(/^[0-9A-Z]+$/);
    expect(rule.normalize(rule.format(value))).toBe(value);
    expect(rule.validate(rule.format(value))).toBe(true);
  });
});

/** How each kind is introduced on a screen or label, for the extractor round trip: its rule's first English label. */
const LABEL_FOR = Object.fromEntries(identifierRules.map((rule) => [rule.id, `${rule.finding.labels.en[0] ?? ''}:`]));

describe('extractor on every rule example', () => {
  it.each(identifierRules.flatMap((rule) => rule.examples.valid.map((example) => [rule.id, example] as const)))(
    'finds %s %s beside its label, as that kind only, valid',
    (kind, example) => {
      const found = extractIdentifiers(`Device info\n${LABEL_FOR[kind]} ${example}\nThanks`);
      expect(found.map(({ kind: k, valid }) => ({ kind: k, valid }))).toEqual([{ kind, valid: true }]);
    },
  );

  it.each(identifierRules.flatMap((rule) => rule.examples.invalid.map((example) => [rule.id, example] as const)))(
    'never reports %s invalid example %s as a valid one of its kind',
    (kind, example) => {
      const found = extractIdentifiers(`${LABEL_FOR[kind]} ${example}`);
      expect(found.filter((item) => item.kind === kind && item.valid)).toEqual([]);
    },
  );
});
