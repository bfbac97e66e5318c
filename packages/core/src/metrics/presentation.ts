/**
 * How a metric's values are shown: its default format, its grade bands and how a change reads.
 * A metric definition carries these (`MetricDefinition` extends `MetricPresentation`); the
 * default registry copies them here when it registers a metric, so widgets read them at page
 * load without the metrics' trees and the query grammar, which load with the query builders.
 * Only types are imported: this module is part of the bundle every page loads.
 */

import type { BilingualText } from '../errors/pantau-error.ts';

/** A band of a category scale, bounds inclusive on the value rounded to 2 decimals. */
export interface Band<Code extends string = string> {
  code: Code;
  /** Smallest value (after rounding) in the band. */
  min: number;
  /** Largest value (after rounding) in the band. */
  max: number;
  label: BilingualText;
  /**
   * Colour when the page's theme and the built-in grade palette have none for this band (a
   * metric of the page's own); the official scales take theirs from @pantau/charts' palette.
   */
  color?: string;
}

/** The official grades of a metric: IKM categories, PEKPPP grades, IID predicates. */
export interface MetricGrades {
  /**
   * The name `bands="..."` takes (beside the metric's own name) and the colour tokens use
   * (`--pantau-sys-grade-<scale>-<code>`): lower-case letters, digits and "-".
   */
  scale: string;
  bands: readonly Band[];
  /** The range a gauge is drawn on; default the lowest to the highest band bound. */
  domain?: readonly [number, number];
}

export interface MetricPresentation {
  /** Format spec used when the page gives none (`format` attribute): 'ikm', 'percent', 'number:2'. */
  format?: string;
  grades?: MetricGrades;
  /** A change reads in points ("naik 2,2 poin"): rates and indices, whatever their format. */
  changeInPoints?: boolean;
}

/** The presentation of the metrics in one registry, by lower-case metric name. */
export class MetricPresentations {
  readonly #byName = new Map<string, MetricPresentation>();

  set(name: string, presentation: MetricPresentation): void {
    const { format, grades, changeInPoints } = presentation;
    this.#byName.set(name.toLowerCase(), { format, grades, changeInPoints });
  }

  get(name: string): MetricPresentation | undefined {
    return this.#byName.get(name.toLowerCase());
  }

  /** The grades `name` means: a graded metric's, else a scale's (`pekppp` for `ipp`). */
  grades(name: string): MetricGrades | undefined {
    const wanted = name.trim().toLowerCase();
    const own = this.#byName.get(wanted)?.grades;
    if (own !== undefined) return own;
    for (const p of this.#byName.values()) if (p.grades?.scale === wanted) return p.grades;
    return undefined;
  }

  /** Every scale, in registration order, once: what `bands="..."` accepts by name. */
  scales(): string[] {
    const names = new Set<string>();
    for (const p of this.#byName.values()) if (p.grades) names.add(p.grades.scale);
    return [...names];
  }
}

/** The presentation of `defaultMetrics`, which the widgets read. */
export const shownMetrics = new MetricPresentations();

/** The range a graded metric is read on. */
export function gradeDomain(grades: MetricGrades): readonly [number, number] {
  return (
    grades.domain ?? [
      Math.min(...grades.bands.map((b) => b.min)),
      Math.max(...grades.bands.map((b) => b.max)),
    ]
  );
}
