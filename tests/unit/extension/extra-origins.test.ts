// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extraOriginsAmong } from '@/utils/extension/extra-origins';

describe('extraOriginsAmong', () => {
  const builtin = ['https://www.backmarket.fr/bo-seller/*', 'https://www.backmarket.co.uk/bo-seller/customer-care/*', 'https://*.backmarket.com/*'];

  it('never lists a built-in Back Market site, whatever path the browser reports it with', () => {
    const granted = [
      'https://www.backmarket.fr/*',
      'https://www.backmarket.fr/bo-seller/customer-care/folders/*',
      'https://www.backmarket.co.uk/bo-seller/*',
      'https://pro.backmarket.com/*',
      'https://support.example.com/*',
    ];
    expect(extraOriginsAmong(granted, builtin)).toEqual(['https://support.example.com']);
  });

  it('lists each added site once, and never a wildcard or plain-http pattern', () => {
    expect(extraOriginsAmong(['https://support.example.com/*', 'https://support.example.com/a/*', 'https://*/*', 'http://tool.example/*'], builtin)).toEqual([
      'https://support.example.com',
    ]);
  });
});
