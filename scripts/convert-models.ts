/**
 * Re-encodes the committed model files from their old private formats into the one model
 * file of `src/learn/model-file.ts` (no retraining: the same numbers, bit for bit). A file
 * already in the new format is left as it is.
 *
 *   npx tsx scripts/convert-models.ts            # models/ner-perceptron.bin.gz, attribution.bin.gz, events.bin.gz
 *   npx tsx scripts/convert-models.ts FILE...    # other files (e.g. the CV fold models in .folds/)
 *
 * Old formats: `dateline-ner/2` (NER's own), `dateline-attribution/3` (per tagger bucket
 * deltas + int16 rows) and `dateline-events/1` (the same for one perceptron).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { encodeModelFile, type Json, MODEL_FORMAT, type ModelArray } from '../src/learn/model-file.js';
import { ATTRIBUTION_MODEL, MODEL_PATH } from '../src/stages/attribution/model-file.js';
import { DEFAULT_NER_MODEL } from '../src/stages/entities/ner/model.js';
import { encodeModel, type ModelData, type NerInfo } from '../src/stages/entities/ner/model-file.js';
import { EVENTS_MODEL, EVENTS_MODEL_PATH } from '../src/stages/events/model-file.js';

/** The uncompressed bytes and JSON header of a `[u32 length][JSON][body]` file. */
function open(path: string): { data: Buffer; header: Record<string, unknown>; body: number } {
  const data = gunzipSync(readFileSync(path));
  const length = data.readUInt32LE(0);
  return { data, header: JSON.parse(data.subarray(4, 4 + length).toString('utf8')) as Record<string, unknown>, body: 4 + length };
}

/** Reads consecutive typed arrays from `data` starting at `at`. */
function reader(data: Buffer, at: number) {
  const take = (bytes: number): ArrayBuffer => {
    if (at + bytes > data.length) throw new Error('old model file is truncated');
    const out = new ArrayBuffer(bytes);
    new Uint8Array(out).set(data.subarray(at, at + bytes));
    at += bytes;
    return out;
  };
  return {
    u32: (n: number) => new Uint32Array(take(4 * n)),
    i16: (n: number) => new Int16Array(take(2 * n)),
    f32: (n: number) => new Float32Array(take(4 * n)),
    end: () => at,
  };
}

/** `dateline-ner/2`: keys u32 × n, weights i16 × n·9, trans1, trans2, history f32. */
function convertNer(path: string): void {
  const { data, header, body } = open(path);
  if (header.format === MODEL_FORMAT) {
    console.log(`${path}: already ${MODEL_FORMAT}`);
    return;
  }
  if (header.format !== 'dateline-ner/2') throw new Error(`${path}: format ${String(header.format)}`);
  const info = header as unknown as NerInfo;
  const T = info.tags.length;
  const r = reader(data, body);
  const m: ModelData = {
    header: { tags: info.tags, features: info.features, scale: info.scale, trainedOn: info.trainedOn, epochs: info.epochs },
    keys: r.u32(info.features),
    weights: r.i16(info.features * T),
    trans1: r.f32((T + 1) * T),
    trans2: r.f32((T + 1) * (T + 1) * T),
    history: r.f32(12 * T),
  };
  if (r.end() !== data.length) throw new Error(`${path}: ${data.length - r.end()} bytes left over`);
  writeFileSync(path, encodeModel(m));
  console.log(`${path}: dateline-ner/2 -> ${MODEL_FORMAT}`);
}

interface OldPerceptron {
  readonly name: string;
  readonly labels: string[];
  readonly rows: number;
  readonly scale: number;
}

/** Perceptrons stored as `[deltas u32 × rows][weights i16 × rows·labels]` one after another, re-encoded as they are. */
function convertPerceptrons(
  path: string,
  oldFormat: string,
  model: string,
  list: (header: Record<string, unknown>) => { perceptrons: OldPerceptron[]; extra: { [key: string]: Json } },
): void {
  const { data, header, body } = open(path);
  if (header.format === MODEL_FORMAT) {
    console.log(`${path}: already ${MODEL_FORMAT}`);
    return;
  }
  if (header.format !== oldFormat) throw new Error(`${path}: format ${String(header.format)}`);
  const { perceptrons, extra } = list(header);
  const r = reader(data, body);
  const arrays = new Map<string, ModelArray>();
  for (const p of perceptrons) {
    arrays.set(`${p.name}.deltas`, r.u32(p.rows));
    arrays.set(`${p.name}.weights`, r.i16(p.rows * p.labels.length));
  }
  if (r.end() !== data.length) throw new Error(`${path}: ${data.length - r.end()} bytes left over`);
  const entries = perceptrons.map(({ name, labels, rows, scale }) => ({ name, labels, rows, scale }));
  writeFileSync(path, encodeModelFile(model, arrays, { hashBits: header.hashBits as number, perceptrons: entries, ...extra }));
  console.log(`${path}: ${oldFormat} -> ${MODEL_FORMAT}`);
}

const attribution = (h: Record<string, unknown>) => ({ perceptrons: h.taggers as OldPerceptron[], extra: {} });
const events = (h: Record<string, unknown>) => ({
  perceptrons: [{ name: 'trigger', labels: h.labels as string[], rows: h.rows as number, scale: h.scale as number }],
  extra: { training: h.info as { [key: string]: Json } },
});

/** Converts the file at `path`, whichever old format it is in. */
function convert(path: string): void {
  const format = open(path).header.format;
  if (format === 'dateline-ner/2' || format === MODEL_FORMAT) convertNer(path);
  else if (format === 'dateline-attribution/3') convertPerceptrons(path, 'dateline-attribution/3', ATTRIBUTION_MODEL, attribution);
  else if (format === 'dateline-events/1') convertPerceptrons(path, 'dateline-events/1', EVENTS_MODEL, events);
  else throw new Error(`${path}: unknown format ${String(format)}`);
}

const paths = process.argv.slice(2);
for (const path of paths.length > 0 ? paths : [DEFAULT_NER_MODEL, MODEL_PATH, EVENTS_MODEL_PATH]) convert(path);
