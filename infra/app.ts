/**
 * The CDK app: `npm run synth` (offline) and `npm run deploy`. Settings come from CDK context
 * or environment variables; see infra/config.ts and infra/README.md.
 */
import { fileURLToPath } from 'node:url';
import { App, Tags } from 'aws-cdk-lib';
import { routes } from '../functions/routes.ts';
import { resolveInfraConfig, settingReader } from './config.ts';
import { BookStack } from './stacks/book-stack.ts';

const app = new App();
const config = resolveInfraConfig(settingReader((key) => app.node.tryGetContext(key)));
const stack = new BookStack(app, config.stackName, {
  config,
  routes,
  functionsDir: fileURLToPath(new URL('../functions/', import.meta.url)),
  description: `Alderdommens ABC for ${config.municipality.name} (${config.stage})`,
  env: {
    ...(config.account ? { account: config.account } : {}),
    ...(config.region ? { region: config.region } : {}),
  },
});
Tags.of(stack).add('project', 'alderdommens-abc');
Tags.of(stack).add('stage', config.stage);
app.synth();
