import type { Translation } from '../catalogue.ts';
import type { metricWords as id } from '../id/metric-words.ts';

export const metricWords: Translation<typeof id> = {
  ikmRequirements: 'Requirements',
  ikmSystemsMechanismsProcedures: 'Systems, mechanisms and procedures',
  ikmCompletionTime: 'Completion time',
  ikmCostFee: 'Cost/fee',
  ikmServiceProductSpecification: 'Service product specification',
  ikmStaffCompetence: 'Staff competence',
  ikmStaffConduct: 'Staff conduct',
  ikmHandlingComplaintsSuggestionsFeedback: 'Handling of complaints, suggestions and feedback',
  ikmFacilitiesInfrastructure: 'Facilities and infrastructure',
  ikmWeightPositiveNumberExact: (weight) =>
    `The IKM weight must be a positive number, 'exact' or 'printed', not ${weight}.`,
  ikmVeryGood: 'Very good',
  ikmGood: 'Good',
  ikmFair: 'Fair',
  ikmPoor: 'Poor',
  ikmValue: 'IKM value',
  ikmAnswerColumnsButElement: (answersLength, elementsLength) =>
    `IKM: ${answersLength} answer columns but ${elementsLength} element labels.`,
  ikmAnswersWholeNumbersEvery: (text) =>
    `IKM answers must be whole numbers 1 to 4 for every element; some are empty, not numbers, or out of range: ${text.en}. Fix the survey data before computing IKM.`,
  pekpppExcellentService: 'Excellent service',
  pekpppGoodNotes: 'Good (with notes)',
  pekpppAdequate: 'Adequate',
  pekpppAdequateNotes: 'Adequate (with notes)',
  pekpppPoor: 'Poor',
  pekpppVeryPoor: 'Very poor',
  pekpppFailed: 'Failed',
  pekpppIndex: 'PEKPPP index',
  pekpppScoresOnePerIndicator: (detail) =>
    `PEKPPP scores must be 0 to 5, one per indicator known to the weights version, per group (group by unit and year): ${detail.en}.`,
  pekpppPublicServiceIndex: 'Public Service Index (PEKPPP)',
  pekpppScoresOutsideUnknownIndicators:
    'PEKPPP: scores outside 0..5, unknown indicators, or an indicator scored twice (group by unit and year); rows',
  iidVeryInnovative: 'Very innovative',
  iidInnovative: 'Innovative',
  iidLessInnovative: 'Less innovative',
  iidCannotAssessedDisclaimer: 'Cannot be assessed (disclaimer)',
  iidValue: 'IID',
  iidInvalidDataIndicatorsScores: (d) =>
    `Invalid IID data (indicators 1..35, scores >= 0, indicators 16..35 with an innovation id): ${d.en}.`,
  iidRegionalInnovationIndex: 'Regional Innovation Index (IID)',
  iidIndicatorsOutsideEmptyNegative:
    'IID: indicators outside 1..35, empty or negative scores, or innovation indicators without an id; rows',
  serviceColumnHoldsNonNumber: (c, c2) => `Column "${c}" holds a non-number: ${c2}.`,
  serviceTimeCompletionRate: 'On-time completion rate',
  serviceShareApplicationsOnline: 'Share of applications online',
  serviceApplicationBacklog: 'Application backlog',
  serviceMedianDaysComplete: 'Median days to complete',
  serviceComplaintResolutionRate: 'Complaint resolution rate',
  serviceMeanDaysRespondComplaints: 'Mean days to respond to complaints',
  ikmSomeAnswersEmptyNot:
    'IKM: some answers are empty, not numbers, or outside 1..4 (see validateIkmAnswers); rows',
  ikmNineAnswerColumnsU: 'the nine answer columns U1..U9, in the order of PermenPANRB 14/2017',
  ikmCommunitySatisfactionIndex: 'Community Satisfaction Index (IKM)',
  ikmConvertedValuePerPermenpanrb:
    'Converted IKM value 25-100 per PermenPANRB 14/2017, per group (groupBy).',
  ikmNrr: (code, label) => `NRR ${code}${label ? ` ${label.en}` : ''}`,
  ikmAnswerColumnOneElement: 'the answer column of one element, e.g. "U3 Time"',
  ikmRespondents: 'IKM respondents',
  populationPositiveWholeNumber: (population) =>
    `The population must be a positive whole number, not ${population}.`,
  krejcieMorganTablePopulation: (population) =>
    `the Krejcie-Morgan table for a population of ${population}`,
  defaultMinimumPopulationUnknown: 'the default minimum (population unknown)',
  respondentsFewerThanRequired: (respondents, required, why) =>
    `${respondents} respondents, fewer than the ${required} required by ${why.en}; the IKM value is not yet reliable.`,
};
