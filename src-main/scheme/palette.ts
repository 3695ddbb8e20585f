/**
 * The colours labels get by default, from the Okabe–Ito palette: chosen so
 * that the labels stay apart for colour-blind annotators (deuteranopia above
 * all), and light enough or dark enough for a readable badge
 * (tests/unit/scheme/palette.test.ts checks both). Only new databases and new
 * labels take them: a database keeps the colours it has.
 */
export const DEFAULT_LABEL_COLORS = {
  EVENT: '#e69f00',
  NUMBER: '#0072b2',
  ACTOR: '#009e73',
  TIME: '#56b4e9',
  PLACE: '#d55e00',
} as const;

/** What a label created without a colour gets, in turn: the defaults, then the rest of Okabe–Ito. */
const NEW_LABEL_COLORS: readonly string[] = [...Object.values(DEFAULT_LABEL_COLORS), '#cc79a7', '#f0e442'];

/** The colour a new label gets when the scheme has `count` labels and none is given. */
export const newLabelColor = (count: number): string =>
  NEW_LABEL_COLORS[count % NEW_LABEL_COLORS.length] ?? DEFAULT_LABEL_COLORS.EVENT;
