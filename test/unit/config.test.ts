import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config';

const APP_ID = '0b5e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const TENANT_ID = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const SECRET = 'do-not-print-this-secret';

describe('loadConfig', () => {
  it('runs in local mode on 127.0.0.1:3978 with no variables set', () => {
    expect(loadConfig({})).to.include({ port: 3978, host: '127.0.0.1', logLevel: 'info', credentials: undefined });
  });

  it('treats empty and blank values as unset', () => {
    expect(loadConfig({ PORT: '', HOST: ' ', LOG_LEVEL: '', MicrosoftAppId: '', MicrosoftAppPassword: '' })).to.deep.equal(
      loadConfig({}),
    );
  });

  it('honours PORT, HOST and LOG_LEVEL', () => {
    const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', LOG_LEVEL: 'debug' });
    expect(config).to.include({ port: 8080, host: '0.0.0.0', logLevel: 'debug' });
    expect(loadConfig({ PORT: '0' }).port).to.equal(0);
    expect(loadConfig({ PORT: '65535' }).port).to.equal(65535);
  });

  it('reads MultiTenant credentials and listens on all interfaces by default when an app id is set', () => {
    const config = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET });
    expect(config.host).to.equal('0.0.0.0');
    expect(config.credentials).to.deep.equal({
      appId: APP_ID,
      appType: 'MultiTenant',
      appPassword: SECRET,
      tenantId: undefined,
    });
  });

  it('reads SingleTenant and UserAssignedMSI credentials, whatever the case of the app type', () => {
    const single = loadConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: SECRET,
      MicrosoftAppType: 'singletenant',
      MicrosoftAppTenantId: TENANT_ID,
    });
    expect(single.credentials).to.include({ appType: 'SingleTenant', tenantId: TENANT_ID });
    const msi = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT_ID });
    expect(msi.credentials).to.include({ appType: 'UserAssignedMSI', appPassword: undefined });
  });

  const wrong: { name: string; env: Record<string, string>; variable: string }[] = [
    { name: 'a PORT that is not a number', env: { PORT: 'abc' }, variable: 'PORT' },
    { name: 'a PORT above 65535', env: { PORT: '65536' }, variable: 'PORT' },
    { name: 'a negative PORT', env: { PORT: '-1' }, variable: 'PORT' },
    { name: 'a fractional PORT', env: { PORT: '3978.5' }, variable: 'PORT' },
    { name: 'an unknown LOG_LEVEL', env: { LOG_LEVEL: 'verbose' }, variable: 'LOG_LEVEL' },
    { name: 'an unknown MicrosoftAppType', env: { MicrosoftAppType: 'Tenantless' }, variable: 'MicrosoftAppType' },
    {
      name: 'an app id that is not a GUID',
      env: { MicrosoftAppId: 'my-bot', MicrosoftAppPassword: SECRET },
      variable: 'MicrosoftAppId',
    },
    {
      name: 'a tenant id that is not a GUID',
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'contoso' },
      variable: 'MicrosoftAppTenantId',
    },
    { name: 'a password without an app id', env: { MicrosoftAppPassword: SECRET }, variable: 'MicrosoftAppId' },
    { name: 'a tenant id without an app id', env: { MicrosoftAppTenantId: TENANT_ID }, variable: 'MicrosoftAppId' },
    { name: 'MultiTenant without a password', env: { MicrosoftAppId: APP_ID }, variable: 'MicrosoftAppPassword' },
    {
      name: 'SingleTenant without a tenant id',
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppType: 'SingleTenant' },
      variable: 'MicrosoftAppTenantId',
    },
    {
      name: 'UserAssignedMSI without a tenant id',
      env: { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI' },
      variable: 'MicrosoftAppTenantId',
    },
    {
      name: 'UserAssignedMSI with a password',
      env: { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT_ID, MicrosoftAppPassword: SECRET },
      variable: 'MicrosoftAppPassword',
    },
  ];

  for (const { name, env, variable } of wrong) {
    it(`refuses ${name}, naming ${variable} and never the secret`, () => {
      expect(() => loadConfig(env))
        .to.throw(ConfigError, new RegExp(`^${variable} `))
        .with.property('message')
        .that.does.not.include(SECRET);
    });
  }
});
