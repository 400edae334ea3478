import { expect } from 'chai';
import { createFaqMatcher } from '../../src/knowledge/faqMatcher';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { MatchResult } from '../../src/knowledge/types';

const knowledge = loadKnowledge();
const matcher = createFaqMatcher(knowledge);

function answerId(result: MatchResult): string | undefined {
  return result.kind === 'answer' ? result.id : undefined;
}

function answerText(result: MatchResult): string {
  if (result.kind !== 'answer') throw new Error(`expected an answer, got ${JSON.stringify(result)}`);
  return result.text;
}

describe('createFaqMatcher', () => {
  describe('answers a question about a topic of the knowledge base', () => {
    const cases: [string, string, string][] = [
      // [what kind of question, question, entry id]
      ['a plain question', 'How much does the application cost?', 'fees'],
      ['a plain question', 'do I need health insurance for my whole stay', 'health-insurance'],
      ['a plain question', 'can I change employers once I am in Canada?', 'same-employer'],
      ['a single keyword', 'insurance', 'health-insurance'],
      ['a single keyword', 'pool', 'profile-and-pool'],
      ['two keywords', 'job offer', 'job-offer'],
      ['typos in the words of the overview', 'what are the requirments for internatinal co-op?', 'requirements'],
      ['the words of a title, one of them common', 'come to canada', 'questionnaire'],
      ['co-op compared with another category it does not name', 'benefits over WHV', 'advantages'],
      ['"stream" as another word for category', 'is the co-op stream easier to get than the working holiday stream?', 'advantages'],
      ['a child named by its age', 'can i bring my 4 year old with me on co-op', 'dependants'],
      ['another abbreviation of the Offer of Employment number', 'OOE number', 'offer-of-employment-number'],
      ['what follows the compliance fee', 'my employer paid the complience fee, what numbr do they give me after', 'offer-of-employment-number'],
      ['the amount of the compliance fee', 'How much is the employer compliance fee?', 'fees'],
      ['a typo', 'procesing time', 'processing-time'],
      ['typos', 'what documnets do i need to uplaod', 'documents'],
      ['a typo in a short word', 'do i need a jobb offer', 'job-offer'],
      ['two letters swapped in a word too short to correct', 'hwo do I apply for the co-op permit?', 'how-to-apply'],
      ['"probably" as filler', "Where can I find out whether I'm probably eligible?", 'questionnaire'],
      ['a step named after "after", the rest holding a typo', 'how do I get in the co-op pol after making my profle?', 'profile-and-pool'],
      [
        'a country where someone was refused entry, not their nationality',
        'A friend from Rome was refused entry to the US once. Among the co-op eligibility conditions, is there one about being admissible?',
        'admissibility',
      ],
      [
        'a long rambling question',
        "Hi! I'm a third-year nursing student and my school told me the placement I do abroad is " +
          'mandatory to graduate. My hospital in Calgary has offered me a spot. Do I need any particular ' +
          "insurance for the whole time I'm in Canada, and could the border officer ask to see it?",
        'health-insurance',
      ],
      ['accents and capitals', 'WHAT IS THE ÂGE LIMIT?', 'age-limits'],
    ];
    for (const [kind, question, id] of cases) {
      it(`${kind}: "${question.slice(0, 60)}"`, async () => {
        const result = matcher.match(question);
        expect(answerId(result)).to.equal(id);
        const entry = knowledge.faq.find((e) => e.id === id);
        expect(result).to.deep.equal({
          kind: 'answer',
          id,
          title: entry?.title,
          text: entry?.answer,
          source: entry?.source,
        });
      });
    }
  });

  describe('answers the way people type, without a "Did you mean"', () => {
    const cases: [string, string, string][] = [
      ['chat shorthand', 'whats the max age', 'age-limits'],
      ['chat shorthand', 'can i apply after i finish uni', 'student-status'],
      ['a synonym of the knowledge base', 'does my passport have to be valid the entire stay', 'passport'],
      ['whether to do something whose procedure is elsewhere', 'do I need to renew my passport before I apply?', 'passport'],
      ['filler words', 'i have a conviction, is that a problem', 'admissibility'],
      ['words paired across a stopword', 'how long is the co-op permit for', 'permit-length'],
      [
        'the last sentence as the question, with no question mark',
        'My school says the placement abroad is optional. I found one in Calgary. Does it need to be mandatory for the permit',
        'internship-required',
      ],
      ['a resident who is not a citizen', "I'm a permanent resident of France, not a citizen. Can I apply?", 'citizenship'],
      ['words the knowledge base lacks, as synonyms', 'if my boss is awful can i hop to a different workplace', 'same-employer'],
      ['words the knowledge base lacks, as synonyms', 'can my gf tag along', 'dependants'],
      ['words the knowledge base lacks, as synonyms', 'is there an age cutoff for co-op', 'age-limits'],
      ['an everyday word never read as a knowledge-base word', 'i hate my boss, can i switch companies', 'same-employer'],
      ['a dropped letter', "what's the limt on age", 'age-limits'],
      ['an irregular past form', "i haven't found a job yet, can i still apply", 'job-offer'],
      ['"have something to do with"', 'does my placement have to have something to do with my degree', 'field-of-study'],
      ['only the program named', 'what even is co-op?', 'what-is-coop'],
      ['how long ago, a detail', 'i was arrested a couple of years ago, will that be an issue', 'admissibility'],
      ['an idiom for a price', 'how much will the co-op permit set me back', 'fees'],
      ['chat spelling and a typo', 'what shud my internship agreemnt say', 'internship-agreement'],
      ['being let into Canada', 'will they let me into canada with a record', 'admissibility'],
      ['a synonym of being tied', 'is my permit locked to one company', 'same-employer'],
      ['a past working holiday', 'I had a WHV in 2018, am I still eligible for co-op?', 'second-participation'],
      ['one word, the title of one entry', 'passport', 'passport'],
      ['who signs', 'does the agreement have to be signed by my university', 'internship-agreement'],
      ['"at the time of", a moment', 'do I need to be enrolled at the time of applying', 'student-status'],
      ['what to upload, after the invitation', 'what do I upload after the invitation', 'documents'],
      ['a minor offence', 'I have a speeding ticket, am I still admissible?', 'admissibility'],
      [
        'a kind of job, in a long message',
        'My placement is at a restaurant as a line cook, which my culinary school organised. ' +
          'Is that kind of job acceptable or do they only allow office jobs?',
        'teer-category',
      ],
      ['one topic far ahead of all others', 'what type of jobs are accepted for the co-op?', 'teer-category'],
      ['"co op" written as two words', 'can I switch employers during my co op', 'same-employer'],
      ['"co op" written as two words', 'what is co op', 'what-is-coop'],
      ['a topic the classifier is sure of, with an unknown word', 'may I work somewhere else at night', 'same-employer'],
      [
        'a topic the classifier is sure of, beside the generic requirements',
        'is there a requirement about being permitted into canada',
        'admissibility',
      ],
      ['a typo in the one word that names the topic', 'do I need to be admisible to canada to get the co-op permit', 'admissibility'],
      ['a function word the knowledge base never uses', 'do I have to be a citizen of the country whose pool I apply in?', 'citizenship'],
      [
        'what is set aside before the question',
        'Apart from flights and rent, what government fees do my employer and I pay?',
        'fees',
      ],
      [
        'the question after "but", with what someone else does before it',
        'My friend on a working holiday can work anywhere she likes, but am I tied to one employer?',
        'same-employer',
      ],
      ['both choices of "X, or Y?", the first counting less', 'Should I already have a ticket home, or is enough money for one fine?', 'departure-ticket'],
      [
        'the question after ", or", with the first choice before it',
        'nobody has committed yet, so can I still go ahead and apply, or do I need an actual offer in hand first?',
        'job-offer',
      ],
      [
        'a requirement named before a question that points back to it',
        'The checklist mentions that you need a valid passport. Is that really one of the conditions?',
        'passport',
      ],
      [
        'one requirement asked about in the last question, after others named in the context',
        'We already checked the job offer, the money and the insurance. Is being admissible really one of the conditions?',
        'admissibility',
      ],
      ['"too late" said with one\'s age', "I'm 33, is it too late for me to apply?", 'age-limits'],
      ['"too late" said of the season', 'is it too late to apply for the 2024 season?', 'season-dates'],
      ['"at the moment" as a time, not a topic word', 'do I have to be living there at the moment I apply', 'residence'],
      ['what a thing must be, not a person', 'what needs to be written in the internship contract', 'internship-agreement'],
      ['the common abbreviation of the Offer of Employment number', 'where do I get my OEN?', 'offer-of-employment-number'],
      [
        'the step after the one the person has done',
        "I already did that 'Come to Canada' eligibility questionnaire and it says I'm potentially eligible. What's the step after the questionnaire?",
        'profile-and-pool',
      ],
      ['what comes next, the step done named before it', "I've completed the questionnaire, what comes next? Do I create some sort of profile?", 'profile-and-pool'],
      ['whether nationality or the place of study decides', 'Does co-op eligibility depend on my citizenship or on where I study?', 'citizenship'],
      [
        'a residence card without the nationality, asking about that country\'s pool',
        'I have a residence card in Portugal but not Portuguese nationality. Can I still go into the Portugal co-op pool?',
        'citizenship',
      ],
      ['what comes next, the step done named after "after"', 'After the questionnaire, what happens next? Do I set up a profile?', 'profile-and-pool'],
      [
        'what comes next, the step done named before the question',
        "I've completed the Come to Canada questionnaire and it looks like I could be eligible. What's the next step to enter the pool?",
        'profile-and-pool',
      ],
      ['a step asked for after "after" another', 'After I receive the invitation, which papers must I upload?', 'documents'],
      ['a step asked for before "after" another', 'Which supporting documents get uploaded after receiving the ITA?', 'documents'],
      [
        'a country named in a list, asking which countries',
        'We receive internship applications from everywhere: Germany, Brazil, Korea. Citizens of which countries can come through International Co-op?',
        'countries',
      ],
      [
        'a formal email, its closing formula and office left out',
        'Dear Sir/Madam, our curriculum lists the work placement as an elective component. Please confirm whether the International ' +
          'Co-op category requires the placement to be a compulsory part of the degree. Yours faithfully, Office of International Relations',
        'internship-required',
      ],
      [
        'a country named only in the context before the question',
        "I was born outside Europe and I've lived in Spain for 8 years with a residence card. I don't have Spanish " +
          'nationality, only my original passport. Does the program require you to hold the passport of a participating country?',
        'citizenship',
      ],
      [
        'a question after a colon',
        "A student of ours had a problem with the police. I'm not asking about his own case, just the general rule: " +
          'is being admissible to Canada one of the conditions for getting the permit?',
        'admissibility',
      ],
      ['asking which countries take part', "What countries' citizens can apply in the co-op category?", 'countries'],
      ['"scheme" as another word for program', 'who is the co-op scheme meant for?', 'what-is-coop'],
      ['asking which nationalities take part', 'Which nationalities are able to apply under the co-op category?', 'countries'],
      [
        'asking for the list of countries',
        'Our students hold many passports. Could you give me the full list of countries whose citizens can apply for International Co-op?',
        'countries',
      ],
      ['taking part twice', 'Is it possible to take part in International Experience Canada twice?', 'second-participation'],
      ['which countries allow taking part again', 'Which countries let people do IEC more than once?', 'second-participation'],
      ['all the steps after naming some', 'Questionnaire, profile, then what? What is the full sequence of steps to get this permit?', 'how-to-apply'],
      ['all the requirements at once', 'Could you list all the eligibility conditions for IEC Co-op in one place?', 'requirements'],
      ['a requirement named among the conditions', 'Among the conditions for co-op, does admissibility to Canada come into play?', 'admissibility'],
      ['"hw" for how', 'hw do I apply for the internatonal coop', 'how-to-apply'],
      ['"how much" asking a price', 'How much does the employer have to pay for hosting a co-op intern?', 'fees'],
      ['"how much" asking a time', 'how much is the processing time', 'processing-time'],
      ['"post secondary" in two words', 'do i have to be a student at a post secondary school to qualify?', 'student-status'],
      ['a child named by its age after the question', 'can my sonn come with me, hes 4 years old?', 'dependants'],
      [
        'a requirement named by what one must be',
        'I was turned back at a Canadian airport once as a tourist because of my papers. Now I want to intern there through co-op. ' +
          'Does the program require me to be admissible to Canada?',
        'admissibility',
      ],
      ['what to do after a step', 'What do I have to do after the questionnaire to be considered for co-op?', 'profile-and-pool'],
      ['"the point of" asking the purpose', "what's the point of the co-op category anyway?", 'what-is-coop'],
      ['"in the first place" as filler', 'Besides being enrolled, is there a rule about being allowed to enter Canada in the first place?', 'admissibility'],
      ['how long the permit is granted for', 'For how long is the co-op work permit usually granted?', 'permit-length'],
      ['which ages', 'what ages are elligible in general for co-op', 'age-limits'],
      ['when age counts, asked as a choice', 'Is the age cut-off counted on the day you apply, or on the day you land in Canada?', 'age-limits'],
      [
        'studying in a participating country, or being its citizen',
        "I'm a non-EU international student at a university in Dublin and all my Irish classmates are applying for the co-op. Since I'm " +
          'studying at an Irish university, does that count for me too, or do I personally need to be a citizen of one of the participating countries?',
        'citizenship',
      ],
      ['a step named after a dash', 'Which papers does IRCC want from applicants after the invitation — something from my school too?', 'documents'],
      [
        'the next step after a step said done',
        'so i already did that ircc questionnaire thing online and it said i might be eligible. whats the next step after that?',
        'profile-and-pool',
      ],
      [
        'what happens at the step after the one done',
        'I did the eligibility check and it says I might qualify. Now the site talks about creating a profile. What happens at this step?',
        'profile-and-pool',
      ],
      ['how long an intern can stay', 'Our projects run about a year. Generally speaking, how long can an intern stay on this kind of permit?', 'permit-length'],
      [
        'living abroad, asked as a choice',
        "I'm Slovenian but living abroad this year on Erasmus. Am I allowed to apply from where I live now, or must I be back home?",
        'residence',
      ],
      ['only a residence permit, with a typo', 'I only have a residence permit in Italy, not an Italian pasport. Does that work for co-op?', 'citizenship'],
      ["the program's name beside the topic", 'Would I be able to bring my kids along on an International Co-op permit?', 'dependants'],
      ['a figure in words', 'Are there any countries whose participants get more than twelve months?', 'permit-length'],
      ['the list of countries', 'full list of countries please for the internship category', 'countries'],
      ['the requirements, with a typo', 'what are the requirments for the co op work permit?', 'requirements'],
      ['a passport that expires, and the permit it limits', 'My passport runs out next June. Will that change how long my permit is?', 'passport'],
      ['a requirement named, with typos', 'is being admissable to canada a requirment for co-op?', 'admissibility'],
      ['how the employer generates the number', 'We are the host company. How do we generate the offer of employment number for our intern?', 'offer-of-employment-number'],
      ['an offence named in everyday words', 'I got done for drink-driving a few years back. Could that stop me getting the permit?', 'admissibility'],
      ['which nationalities are accepted', 'Which nationalities are accepted for the co-op category?', 'countries'],
      ['citizenship or place of study, with a typo', 'does it matter what citizenhsip i have or only where i study?', 'citizenship'],
      ['nationality or the university\'s country', 'Is eligibility based on your nationality, or on the country where your university is?', 'citizenship'],
      [
        'a subject set aside with "leaving ... aside"',
        'As the mum paying for all of this, I want to budget properly. Leaving flights aside, what fees are involved in the application, ' +
          'both the one she pays and the one her Canadian employer pays?',
        'fees',
      ],
      ['health insurance and for how long', 'Is medical insurance compulsory for co-op, and for what period must it be valid?', 'health-insurance'],
      ['which number, with typos', 'my employer paid the compliance fee, what number do thy send me for the aplication?', 'offer-of-employment-number'],
      ['the age bracket', "What's the age bracket for co-op applicants, in general?", 'age-limits'],
      ['swapping companies', 'am I allowed to swap companies if the internship turns out to be rubbish?', 'same-employer'],
      [
        'a requirement named with little else',
        "I'm going through the checklist and one point says I have to 'be admissible to Canada'. I'm unsure what it means. " +
          'Is admissibility a separate condition I need to meet to get the permit, on top of the others?',
        'admissibility',
      ],
      [
        'someone never naturalised, asked as a choice',
        "I grew up in Vienna but my parents aren't Austrian and I've never been naturalised, so my only passport is from outside Europe. " +
          'For co-op, is it the passport you hold that counts, or the country where you live?',
        'citizenship',
      ],
      [
        'a country lived and studied in, not a nationality',
        "I hold a passport from one of the participating countries, but I've been living and studying in Singapore for three years. " +
          'Must I reside in my country of citizenship when I apply?',
        'residence',
      ],
      ['a question after the step done', 'After doing the eligibility quiz, how do I get into the pool for my country?', 'profile-and-pool'],
      [
        'whether nationality or the place of study counts',
        'Does it matter what nationality I have, as long as I study at a university in a participating country?',
        'citizenship',
      ],
      [
        'a last question naming only the program, read with the sentence before it',
        "I dropped out of university last year and I'm not enrolled anymore. Can I still apply for co-op?",
        'student-status',
      ],
    ];
    for (const [kind, question, id] of cases) {
      it(`${kind}: "${question.slice(0, 60)}"`, async () => {
        expect(answerId(matcher.match(question))).to.equal(id);
      });
    }
  });

  describe('answers the entry whose title the message is, as a "Did you mean" button sends it', () => {
    for (const entry of knowledge.faq) {
      it(`"${entry.title}"`, async () => {
        expect(answerId(matcher.match(entry.title))).to.equal(entry.id);
      });
    }
  });

  it('asks which topic was meant when a question fits two', async () => {
    const result = matcher.match('citizens and countries');
    expect(result.kind).to.equal('clarify');
    if (result.kind !== 'clarify') return;
    expect(result.options.map((o) => o.id)).to.include.members(['citizenship', 'countries']);
    expect(result.options).to.deep.include({ id: 'countries', title: 'Participating countries' });
  });

  describe('reads a question about a requirement by the requirement it names', () => {
    it('answers the one requirement named instead of offering all of them', async () => {
      expect(answerId(matcher.match('is being enrolled one of the requirements'))).to.equal('student-status');
    });

    it('answers the one named where the words alone would answer all of them', async () => {
      expect(answerId(matcher.match('is there a rule about my passport'))).to.equal('passport');
      expect(answerId(matcher.match('We checked the job offer and the money. Is being admissible one of the conditions?'))).to.equal(
        'admissibility',
      );
    });

    it('still answers all of them when no requirement is named', async () => {
      expect(answerId(matcher.match('what are the conditions'))).to.equal('requirements');
      expect(answerId(matcher.match('can you list everything I need to qualify'))).to.equal('requirements');
    });
  });

  it('reads a question of almost no words ("Can you explain?") with the sentence before it', async () => {
    const result = matcher.match(
      "My employer in Montreal is a small company and they've never hired someone from abroad before. " +
        "They're asking me what exactly they have to do and pay on their end. Can you explain?",
    );
    expect(answerId(result)).to.not.equal('what-is-coop');
  });

  describe('does not answer a message of only a question word or one common word', () => {
    for (const question of ['who are you', 'when?', 'Canada']) {
      it(`"${question}"`, async () => {
        expect(matcher.match(question).kind).to.not.equal('answer');
      });
    }
  });

  it('does not answer a topic that matches only loosely, however far ahead of the others', async () => {
    expect(matcher.match('can I leave my internship early and travel around Canada?').kind).to.not.equal('answer');
  });

  it('does not answer a word as the title it only shares a stem with ("process", "Processing time")', async () => {
    expect(matcher.match('process').kind).to.equal('clarify');
  });

  it('offers at most three topics', async () => {
    const result = matcher.match('employer');
    expect(result.kind).to.equal('clarify');
    if (result.kind === 'clarify') expect(result.options.length).to.be.within(2, 3);
  });

  describe('says it does not know a question that shares nothing with the knowledge base', () => {
    for (const question of ["what's the weather like in Vancouver", 'tell me a joke', '', '   ', '?!', 'Hola, ¿qué tal? Tell me a joke.']) {
      it(`"${question}"`, async () => {
        expect(matcher.match(question)).to.deep.equal({ kind: 'unknown' });
      });
    }
  });

  describe('never answers a question outside the knowledge base with its nearest topic', () => {
    const questions = [
      'Which French test do I need for immigration to Quebec?',
      'Is there an Erasmus grant for interns going outside Europe?',
      'Toronto or Vancouver, which city has better nightlife?',
      "What's the average intern salary in Vancouver tech companies?",
      'How long does it take to renew a Polish passport?',
      'How do I apply for the UK Youth Mobility Scheme visa?',
      'thanks thats all, bye',
      "translate 'placement' into German please",
      'How long does a post-graduation work permit last?',
      '¿Hablas español?',
      'Parlez-vous français?',
      'how do I apply for Express Entry',
      'how do I open a bank account',
      'how much is the fee for a study permit?',
      'can my kids go to school in Canada?',
      'do i need a medical exam',
      "what's the legal drinking age in Quebec",
      'how long is a postgraduate work permit valid',
      "what's the age limit to rent a car",
      'how do I apply for permanent residence',
      'what is the working holiday age limit',
      'how do i get a social insurance number',
      "what's the processing time for a study permit",
      'can I apply for PR after co-op',
      'how do I get permanent residency after co-op',
      'do I need biometrics for the co-op permit',
      'is an immigration medical examination required for IEC',
      'can i visit the US while on my co-op',
      'do I get paid during the co-op',
      'can I extend my co-op after 12 months',
      'how many working holiday spots are there for France',
      'can I apply for co-op from inside the US on a student visa',
      "what are my rights if my employer doesn't pay me",
      'what are the customs rules for bringing food',
      'what is the time difference with Europe',
      'can a French person get PR after co-op',
      'can I bring my dog along',
      'does the company need an LMIA for my internship',
      'where can I find a homestay in Toronto',
      'my co-op application was refused, how do I appeal?',
      'where can I renew my passport while I am abroad?',
      'How long does the Working Holiday permit last?',
      'Is the Working Holiday pool for Germany already full this year?',
      'Does Australia have a similar internship visa for Chileans?',
      'Does the US have something similar, like the J-1 internship visa?',
      'Does New Zealand have a co-op internship program for European students?',
      'Does Japan have a working visa like this one?',
      'how do i open a bank account when i arrive',
      'how do i apply for a post graduation work permit after my masters in canada',
      'How many co-op places are available for Germany this year?',
      'How many invitations does IRCC send out in each round?',
      "Do I get the fee refunded if I'm refused?",
      'If I withdraw, do I get my fee back?',
      'Would my internship hours count towards the Canadian Experience Class?',
      'Any tips for finding an internship in Canada? Which job sites are good?',
      'I would like to know how my home university can recognise the credits from an internship completed in Canada.',
    ];
    for (const question of questions) {
      it(`"${question}"`, async () => {
        expect(matcher.match(question).kind).to.not.equal('answer');
      });
    }
  });

  describe('answers a question about one participating country from the country table', () => {
    for (const rule of knowledge.countries) {
      it(`age limit for ${rule.name}`, async () => {
        const result = matcher.match(`what is the age limit for ${rule.name}?`);
        expect(answerId(result)).to.equal(`country:${rule.code}`);
        const text = answerText(result);
        expect(text).to.include(`${rule.minAge} to ${rule.maxAge} inclusive, at the time of application`);
        expect(text).to.include(`${rule.maxMonths} months`);
        expect(text).to.include('published for the 2024 season');
        expect(result).to.include({ title: rule.name, source: 'Who can apply?' });
      });
    }

    it("gives Australia's shorter permit for a second participation since 2015", async () => {
      const text = answerText(matcher.match('how long can Australians stay?'));
      expect(text).to.include('18 to 30 inclusive');
      expect(text).to.include('24 months');
      expect(text).to.include('second participation since 2015 gets up to 12 months');
    });

    for (const [question, code, months] of [
      ['Italians, how long?', 'IT', 24],
      ['Swiss citizen here, can I apply twice?', 'CH', 18],
    ] as const) {
      it(`gives ${code}'s total of up to two participations`, async () => {
        const result = matcher.match(question);
        expect(answerId(result)).to.equal(`country:${code}`);
        expect(answerText(result)).to.include(`${months} months`).and.include('up to two IEC participations');
      });
    }

    const asked: [string, string][] = [
      ['is Czechia in?', 'CZ'],
      ['ich bin aus Deutschland, can I apply?', 'DE'],
      ['croatian student here, how old can I be', 'HR'],
      ['is poland part of it', 'PL'],
      ['Does Ireland have a co-op pool?', 'IE'],
      ['Norway', 'NO'],
      ['Are Costa Ricans eligible for this internship work permit?', 'CR'],
      ["Do Ticos qualify for the internship permit? I'm from Costa Rica.", 'CR'],
      ['Good afternoon, I am from Taipei. May I ask whether Taiwan has an International Co-op pool?', 'TW'],
      ['Luxembourger, 32, any chance at all?', 'LU'],
      ['Can Chileans take part in the co-op?', 'CL'],
      ["My son holds Polish citizenship and he's 35. Is he still eligible?", 'PL'],
      ['My Norwegian boyfriend is 31, can he apply as well?', 'NO'],
      ['Can Greek passport holders apply for IEC co-op, and up to what age?', 'GR'],
      ['Chilean student, 26 — is co-op open to me and for how long?', 'CL'],
      ['How long can a Pole stay in Canada on co-op?', 'PL'],
      ['Hellenic citizen here, how long could I stay on the internship permit?', 'GR'],
      ['Slovak citizen here — what are the age and duration rules for us?', 'SK'],
      ['How long can a Swiss intern stay under this category?', 'CH'],
      ['my latvian gf is 34, she can apply', 'LV'],
      ['Are people from Hellas allowed to apply for International Co-op?', 'GR'],
      ['My daughter is half Brazilian, half Portuguese, with both passports. Is Portugal on the co-op list, and until what age?', 'PT'],
    ];
    for (const [question, code] of asked) {
      it(`"${question}"`, async () => {
        expect(answerId(matcher.match(question))).to.equal(`country:${code}`);
      });
    }
  });

  describe('says plainly that a country is not participating', () => {
    const cases: [string, string, string][] = [
      ['can Americans apply?', 'US', 'United States'],
      ['is Japan in?', 'JP', 'Japan'],
      ['danish student, can I do international co-op?', 'DK', 'Denmark'],
    ];
    for (const [question, code, name] of cases) {
      it(`"${question}"`, async () => {
        const result = matcher.match(question);
        expect(answerId(result)).to.equal(`not-participating:${code}`);
        const text = answerText(result);
        expect(text).to.include(
          `${name} is not a participating country for the International Co-op category (as published for the 2024 season)`,
        );
        for (const rule of knowledge.countries) expect(text).to.include(rule.name);
      });
    }
  });

  describe('answers the topic when a country is only mentioned in passing', () => {
    const cases: [string, string][] = [
      ["I'm German, how much is the fee?", 'fees'],
      ['I am from Italy, do I need health insurance?', 'health-insurance'],
      ['how long is the processing time for Poland?', 'processing-time'],
      ["I'm German and did a working holiday in 2022. Now I'm back at uni. Am I allowed to take part again through co-op?", 'second-participation'],
      ['Can I bring my Swedish girlfriend with me?', 'dependants'],
      [
        'Hello, I am student of mechanical engineering from Slovakia and my teacher told me about Canada co-op. I am confused ' +
          'with all the steps, profile, pool, invitation... Can you explain me simply the whole process from start until getting the permit?',
        'how-to-apply',
      ],
      [
        "Hi! I'm a Slovak student in my third year of computer science. Before I start looking at the application steps, " +
          'can you give me a full overview of what I need to meet to be eligible?',
        'requirements',
      ],
    ];
    for (const [question, id] of cases) {
      it(`"${question}"`, async () => {
        expect(answerId(matcher.match(question))).to.equal(id);
      });
    }
  });

  describe('does not read a country named as a place to go or work as a nationality', () => {
    for (const question of [
      'how do I get a work permit in the US',
      "what's the age limit to work in Australia",
      'can I do co-op in Japan instead',
      'moving to the UK after, how long can I stay',
      'How do I apply for a US J-1 intern visa?',
      'Is there an internship visa for Australia for Chileans?',
      "What's the capital of Chile?",
    ]) {
      it(`"${question}" is not answered`, async () => {
        expect(matcher.match(question).kind).to.not.equal('answer');
      });
    }

    for (const [question, id] of [
      ['whats the age limit in latvia', 'country:LV'],
      ['citizens in Poland, can they apply', 'country:PL'],
      ['my friend from Estonia got 12 months, will I get more as a Czech?', 'country:CZ'],
      ["my sister is Swedish and did co-op, I'm Norwegian, can I do it too", 'country:NO'],
      ['My cousin is Mexican and studies law. Could she apply for this permit?', 'not-participating:MX'],
      ['I moved to Germany, can I still apply?', 'residence'],
    ] as const) {
      it(`"${question}" still names the person's country`, async () => {
        expect(answerId(matcher.match(question))).to.equal(id);
      });
    }
  });

  it('does not take words that report what others say for a topic ("people keep mentioning")', async () => {
    const result = matcher.match('What is the Come to Canada thing people keep mentioning?');
    expect(answerId(result)).to.not.equal('what-is-coop');
    expect(result.kind === 'clarify' && result.options.map((o) => o.id)).to.include('questionnaire');
  });


  it('reads "my country\'s pool" as the pool, not the list of countries', async () => {
    const result = matcher.match("Once I know I'm probably eligible, how do I get into my country's co-op pool?");
    expect(answerId(result)).to.not.equal('countries');
    expect(result.kind === 'answer' ? [result.id] : result.kind === 'clarify' ? result.options.map((o) => o.id) : []).to.include(
      'profile-and-pool',
    );
  });

  it('reads a single digit as a count unless it names a category ("2 companies", "TEER 2")', async () => {
    expect(answerId(matcher.match('can i work for 2 companies'))).to.equal('same-employer');
    expect(answerId(matcher.match('is teer 4 ok?'))).to.equal('teer-category');
  });

  it('reads a language as a language, not a nationality ("do I need to speak French?")', async () => {
    expect(matcher.match('do i need to speak french').kind).to.not.equal('answer');
    expect(answerId(matcher.match("I speak German and I'm Swiss, how long can I stay?"))).to.equal('country:CH');
  });

  it('answers what the program is when a message names it and then asks what it is', async () => {
    const question = 'A friend told me about the International Co-op category and I had never heard of it before. What is it exactly?';
    expect(answerId(matcher.match(question))).to.equal('what-is-coop');
    expect(answerId(matcher.match('I need to show my passport at the border. What is that about?'))).to.not.equal('what-is-coop');
  });

  describe('asked whether someone can take part, with only countries outside the table, says they do not take part', () => {
    for (const [question, id] of [
      ['American nursing student here, can I apply?', 'not-participating:US'],
      ['I am Japanese and study marketing in Osaka, could I do a co-op internship?', 'not-participating:JP'],
      ["I'm Indian but I live in Germany on a residence permit. Is living in a participating country enough to qualify?", 'citizenship'],
      [
        "I've lived in Norway for years and work here, but I don't have a Norwegian passport yet. Can I apply because I live here?",
        'citizenship',
      ],
      [
        "I was born abroad and have lived in Portugal since I was a child with a residence card, but I don't have citizenship yet. Can I apply from here?",
        'citizenship',
      ],
      ["I'm not a French citizen but I live in France. How much is the fee?", 'fees'],
      [
        'My dad is Polish and my mum is Brazilian. I grew up in Recife and only hold a Brazilian passport so far, though I could ask ' +
          'for Polish citizenship later. Do you need to actually hold a passport from a participating country, or are Polish roots enough?',
        'citizenship',
      ],
      ['Can I bring my Brazilian wife?', 'dependants'],
      ['Colombian student here, is co-op available for my country?', 'not-participating:CO'],
      ['sou brasileiro, estudante de engenharia: can Brazilians do the IEC co-op internship?', 'not-participating:BR'],
      ['Is Japan on the list for the internship category?', 'not-participating:JP'],
      ['Brazilian citizen, any chance for IEC co-op?', 'not-participating:BR'],
      ['Brazilian student, can I use co-op to do my internship in Canada?', 'not-participating:BR'],
      ['So there is no co-op option for Dutch students?', 'not-participating:NL'],
      ['Finn here, can I apply?', 'not-participating:FI'],
      ['Can Danish students get the co-op permit?', 'not-participating:DK'],
      ['Icelandic passport, any chance of co-op?', 'not-participating:IS'],
      ['Kiwi mate wants to know if New Zealanders can do co-op.', 'not-participating:NZ'],
      ['Peruvian engineering student. Is there a co-op pool for Peru?', 'not-participating:PE'],
      ['Can an American college student use the co-op permit?', 'not-participating:US'],
      ["I'm Ukrainian. Is Ukraine one of the countries in the co-op program?", 'not-participating:UA'],
      ['I only have an American passport (grew up in Boston). Can I apply for co-op?', 'not-participating:US'],
      ['I have an HKSAR passport, am I eligible for co-op?', 'not-participating:HK'],
      ['Danish engineering student here — is Denmark in the co-op programme?', 'not-participating:DK'],
      ['Brazilian, 24, interning in Montreal possible via IEC co-op?', 'not-participating:BR'],
      ["I'm Serbian but have lived and studied in Slovenia for five years. Can I go through the Slovenian pool?", 'citizenship'],
      ["I'm a Greek Cypriot with only a Cypriot passport. Am I allowed to apply?", 'not-participating:CY'],
      ['Does the co-op permit exist for people from Brazil?', 'not-participating:BR'],
      ["I'm from the States, can I do co-op?", 'not-participating:US'],
      ['British uni student here, is the UK included in co-op?', 'not-participating:GB'],
      ['My daughter is Indian, she has only an Indian passport. Is India part of the co-op scheme?', 'not-participating:IN'],
      ['Belgian here, am I able to enter the co-op pool?', 'not-participating:BE'],
      [
        'He has lived in Portugal since he was three and studies there, but he only has the passport of the country he was born in. ' +
          'Does growing up and studying in a participating country count, or must he be a citizen?',
        'citizenship',
      ],
      ["I live in Germany with permanent residency but my passport is Turkish. Am I able to apply through Germany's co-op pool?", 'citizenship'],
    ] as const) {
      it(`"${question}" -> ${id}`, async () => {
        expect(answerId(matcher.match(question))).to.equal(id);
      });
    }
  });

  it('does not read Canada, the destination, as a nationality', async () => {
    expect(answerId(matcher.match('do I need a job offer before I arrive in Canada?'))).to.equal('job-offer');
  });

  it('matches a question in well under a millisecond', async () => {
    const questions = [
      'how mutch is the fee',
      'age limit for Swedn?',
      'My internship is with a small tech company in Toronto, but a friend told me I could switch to Vancouver halfway through. Is that allowed?',
    ];
    for (const q of questions) matcher.match(q);
    const rounds = 100;
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) for (const q of questions) matcher.match(q);
    const microseconds = Number(process.hrtime.bigint() - start) / 1000 / (rounds * questions.length);
    expect(microseconds).to.be.below(1000);
  });
});
