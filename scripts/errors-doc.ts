import { writeFileSync } from 'node:fs';
import { errorTableMarkdown } from '../src/errors/error-table.js';

/** Writes docs/errors.md from the error catalogue (`npm run docs:errors`). */
writeFileSync(new URL('../docs/errors.md', import.meta.url), errorTableMarkdown());
