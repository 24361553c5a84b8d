import { t } from '@/utils/i18n/translate';
import type { NumbersImage, NumbersState } from './use-numbers';

/**
 * An image the text detector saw no text in (a photo of the device) was not read. One line says so, and *Read numbers
 * anyway* reads it (a number on a sticker the detector missed, a photo of a box): a button, so Tab and Enter reach it.
 */
export function SkippedImage({ image, state }: { image: NumbersImage; state: Pick<NumbersState, 'readAnyway'> }) {
  if (image.outcome?.kind !== 'skipped') return null;
  return (
    <div class="row numbers-skipped">
      <p class="hint">
        {/* "read in N ms" / "from cache" as for every finished image: the benchmarks and tests count them by it, so the
            time is written without a thousands separator (`\d+`). */}
        {t('numbers.skipped', {
          how: image.cached ? t('numbers.fromCache') : t('numbers.photoReadIn', { ms: String(Math.round(image.outcome.ms)) }),
        })}
      </p>
      <button type="button" aria-label={t('numbers.readAnywayNamed', { name: image.name })} onClick={() => state.readAnyway(image.url)}>
        {t('numbers.readAnyway')}
      </button>
    </div>
  );
}
