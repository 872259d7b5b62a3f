/** The contradiction types live with the other annotation types in doc/; the stage's files import them from here. */
export * from '../../doc/contradiction.js';
