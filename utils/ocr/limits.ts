/**
 * Size limits of the numbers reader. Decoding straight to this long side keeps a 12 MP or 50 MP photo from ever
 * existing at full size in memory; labels and screenshots still have text big enough at it.
 */
export const OCR_DECODE_LONG_SIDE = 2400;
