import { formatLongDate, parseCalendarDate } from '../eligibility/calendarDate';
import type { CriterionResult, CriterionStatus, PermitLimit, Verdict } from '../eligibility/types';
import { adaptiveCard, textBlock, type CardElement, type CardWithText, type TextBlock } from './adaptiveCard';
import { escapeMarkdown } from './markdown';
import type { NextStep } from './nextSteps';

/** What a verdict card shows besides the verdict. */
export interface VerdictCardOptions {
  /** The application date the verdict was judged on, `YYYY-MM-DD`. */
  asOf: string;
  /** The season whose published rules were applied, e.g. 2024. */
  season: number;
  /** Advice shown under the verdict, e.g. from {@link nextStepsFor}. */
  nextSteps: readonly NextStep[];
}

/** How each criterion status reads, and its colour on the card. */
export const STATUS_LABELS: Readonly<Record<CriterionStatus, string>> = {
  met: 'Met',
  'not-met': 'Not met',
  unknown: 'Unknown',
  conditional: 'May be considered',
};
const STATUS_COLORS: Readonly<Record<CriterionStatus, TextBlock['color']>> = {
  met: 'good',
  'not-met': 'attention',
  unknown: 'default',
  conditional: 'warning',
};
/** Criteria that need attention come first. */
const STATUS_ORDER: readonly CriterionStatus[] = ['not-met', 'conditional', 'unknown', 'met'];

/** Short names of the criteria of `knowledge/criteria.json`. */
const CRITERION_TITLES: Readonly<Record<string, string>> = {
  citizenship: 'Citizenship',
  age: 'Age',
  enrolled: 'Student status',
  jobOffer: 'Job offer',
  linkedToStudies: 'Link to your studies',
  requiredForStudies: 'Required by your program',
  teer: 'NOC TEER category',
  internshipDates: 'Internship dates',
  passport: 'Passport',
  funds: 'Funds on landing',
  insurance: 'Health insurance',
  admissible: 'Admissibility',
  departureTicket: 'Departure ticket',
  dependants: 'Dependants',
  residence: 'Residence',
  participations: 'Earlier IEC participation',
};

const LIMITS: Readonly<Record<PermitLimit, string>> = {
  'country-maximum': 'the longest permit for citizens of your country',
  'second-participation': 'the shorter permit for a second participation',
  'passport-expiry': "your passport's expiry date",
};

/** The title of a criterion, e.g. "Student status". */
export function criterionTitle(id: string): string {
  return CRITERION_TITLES[id] ?? id;
}

/** A sentence made to follow "because": its first letter in lower case, unless it starts an acronym. */
function asClause(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}

function withStatus(verdict: Verdict, status: CriterionStatus): CriterionResult[] {
  return verdict.criteria.filter((c) => c.status === status);
}

/**
 * The verdict in one plain sentence, or a sentence and its reasons:
 * "You appear to be eligible", "You are not eligible because ...", "You may be eligible: ...".
 */
export function verdictHeadline(verdict: Verdict): { headline: string; reasons: string[] } {
  const notMet = withStatus(verdict, 'not-met').map((c) => c.reason);
  const conditional = withStatus(verdict, 'conditional').map((c) => c.reason);
  switch (verdict.status) {
    case 'eligible':
      return { headline: 'You appear to be eligible.', reasons: [] };
    case 'not-eligible':
      return notMet.length === 1
        ? { headline: `You are not eligible because ${asClause(notMet[0])}`, reasons: [] }
        : { headline: 'You are not eligible because:', reasons: notMet };
    case 'possibly-eligible':
      return conditional.length === 1
        ? { headline: `You may be eligible: ${asClause(conditional[0])}`, reasons: [] }
        : { headline: 'You may be eligible, but:', reasons: conditional };
    case 'incomplete':
      return { headline: verdict.summary, reasons: [] };
  }
}

function asOfLine(options: VerdictCardOptions): string {
  const date = parseCalendarDate(options.asOf);
  const when = date === undefined ? options.asOf : formatLongDate(date);
  return `As of ${when}, by the rules published for the ${options.season} season (check IRCC for the current season). ` +
    'General information, not legal advice.';
}

function permitLines(verdict: Verdict): { length: string; reason: string } {
  const { months, limitedBy, reason } = verdict.permit;
  if (months === undefined) return { length: 'Not known yet', reason };
  const limit = limitedBy === undefined ? '' : `, set by ${LIMITS[limitedBy]}`;
  return { length: `Up to ${months} months${limit}`, reason };
}

function sorted(verdict: Verdict): CriterionResult[] {
  return STATUS_ORDER.flatMap((status) => withStatus(verdict, status));
}

function criterionRow(criterion: CriterionResult): CardElement {
  return {
    type: 'ColumnSet',
    spacing: 'small',
    columns: [
      {
        type: 'Column',
        width: '90px',
        items: [textBlock(STATUS_LABELS[criterion.status], { weight: 'bolder', color: STATUS_COLORS[criterion.status] })],
      },
      {
        type: 'Column',
        width: 'stretch',
        items: [
          textBlock(criterionTitle(criterion.id), { weight: 'bolder' }),
          textBlock(escapeMarkdown(criterion.reason), { spacing: 'none' }),
          textBlock(`Source: ${escapeMarkdown(criterion.source)}`, { isSubtle: true, size: 'small', spacing: 'none' }),
        ],
      },
    ],
  };
}

function heading(text: string): TextBlock {
  return textBlock(text, { weight: 'bolder', size: 'medium', separator: true, spacing: 'medium' });
}

function cardBody(verdict: Verdict, options: VerdictCardOptions): CardElement[] {
  const { headline, reasons } = verdictHeadline(verdict);
  const permit = permitLines(verdict);
  const body: CardElement[] = [
    textBlock(escapeMarkdown(headline), { weight: 'bolder', size: 'large' }),
    ...reasons.map((reason) => textBlock(`• ${escapeMarkdown(reason)}`, { spacing: 'small' })),
    textBlock(escapeMarkdown(asOfLine(options)), { isSubtle: true, size: 'small' }),
    heading('Requirements'),
    ...sorted(verdict).map(criterionRow),
    heading('Permit length'),
    textBlock(escapeMarkdown(permit.length), { weight: 'bolder' }),
    textBlock(escapeMarkdown(permit.reason), { spacing: 'none' }),
  ];
  if (options.nextSteps.length > 0) {
    body.push(heading('Next steps'));
    for (const step of options.nextSteps) {
      if (step.title !== undefined) body.push(textBlock(escapeMarkdown(step.title), { weight: 'bolder', spacing: 'medium' }));
      body.push(textBlock(step.text, { spacing: step.title === undefined ? 'medium' : 'small' }));
    }
  }
  return body;
}

function plainText(verdict: Verdict, options: VerdictCardOptions): string {
  const { headline, reasons } = verdictHeadline(verdict);
  const permit = permitLines(verdict);
  const paragraphs = [
    [headline, ...reasons.map((r) => `- ${r}`)].join('\n'),
    asOfLine(options),
    ['Requirements:', ...sorted(verdict).map((c) => `- ${STATUS_LABELS[c.status]}: ${criterionTitle(c.id)}. ${c.reason}`)].join('\n'),
    `Permit length: ${permit.length}. ${permit.reason}`,
  ];
  if (options.nextSteps.length > 0) {
    paragraphs.push('Next steps:');
    paragraphs.push(...options.nextSteps.map((step) => (step.title === undefined ? step.text : `${step.title}:\n${step.text}`)));
  }
  return paragraphs.join('\n\n');
}

/**
 * The verdict as an Adaptive Card (schema 1.5): the headline, every criterion with its status, reason
 * and source (unknown ones say what is still needed), the permit length and what sets it, and the next
 * steps; with the same content as plain text.
 */
export function verdictCard(verdict: Verdict, options: VerdictCardOptions): CardWithText {
  const text = plainText(verdict, options);
  return { card: adaptiveCard(cardBody(verdict, options), text), text };
}
