import { expect, it } from 'vitest';
import * as dateline from '../src/index.js';

it('pins the public exports (a change here is an API change)', () => {
  expect(Object.keys(dateline).sort()).toEqual([
    'DatelineError',
    'Doc',
    'DocumentSchema',
    'ERRORS',
    'Pipeline',
    'SCHEMA_VERSION',
    'analyse',
    'analyseInputs',
    'checkDoc',
    'checkSpans',
    'defaultPipeline',
    'defaultStages',
    'readInputs',
    'spanOf',
    'toOutput',
    'validateOutput',
  ]);
});
