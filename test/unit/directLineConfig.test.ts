import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config';

const APP = {
  MicrosoftAppId: '0b5e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  MicrosoftAppPassword: 'app-password',
};

describe('loadConfig: Direct Line for the production chat page', () => {
  it('has no Direct Line settings unless a secret is set', () => {
    expect(loadConfig(APP).directLine).to.equal(undefined);
    expect(loadConfig({ ...APP, DIRECTLINE_SECRET: ' ' }).directLine).to.equal(undefined);
  });

  it('uses the global Direct Line service by default', () => {
    expect(loadConfig({ ...APP, DIRECTLINE_SECRET: 's3cret' }).directLine).to.deep.equal({
      secret: 's3cret',
      endpoint: 'https://directline.botframework.com',
    });
  });

  it('takes a regional endpoint, without its trailing slash', () => {
    const config = loadConfig({ ...APP, DIRECTLINE_SECRET: 's3cret', DIRECTLINE_ENDPOINT: 'https://europe.directline.botframework.com/' });
    expect(config.directLine?.endpoint).to.equal('https://europe.directline.botframework.com');
  });

  const refusals: [string, Record<string, string>, RegExp][] = [
    ['a secret without an app id', { DIRECTLINE_SECRET: 's3cret' }, /^MicrosoftAppId is required when DIRECTLINE_SECRET is set/],
    ['an endpoint without a secret', { ...APP, DIRECTLINE_ENDPOINT: 'https://europe.directline.botframework.com' }, /^DIRECTLINE_SECRET is required/],
    ['an endpoint that is not a URL', { ...APP, DIRECTLINE_SECRET: 's3cret', DIRECTLINE_ENDPOINT: 'directline' }, /^DIRECTLINE_ENDPOINT must be an http\(s\) URL/],
    ['an endpoint that is not http(s)', { ...APP, DIRECTLINE_SECRET: 's3cret', DIRECTLINE_ENDPOINT: 'ftp://x.org' }, /^DIRECTLINE_ENDPOINT must be/],
  ];
  for (const [what, env, message] of refusals) {
    it(`refuses ${what}, naming the variable`, () => {
      expect(() => loadConfig(env)).to.throw(ConfigError, message);
    });
  }

  it('never puts the secret in an error message', () => {
    try {
      loadConfig({ ...APP, DIRECTLINE_SECRET: 's3cret', DIRECTLINE_ENDPOINT: 'nope' });
      expect.fail('expected a ConfigError');
    } catch (err) {
      expect(String(err)).not.to.include('s3cret');
    }
  });
});
