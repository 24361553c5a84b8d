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
        {/* "read in N ms" / "from cache" as for every finished image: the benchmarks and tests count them by it. */}
        No text seen: numbers not read ({image.cached ? 'from cache' : `photo read in ${Math.round(image.outcome.ms)} ms`}).
      </p>
      <button type="button" aria-label={`Read numbers anyway in ${image.name}`} onClick={() => state.readAnyway(image.url)}>
        Read numbers anyway
      </button>
    </div>
  );
}
