import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface OperationsAlarmsProps {
  readonly email: string;
  readonly api: HttpApi;
  /** Each function with the name an operator recognises, e.g. "POST /api/suggestions". */
  readonly functions: readonly { readonly label: string; readonly function: IFunction }[];
  readonly table: TableV2;
  readonly indexNames: readonly string[];
}

const PERIOD = Duration.minutes(5);
/** The most metrics CloudWatch lets one alarm's expression read. */
const FUNCTIONS_PER_ALARM = 10;

/** The sum of the metrics, a function without data counting 0. */
function sumOf(metrics: readonly IMetric[], label: string): MathExpression {
  const usingMetrics = Object.fromEntries(metrics.map((metric, index) => [`m${index}`, metric]));
  return new MathExpression({
    expression: Object.keys(usingMetrics)
      .map((name) => `FILL(${name}, 0)`)
      .join(' + '),
    usingMetrics,
    period: PERIOD,
    label,
  });
}

/**
 * Alarms that mean "citizens can't send suggestions or editors can't work": server errors
 * from the API, crashing or throttled functions, and a throttled table. Each alarm, and its
 * recovery, is e-mailed to the configured address (the subscription must be confirmed once).
 */
export class OperationsAlarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Alderdommens ABC drift' });
    this.topic.addSubscription(new EmailSubscription(props.email));

    this.alarm('ApiServerErrorRate', {
      description: 'Mer enn 5 % av kallene til API-et endte med serverfeil (5xx) de siste 5 minuttene.',
      // At least three errors, so one failed call out of two at night does not wake anyone.
      metric: new MathExpression({
        expression: 'IF(errors >= 3, 100 * errors / requests, 0)',
        usingMetrics: {
          errors: props.api.metricServerError({ period: PERIOD, statistic: 'Sum' }),
          requests: props.api.metricCount({ period: PERIOD, statistic: 'Sum' }),
        },
        period: PERIOD,
        label: 'Andel 5xx (%)',
      }),
      threshold: 5,
    });

    // The functions in groups, one alarm per group and kind: CloudWatch lets an alarm's expression
    // read at most ten metrics, and one alarm per function would take the stack past CloudFormation's
    // 500 resources. The alarm's description names the functions it watches.
    for (let start = 0, group = 1; start < props.functions.length; start += FUNCTIONS_PER_ALARM, group += 1) {
      const watched = props.functions.slice(start, start + FUNCTIONS_PER_ALARM);
      const labels = watched.map((entry) => entry.label).join(', ');
      this.alarm(`FunctionErrors${group}`, {
        description: `En av disse funksjonene feilet (ubehandlet feil eller tidsavbrudd): ${labels}.`,
        metric: sumOf(
          watched.map((entry) => entry.function.metricErrors({ period: PERIOD, statistic: 'Sum' })),
          'Feil',
        ),
        threshold: 1,
      });
      this.alarm(`FunctionThrottles${group}`, {
        description: `En av disse funksjonene ble strupet – AWS avviste kall fordi for mange kjørte samtidig: ${labels}.`,
        metric: sumOf(
          watched.map((entry) => entry.function.metricThrottles({ period: PERIOD, statistic: 'Sum' })),
          'Strupinger',
        ),
        threshold: 1,
      });
    }

    const throttleMetrics: Record<string, IMetric> = {};
    const dimensions = [
      { TableName: props.table.tableName },
      ...props.indexNames.map((indexName) => ({ TableName: props.table.tableName, GlobalSecondaryIndexName: indexName })),
    ];
    dimensions.forEach((dimensionsMap, position) => {
      for (const metricName of ['ReadThrottleEvents', 'WriteThrottleEvents']) {
        throttleMetrics[`${metricName === 'ReadThrottleEvents' ? 'r' : 'w'}${position}`] = new Metric({
          namespace: 'AWS/DynamoDB',
          metricName,
          dimensionsMap,
          period: PERIOD,
          statistic: 'Sum',
        });
      }
    });
    this.alarm('TableThrottles', {
      description: 'DynamoDB-tabellen (eller en indeks) avviste lesing eller skriving på grunn av struping.',
      metric: new MathExpression({
        expression: Object.keys(throttleMetrics).join(' + '),
        usingMetrics: throttleMetrics,
        period: PERIOD,
        label: 'Strupede forespørsler',
      }),
      threshold: 1,
    });
  }

  private alarm(id: string, options: { description: string; metric: IMetric; threshold: number }): Alarm {
    const alarm = new Alarm(this, id, {
      alarmDescription: options.description,
      metric: options.metric,
      threshold: options.threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    return alarm;
  }
}
