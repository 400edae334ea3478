import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { ChatPage, SCREENSHOT_DIR, useBotAndBrowser } from './browserSession';

/** What the bot asks (a part of its question) and how the person answers: by clicking a button or typing. */
type Step = [asks: string, answer: { click: string } | { type: string }];

/**
 * A German student of 25 with a TEER 2 internship next year, answering every question, partly by
 * buttons and partly in words. Dates are relative to today, so the verdict does not age.
 */
function eligibleStudent(today: Date): Step[] {
  const year = today.getFullYear();
  return [
    ['Which country are you a citizen of', { type: 'Germany' }],
    ['What is your date of birth', { type: `15 March ${year - 25}` }],
    ['a student registered at a post-secondary institution', { click: 'Yes' }],
    ['signed job offer or contract', { click: 'Yes' }],
    ['linked to your field of study', { click: 'Yes' }],
    ['require this internship', { click: 'Yes' }],
    ['TEER category', { click: 'TEER 2' }],
    ['When does the internship start and end', { type: `from 1 June ${year + 1} to 30 November ${year + 1}` }],
    ['Until what date is your passport valid', { type: `14 May ${year + 6}` }],
    ['CAD 2,500', { click: 'Yes' }],
    ['health insurance', { click: 'Yes' }],
    ['admissible to Canada', { click: 'Yes' }],
    ['round-trip ticket', { click: 'Yes' }],
    ['dependants', { click: 'No' }],
    ['live in your country of citizenship', { click: 'Yes' }],
    ['taken part in IEC', { click: 'Never' }],
    ['Is all of this right?', { click: "That's right" }],
  ];
}

const VERDICT = 'You appear to be eligible.';

describe('the eligibility check in headless Chromium', () => {
  const suite = useBotAndBrowser();

  it('asks its questions, takes clicks and typed answers, and shows the verdict card, with a text for screen readers and on a phone', async () => {
    const chat = await ChatPage.open(suite.browser, suite.bot.baseUrl, { width: 1280, height: 800 });
    const { page } = chat;
    await chat.click('Check my eligibility');
    for (const [asks, answer] of eligibleStudent(new Date())) {
      await chat.botSays(asks);
      if ('click' in answer) await chat.click(answer.click);
      else await chat.type(answer.type);
    }

    const card = page.locator('.ac-adaptiveCard').filter({ hasText: VERDICT }).last();
    await card.waitFor({ state: 'visible' });
    const shown = await card.innerText();
    for (const line of ['Citizenship', 'Age', 'Student status', 'Job offer']) expect(shown).to.include(line);

    const article = page.locator('.webchat__basic-transcript__activity').filter({ has: card }).locator('[role="article"]');
    const labelId = await article.getAttribute('aria-labelledby');
    const accessibleName = await page.locator(`[id="${labelId}"]`).textContent();
    expect(accessibleName).to.match(new RegExp(`^Bot said: ${VERDICT.replace('.', '\\.')}`));
    expect(accessibleName).not.to.match(/^Bot said: 1 attachment/);

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await card.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-verdict-card.png') });
    await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await chat.screenshot('desktop-verdict');

    await page.setViewportSize({ width: 375, height: 667 });
    await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(375);
    expect((await card.boundingBox())?.width).to.be.at.most(375);
    await chat.screenshot('phone-verdict');
    await page.close();
  });
});
