/**
 * Discourse markers that set two accounts against each other, each with its rule id. The
 * left side of a contrast marker holds one account, the right side the other.
 */
export const CONTRAST_MARKERS =
  /\b(?:in contrast (?:to|with)|contrary to|at odds with|contradict(?:s|ed|ing)?|in conflict with|conflicts? with|inconsistent with|differs? from|disputed|contradicted by|runs counter to)\b/i;

/** Words by which an article calls a claim false or unsupported. Rule `contradictions/fact-check`. */
export const FACT_CHECK_MARKERS =
  /\b(?:false(?:ly)?|misleading(?:ly)?|untrue|not true|inaccurate(?:ly)?|baseless|debunked|unfounded|unsubstantiated|no evidence|without evidence|wrongly|incorrect(?:ly)?|(?:a|the) lie\b|lied|bogus|fabricated|erroneous(?:ly)?|no proof|not supported by)\b/i;

/** Verbs of denial outside a claim's cue ("has denied the report"). */
export const DENIAL_WORDS =
  /\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted)?|disput(?:e|es|ed|ing)|push(?:ed)? back)\b/i;

/** Nouns for an outlet's account. */
export const REPORT_WORDS = /\b(?:report(?:s|ing)?|story|article|investigation|documents?|memo|coverage|account)\b/i;
