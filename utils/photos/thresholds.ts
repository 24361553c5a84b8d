/**
 * Every number that decides something about a photo, in one place, each with why it has this value and how it
 * was tuned. "Synthetic" means the scenes in tests/unit/photos/synthetic.ts (a phone on a wooden table, drawn at
 * 512x384); "the real photo" means lbl19 in ../shared/realdata (a 3840x2160 phone photo of a parcel label),
 * blurred with ImageMagick at full size (Gaussian sigma 2..32 px, motion 30 and 60 px), then downscaled with
 * downscale.ts. No real device photos from customers were available: values marked REAL-PHOTOS should be checked
 * against a few hundred real attachments before the panel shows these problems to customers.
 */
export const THRESHOLDS = {
  // ---- Analysis size -------------------------------------------------------------------------------------------
  /**
   * Metrics run on a copy this long on its long side. All measures below are per-pixel statistics, so their
   * values only mean something at this size: change it and retune. At 512 all metrics take ~40 ms in Node.
   */
  analysisLongSide: 512,

  // ---- Brightness ----------------------------------------------------------------------------------------------
  /** A luma at or above this is blown out (JPEG ringing leaves clipped areas anywhere from 250 to 255). */
  clippedLuma: 250,
  /** A luma at or below this is crushed black (shadow detail lost). */
  crushedLuma: 16,
  /**
   * Too dark when even the brightest 5% of the frame stays below this. A well exposed photo of a black phone on a
   * dark table still has highlights (edges, labels, reflections) above 100; synthetic scenes at 40% of a normal
   * exposure (p95 = 50) are clearly too dark to see scratches, at 60% (p95 = 76) still usable. REAL-PHOTOS.
   */
  tooDarkMaxP95: 70,
  /** ...or when the mean luma is below this, whatever the highlights (a lamp in a dark room). */
  tooDarkMaxMean: 30,
  /**
   * Overexposed when this share of the frame is blown out. A camera's auto exposure keeps a white sheet under the
   * device near 200-230, so a quarter of the frame clipped means the exposure really went wrong. REAL-PHOTOS.
   */
  overexposedMinClipped: 0.25,
  /** ...or when the median is this bright: everything washed out even if not quite clipped. */
  overexposedMinMedian: 240,

  // ---- Sharpness -----------------------------------------------------------------------------------------------
  /** Below this global luma standard deviation there is nothing to judge focus on (score null). */
  sharpnessMinContrast: 4,
  /** The Laplacian score is summarised over the sharpest tiles of this grid (6x6: ~85x64 px tiles at 512). */
  sharpnessTileGrid: 6,
  /**
   * Share of tiles averaged for the Laplacian score: the sharpest 15% (5 of 36). A small device in the middle of
   * a soft background covers about that much.
   */
  sharpnessTopTileShare: 0.15,
  /**
   * Blurred when the Laplacian score is below this. Sharp synthetic scenes score 0.2-1.3 (lowest: a dark phone on
   * a pale table), the sharp real photo 3.8; a 3x3 box blur applied three times at 512 px (a lens far out of
   * focus) gives 0.005-0.03, the real photo blurred with sigma 12 px at full size 0.028. Kept low because the
   * score still depends on how much texture the scene has; blurEffect below does the finer work.
   */
  blurredMaxLaplacianScore: 0.015,
  /** Length of the extra blur the blur-effect measure applies (pixels at analysis size). */
  blurEffectTaps: 9,
  /**
   * Clearly blurred when the blur effect (0 crisp .. 1 smeared) reaches this. Sharp: synthetic 0.16-0.30 (the highest a
   * portrait shot whose table grain runs one way), real photos 0.19-0.25 (the 29 files in ../shared/realdata: none above
   * 0.24), the demo laptop set 0.24-0.31 in every decode path. Clearly blurred: real photo sigma 12 px at full size
   * 0.47, synthetic box blurs 0.43-0.75. Softer blurs fall in the "may be blurred" band below (sigma 8 px 0.37,
   * motion 60 px 0.39) or pass: sigma 4 px (0.26, looks fine at 512) and motion 30 px (0.32, soft but readable);
   * a customer asked to re-shoot a good photo stops trusting the request. REAL-PHOTOS: device photos have less
   * texture than a label.
   */
  blurredMinBlurEffect: 0.42,
  /**
   * From here up to blurredMinBlurEffect the photo "may be blurred": the agent looks and decides, and it stays
   * out of the request until they say "blurred" (issue #14: sharp photos of a smooth laptop on a plain desk read
   * 0.27-0.31, a stretched decode 0.38). The band holds the real photo blurred with sigma 8 px (0.37) and motion
   * 60 px (0.39), soft enough to be worth a look, not sure enough to ask a customer again unasked.
   */
  maybeBlurredMinBlurEffect: 0.35,

  // ---- Glare ---------------------------------------------------------------------------------------------------
  /** A pixel is blown-out highlight when its weakest channel is at least this: near-white and unsaturated. */
  glareMinChannel: 245,
  /** Blobs smaller than this share of the frame are sparkles (a lens ring, a button edge), not glare. */
  glareMinBlobFraction: 0.0005,
  /**
   * A reflection sits on a darker surface: the mean luma around a blob must be at most this. At 200, the clipped
   * middle of an over-bright white sheet (its corners darkened by the lens's vignetting to ~205) passed as glare;
   * at 170 it does not, while reflections on phones (surround 20-120 in the synthetic scenes) still do. A
   * reflection on a white device is missed: REAL-PHOTOS.
   */
  glareMaxSurroundLuma: 170,
  /**
   * Glare is a problem when reflections cover this share of the frame: 0.8% is a 46x36 px patch at 512x384,
   * about 3% of a phone that fills a third of the frame, enough to hide a crack. REAL-PHOTOS: glossy backs give
   * many small highlights; check how often they add up past this.
   */
  glareMaxFraction: 0.008,

  // ---- Lit screen ----------------------------------------------------------------------------------------------
  /** The screen is looked for on a grid this long on its long side (cells of ~5 px): icons and text average out. */
  screenGridLongSide: 96,
  /** A lit region must be at least this bright (mean cell luma), whatever Otsu says. */
  screenLitMinLuma: 110,
  /** A dark screen region must be at most this dark. */
  screenDarkMaxLuma: 80,
  /** A screen covers at least this share of the frame (smaller: a label, a lens), */
  screenMinAreaFraction: 0.03,
  /** and at most this share (more: the whole scene is bright or dark, nothing stands out). */
  screenMaxAreaFraction: 0.8,
  /** Rectangular: the region fills at least this share of its bounding box (a 2:1 screen tilted 10 degrees: 0.70). */
  screenMinFill: 0.7,
  /**
   * Brighter (or darker) than the ring around it by at least this many luma levels. Synthetic lit screens stand
   * 100 above a wooden table, dark screens 65-80 below it. REAL-PHOTOS: a white phone back on a dark table also
   * passes as "lit"; the hint is weighed with message order in assign.ts, never alone.
   */
  screenMinContrast: 45,

  // ---- Screenshots ---------------------------------------------------------------------------------------------
  /** Phone screens run from 18:9 (2.0) to 21:9 (2.33); no camera frame is taller than 16:9 (1.78). */
  screenshotMinPhoneAspect: 1.9,
  screenshotMaxPhoneAspect: 2.4,
  /**
   * One exact mid-tone colour, flat over 3x3 neighbourhoods, over this share of the frame. App backgrounds and
   * cards cover 30-45% in the synthetic screenshots; real camera photos 0%, even blurred ones (patches of flat
   * colour appear, but each patch has its own value: the largest covered 6.7% in the most blurred synthetic).
   */
  screenshotMinDominantFlatColour: 0.1,
  /** With an exact screen size, this much flat colour (any colour) confirms it. */
  screenshotMinFlatWithScreenSize: 0.1,
  /** With a phone screen's proportions, this much flat colour (any colour) and no noise confirm it. */
  screenshotMinFlatWithPhoneAspect: 0.3,
  /** "No sensor noise": camera photos measured 0.6-1.0 sharp, 0.2-0.4 when heavily blurred; renders 0. */
  screenshotMaxNoiseSigma: 0.3,
  /** Rendered documents (labels, web pages in black and white): most of the frame flat, */
  screenshotMinFlatRendered: 0.5,
  /** and strictly no noise (below what even a blurred camera JPEG shows). */
  screenshotMaxNoiseRendered: 0.15,
  /**
   * A screen always shows something bright: text, icons, a light background (dark mode's text is near white). An
   * image whose brightest pixels (99.5th percentile of luma) stay below this is an underexposed photo, whose
   * crushed shadows and JPEG blocks look "flat" and "noise-free"; it is never taken for a screenshot, so it still
   * gets the too-dark check. Found in Firefox, whose downscale smooths a 7%-exposure photo into flat blocks.
   */
  screenshotMinBrightestLuma: 100,
  /** Noise is measured on smooth pixels: a luma gradient (|gx| + |gy| over 2 px) at most this. */
  noiseMaxGradient: 24,
  /** With fewer smooth mid-tone pixels than this share of the frame, there is no noise to measure (0). */
  noiseMinSmoothShare: 0.02,

  // ---- Size ----------------------------------------------------------------------------------------------------
  /**
   * Too small to judge condition when the photo as received is under these sizes. 1024x768 passes; 800x600 or
   * 960x540 do not. REAL-PHOTOS: check what size the platform serves attachments at; if it downsizes, lower these.
   */
  minShortSide: 600,
  minLongSide: 900,

  // ---- Duplicates ----------------------------------------------------------------------------------------------
  /**
   * Same photo when the 64-bit dHashes differ in at most this many bits. The same synthetic scene resized by
   * another method, re-noised or re-encoded as JPEG 40 differs by 0-3 bits; the toolchain notes measured "a few
   * bits" across browser resize paths.
   */
  duplicateMaxDistance: 8,
  /**
   * ...and the 256-bit fine hashes in at most this many. The 64-bit hash only sees the layout: the front and the
   * back of a black phone lying on the same spot differ by 0 bits there, and by 12 at 16x16. Copies of one
   * photo differ by 0 (JPEG 40, full or reduced size) to 9 bits (nearest-neighbour resize plus noise); a phone
   * moved by 2% of the frame by 18; lit and dark screen by 55. REAL-PHOTOS: browser resize paths were measured
   * for the 64-bit hash only ("a few bits"); check the fine hash on real copies before trusting it.
   */
  duplicateMaxFineDistance: 10,
} as const;

/**
 * How assign.ts weighs its clues when it suggests a shot for each photo (points, summed per photo). Tuned on the
 * scenarios in tests/unit/photos/assign.test.ts: guide order, one shot skipped, the back sent first, a re-shoot.
 * The lit-screen clue is the strongest because it is the only one that reads the picture; order comes next
 * because most customers follow the guide's list; shape is a tie-breaker (people rotate their phone freely).
 */
export const ASSIGNMENT_WEIGHTS = {
  /** Any photo placed in a free shot (leaving it unplaced scores 0). */
  placed: 1,
  /** The shot comes after the previous photo's shot in the guide's list. */
  inOrder: 1.5,
  /** ...and directly after it. */
  nextInOrder: 0.5,
  /**
   * Per step between a photo's place in the sequence (1st, 2nd...) and the shot's place in the guide's list.
   * Breaks ties the order bonus leaves: with the back sent first and the rest in order, "the first photo is the
   * back" beats "the first photo is the bottom and everything else moved up one".
   */
  displacement: -0.25,
  /** A lit screen in the "screen on" shot. */
  litWhereExpected: 3,
  /** A dark screen in the "screen off" shot (weaker: a black phone's back also reads as a dark screen). */
  darkWhereExpected: 1,
  /** A lit screen where it should be off, or a dark one where it should be on. */
  screenMismatch: -3,
  /**
   * A lit screen in a shot without a screen (a side, the back). Mild: a white or pastel phone back on a dark
   * table reads as "lit" too, and must still land on "back" when it comes where the back is expected.
   */
  litWhereNoScreen: -1,
  shapeMatch: 0.3,
  shapeMismatch: -0.7,
  /** Long/short ratio under this counts as square: no shape clue. */
  squareMaxRatio: 1.1,
} as const;
