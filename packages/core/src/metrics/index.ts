/**
 * Domain metrics of Pantau: IKM (PermenPANRB 14/2017), PEKPPP, the regional innovation index
 * (IID) and service and complaint measures. Each exists twice, as SQL registered for the measure
 * grammar and as a plain TypeScript reference over rows; tests keep the two in agreement.
 * See README.md in this folder for formulas, sources and what is verified.
 */

export { type MetricRow, type Band, roundHalfUp, bandOf, readNumber } from './shared.ts';
export {
  MetricPresentations,
  shownMetrics,
  gradeDomain,
  type MetricPresentation,
  type MetricGrades,
} from './presentation.ts';

export {
  IKM_ELEMENTS,
  IKM_ELEMENTS_U8_U9_SWAPPED,
  IKM_ANSWER_COLUMNS,
  IKM_WEIGHT_EXACT,
  IKM_WEIGHT_PRINTED,
  IKM_CONVERSION,
  IKM_CATEGORIES,
  IKM_GRADE_SCALE,
  ikmWeight,
  ikmCategory,
  ikmScore,
  isIkmAnswer,
  checkIkmAnswers,
  type IkmElement,
  type IkmWeight,
  type IkmCategory,
  type IkmCategoryCode,
  type IkmOptions,
  type IkmScore,
  type IkmElementScore,
} from './ikm.ts';
export {
  ikmMetric,
  ikmElementMetric,
  ikmNrrMetric,
  ikmRespondentsMetric,
  ikmProfileMetrics,
  ikmProfileMeasures,
  validateIkmAnswers,
  type IkmMetricOptions,
  type IkmElementMetricOptions,
} from './ikm-sql.ts';
export {
  KREJCIE_MORGAN,
  IKM_DEFAULT_MIN_RESPONDENTS,
  krejcieMorgan,
  ikmSampleCheck,
  type SampleCheck,
  type SampleCheckInput,
} from './sample-size.ts';

export {
  ON_TIME_COLUMNS,
  ONLINE_SHARE_COLUMNS,
  BACKLOG_COLUMNS,
  MEDIAN_DAYS_COLUMNS,
  onTimeRateMetric,
  onTimeRate,
  onlineShareMetric,
  onlineShare,
  backlogMetric,
  backlog,
  cumulativeBacklog,
  medianDaysMetric,
  medianDays,
  resolutionRateMetric,
  resolutionRate,
  meanDaysToRespondMetric,
  meanDaysToRespond,
  serviceMetrics,
  type OnTimeColumns,
  type OnlineShareColumns,
  type BacklogColumns,
  type MedianDaysColumns,
  type ResolutionColumns,
} from './service.ts';

export {
  PEKPPP_WEIGHTS_2023,
  PEKPPP_WEIGHT_VERSIONS,
  PEKPPP_GRADES,
  PEKPPP_GRADES_VERIFIED,
  PEKPPP_GRADE_SCALE,
  PEKPPP_COLUMNS,
  pekpppGrade,
  pekpppIndex,
  pekpppMetric,
  type PekpppAspect,
  type PekpppWeights,
  type PekpppColumns,
} from './pekppp.ts';
export {
  IID_COUNT_SCORING,
  IID_MAX_TOTAL,
  IID_PREDICATES,
  IID_GRADE_SCALE,
  linearCountScoring,
  iidCountScore,
  iidPredicate,
  iidIndex,
  iidMetric,
  type IidCountStep,
  type IidOptions,
  type IidResult,
} from './iid.ts';

export { publicServiceMetrics, registerPublicServiceMetrics } from './register.ts';
