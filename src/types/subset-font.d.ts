// subset-font 2.9 ships no types, and @types/subset-font (2.3) lacks the options used here.
declare module 'subset-font' {
  interface SubsetFontOptions {
    /** Output format; defaults to the input's. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** OpenType layout features to keep (all when omitted). */
    keepFeatures?: readonly string[];
    /** Pin or narrow variation axes. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  /** A subset of `font` (sfnt, woff or woff2) holding the glyphs for `text`. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
