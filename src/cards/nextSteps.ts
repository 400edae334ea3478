import type { Verdict } from '../eligibility/types';
import type { FaqEntry } from '../knowledge/types';

/** A titled piece of advice; its text is authored Markdown from the knowledge base. */
export interface NextStep {
  /** Absent for a note that names its own topic. */
  title?: string;
  text: string;
  source: string;
}

/** Knowledge base entries that say what to do once eligible, in reading order. */
const NEXT_STEP_ENTRIES = ['how-to-apply', 'documents', 'internship-agreement', 'processing-time'] as const;

/**
 * What to do next, from the knowledge base and the verdict's notes (the fees): only for a verdict
 * that may lead to an application (eligible or possibly eligible).
 */
export function nextStepsFor(verdict: Verdict, faq: readonly FaqEntry[]): NextStep[] {
  if (verdict.status !== 'eligible' && verdict.status !== 'possibly-eligible') return [];
  const steps: NextStep[] = [];
  for (const id of NEXT_STEP_ENTRIES) {
    const entry = faq.find((e) => e.id === id);
    if (entry === undefined) throw new Error(`The knowledge base has no entry "${id}" for the next steps`);
    steps.push({ title: entry.title, text: entry.answer, source: entry.source });
  }
  for (const note of verdict.notes) {
    steps.push({ text: note.text, source: note.source });
  }
  return steps;
}
