/**
 * One Lambda function of the app: NodejsFunction bundled with esbuild exactly as `npm run build`
 * bundles it, Node.js 24 on arm64, its own log group with a retention, and a role that may write
 * only to that log group until the stack grants it more.
 */
import { RemovalPolicy, type Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import {
  LogLevel,
  NodejsFunction,
  OutputFormat,
  SourceMapMode,
  type BundlingOptions,
} from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { BUNDLE_ALIASES, BUNDLE_OPTIONS, type FunctionName } from './bundle-options';

/** The CDK form of the shared esbuild settings (bundle-options.ts) for one function. */
export function cdkBundling(name: FunctionName): BundlingOptions {
  const aliases = Object.entries(BUNDLE_ALIASES[name]);
  return {
    format: OutputFormat.CJS,
    target: BUNDLE_OPTIONS.target.join(','),
    minify: BUNDLE_OPTIONS.minify,
    sourceMap: true,
    sourceMapMode: SourceMapMode.EXTERNAL,
    mainFields: [...BUNDLE_OPTIONS.mainFields],
    bundleAwsSDK: true,
    // esbuild's warnings and errors only, not its size summary of every bundle.
    logLevel: LogLevel.WARNING,
    externalModules: [...BUNDLE_OPTIONS.external],
    ...(aliases.length > 0
      ? { esbuildArgs: Object.fromEntries(aliases.map(([from, to]) => [`--alias:${from}`, to])) }
      : {}),
  };
}

/** What makes one function. */
export interface AppFunctionProps {
  readonly name: FunctionName;
  /** The handler file, lambda/handlers/<name>.ts. */
  readonly entry: string;
  /** The repository root: package-lock.json and tsconfig.json live there. */
  readonly projectRoot: string;
  readonly timeout: Duration;
  readonly memorySize: number;
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetention: RetentionDays;
}

/** A function with its log group and role. */
export class AppFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of AWSLambdaBasicExecutionRole: it may write to this log group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${props.name} function`,
    });
    this.logGroup.grantWrite(this.role);
    this.fn = new NodejsFunction(this, 'Function', {
      description: `voice commerce: ${props.name}`,
      entry: props.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      environment: { ...props.environment },
      logGroup: this.logGroup,
      role: this.role,
      bundling: cdkBundling(props.name),
    });
    this.fn.node.addDependency(this.logGroup);
  }
}
