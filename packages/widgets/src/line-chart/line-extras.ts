/**
 * What a line chart adds to its drawing beyond the data, decided in its lazily loaded module: how
 * a change reads (points for rates and indices, base/change-format.ts) and the official bands
 * behind the lines when `bands` names a scale (the grades' own definitions, base/grades.ts).
 */

import type { ChartContext, LineOptions } from '@pantau/charts';
import { changeFormatter } from '../base/change-format.ts';
import { formatSpec } from '../base/formats.ts';
import { gradeBands, gradeScaleOf } from '../base/grades.ts';

export function lineExtras(
  attributes: { format: string; y: string; bands: string },
  { lang, formatValue }: ChartContext,
): Pick<LineOptions, 'formatChange' | 'categoryBands'> {
  const spec = formatSpec(attributes.format, attributes.y);
  // Only when asked for: the measure alone does not put bands behind a line.
  const scale = gradeScaleOf(attributes.bands, '');
  return {
    formatChange: changeFormatter(spec, attributes.y, lang, formatValue),
    ...(scale !== null ? { categoryBands: gradeBands(scale, lang) } : {}),
  };
}
