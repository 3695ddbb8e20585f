/** The loss report: what a format could not hold, summed by kind, never silent. */
import type { Loss } from './types.ts';
import { mainEn } from '../text/messages/en.ts';
import { english, type MainText } from '../text/messages/say.ts';

/** The kinds a report counts by, from the catalogue, so that the window can name them in its language. */
export const LOSS_KIND = mainEn.losses.kind;

/**
 * One loss, its message composed from the catalogue; a kind the file names
 * (`losses.kindOf`) comes as data too, counted by its English.
 */
export function lost(document: string, item: string | null, kind: string | MainText, text: MainText): Loss {
  const loss = { document, item, message: english(text), text };
  return typeof kind === 'string' ? { ...loss, kind } : { ...loss, kind: english(kind), kindText: kind };
}

/** Losses listed one by one in a report; the rest are only counted. */
export const LOSSES_LISTED = 20;

export interface LossReport {
  /** How many of each kind, in the order the kinds first came; `text`: the kind as data (Loss.kindText). */
  counts: { kind: string; count: number; text?: MainText | undefined }[];
  total: number;
  /** The first LOSSES_LISTED losses. */
  listed: Loss[];
}

export class LossTally {
  private readonly counts = new Map<string, { count: number; text?: MainText | undefined }>();
  private readonly listed: Loss[] = [];
  private total = 0;

  add(losses: readonly Loss[]): void {
    for (const loss of losses) {
      this.total++;
      const seen = this.counts.get(loss.kind);
      if (seen) seen.count++;
      else this.counts.set(loss.kind, { count: 1, text: loss.kindText });
      if (this.listed.length < LOSSES_LISTED) this.listed.push(loss);
    }
  }

  /**
   * Another tally's report, as if its losses were added here one by one:
   * a page's, tallied on the thread that converted it, so that only its
   * counts and first losses cross to the thread that writes.
   */
  addReport(report: LossReport): void {
    this.total += report.total;
    for (const { kind, count, text } of report.counts) {
      const seen = this.counts.get(kind);
      if (seen) seen.count += count;
      else this.counts.set(kind, { count, text });
    }
    for (const loss of report.listed) {
      if (this.listed.length >= LOSSES_LISTED) break;
      this.listed.push(loss);
    }
  }

  report(): LossReport {
    return {
      counts: [...this.counts].map(([kind, { count, text }]) =>
        text ? { kind, count, text } : { kind, count },
      ),
      total: this.total,
      listed: [...this.listed],
    };
  }
}

export const describeLoss = (l: Loss): string =>
  `${l.document}${l.item === null ? '' : ` ${l.item}`}: ${l.kind}: ${l.message}`;

/**
 * The report as lines for stderr and the app's dialog: `heading` with the
 * counts by kind, then the first losses, then how many more. Empty when
 * nothing was lost.
 */
export function lossLines(report: LossReport, heading: string): string[] {
  if (report.total === 0) return [];
  const counts = report.counts.map((c) => `${c.count} ${c.kind}`).join(', ');
  const lines = [`${heading}: ${report.total} lost (${counts})`];
  lines.push(...report.listed.map((l) => `  ${describeLoss(l)}`));
  const more = report.total - report.listed.length;
  if (more > 0) lines.push(`  … and ${more} more`);
  return lines;
}

/** Our JSONL holds everything; what it loses is what the export's choice (one layer) left out. */
export const exportHeading = (format: string): string =>
  format === 'jsonl' ? 'left out of the export' : `${format} could not hold everything`;
export const IMPORT_HEADING = 'not imported (our records have no place for it)';
