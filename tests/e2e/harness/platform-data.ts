import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';
import { NEW_BACKOFFICE_CASES, newBackofficePath } from '@/scripts/demo-platform/new-backoffice/data';
import { waitFor } from './bounded';
import type { DrivenTab } from './driver';
import { panelView, type PanelView } from './panel';

/**
 * What the panel must show on the demo's new back office, whose markup carries nothing to read: every fact comes
 * from the page's own JSON (utils/sites/data). One list for both browsers; each check returns its mismatches, one
 * readable line each.
 */

export interface PlatformDataScenario {
  name: string;
  path: string;
  check(view: PanelView): string[];
}

const caseOf = (scenario: string) => {
  const found = NEW_BACKOFFICE_CASES.find((item) => item.scenario.includes(scenario));
  if (!found) throw new Error(`no new back office case "${scenario}"`);
  return found;
};

function shows(view: PanelView, label: string, ...parts: string[]): string[] {
  const value = view.header[label];
  if (value === undefined) return [`${label}: missing (header ${JSON.stringify(view.header)})`];
  return parts.filter((part) => !value.includes(part)).map((part) => `${label}: shows "${value}", expected "${part}"`);
}

function says(view: PanelView, text: string): string[] {
  return view.text.includes(text) ? [] : [`the panel does not say "${text}"`];
}

/** `IMG_4101.jpg · message 2` rows of the Photos section: each attachment with the message it came in. */
function photoRows(view: PanelView): string[] {
  return [...view.text.matchAll(/(IMG_\d+\.jpg) · message (\d+)/g)].map((match) => `${match[1]} in ${match[2]}`);
}

export const PLATFORM_DATA_SCENARIOS: PlatformDataScenario[] = [
  {
    name: 'seven photos: customer, order, product, country, and each photo with its message',
    path: newBackofficePath(caseOf('seven device photos').careId),
    check: (view) => {
      const rows = photoRows(view);
      const expected = ['4101', '4102', '4103']
        .map((n) => `IMG_${n}.jpg in 2`)
        .concat(['4104', '4105', '4106', '4107'].map((n) => `IMG_${n}.jpg in 3`));
      return [
        ...shows(view, 'Customer', 'Hannah Whitfield'),
        ...shows(view, 'Order', '80417265'),
        ...shows(view, 'Product', 'iPhone 13 128GB - Midnight - Unlocked'),
        ...shows(view, 'Country', 'en-gb'),
        ...(JSON.stringify(rows) === JSON.stringify(expected)
          ? []
          : [`photos listed ${JSON.stringify(rows)}, expected ${JSON.stringify(expected)}`]),
        ...(view.text.includes('no reply box') ? ['the reply box was not found'] : []),
      ];
    },
  },
  {
    name: 'DHL Express return: carrier and waybill from the return shipment',
    path: newBackofficePath(caseOf('DHL Express return').careId),
    check: (view) => [
      ...shows(view, 'Customer', 'Priya Patel'),
      ...shows(view, 'Carrier', 'DHL Express', DEMO_IDENTIFIERS.dhlExpressLabel.waybill),
    ],
  },
  {
    name: 'French customer: name with its accent, France',
    path: newBackofficePath(caseOf('French customer').careId),
    check: (view) => [
      ...shows(view, 'Customer', 'Camille Lefèvre'),
      ...shows(view, 'Country', 'fr-fr'),
      ...shows(view, 'Order', '80431057'),
    ],
  },
  {
    name: 'conversation answering 500: named',
    path: newBackofficePath(caseOf('conversation answers 500').careId),
    check: (view) => says(view, 'answered HTTP 500'),
  },
  {
    name: 'conversation answering an HTML page: named',
    path: newBackofficePath(caseOf('conversation answers an HTML page').careId),
    check: (view) => says(view, 'an HTML page instead of JSON'),
  },
  {
    name: 'customer endpoint answering 403: named, the rest read',
    path: newBackofficePath(caseOf('customer endpoint answers 403').careId),
    check: (view) => [
      ...says(view, '403: not allowed'),
      ...shows(view, 'Customer', 'Sam Tester 640403'),
      ...shows(view, 'Order', '80490403'),
    ],
  },
];

/** Waits until `check` finds nothing wrong in the panel; returns the mismatches of the last view otherwise. */
export async function waitForPanelCheck(panel: DrivenTab, check: (view: PanelView) => string[], timeoutMs = 20_000): Promise<string[]> {
  let last: string[] = ['the panel was never read'];
  try {
    await waitFor(
      async () => {
        const view = await panel.run(panelView);
        last = check(view);
        if (last.length > 0) last = [...last, `(panel: ${view.text.slice(0, 400)})`];
        return last.length === 0 ? true : undefined;
      },
      { timeoutMs, what: 'the panel to show the data' },
    );
    return [];
  } catch {
    return last;
  }
}
