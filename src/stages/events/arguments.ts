import type { Entity, EventParticipant, Token } from '../../doc/layers.js';
import { closesClause, type EventContext } from './context.js';

/** Participants and place of an event, each with the rule that found it. */
export interface EventArguments {
  readonly participants: EventParticipant[];
  readonly place: string | null;
  readonly rules: string[];
}

const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside']);
const BE = /^(is|are|am|was|were|be|been|being|'s|’s|'re|’re)$/i;
const PLACES = new Set(['GPE', 'LOC']);
const ACTORS = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

function isPassive(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i] as Token;
  if (t.pos !== 'VERB' || t.text.toLowerCase() === t.lemma || t.text.toLowerCase().endsWith('ing')) return false;
  for (let j = i - 1; j >= from && j >= i - 3; j--) {
    const w = tokens[j] as Token;
    if (BE.test(w.text)) return true;
    if (w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

/** The entity nearest before token `i` in its clause (the subject of a verb), or undefined. */
function before(ctx: EventContext, i: number, from: number): Entity | undefined {
  for (let j = i - 1; j >= from && j >= i - 10; j--) {
    const t = ctx.tokens[j] as Token;
    const e = ctx.entityAt[j];
    if (e && ACTORS.has(e.type)) return e;
    if (closesClause(t) || (t.pos === 'VERB' && j < i - 1)) return undefined;
  }
  return undefined;
}

/** The entities after token `i` in its clause, within `span` tokens: [entity, index, word before it]. */
function after(ctx: EventContext, i: number, to: number, span: number): [Entity, number, string][] {
  const out: [Entity, number, string][] = [];
  for (let j = i + 1; j < to && j <= i + span; j++) {
    const t = ctx.tokens[j] as Token;
    const e = ctx.entityAt[j];
    if (e) {
      out.push([e, j, (ctx.tokens[j - 1] as Token).text.toLowerCase()]);
      j = (ctx.mentionEnd[j] as number) - 1;
      continue;
    }
    if (closesClause(t) || t.pos === 'VERB') break;
  }
  return out;
}

/**
 * Agent and patient as entity ids, and the place, from the words around the trigger:
 * a verb's subject before it and object after it (swapped in the passive, "by X" the agent),
 * a noun's "of X" (patient) and "by X" (agent), "X's" (the patient of a `harmful` event, a killing
 * or an arrest, else the agent); the place from "in/at X" with X a GPE or LOC
 * in the clause, or a place named before the patient's title ("the murder of CITY Mayor NAME").
 */
export function eventArguments(ctx: EventContext, i: number, from: number, to: number, harmful: boolean): EventArguments {
  const t = ctx.tokens[i] as Token;
  const participants: EventParticipant[] = [];
  const rules: string[] = [];
  let place: string | null = null;
  const add = (e: Entity | undefined, role: string, rule: string): void => {
    if (!e || participants.some((p) => p.entity === e.id)) return;
    participants.push({ entity: e.id, role });
    rules.push(rule);
  };
  const following = after(ctx, i, to, 8);
  const people = following.filter(([e]) => !PLACES.has(e.type));
  if (t.pos === 'VERB' || t.pos === 'AUX') {
    const passive = isPassive(ctx.tokens, i, from);
    const subject = before(ctx, i, from);
    if (passive) {
      add(subject, 'patient', 'events/participant-passive-subject');
      const by = following.find(([, , w]) => w === 'by');
      if (by) add(by[0], 'agent', 'events/participant-passive-by');
    } else {
      add(subject, 'agent', 'events/participant-subject');
      const object = following.find(([e, j, w]) => j <= i + 4 && w !== 'by' && !PLACE_PREPS.has(w) && ACTORS.has(e.type));
      if (object) add(object[0], 'patient', 'events/participant-object');
    }
  } else {
    const of = following.find(([, , w]) => w === 'of');
    const by = following.find(([, , w]) => w === 'by');
    if (of) {
      // "of CITY Mayor NAME": the person after the place is the patient, the place the event's place
      const person = people.find(([, j]) => j > of[1]);
      if (PLACES.has(of[0].type) && person && person[1] <= of[1] + 4) {
        add(person[0], 'patient', 'events/participant-of');
        place = of[0].name;
        rules.push('events/place-patient-title');
      } else add(of[0], 'patient', 'events/participant-of');
    }
    if (by) add(by[0], 'agent', 'events/participant-by');
    const owner = i >= 2 && /^['’]s$/.test((ctx.tokens[i - 1] as Token).text) ? ctx.entityAt[i - 2] : undefined;
    if (owner && !by) add(owner, of || !harmful ? 'agent' : 'patient', 'events/participant-possessive');
  }
  if (place === null) {
    const inX = following.find(([e, , w]) => PLACES.has(e.type) && PLACE_PREPS.has(w));
    if (inX) {
      place = inX[0].name;
      rules.push('events/place-in');
    }
  }
  return { participants, place, rules };
}
