import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import type { Attribution } from '../src/doc/layers.js';
import { speaksForSomeone } from '../src/stages/speakers/proxy-source.js';

// Sentences written for this project (no corpus text).
describe('sources that speak for someone else', () => {
  it.each([
    ["Teresa Okafor's campaign", true],
    ['Teresa Okafor’s team', true],
    ["the Reyes campaign's press secretary", true],
    ["Teresa Okafor's campaign manager Daniel Reyes", true],
    ['A spokeswoman for Teresa Okafor', true],
    ['an aide to Mayor Daniel Reyes', true],
    ['lawyers for the Halvard port authority', true],
    // negatives: the person speaks
    ['Teresa Okafor', false],
    ['Mayor Daniel Reyes, who heads the campaign', false],
    ["Okafor's rival Daniel Reyes", false],
    ['the spokeswoman', false],
    ['She', false],
  ])('%s → %s', (source, proxy) => {
    expect(speaksForSomeone(source)).toBe(proxy);
  });
});

const pipeline = defaultPipeline();
function attributions(text: string): Attribution[] {
  const doc = new Doc({ id: 't', date: '2026-03-06', text, meta: {} });
  pipeline.run(doc);
  return doc.get('attributions');
}

describe('a proxy is not filed under the person it speaks for', () => {
  it.each([
    ["Mayor Teresa Okafor's campaign said the debate would go ahead on Monday.", /Okafor/],
    ['A spokeswoman for Mayor Teresa Okafor said the debate would go ahead on Monday.', /Okafor/],
  ])('%s', (text, notSpeaker) => {
    const [a] = attributions(text);
    expect(a).toBeDefined();
    expect(a?.speaker?.name ?? '').not.toMatch(new RegExp(`^${notSpeaker.source}|^Teresa Okafor$|^Mayor Teresa Okafor$`));
  });
  it('names the person after the proxy noun: "X\'s campaign manager Daniel Reyes"', () => {
    const [a] = attributions("Teresa Okafor's campaign manager Daniel Reyes said the debate would go ahead on Monday.");
    expect(a?.speaker?.name).toMatch(/Daniel Reyes/);
  });
  it('negative: the candidate herself is still the speaker', () => {
    const [a] = attributions('Mayor Teresa Okafor said the debate would go ahead on Monday.');
    expect(a?.speaker?.name).toMatch(/Teresa Okafor/);
  });
});
