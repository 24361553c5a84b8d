import { defineMacro } from '../define';

/**
 * DHL Service Point drop-off instructions. The numbers are read first so the waybill is on hand (copy it, or
 * switch to the pickup instructions) when the customer asks; the drop-off text itself needs no number.
 */
export default defineMacro({
  id: 'dhl-service-point-with-waybill',
  name: 'DHL Service Point instructions',
  description:
    'Reads the numbers on the attachments, inserts the DHL Express Service Point drop-off instructions, and puts the cursor in the reply box.',
  chord: 'Alt+3',
  steps: [{ kind: 'read-numbers' }, { kind: 'insert-template', templateId: 'return-label-dhl-service-point' }, { kind: 'focus-composer' }],
});
