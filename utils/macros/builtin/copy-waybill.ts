import { defineMacro } from '../define';

/** The waybill number read from the label, on the clipboard: for booking or tracing with DHL in another tab. */
export default defineMacro({
  id: 'copy-waybill',
  name: 'Copy the waybill number',
  description: 'Reads the numbers on the attachments and copies the DHL waybill (or the tracking number) to the clipboard.',
  chord: 'Alt+4',
  steps: [{ kind: 'read-numbers' }, { kind: 'copy-waybill' }],
});
