// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ReturnDeskDatabase, saveNumberReading, savePhotoCheck, saveSnapshot, updateDecisions } from '@/utils/db';
import { conversationAttachments } from '@/utils/sites/attachments';
import { contentOf, duplicateTemplate } from '@/utils/templates/library';
import { builtinTemplate } from '@/utils/templates/registry';
import { addUserTemplate, deleteTemplate, loadStoredLibrary, saveTemplate } from '@/utils/templates/library-store';
import { exportTemplates, serializeTemplateFile } from '@/utils/templates/import-export';
import { recordTemplateUse } from '@/utils/templates/usage';
import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';
import { checked, hashOf } from './case-db';
import { DEMO_CASE_PATHS, demoCustomerIdentifiers, encodedImage, readDemoSnapshot } from './demo-cases';

describe('exporting templates after working on real cases', () => {
  it("contains none of the customers' names, e-mails, phones, order ids, tracking numbers, folder ids or IMEIs", async () => {
    const db = new ReturnDeskDatabase(`export-${Date.now()}`);
    // A day of work: three demo conversations read, photos checked, numbers read, replies inserted and edited.
    for (const folderId of Object.keys(DEMO_CASE_PATHS) as (keyof typeof DEMO_CASE_PATHS)[]) {
      const snapshot = readDemoSnapshot(folderId);
      await saveSnapshot(db, snapshot);
      for (const attachment of conversationAttachments(snapshot)) {
        await savePhotoCheck(db, { url: attachment.url, check: checked, thumbnail: encodedImage(160, 120, 'image/jpeg'), checkedAt: 1 });
      }
      await updateDecisions(db, snapshot, (current) => ({ ...current, categoryOverride: 'smartphone' }));
    }
    const { imei } = DEMO_IDENTIFIERS.aboutPhone;
    await saveNumberReading(db, {
      hash: hashOf(1),
      outcome: {
        kind: 'read',
        readings: [{ kind: 'imei', value: imei, formatted: imei, valid: true, source: 'ocr', sources: ['ocr'], confidence: 0.9 }],
        ms: 1,
        passes: [],
      },
      readAt: 1,
    });
    const copy = duplicateTemplate(builtinTemplate('imei-request'), new Set(), 5);
    await addUserTemplate(db, { ...copy, folder: 'Numbers' });
    await saveTemplate(db, 'imei-request', { ...contentOf(builtinTemplate('imei-request')), tags: ['imei', 'numbers'] });
    await deleteTemplate(db, 'packing-instructions');
    for (const id of [copy.id, 'imei-request', copy.id]) await recordTemplateUse(db, id);

    const text = serializeTemplateFile(exportTemplates(await loadStoredLibrary(db)));
    expect(text).toContain(copy.id); // the export is not empty: the check below means something
    const identifiers = demoCustomerIdentifiers();
    expect(identifiers).toEqual(expect.arrayContaining(['Olivia', 'olivia.bennett@example.co.uk', '58213477', '3018472656', imei]));
    const leaked = identifiers.filter((identifier) => text.includes(identifier));
    expect(leaked, 'customer data in a template export').toEqual([]);
    for (const folderId of Object.keys(DEMO_CASE_PATHS)) expect(text).not.toContain(folderId);
    expect(text).not.toContain('lastUsedAt');
    expect(text).not.toContain('/attachments/');
    db.close();
  });
});
