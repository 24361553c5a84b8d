import { defineMacro } from '../define';

/**
 * DHL Express pickup instructions with the customer's own waybill number: the numbers are read from the label
 * first, so the template's "For this parcel it is …" line is filled in rather than left out.
 */
export default defineMacro({
  id: 'dhl-pickup-with-waybill',
  name: 'DHL pickup instructions with the waybill',
  description:
    'Reads the numbers on the attachments, inserts the DHL Express pickup instructions with the waybill number, and puts the cursor in the reply box.',
  chord: 'Alt+2',
  steps: [{ kind: 'read-numbers' }, { kind: 'insert-template', templateId: 'return-label-dhl-pickup' }, { kind: 'focus-composer' }],
});
