/**
 * The text size a person chose, as a factor of the app's own sizes. Steps like a browser's zoom, from small print to
 * what reads on a projector; every font size of the interface is a multiple of it (app.css `--text-scale`).
 */
export const TEXT_SCALES = [0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6] as const;
export const DEFAULT_TEXT_SCALE = 1;
export const MIN_TEXT_SCALE = TEXT_SCALES[0];
export const MAX_TEXT_SCALE = TEXT_SCALES[TEXT_SCALES.length - 1] as number;

/** The next step up, or the largest; a value between steps goes to the step above it. */
export const largerTextScale = (scale: number): number =>
  TEXT_SCALES.find((step) => step > scale + 1e-9) ?? MAX_TEXT_SCALE;

/** The next step down, or the smallest. */
export const smallerTextScale = (scale: number): number =>
  [...TEXT_SCALES].reverse().find((step) => step < scale - 1e-9) ?? MIN_TEXT_SCALE;
