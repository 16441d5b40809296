/** Types for font-cmap.mjs. */
export function fontCodePoints(buffer: Buffer): Set<number>;
