/**
 * The layers of dateline and the one direction imports may take (docs/architecture.md):
 *
 *   errors, version          ← anything
 *   doc                      ← stages ← analysis ← cli
 *   pipeline (the contract)  ← stages;   pipeline (the runner) ← analysis
 *   ingest, output           ← analysis, store, cli
 *   store                    ← cli (beside pipeline: it knows outputs, never stages or the CLI)
 *   eval                     ← cli (eval may use the analysis and the store)
 *   queue                    ← cli (the work queue: pg-boss, the analysis and the store)
 *
 * Checked by test/architecture.test.ts (part of `npm test`); run by hand with `npm run deps`.
 */
const layer = (name) => `^src/${name}/`;

/** `from` may not import any of `to`. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two files one concept; move what both need into a third file.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    forbid('errors-at-the-bottom', 'errors/ is the catalogue every layer uses; it imports nothing of dateline.', layer('errors'), '^src/(?!errors/)'),
    forbid('doc-at-the-bottom', 'doc/ holds the text and its layers; it knows no stage, runner or command.', layer('doc'), '^src/(?!(doc|errors)/)'),
    forbid(
      'stages-below-the-runner',
      'A stage knows the document and the stage contract (pipeline/stage.ts), never the runner, the analysis, the store or the CLI.',
      layer('stages'),
      '^src/(pipeline/(?!stage\\.ts$)|analysis|cli|store|eval|bench|ingest|output)',
    ),
    forbid(
      'pipeline-knows-the-contract-only',
      'pipeline/ runs any stages it is given; the concrete list is src/analysis/default-pipeline.ts.',
      layer('pipeline'),
      '^src/(stages|analysis|cli|store|eval|bench|ingest)/',
    ),
    forbid('ingest-reads-only', 'ingest/ turns inputs into source documents.', layer('ingest'), '^src/(stages|pipeline|analysis|cli|store|eval|output)/'),
    forbid('output-below-analysis', 'output/ is the dateline/1 contract.', layer('output'), '^src/(stages|analysis|cli|store|eval|ingest)/'),
    forbid('analysis-is-the-library', 'analysis/ is the library entry: no CLI, no store.', layer('analysis'), '^src/(cli|store|eval|bench)/'),
    forbid(
      'store-beside-pipeline',
      'The store stores outputs: it never imports the CLI, the analysis or a stage (a stage lexicon is data it may read).',
      layer('store'),
      '^src/(cli|analysis|stages/(?!entities/lexicon/)|eval|ingest)/',
    ),
    forbid('eval-below-cli', 'eval/ scores the library (and, for timelines, the store it fills); the CLI calls it.', layer('eval'), '^src/(cli|bench)/'),
    forbid(
      'queue-under-the-cli',
      'queue/ (the work queue on PostgreSQL) runs the analysis and writes the store; only the CLI uses it.',
      '^src/(?!(queue|cli)/)',
      '^src/queue/',
    ),
    forbid('nothing-imports-the-cli', 'The CLI is the top layer.', '^src/(?!cli/)', '^src/cli/'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
