import type { CalendarDate } from '../eligibility/calendarDate';
import type { Profile, ProfileField } from '../eligibility/types';
import type { DateReading } from './dateMentions';
import { checkBirthDate } from './parseDate';
import { completeDate, completeRange, groupDates, type DateItem, type DateRole } from './resolveDates';
import type { RejectedFact } from './types';

/** The date facts of one reading of a message, and where the dates were. */
export interface AssignedDates {
  facts: Partial<Profile>;
  rejected: RejectedFact[];
  spans: { index: number; end: number }[];
}

type Cue = 'birth' | 'passport' | 'start' | 'end' | 'internship' | 'studies';

const CUES: [Cue, RegExp][] = [
  ['birth', /\b(?:born|birth|birthday|dob|d\.o\.b|birthdate)\b/g],
  ['passport', /\b(?:passport|expir\w*)\b/g],
  ['start', /\b(?:start\w*|begin\w*|commenc\w*|arriv\w*)\b/g],
  ['end', /\b(?:end|ends|ending|finish\w*|last day|leav\w*)\b/g],
  ['internship', /\b(?:internship|placement|co-?op|work term|job|contract|traineeship|position|employment|work|working|permit)\b/g],
  ['studies', /\b(?:uni|university|college|school|study|studies|studying|studied|degree|bachelor\w*|master\w*|phd|graduat\w*|grad|semester|course|exams?|thesis|diploma)\b/g],
];

const SINCE_BEFORE = /\b(?:from|starting|beginning)\s+(?:the\s+)?$/i;
const UNTIL_BEFORE = /\b(?:until|till|through)\s+(?:the\s+)?$/i;

/**
 * The cue of a date: the nearest cue word between the previous date (or the sentence start) and this
 * one, a specific one (born, passport, start, end) before a general one (internship); for a single
 * date, else the first cue word after it, before the next date. Words about studies with no word about
 * the internship ("I finished uni in June") make it a date of the studies.
 */
function cueOf(text: string, item: DateItem, previousEnd: number, nextIndex: number): Cue | undefined {
  const lower = text.toLowerCase();
  const sentenceStart = Math.max(lower.lastIndexOf('. ', item.index), lower.lastIndexOf('? ', item.index), lower.lastIndexOf('! ', item.index), -1) + 1;
  const from = Math.max(sentenceStart, previousEnd);
  const sentenceEnd = [...lower.slice(item.end).matchAll(/[.!?](?:\s|$)/g)].map((m) => m.index + item.end)[0] ?? lower.length;
  const to = Math.min(nextIndex, sentenceEnd);
  const before: { cue: Cue; at: number }[] = [];
  const after: { cue: Cue; at: number }[] = [];
  for (const [cue, pattern] of CUES) {
    for (const m of lower.matchAll(pattern)) {
      if (m.index >= from && m.index < item.index) before.push({ cue, at: m.index });
      if (m.index >= item.end && m.index < to) after.push({ cue, at: m.index });
    }
  }
  const nearest = (found: { cue: Cue; at: number }[], last: boolean): Cue | undefined => {
    const aboutStudies = found.some((f) => f.cue === 'studies')
      && !found.some((f) => f.cue === 'internship' || f.cue === 'birth' || f.cue === 'passport');
    if (aboutStudies) return 'studies';
    const specific = found.filter((f) => f.cue !== 'internship' && f.cue !== 'studies');
    const pool = specific.length > 0 ? specific : found.filter((f) => f.cue === 'internship');
    pool.sort((a, b) => (last ? b.at - a.at : a.at - b.at));
    return pool[0]?.cue;
  };
  return nearest(before, true) ?? (item.kind === 'point' ? nearest(after, false) : undefined);
}

function pointRole(cue: Cue | undefined, marker: 'since' | 'until' | undefined, expecting: ProfileField | undefined): [ProfileField, DateRole] | undefined {
  switch (cue) {
    case 'studies': return undefined;
    case 'birth': return ['dateOfBirth', 'birth'];
    case 'passport': return ['passportExpiry', 'exact'];
    case 'start': return ['internshipStart', 'start'];
    case 'end': return ['internshipEnd', 'end'];
    default: break;
  }
  if (marker === 'since') return ['internshipStart', 'start'];
  if (marker === 'until') return ['internshipEnd', 'end'];
  switch (expecting) {
    case 'dateOfBirth': case 'statedAge': return cue === undefined ? ['dateOfBirth', 'birth'] : undefined;
    case 'passportExpiry': return cue === undefined ? ['passportExpiry', 'exact'] : undefined;
    case 'internshipStart': return ['internshipStart', 'start'];
    case 'internshipEnd': return ['internshipEnd', 'end'];
    default: return undefined;
  }
}

/**
 * Gives each date of a message its fact by the words around it: "born" for the date of birth,
 * "passport" or "expires" for the passport, "internship", "start", "end" or a from-to period for the
 * internship. A date with no such word goes to the pending question, if it asks for a date.
 */
export function assignDates(reading: DateReading, ref: CalendarDate, expecting: ProfileField | undefined): AssignedDates {
  const result: AssignedDates = { facts: {}, rejected: [], spans: [] };
  const items = groupDates(reading);
  const set = (field: ProfileField, value: string): void => {
    if (result.facts[field] === undefined) Object.assign(result.facts, { [field]: value });
  };
  items.forEach((item, i) => {
    result.spans.push({ index: item.index, end: item.end });
    const cue = cueOf(reading.text, item, items[i - 1]?.end ?? 0, items[i + 1]?.index ?? reading.text.length);
    if (item.kind === 'range') {
      if (cue === 'birth' || cue === 'passport' || cue === 'studies') return;
      const range = completeRange(item, ref);
      if (!range.ok) {
        result.rejected.push({ field: 'internshipStart', reason: range.reason });
        return;
      }
      set('internshipStart', range.value.start);
      set('internshipEnd', range.value.end);
      return;
    }
    const before = reading.text.slice(0, item.index);
    const marker = item.marker ?? (SINCE_BEFORE.test(before) ? 'since' : UNTIL_BEFORE.test(before) ? 'until' : undefined);
    const role = pointRole(cue, marker, expecting);
    if (role === undefined) return;
    const [field, dateRole] = role;
    let date = completeDate(item.at, dateRole, ref);
    if (date.ok && dateRole === 'birth') date = checkBirthDate(date.value, ref);
    if (date.ok) set(field, date.value);
    else result.rejected.push({ field, reason: date.reason });
  });
  return result;
}
