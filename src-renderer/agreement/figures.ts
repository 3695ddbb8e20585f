/** A figure as the Agreement screen shows it: three decimals, or a dash where it is not defined. */
export const figure = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : value.toFixed(3);
