/**
 * Size limits of the numbers reader. Decoding straight to this long side keeps a 12 MP or 50 MP photo from ever
 * existing at full size in memory; labels and screenshots still have text big enough at it.
 */
export const OCR_DECODE_LONG_SIDE = 2400;

/**
 * One text-recognition call (one pass over one prepared image). The slowest camera photo measured takes about
 * 8 s; a call still running after this is stuck on grain or noise, and its engine is terminated.
 */
export const OCR_CALL_TIMEOUT_MS = 30_000;
