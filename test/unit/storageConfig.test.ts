import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config';

const APP_ID = '0b5e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const CONNECTION = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net';

describe('loadConfig: state storage and content logging', () => {
  it('keeps state in memory and logs no content by default', () => {
    expect(loadConfig({})).to.deep.include({ storage: { kind: 'memory' }, logContent: false });
    expect(loadConfig({ STORAGE: 'Memory', BLOB_STORAGE_CONNECTION_STRING: CONNECTION }).storage).to.deep.equal({ kind: 'memory' });
  });

  it('reads a blob store with its connection string and a default container', () => {
    expect(loadConfig({ STORAGE: 'blob', BLOB_STORAGE_CONNECTION_STRING: CONNECTION }).storage).to.deep.equal({
      kind: 'blob',
      connectionString: CONNECTION,
      container: 'bot-state',
    });
    expect(loadConfig({ STORAGE: 'blob', BLOB_STORAGE_CONNECTION_STRING: CONNECTION, BLOB_STORAGE_CONTAINER: 'iec-state-2' }).storage)
      .to.have.property('container', 'iec-state-2');
  });

  it('names the variable that is missing or wrong', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ STORAGE: 'redis' }, /^STORAGE must be one of memory, blob/],
      [{ STORAGE: 'blob' }, /^BLOB_STORAGE_CONNECTION_STRING is required when STORAGE is blob/],
      [{ STORAGE: 'blob', BLOB_STORAGE_CONNECTION_STRING: CONNECTION, BLOB_STORAGE_CONTAINER: 'Bot_State' }, /^BLOB_STORAGE_CONTAINER must be/],
      [{ STORAGE: 'blob', BLOB_STORAGE_CONNECTION_STRING: CONNECTION, BLOB_STORAGE_CONTAINER: 'ab' }, /^BLOB_STORAGE_CONTAINER must be/],
      [{ STORAGE: 'blob', BLOB_STORAGE_CONNECTION_STRING: CONNECTION, BLOB_STORAGE_CONTAINER: 'a--b' }, /^BLOB_STORAGE_CONTAINER must be/],
      [{ LOG_DEBUG_CONTENT: 'yes' }, /^LOG_DEBUG_CONTENT must be one of true, false/],
    ];
    for (const [env, message] of cases) {
      expect(() => loadConfig(env), JSON.stringify(env)).to.throw(ConfigError, message);
    }
  });

  it('logs content only when asked to, and only in local mode', () => {
    expect(loadConfig({ LOG_DEBUG_CONTENT: 'true' }).logContent).to.equal(true);
    expect(loadConfig({ LOG_DEBUG_CONTENT: 'false' }).logContent).to.equal(false);
    expect(() => loadConfig({ LOG_DEBUG_CONTENT: 'true', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' })).to.throw(
      ConfigError,
      /^LOG_DEBUG_CONTENT can only be true in local mode/,
    );
  });
});
