import { describeHostScenario } from './harness/host-permission';
import { numberCrossChecks } from './scenarios/number-cross-checks';

describeHostScenario(
  'numbers read against the case’s own',
  'flags an IMEI and a waybill that differ from the platform’s data and keeps them out of replies',
  numberCrossChecks,
);
