import { beforeAll, describe, expect, it } from 'vitest';
import { publishingTasks, routes } from '../../functions/routes.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

let book: SynthesizedBook;
let alarms: Record<string, any>[];
let topicId: string;

beforeAll(() => {
  book = synthBookStack({ context: { alarmEmail: 'drift@example.no' } });
  alarms = Object.values(book.template.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);
  topicId = Object.keys(book.template.findResources('AWS::SNS::Topic'))[0]!;
});

/** The metric names an alarm watches, directly or through a math expression. */
function metricNames(alarm: Record<string, any>): string[] {
  if (alarm.MetricName) return [alarm.MetricName];
  return (alarm.Metrics ?? []).flatMap((metric: Record<string, any>) => (metric.MetricStat ? [metric.MetricStat.Metric.MetricName] : []));
}

describe('the alarms', () => {
  it('e-mail the configured address', () => {
    book.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'drift@example.no',
      TopicArn: { Ref: topicId },
    });
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.OKActions).toEqual([{ Ref: topicId }]);
    }
  });

  it('watch the share of server errors from the API', () => {
    const api = alarms.filter((alarm) => metricNames(alarm).includes('5xx'));
    expect(api).toHaveLength(1);
    expect(metricNames(api[0]!)).toContain('Count');
  });

  it('watch errors and throttles of every function, at most ten functions to an alarm', () => {
    const functionIds = Object.keys(book.template.findResources('AWS::Lambda::Function'));
    // One per route, the site's 404 page and the publishing functions.
    expect(functionIds).toHaveLength(routes.length + 1 + Object.keys(publishingTasks).length);
    for (const metric of ['Errors', 'Throttles']) {
      const watching = alarms.filter((alarm) => metricNames(alarm).includes(metric) && metricNames(alarm).every((name) => name === metric));
      for (const alarm of watching) expect(metricNames(alarm).length, alarm.AlarmDescription).toBeLessThanOrEqual(10);
      const watched = watching.flatMap((alarm) =>
        (alarm.Metrics as Record<string, any>[]).flatMap((entry) =>
          entry.MetricStat?.Metric.Namespace === 'AWS/Lambda' ? referencedIds(entry.MetricStat.Metric.Dimensions) : [],
        ),
      );
      expect(watched.sort(), metric).toEqual([...functionIds].sort());
    }
  });

  it('watch throttled reads and writes on the table and its indexes', () => {
    const table = alarms.filter((alarm) => metricNames(alarm).includes('ReadThrottleEvents'));
    expect(table).toHaveLength(1);
    expect(metricNames(table[0]!)).toContain('WriteThrottleEvents');
    const indexes = (table[0]!.Metrics as Record<string, any>[]).flatMap((metric) =>
      (metric.MetricStat?.Metric.Dimensions ?? []).filter((dimension: { Name: string }) => dimension.Name === 'GlobalSecondaryIndexName'),
    );
    expect(indexes.length).toBeGreaterThan(0);
  });
});
