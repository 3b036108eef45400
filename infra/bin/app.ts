/**
 * The CDK app (`npm run synth`, `npm run deploy`): both stacks, checked by cdk-nag's AwsSolutions
 * rules at synth. Settings come from context; see infra/stacks/settings.ts.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addVoiceCommerceStacks } from '../stacks/voice-commerce';

const app = new App();
addVoiceCommerceStacks(app);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
