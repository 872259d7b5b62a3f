import type { Doc } from '../doc/doc.js';
import { checkSpans } from '../doc/invariants.js';
import { DatelineError } from '../errors/codes.js';
import type { StageProblem } from '../pipeline/pipeline.js';
import { type DocumentOutput, DocumentSchema, SCHEMA_VERSION } from './schema.js';

/** The `dateline/1` object for an analysed document. Layers no stage set are empty arrays. */
export function toOutput(doc: Doc, problems: readonly StageProblem[] = []): DocumentOutput {
  const out: DocumentOutput = {
    schema: SCHEMA_VERSION,
    id: doc.id,
    date: doc.date,
    text: doc.text,
    title: doc.meta.title ?? null,
    url: doc.meta.url ?? null,
    outlet: doc.meta.outlet ?? null,
    authors: [...(doc.meta.authors ?? [])],
    published: doc.meta.published ?? null,
    language: doc.meta.language ?? null,
    entities: doc.find('entities') ?? [],
    attributions: doc.find('attributions') ?? [],
    timexes: doc.find('timexes') ?? [],
    events: doc.find('events') ?? [],
    contradictions: (doc.find('contradictions') ?? []).map((p) => ({
      id: p.id,
      kind: p.kind,
      a: withoutClaim(p.a),
      b: withoutClaim(p.b),
      reason: p.reason,
      confidence: p.confidence,
      rule: p.rule,
    })),
  };
  if (doc.meta.publishedRaw !== undefined) out.publishedRaw = doc.meta.publishedRaw;
  if (doc.meta.feed !== undefined) out.feed = { url: doc.meta.feed.url, guid: doc.meta.feed.guid, date: doc.meta.feed.date };
  if (problems.length > 0)
    out.problems = problems.map((p) => ({ stage: p.stage, rule: p.rule, reason: p.reason, ...(p.span && { span: p.span }) }));
  return out;
}

/** A pair side as printed: the claims layer is internal, so its id stays out. */
function withoutClaim<T extends { claim?: string | null }>(side: T): Omit<T, 'claim'> {
  const { claim: _claim, ...rest } = side;
  return rest;
}

/**
 * Checks an output object against the contract: the zod schema, and every span against
 * the text. Throws E_SCHEMA naming the first violation.
 */
export function validateOutput(out: DocumentOutput): DocumentOutput {
  const parsed = DocumentSchema.safeParse(out);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DatelineError('E_SCHEMA', `${issue?.path.join('.') ?? '$'}: ${issue?.message ?? 'invalid'}`);
  }
  const violations = checkSpans(parsed.data.text, { ...parsed.data, text: undefined });
  if (violations.length > 0) {
    const v = violations[0];
    throw new DatelineError('E_SCHEMA', `${v?.path}: ${v?.problem}`);
  }
  return out as DocumentOutput;
}
