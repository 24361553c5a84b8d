import { describeInBrowsers } from './harness/driver';
import { overlayStyleTests } from './scenarios/overlay-styles';

/** The overlay's stylesheet: see scenarios/overlay-styles.ts. */
describeInBrowsers('the overlay over the platform page', (use) => overlayStyleTests(use));
