// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PhotoChecklist } from '@/components/photo-checklist';
import { PhotoList, type PhotoListItem } from '@/components/photo-list';
import { summarisePhotoSet } from '@/utils/checklist/photo-set';
import { categoryById } from '@/utils/checklist/registry';
import { setInterfaceLanguage } from '@/utils/i18n/translate';
import type { PhotoCheck } from '@/utils/photos/analysis';

/**
 * A photo's problem, in the photo's row and in the checklist, speaks the interface's language: a French agent reads
 * "trop sombre", an English one the message the check gave. The request to the customer follows the case, not this.
 */

const computer = categoryById('computer');
const tooDark: PhotoCheck = {
  kind: 'checked',
  width: 4032,
  height: 3024,
  problems: [
    {
      code: 'too-dark',
      message:
        'This photo is too dark to see the condition of your item. Please take it again in a brighter place, for example near a window during the day.',
    },
  ],
  usable: false,
  screenshot: false,
  screenLit: null,
  blurDoubt: false,
  dHash: '0f0f0f0f0f0f0f0f',
  dHashFine: '0f0f0f0f0f0f0f0f'.repeat(4),
  notes: [],
  ms: 40,
};
const photo: PhotoListItem = {
  url: 'https://example.test/dark.jpg',
  name: 'dark.jpg',
  messageIndex: 0,
  check: tooDark,
  thumbnailUrl: null,
};

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  setInterfaceLanguage('en');
});

function show(): string {
  const summary = summarisePhotoSet(computer, [{ url: photo.url, messageIndex: 0, attachmentIndex: 0, check: tooDark }], {}, 'en-gb');
  container = document.createElement('div');
  document.body.append(container);
  act(() =>
    render(
      <div>
        <PhotoChecklist category={computer} evaluation={summary.evaluation} thumbnailOf={() => null} uk />
        <PhotoList
          photos={[photo]}
          category={computer}
          summary={summary}
          confirmed={{}}
          onAssign={() => undefined}
          blurVerdicts={{}}
          onBlurVerdict={() => undefined}
          uk
        />
      </div>,
      container!,
    ),
  );
  return container!.textContent ?? '';
}

describe('photo problems in the interface language', () => {
  it('French: the row and the checklist say what is wrong in French', () => {
    setInterfaceLanguage('fr');
    const text = show();
    expect(text).toContain('Cette photo est trop sombre');
    expect(text).toContain('À reprendre: trop sombre');
    expect(text).not.toMatch(/too dark/i);
  });

  const customerLanguages = [
    { language: 'es', locale: 'es-es', problem: 'Esta foto está demasiado oscura', row: 'Por repetir: demasiado oscura' },
    { language: 'it', locale: 'it-it', problem: 'Questa foto è troppo scura', row: 'Da rifare: troppo scura' },
  ] as const;
  for (const { language, locale, problem, row } of customerLanguages) {
    it(`${language}: the row, the checklist and the shot names speak the interface's language`, () => {
      setInterfaceLanguage(language);
      const text = show();
      expect(text).toContain(problem);
      expect(text).toContain(row);
      expect(text).toContain(computer.shots[0]!.translations[locale].label);
      expect(text).not.toMatch(/too dark/i);
    });
  }

  it('German: the row, the checklist and the shot names are in German, the category keeps its capital', () => {
    setInterfaceLanguage('de');
    const text = show();
    expect(text).toContain('Dieses Foto ist zu dunkel');
    expect(text).toContain('Neues Foto nötig: zu dunkel');
    expect(text).toContain('(Kategorie: Computer)');
    expect(text).toContain(computer.shots[0]!.translations['de-de'].label);
    expect(text).not.toMatch(/too dark|received|missing/i);
  });

  it('English: the row keeps the check’s message, the checklist names the problem', () => {
    const text = show();
    expect(text).toContain('This photo is too dark to see the condition of your item.');
    expect(text).toContain('Needs a new photo: too dark');
  });
});
