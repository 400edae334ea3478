import { expect } from 'chai';
import { GOOD_ANSWERS, allText, answerQuestions, askedField, buttonsOf, converse, textOf, type Conversation } from './conversation';

/** Starts the check and answers the country and date of birth, leaving the student question pending. */
async function pastAge(chat: Conversation): Promise<void> {
  await chat.say('check my eligibility');
  await chat.say('Germany');
  const replies = await chat.say('12 March 1999');
  expect(askedField(replies.at(-1))).to.equal('enrolled');
}

describe('interruptions during the eligibility check', () => {
  it('answers a question from the knowledge base, then asks the pending question again', async () => {
    const chat = converse();
    await pastAge(chat);
    const replies = await chat.say('How much does it cost?');
    expect(textOf(replies[0])).to.include('CAD 172').and.include('Source: How to get a work permit');
    expect(askedField(replies.at(-1))).to.equal('enrolled');
    expect(replies).to.have.length(2);
  });

  it('takes a fact and answers the question that comes with it, then asks again', async () => {
    const chat = converse();
    await pastAge(chat);
    const replies = await chat.say('I have health insurance. How long does processing take?');
    expect(textOf(replies[0])).to.equal('Noted: Health insurance for the whole stay: yes.');
    expect(textOf(replies[1])).to.include('eight weeks');
    expect(askedField(replies.at(-1))).to.equal('enrolled');
    const answered = await chat.say('yes, and what are the fees?');
    expect(textOf(answered[0])).to.include('CAD 172');
    expect(askedField(answered.at(-1))).to.equal('hasJobOffer');
  });

  it('answers an FAQ topic named without a question mark, but takes other words as a failed answer', async () => {
    const chat = converse();
    await pastAge(chat);
    const fees = await chat.say('Fees');
    expect(textOf(fees[0])).to.include('CAD 230');
    const other = await chat.say('Stop here');
    expect(textOf(other[0])).to.match(/^Please answer yes or no\./);
    expect(askedField(other.at(-1))).to.equal(undefined);
  });

  it('gives the verdict so far on "am I eligible?": what passes, what is unknown, then goes on', async () => {
    const chat = converse();
    await pastAge(chat);
    const replies = await chat.say('am I eligible?');
    expect(textOf(replies[0])).to.equal('Here is where you stand so far:');
    const verdict = textOf(replies[1]);
    expect(verdict).to.match(/^Nothing rules you out so far, but we need a few more facts to decide\./);
    expect(verdict).to.include('- Met: Citizenship. You are a citizen of Germany');
    expect(verdict).to.include('- Unknown: Student status.');
    expect(verdict).to.include('Permit length: Up to 12 months');
    expect(verdict).not.to.include('Next steps');
    expect(textOf(replies[2])).to.equal("Let's go on.");
    expect(askedField(replies.at(-1))).to.equal('enrolled');
  });

  it('says what can be done on "help", then asks again', async () => {
    const chat = converse();
    await pastAge(chat);
    const replies = await chat.say('help');
    expect(textOf(replies[0])).to.include('"am I eligible?"').and.include('"cancel"').and.include('"skip"');
    expect(askedField(replies.at(-1))).to.equal('enrolled');
  });

  it('takes "actually I\'m 31", says what changed, and asks the pending question again', async () => {
    const chat = converse();
    await pastAge(chat);
    const replies = await chat.say("actually I'm 31");
    expect(textOf(replies[0])).to.equal('Updated: Age: 31 (was date of birth 12 March 1999).\n\nThat does not change the verdict so far.');
    expect(askedField(replies.at(-1))).to.equal('enrolled');
    const { replies: summary } = await answerQuestions(chat, replies, GOOD_ANSWERS);
    expect(textOf(summary[0])).to.include('- Age: 31').and.not.include('Date of birth');
  });

  it('takes "no, I\'m Swiss" said to a yes/no question as a correction, not as the answer', async () => {
    const chat = converse();
    await pastAge(chat);
    const replies = await chat.say("no, I'm Swiss");
    expect(textOf(replies[0])).to.match(/^Updated: Citizenship: Switzerland \(was Germany\)\./);
    expect(askedField(replies.at(-1))).to.equal('enrolled');
  });

  it('says how a correction changes the verdict, and a new failure at once', async () => {
    const chat = converse();
    await pastAge(chat);
    const replies = await chat.say("sorry, actually I'm 38");
    expect(textOf(replies[0])).to.include('Updated: Age: 38').and.include('That changes the verdict: Age: now not met (was met).');
    expect(textOf(replies[1])).to.include('Citizens of Germany can apply from age 18 to 35, and you said you are 38.');
    expect(buttonsOf(replies.at(-1))).to.deep.equal(['Go on', 'Stop here']);
  });

  it('asks the internship dates again on "change my dates", then goes on where it was', async () => {
    const chat = converse();
    const start = await chat.say('check my eligibility');
    const answers = { ...GOOD_ANSWERS, passportExpiry: undefined };
    await answerQuestions(chat, start, answers).catch(() => undefined);
    const change = await chat.say('change my dates');
    expect(textOf(change[0])).to.equal("OK, let's redo that: I'll ask you again for the internship start date and the internship end date.");
    expect(askedField(change.at(-1))).to.equal('internshipStart');
    const dates = await chat.say('from 1 July 2025 to 31 December 2025');
    expect(askedField(dates.at(-1))).to.equal('passportExpiry');
    const { replies } = await answerQuestions(chat, dates, GOOD_ANSWERS);
    expect(textOf(replies[0])).to.include('Internship starts: 1 July 2025').and.include('Internship ends: 31 December 2025');
  });

  it('lets the person correct the summary before the verdict', async () => {
    const chat = converse();
    const { replies } = await answerQuestions(chat, await chat.say('check my eligibility'), GOOD_ANSWERS);
    expect(textOf(replies[0])).to.match(/^Here is what you told me:/);
    const change = await chat.say('Change something');
    expect(textOf(change[0])).to.match(/^What should I change\?/);
    const which = await chat.say('my passport');
    expect(textOf(which[0])).to.include("I'll ask you again for your passport's expiry date.");
    expect(askedField(which.at(-1))).to.equal('passportExpiry');
    const summary = await chat.say('1 January 2031');
    expect(textOf(summary[0])).to.include('Passport valid until: 1 January 2031');
    const corrected = await chat.say("I'm Austrian actually");
    expect(textOf(corrected[0])).to.include('Updated: Citizenship: Austria (was Germany).');
    expect(textOf(corrected[1])).to.include('Citizenship: Austria');
    const verdict = await chat.say('yes');
    expect(textOf(verdict[0])).to.include('Up to 6 months').and.include('it can cover you until 30 November 2025 at the latest');
  });

  it('stops on "cancel" and forgets every answer', async () => {
    const chat = converse();
    await pastAge(chat);
    const cancelled = await chat.say('cancel');
    expect(textOf(cancelled[0])).to.match(/^OK, I stopped the check and cleared your answers\./);
    expect(cancelled).to.have.length(1);
    const question = await chat.say('What are the requirements?');
    expect(textOf(question[0])).to.include('To be eligible you must');
    const again = await chat.say('am I eligible?');
    expect(textOf(again[0])).to.match(/one question at a time/);
    expect(askedField(again.at(-1))).to.equal('citizenship');
  });

  it('clears the answers on "start over" and starts again with the country', async () => {
    const chat = converse();
    await pastAge(chat);
    const replies = await chat.say('start over');
    expect(textOf(replies[0])).to.equal("Let's start over: I've cleared your answers.");
    expect(askedField(replies.at(-1))).to.equal('citizenship');
    const verdict = await chat.say('am I eligible?');
    expect(textOf(verdict[1])).to.include('- Unknown: Age.');
  });

  it('gives a specific hint for a failed answer, offers to skip after three, and the verdict shows it unknown', async () => {
    const chat = converse();
    await chat.say('check my eligibility');
    const first = await chat.say('Narnia');
    expect(textOf(first[0])).to.equal(
      "I didn't recognise a country there. Which country's passport do you hold, e.g. Germany?\n\n" +
        'Which country are you a citizen of (the passport you hold)? (for example Germany)',
    );
    expect(buttonsOf(first[0])).to.deep.equal([]);
    await chat.say('blue');
    const third = await chat.say('purple');
    expect(textOf(third[0])).to.include('say "skip"');
    expect(buttonsOf(third[0])).to.deep.equal(['Skip']);
    const skipped = await chat.say('Skip');
    expect(textOf(skipped[0])).to.include("I'll leave your country of citizenship open");
    expect(askedField(skipped.at(-1))).to.equal('dateOfBirth');
    const { asked, replies } = await answerQuestions(chat, skipped, GOOD_ANSWERS);
    expect(asked).not.to.include('citizenship');
    expect(textOf(replies[0])).to.include('- Citizenship: not given');
    const verdict = await chat.say("That's right");
    expect(textOf(verdict[0])).to.include('- Unknown: Citizenship.');
  });

  it('leaves a question open on "I don\'t know"', async () => {
    const chat = converse();
    const { replies } = await answerQuestions(chat, await chat.say('check my eligibility'), { ...GOOD_ANSWERS, teer: "I don't know" });
    expect(textOf(replies[0])).to.match(/^Here is what you told me:/);
    expect(textOf(replies[0])).to.include('NOC TEER category: not given');
  });

  it('confirms a date that reads two ways in the locale, and keeps the one chosen', async () => {
    const chat = converse({ locale: 'en-US' });
    await chat.say('check my eligibility');
    await chat.say('Germany');
    const ambiguous = await chat.say('03/04/1999');
    expect(textOf(ambiguous.at(-1))).to.equal('Just to be sure: do you mean 4 March 1999, or 3 April 1999?');
    expect(buttonsOf(ambiguous.at(-1))).to.deep.equal(['4 March 1999', '3 April 1999']);
    const confirmed = await chat.say('the second one');
    expect(textOf(confirmed[0])).to.equal('Thanks: 3 April 1999.');
    expect(askedField(confirmed.at(-1))).to.equal('enrolled');
    const { replies } = await answerQuestions(chat, confirmed, GOOD_ANSWERS);
    expect(textOf(replies[0])).to.include('Date of birth: 3 April 1999');
  });

  it('keeps the first reading after two unclear answers, and says so', async () => {
    const chat = converse({ locale: 'en-US' });
    await chat.say('check my eligibility');
    await chat.say('Germany');
    await chat.say('born 03/04/1999');
    const unclear = await chat.say('hmm');
    expect(textOf(unclear[0])).to.equal('Please pick one: 4 March 1999 or 3 April 1999. You can also type it again in full.');
    const kept = await chat.say('whatever');
    expect(textOf(kept[0])).to.equal("I'll keep 4 March 1999. If that's wrong, just tell me again, in words.");
    expect(askedField(kept.at(-1))).to.equal('enrolled');
  });

  it('asks which passport when two countries are named', async () => {
    const chat = converse();
    await chat.say('check my eligibility');
    const replies = await chat.say("I'm German and Swiss");
    expect(textOf(replies.at(-1))).to.equal('You named more than one country: which passport will you apply with, Germany or Switzerland?');
    const chosen = await chat.say('Switzerland');
    expect(textOf(chosen[0])).to.equal('Thanks: Switzerland.');
    expect(askedField(chosen.at(-1))).to.equal('dateOfBirth');
    const restated = await chat.say("sorry, I'm German");
    expect(textOf(restated[0])).to.match(/^Updated: Citizenship: Germany \(was Switzerland\)\./);
    expect(askedField(restated.at(-1))).to.equal('dateOfBirth');
  });

  it('reads a numeric date day first in a day-first locale', async () => {
    const chat = converse({ locale: 'en-GB' });
    await chat.say('check my eligibility');
    await chat.say('Germany');
    const ambiguous = await chat.say('03/04/1999');
    expect(textOf(ambiguous.at(-1))).to.equal('Just to be sure: do you mean 3 April 1999, or 4 March 1999?');
    const kept = await chat.say('yes');
    expect(textOf(kept[0])).to.equal('Thanks: 3 April 1999.');
  });
});

describe('facts volunteered and the root of the conversation', () => {
  it('asks nothing already given when every fact comes in the first message', async () => {
    const chat = converse();
    const first = await chat.say(
      "Hi! I'm German, born 12 March 1999. I'm a student and I have a signed internship offer, linked to my studies " +
        'and mandatory for my degree, TEER 2, from 1 June 2025 to 30 November 2025. My passport is valid until 14 May 2030. ' +
        "I have 5000 CAD, I will have health insurance, I have a return ticket, no kids, I live in my home country and I've never done IEC.",
    );
    expect(textOf(first[0])).to.match(/^Noted: Citizenship: Germany; Date of birth: 12 March 1999; /);
    const { asked, replies } = await answerQuestions(chat, first, GOOD_ANSWERS);
    const given = [
      'citizenship', 'dateOfBirth', 'enrolled', 'hasJobOffer', 'linkedToStudies', 'requiredForStudies', 'teer',
      'internshipStart', 'internshipEnd', 'passportExpiry', 'hasFunds', 'hasInsurance', 'hasDepartureTicket',
      'hasDependants', 'residentInCitizenshipCountry', 'earlierParticipations',
    ];
    expect(asked.filter((field) => given.includes(field))).to.deep.equal([]);
    expect(textOf(replies[0])).to.match(/^Here is what you told me:/);
    const verdict = await chat.say('yes');
    expect(textOf(verdict[0])).to.match(/^You appear to be eligible/);
  });

  it('starts the check from "I\'m German, can I apply?" with the country known', async () => {
    const chat = converse();
    const replies = await chat.say("I'm German, can I apply?");
    expect(textOf(replies[0])).to.equal('Noted: Citizenship: Germany.');
    expect(askedField(replies.at(-1))).to.equal('dateOfBirth');
  });

  it('answers a question that comes with a fact, keeps the fact and offers the check', async () => {
    const chat = converse();
    const replies = await chat.say("I'm 24, how long does processing take?");
    expect(textOf(replies[0])).to.equal('Noted: Age: 24.');
    expect(textOf(replies[1])).to.include('eight weeks');
    expect(buttonsOf(replies[2])).to.deep.equal(['Check my eligibility']);
    const check = await chat.say('Check my eligibility');
    expect(askedField(check.at(-1))).to.equal('citizenship');
    const { asked } = await answerQuestions(chat, check, GOOD_ANSWERS);
    expect(asked).not.to.include('dateOfBirth');
  });

  it('gives the verdict again after the check, and a correction updates it', async () => {
    const chat = converse();
    await answerQuestions(chat, await chat.say('check my eligibility'), GOOD_ANSWERS);
    await chat.say('yes');
    const again = await chat.say('am I eligible?');
    expect(textOf(again[0])).to.match(/^You appear to be eligible/);
    const corrected = await chat.say("actually I'm from the US");
    expect(allText(corrected)).to.include('Updated: Citizenship: United States (was Germany).');
    expect(allText(corrected)).to.include('You are not eligible because this category is not open to citizens of the United States');
  });

  it('uses the Teams rendering: buttons on a hero card, the verdict as an Adaptive Card', async () => {
    const chat = converse({ channelId: 'msteams' });
    const start = await chat.say('check my eligibility');
    await chat.say('Germany');
    const question = await chat.say('12 March 1999');
    expect(question.at(-1)?.attachments?.[0]?.contentType).to.equal('application/vnd.microsoft.card.hero');
    expect(buttonsOf(question.at(-1))).to.deep.equal(['Yes', 'No']);
    expect(start).to.have.length(2);
    const { replies } = await answerQuestions(chat, question, GOOD_ANSWERS);
    expect(replies[0].attachments?.[0]?.contentType).to.equal('application/vnd.microsoft.card.adaptive');
    const verdict = await chat.say("That's right");
    expect(verdict[0].attachments?.[0]?.contentType).to.equal('application/vnd.microsoft.card.adaptive');
    expect(textOf(verdict[0])).to.match(/^You appear to be eligible/);
  });

  it('sends the verdict as plain text on a channel without cards', async () => {
    const chat = converse({ channelId: 'sms' });
    await answerQuestions(chat, await chat.say('check my eligibility'), GOOD_ANSWERS);
    const verdict = await chat.say('yes');
    expect(verdict[0].attachments ?? []).to.deep.equal([]);
    expect(verdict[0].text).to.match(/^You appear to be eligible\./);
  });
});
