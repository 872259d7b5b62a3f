/** One sentence of a CoNLL-2003 file: its tokens and their gold NER tags (IOB2 or IOB1). */
export interface ConllSentence {
  readonly words: string[];
  readonly pos: string[];
  readonly tags: string[];
}

/** The sentences between two `-DOCSTART-` lines. */
export interface ConllDoc {
  readonly sentences: ConllSentence[];
}

/**
 * Reads CoNLL-2003 text (`token POS chunk NER` per line, blank lines between sentences,
 * `-DOCSTART-` between documents). The NER tag is the last column.
 */
export function parseConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let sent: ConllSentence = { words: [], pos: [], tags: [] };
  const flushSentence = (): void => {
    if (sent.words.length > 0) doc.sentences.push(sent);
    sent = { words: [], pos: [], tags: [] };
  };
  const flushDoc = (): void => {
    flushSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line === '') {
      flushSentence();
      continue;
    }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') {
      flushDoc();
      continue;
    }
    sent.words.push(cols[0] as string);
    sent.pos.push(cols.length > 2 ? (cols[1] as string) : '');
    sent.tags.push(cols[cols.length - 1] as string);
  }
  flushDoc();
  return docs;
}
