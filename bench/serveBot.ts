import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ActivityHandler } from 'botbuilder';
import restify from 'restify';

/**
 * Serves a reference bot as the assistant is served: `POST /api/messages` on restify with the same
 * body parsing, through botbuilder's CloudAdapter, on 127.0.0.1 at `PORT` (the default when unset);
 * prints the listening line the bench waits for.
 */
export function serveBot(bot: ActivityHandler, defaultPort: number): void {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer();
  server.post(
    '/api/messages',
    restify.plugins.bodyReader({ maxBodySize: 1024 * 1024 }),
    ...restify.plugins.jsonBodyParser({ bodyReader: true }),
    async (req: restify.Request, res: restify.Response) => {
      await adapter.process(req, res, (context) => bot.run(context));
    },
  );
  server.listen(Number(process.env.PORT ?? defaultPort), '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`${JSON.stringify({ msg: 'listening', url: `http://127.0.0.1:${port}` })}\n`);
  });
}
