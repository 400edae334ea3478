import { expect } from 'chai';
import { CARD_VERSION } from '../../src/cards/adaptiveCard';
import type { ProfileField } from '../../src/eligibility/types';
import { GOOD_ANSWERS, allText, answerQuestions, askedField, buttonsOf, cardOf, converse, textOf } from './conversation';

const ASKING_ORDER: ProfileField[] = [
  'citizenship', 'dateOfBirth', 'enrolled', 'hasJobOffer', 'linkedToStudies', 'requiredForStudies', 'teer',
  'internshipStart', 'passportExpiry', 'hasFunds', 'hasInsurance', 'admissible', 'hasDepartureTicket',
  'hasDependants', 'residentInCitizenshipCountry', 'earlierParticipations',
];

describe('eligibility check', () => {
  it('goes from "hi" to an explained verdict, one question at a time, country first', async () => {
    const chat = converse();
    const hello = await chat.say('hi');
    expect(textOf(hello[0])).to.match(/check your eligibility/);
    expect(buttonsOf(hello[0])).to.include('Check my eligibility');

    const start = await chat.say('Check my eligibility');
    expect(textOf(start[0])).to.match(/one question at a time/);
    expect(askedField(start.at(-1))).to.equal('citizenship');

    const { asked, replies } = await answerQuestions(chat, start, GOOD_ANSWERS);
    expect(asked).to.deep.equal(ASKING_ORDER);
    expect(textOf(replies[0])).to.match(/^Here is what you told me:/);
    expect(textOf(replies[0])).to.include('Citizenship: Germany').and.include('Internship ends: 30 November 2025');
    expect(buttonsOf(replies.at(-1))).to.deep.equal(["That's right", 'Change something']);

    const verdict = await chat.say("That's right");
    const card = cardOf(verdict[0]);
    expect(card?.version).to.equal(CARD_VERSION);
    const text = textOf(verdict[0]);
    expect(text).to.match(/^You appear to be eligible\./);
    expect(text).to.include('As of 2 May 2024, by the rules published for the 2024 season');
    expect(text).to.include('- Met: Age. You are 25 on 2 May 2024, within the 18 to 35 age range for citizens of Germany.');
    expect(text).not.to.match(/Not met|Unknown/);
    expect(text).to.include('Permit length: Up to 12 months, set by the longest permit for citizens of your country.');
    expect(text).to.include('Your whole internship, until 30 November 2025, fits within it.');
    expect(text).to.include('Supporting documents').and.include('the position title').and.include('CAD 172').and.include('eight weeks');
    expect(textOf(verdict.at(-1))).to.match(/correct an answer/);
  });

  it('keeps the conversation where it left off from one message to the next', async () => {
    const chat = converse();
    await chat.say('check my eligibility');
    await chat.say('Germany');
    const replies = await chat.say('12 March 1999');
    expect(askedField(replies.at(-1))).to.equal('enrolled');
    expect(buttonsOf(replies.at(-1))).to.deep.equal(['Yes', 'No']);
  });

  const failures: { name: string; answers: Partial<Record<ProfileField, string>>; reason: string }[] = [
    { name: 'a country without a pool', answers: { citizenship: 'American' }, reason: 'This category is not open to citizens of the United States' },
    { name: 'being too old for the country', answers: { dateOfBirth: '12 March 1985' }, reason: 'Citizens of Germany can apply from age 18 to 35, that is until the day before their 36th birthday, and you are 39 on 2 May 2024.' },
    { name: 'being too young', answers: { dateOfBirth: '1 January 2008' }, reason: 'Applicants must be at least 18 on the day they apply, and you are 16 on 2 May 2024.' },
    { name: 'not being a student', answers: { enrolled: 'no' }, reason: 'Only students registered at a post-secondary institution can apply' },
    { name: 'having no job offer', answers: { hasJobOffer: 'no' }, reason: "and you said you don't have one" },
    { name: 'an internship outside the field of study', answers: { linkedToStudies: 'no' }, reason: 'The internship must be linked to your field of study, and you said yours is not.' },
    { name: 'an internship the program does not require', answers: { requiredForStudies: 'no' }, reason: 'You must show that the internship is required to complete your studies, and you said it is not.' },
    { name: 'a TEER 5 internship', answers: { teer: 'a TEER 5 internship' }, reason: 'and yours is in category 5' },
    { name: 'an expired passport', answers: { passportExpiry: '1 January 2024' }, reason: 'Your passport expired on 1 January 2024' },
    { name: 'a passport expiring before the internship', answers: { passportExpiry: '1 March 2025' }, reason: 'before your internship starts on 1 June 2025' },
    { name: 'having no funds', answers: { hasFunds: 'no' }, reason: "and you said you won't have it" },
    { name: 'having no insurance', answers: { hasInsurance: 'no' }, reason: "and you said you can't" },
    { name: 'not being admissible', answers: { admissible: 'no' }, reason: 'Applicants must be admissible to Canada, and you said you are not.' },
    { name: 'having no departure ticket', answers: { hasDepartureTicket: 'no' }, reason: "and you said you won't have either" },
    { name: 'bringing dependants', answers: { hasDependants: 'yes' }, reason: 'Participants cannot be accompanied by dependants, and you said you would be.' },
  ];

  for (const failure of failures) {
    it(`says at once that ${failure.name} rules the person out, then gives the verdict on request`, async () => {
      const chat = converse();
      const { replies } = await answerQuestions(chat, await chat.say('check my eligibility'), { ...GOOD_ANSWERS, ...failure.answers });
      expect(textOf(replies[0])).to.match(/^I'm sorry, that rules you out for this permit:/);
      expect(textOf(replies[0])).to.include(failure.reason);
      expect(buttonsOf(replies.at(-1))).to.deep.equal(['Go on', 'Stop here']);

      const verdict = await chat.say('Stop here');
      const text = textOf(verdict[0]);
      expect(text).to.match(/^You are not eligible because [a-z]/);
      expect(text).to.include(failure.reason.slice(1));
      expect(text).to.match(/- Not met: /);
    });
  }

  it('goes on after a failure when asked, and the final verdict still says why', async () => {
    const chat = converse();
    const first = await answerQuestions(chat, await chat.say('check my eligibility'), { ...GOOD_ANSWERS, enrolled: 'no' });
    const goOn = await chat.say('go on');
    expect(askedField(goOn.at(-1))).to.equal('hasJobOffer');
    expect(first.asked.at(-1)).to.equal('enrolled');
    const rest = await answerQuestions(chat, goOn, GOOD_ANSWERS);
    expect(rest.asked).not.to.include('enrolled');
    const verdict = await chat.say('yes');
    expect(textOf(verdict[0])).to.match(/^You are not eligible because only students registered at a post-secondary institution can apply/);
  });

  it('gives the verdict so far when asked after stopping, then asks the remaining questions', async () => {
    const chat = converse();
    await answerQuestions(chat, await chat.say('check my eligibility'), { ...GOOD_ANSWERS, hasJobOffer: 'no' });
    await chat.say('Stop here');
    const again = await chat.say('Am I eligible?');
    expect(textOf(again[0])).to.equal('Here is where you stand so far:');
    expect(textOf(again[1])).to.match(/^You are not eligible because you need a signed job offer/);
    expect(textOf(again[2])).to.equal("Let's go on with the questions.");
    expect(askedField(again.at(-1))).to.equal('linkedToStudies');
  });

  it('judges a second participation for Italy on the total allowed, asked only as the last question', async () => {
    const chat = converse();
    const { replies } = await answerQuestions(chat, await chat.say('check my eligibility'), {
      ...GOOD_ANSWERS,
      citizenship: 'Italian',
      earlierParticipations: 'twice',
    });
    expect(textOf(replies[0])).to.match(/^Here is what you told me:/);
    const verdict = await chat.say('correct');
    expect(textOf(verdict[0])).to.include(
      'You are not eligible because citizens of Italy can take part in IEC up to 2 times in total, and you have already taken part twice.',
    );
  });

  it('asks Australians whether an earlier participation was since 2015, and shortens the permit', async () => {
    const chat = converse();
    const { asked } = await answerQuestions(chat, await chat.say('check my eligibility'), {
      ...GOOD_ANSWERS,
      citizenship: 'Australia',
      dateOfBirth: '12 March 1999',
      earlierParticipations: 'once',
      australiaParticipationSince2015: 'yes',
    });
    expect(asked.slice(-2)).to.deep.equal(['earlierParticipations', 'australiaParticipationSince2015']);
    const verdict = await chat.say("that's right");
    const text = textOf(verdict[0]);
    expect(text).to.match(/^You appear to be eligible/);
    expect(text).to.include('Up to 12 months, set by the shorter permit for a second participation');
  });

  it('asks no country specifics of a German who took part before, and says it may be considered', async () => {
    const chat = converse();
    const { asked } = await answerQuestions(chat, await chat.say('check my eligibility'), { ...GOOD_ANSWERS, earlierParticipations: 'once' });
    expect(asked).not.to.include('australiaParticipationSince2015');
    const verdict = await chat.say('yes');
    expect(textOf(verdict[0])).to.match(/^You may be eligible: you have taken part in IEC before\./);
    expect(textOf(verdict[0])).to.include('- May be considered: Earlier IEC participation.');
  });

  it('says "may be eligible" for a TEER 4 internship, with the next steps', async () => {
    const chat = converse();
    await answerQuestions(chat, await chat.say('check my eligibility'), { ...GOOD_ANSWERS, teer: '4' });
    const verdict = await chat.say('yes');
    const text = textOf(verdict[0]);
    expect(text).to.match(/^You may be eligible: your internship is in NOC TEER category 4/);
    expect(text).to.include('Next steps:');
  });

  it('limits the permit to the passport and says the internship does not fit', async () => {
    const chat = converse();
    await answerQuestions(chat, await chat.say('check my eligibility'), {
      ...GOOD_ANSWERS,
      passportExpiry: '31 August 2025',
    });
    const verdict = await chat.say('yes');
    const text = allText(verdict);
    expect(text).to.include("Up to 3 months, set by your passport's expiry date");
    expect(text).to.match(/- May be considered: Passport\. Your passport expires on 31 August 2025, before your internship ends/);
  });
});
