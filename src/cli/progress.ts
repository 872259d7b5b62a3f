import type { WriteStream } from 'node:tty';
import type { AddOutcome } from '../store/write-batch.js';

/** Counts of an ingest run. */
export interface IngestCounts {
  read: number;
  /** Documents analysed (the others were unchanged, or failed to read). */
  analysed: number;
  /** Documents finished: analysed, found unchanged, or failed to read. */
  done: number;
  /** Articles written by committed transactions. */
  stored: number;
  added: number;
  versions: number;
  reanalysed: number;
  unchanged: number;
  failed: number;
  /** Syndicated copies kept (same text and date as an article stored under another id). */
  copies?: number;
}

export function emptyCounts(): IngestCounts {
  return { read: 0, analysed: 0, done: 0, stored: 0, added: 0, versions: 0, reanalysed: 0, unchanged: 0, failed: 0 };
}

/** Adds what the store did with each article of a batch to `counts`. */
export function countOutcomes(counts: IngestCounts, outcomes: readonly AddOutcome[]): void {
  for (const outcome of outcomes) {
    if (outcome === 'added') counts.added++;
    else if (outcome === 'new-version') counts.versions++;
    else if (outcome === 'reanalysed') counts.reanalysed++;
    else if (outcome === 'copy') counts.copies = (counts.copies ?? 0) + 1;
    else counts.unchanged++;
  }
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The one line a finished ingest prints. */
export function summaryLine(c: IngestCounts, seconds: number, where: string): string {
  const rate = seconds > 0 ? c.read / seconds : 0;
  return (
    `ingested ${c.read} documents into ${where} in ${seconds.toFixed(1)} s (${rate.toFixed(1)}/s): ` +
    `${c.added} added, ${c.versions} new versions, ${c.reanalysed} re-analysed, ${c.unchanged} unchanged, ${c.failed} failed${c.copies ? `, ${c.copies} copies` : ''}`
  );
}

/**
 * A progress bar with rate and ETA, redrawn on a terminal at most 10 times a second.
 * Off a terminal it draws nothing (the caller prints one summary line at the end).
 */
export class ProgressBar {
  readonly #stream: WriteStream | null;
  readonly #started = performance.now();
  #total: number | null = null;
  #drawn = 0;

  constructor(stream: { readonly isTTY?: boolean }) {
    this.#stream = stream.isTTY ? (stream as unknown as WriteStream) : null;
  }

  set total(total: number | null) {
    this.#total = total;
  }

  update(c: IngestCounts, force = false): void {
    if (!this.#stream) return;
    const now = performance.now();
    if (!force && now - this.#drawn < 100) return;
    this.#drawn = now;
    const seconds = (now - this.#started) / 1000;
    // Rate and ETA count documents finished (analysed, unchanged or failed), not merely read.
    const rate = seconds > 0 ? c.done / seconds : 0;
    const total = this.#total;
    const width = 24;
    let bar: string;
    let tail: string;
    if (total && total > 0) {
      const done = Math.min(1, c.done / total);
      const filled = Math.round(done * width);
      bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${c.done}/${total} ${(done * 100).toFixed(0)}%`;
      tail = `ETA ${clock(rate > 0 && c.done > 0 ? (total - c.done) / rate : Number.POSITIVE_INFINITY)}`;
    } else {
      bar = `${c.done} done (${c.read} read)`;
      tail = `elapsed ${clock(seconds)}`;
    }
    const line = `${bar}  ${rate.toFixed(1)}/s  ${tail}  analysed ${c.analysed} stored ${c.stored}  +${c.added} ~${c.versions} =${c.unchanged} !${c.failed}`;
    this.#stream.write(`\r${line.slice(0, (this.#stream.columns || 100) - 1)}\x1b[K`);
  }

  /** Clears the bar so the summary line stands alone. */
  done(): void {
    this.#stream?.write('\r\x1b[K');
  }
}
