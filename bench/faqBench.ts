/**
 * Retrieval benchmark: runs the FAQ matcher over bench/faqQuestions.json and prints, for all
 * questions and for the held-out split, top-1 accuracy, clarifications, wrong answers accepted,
 * out-of-scope rejection and time per query. Only failures of the tune split are printed.
 * `--tune-only` reports the tune split alone, for tuning without seeing held-out figures.
 * Always exits 0: it is a measurement.
 */
import questionsJson from './faqQuestions.json';
import { createFaqMatcher, type FaqMatcher } from '../src/knowledge/faqMatcher';
import { loadKnowledge } from '../src/knowledge/loadKnowledge';
import type { MatchResult } from '../src/knowledge/types';

interface Question {
  q: string;
  expect: string | null;
  kind: string;
  split: 'tune' | 'held';
}

type Outcome = 'top1' | 'clarified' | 'missed' | 'wrong' | 'rejected' | 'accepted';

interface Scored {
  question: Question;
  result: MatchResult;
  outcome: Outcome;
}

const TIMING_ROUNDS = 20;
const TARGETS = { top1: 95, wrongAccepted: 0, rejected: 90, microseconds: 1000 };

function outcomeOf(question: Question, result: MatchResult): Outcome {
  if (question.expect === null) return result.kind === 'answer' ? 'accepted' : 'rejected';
  if (result.kind === 'answer') return result.id === question.expect ? 'top1' : 'wrong';
  if (result.kind === 'clarify' && result.options.some((o) => o.id === question.expect)) return 'clarified';
  return 'missed';
}

function describe(result: MatchResult): string {
  switch (result.kind) {
    case 'answer':
      return `answer ${result.id}`;
    case 'clarify':
      return `clarify [${result.options.map((o) => o.id).join(', ')}]`;
    case 'unknown':
      return 'unknown';
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

interface Summary {
  inScope: number;
  top1: number;
  clarified: number;
  outOfScope: number;
  rejected: number;
  unknownOutOfScope: number;
  wrongAccepted: number;
}

function summarise(rows: readonly Scored[]): Summary {
  const count = (outcome: Outcome): number => rows.filter((r) => r.outcome === outcome).length;
  const outOfScope = rows.filter((r) => r.question.expect === null);
  return {
    inScope: rows.length - outOfScope.length,
    top1: count('top1'),
    clarified: count('clarified'),
    outOfScope: outOfScope.length,
    rejected: count('rejected'),
    unknownOutOfScope: outOfScope.filter((r) => r.result.kind === 'unknown').length,
    wrongAccepted: count('wrong') + count('accepted'),
  };
}

function line(label: string, s: Summary): string {
  return [
    label.padEnd(14),
    `top-1 ${percent(s.top1, s.inScope)} (${s.top1}/${s.inScope})`,
    `clarified ${percent(s.clarified, s.inScope)}`,
    `wrong accepted ${String(s.wrongAccepted).padStart(2)}`,
    `out-of-scope rejected ${percent(s.rejected, s.outOfScope)} (${s.rejected}/${s.outOfScope}, ${s.unknownOutOfScope} as "unknown")`,
  ].join('  ');
}

function report(title: string, rows: readonly Scored[]): Summary {
  const summary = summarise(rows);
  console.log(`\n== ${title} (${rows.length} questions)`);
  console.log(line('all kinds', summary));
  for (const kind of [...new Set(rows.map((r) => r.question.kind))]) {
    console.log(line(`  ${kind}`, summarise(rows.filter((r) => r.question.kind === kind))));
  }
  return summary;
}

function timePerQuery(matcher: FaqMatcher, questions: readonly Question[]): number {
  for (const q of questions) matcher.match(q.q);
  const start = process.hrtime.bigint();
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    for (const q of questions) matcher.match(q.q);
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1000;
  return elapsed / (TIMING_ROUNDS * questions.length);
}

function main(): void {
  const questions = (questionsJson as { questions: Question[] }).questions;
  const buildStart = process.hrtime.bigint();
  const matcher = createFaqMatcher(loadKnowledge());
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  const rows: Scored[] = questions.map((question) => {
    const result = matcher.match(question.q);
    return { question, result, outcome: outcomeOf(question, result) };
  });

  const tuneOnly = process.argv.includes('--tune-only');
  if (tuneOnly) report('TUNE', rows.filter((r) => r.question.split === 'tune'));
  else report('ALL', rows);
  const held = tuneOnly ? undefined : report('HELD', rows.filter((r) => r.question.split === 'held'));

  const timed = tuneOnly ? questions.filter((q) => q.split === 'tune') : questions;
  const microseconds = timePerQuery(matcher, timed);
  console.log(`\nmatcher built in ${buildMs.toFixed(0)} ms; mean ${microseconds.toFixed(0)} µs per query after warm-up`);

  const failures = rows.filter((r) => r.question.split === 'tune' && r.outcome !== 'top1' && r.outcome !== 'rejected');
  console.log(`\n== TUNE failures (${failures.length}); held-out failures are never printed`);
  for (const { question, result, outcome } of failures) {
    console.log(`  [${outcome}] ${question.kind} expect ${question.expect ?? 'out-of-scope'} -> ${describe(result)}: ${question.q}`);
  }

  if (held === undefined) return;
  const checks = [
    [`top-1 >= ${TARGETS.top1}%`, held.inScope > 0 && (100 * held.top1) / held.inScope >= TARGETS.top1],
    [`wrong accepted = ${TARGETS.wrongAccepted}`, held.wrongAccepted === TARGETS.wrongAccepted],
    [`out-of-scope rejected >= ${TARGETS.rejected}%`, held.outOfScope > 0 && (100 * held.rejected) / held.outOfScope >= TARGETS.rejected],
    [`< ${TARGETS.microseconds / 1000} ms per query`, microseconds < TARGETS.microseconds],
  ] as const;
  console.log('\n== HELD targets');
  for (const [label, met] of checks) console.log(`  ${met ? 'met    ' : 'NOT met'}  ${label}`);
}

main();
