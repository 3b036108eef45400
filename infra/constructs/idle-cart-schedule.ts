/**
 * What idle-cart checks need in AWS: an EventBridge Scheduler group for the one-time schedules
 * (one per cart, moved on every change), the role the scheduler assumes to invoke the events
 * function, and the events function's right to create, move and delete schedules in that group
 * only, passing that role only.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';

/** The group and role, and the environment the events function reads them from. */
export class IdleCartSchedule extends Construct {
  readonly groupName: string;
  readonly role: Role;

  constructor(scope: Construct, id: string, target: IFunction) {
    super(scope, id);
    const stack = Stack.of(this);
    this.groupName = `${stack.stackName}-idle-carts`.slice(0, 64);
    const group = new CfnScheduleGroup(this, 'Group', { name: this.groupName });
    this.role = new Role(this, 'InvokeRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
      description: 'EventBridge Scheduler invokes the events function for idle-cart checks',
    });
    // The function itself, no versions or aliases.
    this.role.addToPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [target.functionArn] }),
    );
    target.addToRolePolicy(
      new PolicyStatement({
        actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
        resources: [
          stack.formatArn({
            service: 'scheduler',
            resource: 'schedule',
            resourceName: `${this.groupName}/*`,
          }),
        ],
      }),
    );
    target.addToRolePolicy(
      new PolicyStatement({ actions: ['iam:PassRole'], resources: [this.role.roleArn] }),
    );
    this.node.addDependency(group);
    if (target.role) {
      Validations.of(target.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${this.groupName}/*]`,
        reason:
          'One schedule per cart, named at run time: the events function may manage schedules of its own group only.',
      });
    }
  }

  /** The events function's settings for scheduling. */
  environment(cartIdleHours: string): Record<string, string> {
    return {
      IDLE_CHECK_SCHEDULE_GROUP: this.groupName,
      IDLE_CHECK_ROLE_ARN: this.role.roleArn,
      CART_IDLE_HOURS: cartIdleHours,
    };
  }
}
