/**
 * The HTTP API (payload format 2.0): `POST /google` for the Google Assistant webhook, whose
 * requests the function verifies itself (the Google-Assistant-Signature JWT), and `/api/...` for
 * the merchant API, which callers sign with AWS credentials (IAM authorization).
 */
import { CfnOutput, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/** The functions behind the API. */
export interface PublicApiProps {
  readonly google: IFunction;
  readonly merchantApi: IFunction;
  readonly logRetention: RetentionDays;
}

/** Request fields worth keeping: no IP addresses, no headers, no bodies. */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTime',
  route: '$context.routeKey',
  status: '$context.status',
  latencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  responseBytes: '$context.responseLength',
};

/** The API, its default stage and routes. */
export class PublicApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: PublicApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      createDefaultStage: false,
      description: 'Voice commerce webhooks',
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    // Google appends the handler name to the webhook's base URL after a colon
    // (`<baseUrl>:turn`), so the base URL is /google/webhook and the route takes what follows.
    const google = new HttpLambdaIntegration('Google', props.google, {
      payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
    });
    for (const path of ['/google', '/google/{proxy+}']) {
      for (const route of this.api.addRoutes({ path, methods: [HttpMethod.POST], integration: google })) {
        Validations.of(route).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'Google calls the webhook without AWS credentials; the function verifies the Google-Assistant-Signature ' +
            'JWT against the project id, and linked-account actions need a Cognito access token.',
        });
      }
    }
    this.api.addRoutes({
      path: '/api/{proxy+}',
      methods: [HttpMethod.ANY],
      integration: new HttpLambdaIntegration('MerchantApi', props.merchantApi, {
        payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
      }),
      authorizer: new HttpIamAuthorizer(),
    });

    new CfnOutput(scope, 'GoogleWebhookUrl', { value: `${this.stage.url}google/webhook` });
    new CfnOutput(scope, 'MerchantApiUrl', { value: `${this.stage.url}api/` });
  }
}
