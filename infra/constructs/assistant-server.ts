/**
 * The `mcp` function (the store as an MCP server for Alexa+ add-ons and other AI assistants) behind
 * the HTTP API: `ANY /mcp` (the function answers POST and refuses the rest with 405) and the OAuth
 * metadata documents under `GET /.well-known/`. The function verifies the assistants' Cognito tokens
 * itself, so it can answer 401 the way Alexa+ asks (an API Gateway authorizer answers its own way).
 */
import { CfnOutput, Duration, Validations } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi, type HttpStage, PayloadFormatVersion } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { AppFunction } from './app-function';
import { addFunctionAlarms } from './function-alarms';
import { grantItemReadWrite } from './table-access';

/** The app clients and scope assistants sign in with. */
export interface AssistantAuth {
  readonly shopperClientId: string;
  readonly serviceClientId: string;
  readonly serviceScope: string;
  /** The pool's hosted sign-in domain, which the authorization-server metadata points at. */
  readonly hostedDomainUrl: string;
}

/** What the MCP server needs. */
export interface AssistantServerProps {
  readonly entry: string;
  readonly projectRoot: string;
  readonly table: ITable;
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly auth: AssistantAuth;
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetention: RetentionDays;
  readonly alarmTopic: ITopic;
}

/** The function, its routes, alarms and outputs. */
export class AssistantServer extends Construct {
  readonly function: AppFunction;

  constructor(scope: Construct, id: string, props: AssistantServerProps) {
    super(scope, id);
    this.function = new AppFunction(this, 'Function', {
      name: 'mcp',
      entry: props.entry,
      projectRoot: props.projectRoot,
      // A voice assistant is waiting: answer, or fail, within a few seconds.
      timeout: Duration.seconds(7),
      memorySize: 1024,
      logRetention: props.logRetention,
      environment: {
        ...props.environment,
        ASSISTANT_CLIENT_IDS: props.auth.shopperClientId,
        ASSISTANT_SERVICE_CLIENT_IDS: props.auth.serviceClientId,
        ASSISTANT_SERVICE_SCOPE: props.auth.serviceScope,
        COGNITO_DOMAIN_URL: props.auth.hostedDomainUrl,
      },
    });
    const fn = this.function.fn;
    grantItemReadWrite(props.table, fn);
    addFunctionAlarms(this.function, 'mcp', fn, props.alarmTopic, 3000);

    const integration = new HttpLambdaIntegration('Mcp', fn, {
      payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
    });
    const routes = [
      ...props.api.addRoutes({ path: '/mcp', methods: [HttpMethod.ANY], integration }),
      ...props.api.addRoutes({ path: '/.well-known/{proxy+}', methods: [HttpMethod.GET], integration }),
    ];
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'The function verifies every MCP call’s Cognito bearer token itself (assistant clients only, two tiers) ' +
          'so that it can answer 401 the way Alexa+ asks; the OAuth metadata documents are public by design.',
      });
    }
    new CfnOutput(scope, 'McpServerUrl', {
      value: `${props.stage.url}mcp`,
      description: 'The MCP server (Streamable HTTP) for an Alexa+ add-on or another assistant',
    });
    new CfnOutput(scope, 'AuthorizationServerMetadataUrl', {
      value: `${props.stage.url}.well-known/oauth-authorization-server`,
      description: 'The OAuth authorization-server metadata assistants read (its issuer is the API)',
    });
  }
}
