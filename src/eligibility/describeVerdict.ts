import type { CriterionStatus, Verdict } from './types';

const SECTIONS: { status: CriterionStatus; heading: string }[] = [
  { status: 'not-met', heading: 'Not met:' },
  { status: 'conditional', heading: 'To check:' },
  { status: 'unknown', heading: 'Not known yet:' },
];

/**
 * The verdict in plain text: its summary, the reasons of every criterion not met, conditional or unknown,
 * the permit length, the facts still needed and the notes. Met criteria are left out.
 */
export function describeVerdict(verdict: Verdict): string {
  const paragraphs = [verdict.summary];
  for (const { status, heading } of SECTIONS) {
    const reasons = verdict.criteria.filter((c) => c.status === status).map((c) => `- ${c.reason}`);
    if (reasons.length > 0) paragraphs.push([heading, ...reasons].join('\n'));
  }
  paragraphs.push(`Permit length: ${verdict.permit.reason}`);
  if (verdict.missing.length > 0) {
    paragraphs.push(`Still needed: ${verdict.missing.map((fact) => fact.label).join('; ')}.`);
  }
  paragraphs.push(...verdict.notes.map((note) => note.text));
  return paragraphs.join('\n\n');
}
