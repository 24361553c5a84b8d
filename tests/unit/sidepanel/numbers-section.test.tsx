// @vitest-environment happy-dom
/**
 * The numbers section lists every kind its rule marks as reported, named by the rule: a FedEx or Colissimo number
 * read from a shipment table shows with its name and check status, an ICCID stays out of sight.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { NumbersSection } from '@/entrypoints/sidepanel/numbers-section';
import type { NumbersImage, NumbersState } from '@/entrypoints/sidepanel/use-numbers';
import type { StoredNumberReading } from '@/utils/ocr/worker-protocol';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

const reading = (kind: string, value: string, formatted: string, label?: string): StoredNumberReading => ({
  kind,
  value,
  formatted,
  valid: true,
  ...(label ? { label } : {}),
  source: 'ocr',
  sources: ['ocr'],
  confidence: 0.9,
});

function image(name: string, readings: StoredNumberReading[]): NumbersImage {
  return {
    url: `https://cdn.example/${name}`,
    name,
    origin: 'conversation',
    status: 'done',
    outcome: { kind: 'read', readings, ms: 12, passes: [] },
    cropUrls: [],
    cached: false,
  };
}

function show(images: NumbersImage[]): HTMLElement {
  const state: NumbersState = {
    images,
    progress: { done: images.length, total: images.length },
    disagreements: [],
    storageNotice: null,
    paused: false,
    confirmedPicks: new Set(),
    confirmPick: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    readAnyway: () => undefined,
  };
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<NumbersSection state={state} />, container!));
  return container;
}

describe('NumbersSection', () => {
  it('lists FedEx and Colissimo numbers by their rule names, and keeps an ICCID out', () => {
    const root = show([
      image('shipments.png', [
        reading('fedex', '794651413733', '7946 5141 3733'),
        reading('colissimo', 'EE471108151FR', 'EE 471 108 151 FR'),
      ]),
      image('sim.jpg', [reading('iccid', '89014103211118510720', '8901 4103 2111 1851 0720')]),
    ]);
    const listed = [...root.querySelectorAll('.numbers-reading')].map((item) => [
      item.querySelector('.numbers-label')?.textContent,
      item.querySelector('.numbers-value')?.textContent,
    ]);
    expect(listed).toEqual([
      ['FedEx tracking number', '7946 5141 3733'],
      ['La Poste Colissimo number', 'EE 471 108 151 FR'],
    ]);
    expect(root.querySelector('.numbers-quiet summary')?.textContent).toBe('1 image without numbers');
  });
});
