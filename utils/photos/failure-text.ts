import type { InterfaceMessageKey } from '../i18n/catalogue-en';
import { translateStoredEnglish } from '../i18n/from-english';
import { translateIn } from '../i18n/translate';
import type { PhotoFailureCode } from './analysis';

/**
 * Why a photo could not be fetched or opened. The message is made in English (workers never set the interface
 * language, and failures are saved with their message), always from these catalogue keys, and shown through
 * photoFailureText in the agent's language.
 */
const FAILURE_MESSAGES_BY_CODE: Partial<Record<PhotoFailureCode | 'read-failed', readonly InterfaceMessageKey[]>> = {
  'needs-access': ['photoFailure.needsAccess'],
  'blocked-origin': ['photoFailure.invalidLink', 'photoFailure.notWebProtocol', 'photoFailure.linkNotWeb', 'photoFailure.httpsOnly'],
  redirected: ['photoFailure.redirectedTo', 'photoFailure.redirected'],
  'not-found': ['photoFailure.notFound'],
  'fetch-failed': ['photoFailure.status', 'photoFailure.network'],
  timeout: ['photoFailure.timeout'],
  'too-large-file': ['photoFailure.tooLargeFile'],
  'decode-failed': ['photoFailure.decodeFailed'],
  'worker-crashed': [
    'photoFailure.photoCheckerCrashed',
    'photoFailure.photoCheckFailed',
    'photoFailure.readerCrashed',
    'photoFailure.imageReadFailed',
  ],
  // The numbers' reader (entrypoints/sidepanel/numbers-worker.ts, use-numbers.ts).
  'read-failed': ['photoFailure.numbersReadFailed', 'photoFailure.readingStopped'],
  'not-an-image': [
    'photoFailure.video',
    'photoFailure.mediaFile',
    'photoFailure.pdf',
    'photoFailure.zip',
    'photoFailure.riff',
    'photoFailure.webm',
    'photoFailure.text',
    'photoFailure.unknownType',
  ],
  empty: ['photoFailure.empty'],
  'unsupported-format': [
    'photoFailure.tiff',
    'photoFailure.icon',
    'photoFailure.svg',
    'photoFailure.heicSizeUnknown',
    'photoFailure.avifSizeUnknown',
    'photoFailure.heicUndecodable',
  ],
  'too-many-pixels': ['photoFailure.tooManyPixels'],
  'too-small-to-analyse': ['photoFailure.tooSmall'],
  truncated: ['photoFailure.truncated'],
  // The decoder's own failure first: the general message's pattern would take it too, with less of it translated.
  damaged: ['photoFailure.decoderCouldNotRead', 'photoFailure.damaged'],
};

/** Builds a failure message in English, the form it is stored in (numbers as plain digits, as before). */
export function englishFailureMessage(key: InterfaceMessageKey, params?: Record<string, string | number>): string {
  return translateIn('en', key, params && Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])));
}

/** A stored photo failure in the interface's language; a message the catalogue does not know stays as stored. */
export function photoFailureText(failure: { code: string; message: string }): string {
  const keys = FAILURE_MESSAGES_BY_CODE[failure.code as PhotoFailureCode | 'read-failed'];
  return keys ? translateStoredEnglish(keys, failure.message) : failure.message;
}
