import { loadEligibilityRules } from '../src/eligibility';
import type { EligibilityRules } from '../src/eligibility/types';
import { createFaqMatcher, type FaqMatcher } from '../src/knowledge/faqMatcher';
import { loadKnowledge, type KnowledgeBase } from '../src/knowledge/loadKnowledge';
import type { Logger } from '../src/logger';
import { createCountryResolver, type CountryResolver } from '../src/understanding/countryResolver';

/** What the dialogs are built from. */
export interface DialogServices {
  rules: EligibilityRules;
  knowledge: KnowledgeBase;
  matcher: FaqMatcher;
  resolver: CountryResolver;
  /** The current time; the conversation's "today" is read from it. */
  clock: () => Date;
  /** Where outcomes are logged (never what the person wrote); none in tests. */
  logger?: Logger;
}

/** The services from the knowledge files, with the given clock (and matcher, if given). */
export function createDialogServices(options: {
  clock: () => Date;
  matcher?: FaqMatcher;
  knowledge?: KnowledgeBase;
  logger?: Logger;
}): DialogServices {
  const knowledge = options.knowledge ?? loadKnowledge();
  return {
    rules: loadEligibilityRules(),
    knowledge,
    matcher: options.matcher ?? createFaqMatcher(knowledge),
    resolver: createCountryResolver(knowledge.countries.map((country) => country.code)),
    clock: options.clock,
    logger: options.logger,
  };
}
