import type { Contradiction } from './pair.js';

/** A pair a rule proposes, before ids are given and duplicates dropped. */
export type Candidate = Omit<Contradiction, 'id'>;
