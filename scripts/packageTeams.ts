/**
 * `npm run package:teams`: writes the Teams app package to artifacts/teams/, ready to upload.
 * Reads MicrosoftAppId and BOT_DOMAIN (and the optional TEAMS_* values) from the environment or ./.env,
 * and the version from package.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { version } from '../package.json';
import { buildTeamsPackage, PackageError } from './teamsPackage';

const root = path.join(__dirname, '..');
if (existsSync('.env')) process.loadEnvFile('.env');

try {
  const { fileName, zip, manifest } = buildTeamsPackage(process.env, version);
  const outDir = path.join(root, 'artifacts', 'teams');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, fileName);
  writeFileSync(file, zip);
  process.stdout.write(
    `Teams app package for app id ${String(manifest.id)}, version ${version}:\n  ${path.relative(process.cwd(), file)} (${zip.length} bytes)\n` +
      'Upload it in Teams: Apps > Manage your apps > Upload an app.\n',
  );
} catch (err) {
  if (!(err instanceof PackageError)) throw err;
  process.stderr.write(`Cannot build the Teams app package: ${err.message}\n`);
  process.exitCode = 1;
}
