/** One question-and-answer entry of the knowledge base (`knowledge/faq.json`). */
export interface FaqEntry {
  /** Stable kebab-case id, e.g. `fees`. */
  id: string;
  /** Short label shown in "Did you mean ...?" choices, e.g. "Fees". */
  title: string;
  /** Ways a person may ask this question, in plain English. */
  phrasings: string[];
  /** Keywords and synonyms (cost, price, fee ...). */
  keywords: string[];
  /** The answer in the project's own words; facts exactly as in the source. */
  answer: string;
  /** Section of the source document the answer comes from. */
  source: string;
  /** True when a figure in the answer may have changed since the 2024 season. */
  seasonal: boolean;
  /** For a step of getting the permit, the id of the entry about the step that follows it. */
  nextStep?: string;
}

/** A participating country, one row of the source's table (`knowledge/countries.json`). */
export interface CountryRule {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Name as written in the source table. */
  name: string;
  minAge: number;
  maxAge: number;
  /** Maximum validity of the permit in months. */
  maxMonths: number;
  /** The table's own wording, kept for display and for checks against the source. */
  table: { age: string; validity: string };
  /** Australia: a second participation since the given year gets a shorter permit. */
  repeatParticipation?: { sinceYear: number; maxMonths: number };
  /** Italy, Switzerland: total number of IEC participations allowed. */
  maxParticipations?: number;
}

/** What the FAQ matcher decided for one question. */
export type MatchResult =
  | { kind: 'answer'; id: string; title: string; text: string; source: string }
  | { kind: 'clarify'; options: { id: string; title: string }[] }
  | { kind: 'unknown' };
