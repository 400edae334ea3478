import { expect } from 'chai';
import { asksToDeleteData } from '../../src/dataDeletion';

const REQUESTS = [
  'delete my data',
  'Delete my data.',
  'DELETE MY DATA!',
  'please delete my data',
  'delete my data please',
  'Please erase all my personal information',
  'remove my personal data',
  'wipe my details',
  'delete all of my data',
  'delete the data you have about me',
  'delete everything you know about me',
  'delete everything',
  'forget me',
  'Forget about me',
  'forget everything you know about me',
  'forget all about me',
  "forget everything you've stored about me",
  'can you delete my data?',
  'Could you please remove my information?',
  'I want you to delete my data',
  "I'd like to delete my data",
  'I want my data deleted',
  'I would like my personal data to be erased',
  'erase any data about me',
  'delete my profile',
  'delete my account',
  'hey, delete my data now',
  'I invoke my right to be forgotten',
  'GDPR erasure request',
  'delete my data 🙏',
];

const NOT_REQUESTS = [
  'forget it',
  'never mind',
  'clear my answers',
  'forget my answers',
  'start over',
  'cancel',
  'do you keep my data?',
  'what data do you store about me?',
  'how long do you keep my information?',
  'which documents do I need to remove from my application?',
  'I will delete the email later',
  'delete',
  'my data',
  "I'm 24 and German",
  'change my dates',
  'can I remove my dependants from the application?',
];

describe('asksToDeleteData', () => {
  for (const text of REQUESTS) {
    it(`hears a request to delete data in "${text}"`, () => {
      expect(asksToDeleteData(text)).to.equal(true);
    });
  }
  for (const text of NOT_REQUESTS) {
    it(`hears no request to delete data in "${text}"`, () => {
      expect(asksToDeleteData(text)).to.equal(false);
    });
  }
});
