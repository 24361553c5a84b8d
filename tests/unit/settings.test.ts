import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '@/utils/settings';

describe('repairSettings', () => {
  it('gives the defaults on first run without reporting a repair', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('keeps valid fields and resets only the invalid ones, naming them', () => {
    const { settings, repaired } = repairSettings({
      retentionDays: -4,
      selectorOverrides: { backoffice: { composer: 'textarea.reply' } },
      extraOrigins: ['javascript:alert(1)'],
    });
    expect(settings.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    expect(settings.selectorOverrides).toEqual({ backoffice: { composer: 'textarea.reply' } });
    expect(settings.extraOrigins).toEqual([]);
    expect(repaired.sort()).toEqual(['extraOrigins', 'retentionDays']);
  });

  it('reports a stored value that is not an object at all', () => {
    const { settings, repaired } = repairSettings('corrupted');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repaired).toHaveLength(1);
  });

  it('drops unknown fields instead of carrying them around', () => {
    const { settings } = repairSettings({ retentionDays: 7, somethingOld: true });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 7 });
  });
});
