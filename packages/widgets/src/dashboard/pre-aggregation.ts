/**
 * When the dashboard builds its pre-aggregates.
 * - When the page is idle (requestIdleCallback with a timeout) once the widgets have answered,
 *   and again after a source reload or a selection change: for every widget, one cube keeping
 *   the columns of every publisher on the dashboard (and of the clauses in force). Any mix of
 *   clicks and brushes is then answered from it with no rebuild; the idle pass after a change
 *   finds everything covered and builds nothing. A cube that would be too big is refused by the
 *   PreAggregator, and then:
 * - when the pointer or focus enters a publishing widget (the reader is about to click or brush
 *   it): cubes with that publisher's columns and the columns of the clauses in force.
 * - before the first views of a table of `firstRootRows` or more (core's first-roots.ts): the
 *   cubes of the idle pass, cut from one root, which the first views then read.
 * Otherwise builds never hold a query up: the coordinator reads the base table until a cube is ready
 * (core's PreAggregator), and each build step (one cube) starts only when no interactive query
 * waits (core's build-steps.ts); a step already running in DuckDB's worker does delay the
 * queries queued behind it, which is why the wide cubes are built when the page is idle.
 */

import type { Coordinator, PublisherColumn, Selection } from '@pantau/core';
import { controllerOf } from '../base/query-controller.ts';
import { isPublisher, publisherColumns } from './publisher-columns.ts';

/** How long an idle build may wait for an idle period before it runs anyway. */
const IDLE_TIMEOUT_MS = 1_000;

type IdleHandle = number;

function whenIdle(task: () => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    return requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  }
  return setTimeout(task, 50) as unknown as IdleHandle;
}

function cancelIdle(handle: IdleHandle): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}

export class PreAggregationScheduler {
  readonly #host: HTMLElement;
  readonly #coordinator: Coordinator;
  readonly #selection: Selection;
  /** Selection version each widget was last prepared for (entering again changes nothing). */
  readonly #prepared = new WeakMap<Element, number>();
  #version = 0;
  #idle: IdleHandle | null = null;

  readonly #sources: EventTarget;
  readonly #ready: () => Promise<unknown>;

  /**
   * @param sources announces reloads (the cubes are then rebuilt, once the widgets answered)
   * @param ready resolves when every widget of the dashboard has answered
   */
  constructor(
    host: HTMLElement,
    coordinator: Coordinator,
    selection: Selection,
    sources: EventTarget,
    ready: () => Promise<unknown>,
  ) {
    this.#host = host;
    this.#coordinator = coordinator;
    this.#selection = selection;
    this.#sources = sources;
    this.#ready = ready;
  }

  connect(): void {
    this.#host.addEventListener('pointerover', this.#onEnter);
    this.#host.addEventListener('focusin', this.#onEnter);
    this.#selection.addEventListener('change', this.#onChange);
    this.#sources.addEventListener('announce', this.#onReload);
    // A large table's first views wait for cubes of every publisher's columns (core's first-roots.ts).
    this.#coordinator.firstRoots.hints = () => this.#hints();
    this.#afterReady();
  }

  disconnect(): void {
    this.#host.removeEventListener('pointerover', this.#onEnter);
    this.#host.removeEventListener('focusin', this.#onEnter);
    this.#selection.removeEventListener('change', this.#onChange);
    this.#sources.removeEventListener('announce', this.#onReload);
    this.#coordinator.firstRoots.hints = null;
    if (this.#idle !== null) cancelIdle(this.#idle);
    this.#idle = null;
    void this.#coordinator.preAggregator.dispose();
  }

  /** Builds the wide cubes (every publisher's columns) in the next idle period. */
  scheduleIdle(): void {
    if (this.#idle !== null) return;
    this.#idle = whenIdle(() => {
      this.#idle = null;
      const pre = this.#coordinator.preAggregator;
      if (!pre.options.enabled || !this.#host.isConnected) return;
      const columns = this.#hints();
      if (columns.length > 0) void pre.prepare(columns, undefined, columns);
    });
  }

  /** Builds for `widget` now (pointer or focus entered it). */
  prepare(widget: Element): Promise<void> {
    // Switched off (a benchmark's base-table run): nothing to build, nothing to remember.
    if (!this.#coordinator.preAggregator.options.enabled) return Promise.resolve();
    if (this.#prepared.get(widget) === this.#version) return Promise.resolve();
    this.#prepared.set(widget, this.#version);
    const columns = publisherColumns(widget);
    if (columns.length === 0) return Promise.resolve();
    return this.#coordinator.preAggregator.prepare(columns, controllerOf(widget), this.#hints());
  }

  readonly #onEnter = (event: Event): void => {
    const widget = event
      .composedPath()
      .find(
        (node): node is Element =>
          node instanceof Element &&
          isPublisher(node) &&
          node.closest('pantau-dashboard') === this.#host,
      );
    if (widget !== undefined) void this.prepare(widget);
  };

  readonly #onChange = (): void => {
    this.#version++;
    this.scheduleIdle();
  };

  /** A table was (re)loaded: its cubes are gone (the coordinator dropped them); build again. */
  readonly #onReload = (): void => {
    this.#version++;
    this.#afterReady();
  };

  /** Once every widget has asked its question (their plans are known), build idly. */
  #afterReady(): void {
    void this.#ready().then(() => {
      if (this.#host.isConnected) this.scheduleIdle();
    });
  }

  #publishers(): Element[] {
    return [...this.#host.querySelectorAll('*')].filter(
      (el) => isPublisher(el) && el.closest('pantau-dashboard') === this.#host,
    );
  }

  /** Every publisher's columns: how a clause's column is best kept (a brush's period). */
  #hints(): PublisherColumn[] {
    return this.#publishers().flatMap(publisherColumns);
  }
}
