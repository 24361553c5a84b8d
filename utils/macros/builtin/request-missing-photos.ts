import { defineMacro } from '../define';

/**
 * The commonest reply after a photo set arrives: check it, then ask for exactly the shots still missing or to be
 * taken again (the photo-request-missing template, filled from the check). Stops, inserting nothing, when the set
 * is complete.
 */
export default defineMacro({
  id: 'request-missing-photos',
  name: 'Request missing photos',
  description: 'Checks the photos, inserts the request for the missing and unusable shots, and puts the cursor in the reply box.',
  chord: 'Alt+1',
  steps: [{ kind: 'check-photos' }, { kind: 'insert-photo-request' }, { kind: 'focus-composer' }],
});
