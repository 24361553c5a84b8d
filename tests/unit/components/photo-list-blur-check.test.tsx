// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PhotoList, type PhotoListItem } from '@/components/photo-list';
import type { BlurVerdict } from '@/utils/checklist/blur-verdicts';
import { summarisePhotoSet } from '@/utils/checklist/photo-set';
import { categoryById } from '@/utils/checklist/registry';
import type { PhotoCheck } from '@/utils/photos/analysis';

/** The photo row's "may be blurred: check" and the agent's two answers, with the request they lead to. */

const computer = categoryById('computer');
const check = (n: number, blurDoubt: boolean): PhotoCheck => ({
  kind: 'checked',
  width: 4032,
  height: 3024,
  problems: [],
  usable: true,
  screenshot: false,
  screenLit: n === 0 ? true : null,
  blurDoubt,
  dHash: (n * 0x0f0f0f0f0f0f).toString(16).padStart(16, '0'),
  dHashFine: (n * 0x0f0f0f0f0f0f).toString(16).padStart(16, '0').repeat(4),
  notes: [],
  ms: 40,
});
const photos: PhotoListItem[] = computer.shots.map((shot, index) => ({
  url: `https://example.test/${shot.id}.jpg`,
  name: `${shot.id}.jpg`,
  messageIndex: 0,
  check: check(index + 1, index === 2),
  thumbnailUrl: null,
}));
const doubtful = photos[2]!;

/** The panel's wiring in small: verdicts kept in state, the request recomputed from them. */
function Panel() {
  const [verdicts, setVerdicts] = useState<Record<string, BlurVerdict>>({});
  const summary = summarisePhotoSet(
    computer,
    photos.map((photo, index) => ({ url: photo.url, messageIndex: 0, attachmentIndex: index, check: photo.check })),
    {},
    'en-gb',
    verdicts,
  );
  return (
    <div>
      <p id="request">{summary.request.bulletList || 'Nothing to ask for'}</p>
      <PhotoList
        photos={photos}
        category={computer}
        summary={summary}
        confirmed={{}}
        onAssign={() => undefined}
        blurVerdicts={verdicts}
        onBlurVerdict={(url, verdict) => setVerdicts((current) => ({ ...current, [url]: verdict }))}
        uk
      />
    </div>
  );
}

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

const rowOf = (name: string) => [...container!.querySelectorAll('.photo-row')].find((row) => row.textContent?.includes(name))!;
const button = (row: Element, label: string) => [...row.querySelectorAll('button')].find((b) => b.textContent === label);

describe('photo row: may be blurred', () => {
  it('asks the agent, keeps the photo out of the request until they say "blurred", and lets them change their mind', () => {
    container = document.createElement('div');
    document.body.append(container);
    act(() => render(<Panel />, container!));
    const request = () => container!.querySelector('#request')!.textContent!;
    const row = () => rowOf(doubtful.name);

    expect(row().textContent).toContain('May be blurred: check the photo.');
    expect(request()).toBe('Nothing to ask for');
    expect(rowOf(photos[0]!.name).textContent).not.toContain('May be blurred');

    act(() => button(row(), 'Blurred: ask again')!.click());
    expect(row().textContent).toContain('You marked it blurred');
    expect(request()).toMatch(/please take it again\. This photo is blurred/);

    act(() => button(row(), 'Sharp enough')!.click());
    expect(row().textContent).toContain('You marked it sharp enough');
    expect(request()).toBe('Nothing to ask for');
  });
});
