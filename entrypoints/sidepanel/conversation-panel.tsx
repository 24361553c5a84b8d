import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { ConversationView } from '@/components/conversation-view';
import { usePhotoCheck } from './use-photo-check';
import { PhotosSection } from './photos-section';
import { RepliesSection } from './replies-section';
import { useNumbers } from './use-numbers';
import { NumbersSection } from './numbers-section';
import { numbersTemplateValues } from '@/utils/ocr/template-values';

/** One conversation: the photo check and the numbers reader run here so the Replies section can use what they found. */
export function ConversationPanel({ snapshot, tabId }: { snapshot: ConversationSnapshot; tabId: number }) {
  const photoCheck = usePhotoCheck(snapshot);
  // Numbers wait for the photo check: they decode the same photos, and the checklist is quicker to finish.
  const photosDone = photoCheck.progress.done >= photoCheck.progress.total || photoCheck.error !== null;
  const numbers = useNumbers(snapshot, photosDone);
  return (
    <ConversationView
      snapshot={snapshot}
      photos={<PhotosSection snapshot={snapshot} tabId={tabId} state={photoCheck} />}
      numbers={<NumbersSection state={numbers} />}
      replies={
        <RepliesSection
          snapshot={snapshot}
          tabId={tabId}
          photos={photoCheck.progress.total > 0 ? photoCheck.summary : null}
          readValues={numbersTemplateValues(numbers.images.map((image) => image.outcome))}
        />
      }
    />
  );
}
