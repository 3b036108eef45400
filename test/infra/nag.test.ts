/**
 * cdk-nag's AwsSolutions rules over both stacks: no finding left, and every acknowledged rule says
 * why. (cdk-nag 3 reports through the CDK's validation plugins, not annotations, so the pack is run
 * on the construct tree directly; the CDK's own annotations are checked too.)
 */
import { Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { synthApp } from './synth-app';

const synthesized = synthApp();

function acknowledgements(root: IConstruct): { path: string; id: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in either stack', () => {
    const report = new AwsSolutionsChecks().validateScope(synthesized.app);
    expect(
      report.violations.map((v) => `${v.ruleName} at ${v.violatingResources[0]?.constructPath}`),
    ).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges each rule with a reason', () => {
    const acks = acknowledgements(synthesized.app);
    expect(acks.map((a) => a.id.replace(/^annotation::/i, '')).sort()).toEqual([
      // The two Google webhook routes (/google and /google/{proxy+}) take no AWS credentials, nor do
      // the MCP server's two (/mcp, whose function verifies bearer tokens, and the OAuth metadata).
      'AwsSolutions-APIG4',
      'AwsSolutions-APIG4',
      'AwsSolutions-APIG4',
      'AwsSolutions-APIG4',
      'AwsSolutions-COG2',
      'AwsSolutions-COG3',
      'AwsSolutions-COG8',
      // dynamodb:ListStreams, for the events function and the search index builder.
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::*]',
      // The idle-cart schedules of the events function's own group, named at run time.
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/VoiceCommerceStateless-idle-carts/*]',
      // The search index bucket holds derived data only.
      'AwsSolutions-S1',
      'AwsSolutions-SMG4',
      'AwsSolutions-SNS2',
      // Two dead-letter queues: the event queue's, and the stream's.
      'AwsSolutions-SQS3',
      'AwsSolutions-SQS3',
    ]);
    for (const ack of acks) expect(ack.reason.length).toBeGreaterThan(40);
  });

  it('leaves no CDK errors or warnings on the stacks', () => {
    for (const stack of [synthesized.stateful, synthesized.stateless]) {
      expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
      expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
    }
  });
});
