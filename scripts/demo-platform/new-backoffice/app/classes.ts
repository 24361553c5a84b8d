/**
 * Class names as a compiled single-page app ships them: hashed, meaning nothing. The extension must not be able to
 * key on them (this page exists to test reading a page through its JSON rather than its markup).
 */
export const css = {
  shell: '_x7f3a',
  top: '_k2d9q',
  brand: '_b81ce',
  nav: '_n4a0z',
  main: '_m93fe',
  bone: '_s0k3l',
  boneWide: '_s0k3w',
  card: '_c5e1d',
  grid: '_g7h2m',
  facts: '_f1q8r',
  term: '_t3u6v',
  value: '_v9w2x',
  list: '_l4y7z',
  row: '_r2a5b',
  bubble: '_u8c1d',
  bubbleMine: '_u8c1e',
  bubbleSystem: '_u8c1f',
  who: '_w6e4f',
  when: '_h0g2h',
  body: '_y5i9j',
  files: '_p3k7l',
  thumb: '_q1m5n',
  write: '_z8o4p',
  input: '_i2q6r',
  send: '_d7s3t',
  alert: '_e9u1v',
  chip: '_j4w8x',
} as const;
