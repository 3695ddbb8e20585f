/**
 * Stand-ins for the NUMBER and TIME rules until their modules land
 * (src-main/text/dutch, written in parallel): same signatures, nothing found.
 */
import type { NumberMention, TimeMention } from '../text/dutch/mention.ts';

export const findNumbers = (_text: string): NumberMention[] => [];
export const findTimes = (_text: string, _articleDate: string | null): TimeMention[] => [];
