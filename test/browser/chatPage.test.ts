import { expect } from 'chai';
import { ChatPage, useBotAndBrowser } from './browserSession';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 667 };

describe('the chat page in headless Chromium', () => {
  const suite = useBotAndBrowser();

  it('says what it is, in English, and puts the keyboard in the send box', async () => {
    const chat = await ChatPage.open(suite.browser, suite.bot.baseUrl, DESKTOP);
    const { page } = chat;
    expect(await page.title()).to.equal('IEC International Co-op assistant');
    expect(await page.locator('html').getAttribute('lang')).to.equal('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).to.equal('IEC International Co-op assistant');
    expect(await page.getByRole('main').getAttribute('aria-label')).to.equal('Chat with the assistant');
    expect(await chat.sendBox.evaluate((input) => input === document.activeElement)).to.equal(true);
    await chat.screenshot('desktop-welcome');
    await page.close();
  });

  it('answers a question typed with the keyboard, and one chosen with a button', async () => {
    const chat = await ChatPage.open(suite.browser, suite.bot.baseUrl, DESKTOP);
    await chat.click('Which countries can apply?');
    await chat.botSays(/Czech/);

    await chat.page.keyboard.type('How much does it cost?');
    await chat.page.keyboard.press('Enter');
    const answer = await chat.botSays('CAD 172');
    expect(await answer.innerText()).to.include('2024');
    expect(await chat.sendBox.inputValue()).to.equal('');
    await chat.screenshot('desktop-answer');
    await chat.page.close();
  });

  it('works with the keyboard alone: Shift+Tab reaches the buttons, arrows move, Enter picks', async () => {
    const chat = await ChatPage.open(suite.browser, suite.bot.baseUrl, DESKTOP);
    const { page } = chat;
    const focused = (): Promise<string | undefined> => page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).to.equal('Check my eligibility');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).to.equal('What are the requirements?');
    await page.keyboard.press('Enter');
    await chat.botSays('Source: Eligibility requirements');
    expect(await chat.sendBox.evaluate((input) => input === document.activeElement)).to.equal(true);
    await page.close();
  });

  it('fits a phone-sized window: no sideways scrolling, the send box on screen', async () => {
    const chat = await ChatPage.open(suite.browser, suite.bot.baseUrl, PHONE);
    const { page } = chat;
    await chat.type('age limit for Sweden?');
    await chat.botSays(/Sweden/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).to.be.at.most(PHONE.width);
    const box = await chat.sendBox.boundingBox();
    expect(box).not.to.equal(null);
    expect(box!.y + box!.height).to.be.at.most(PHONE.height);
    expect(box!.x + box!.width).to.be.at.most(PHONE.width);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).to.equal(true);
    await chat.screenshot('phone-answer');
    await page.close();
  });
});
