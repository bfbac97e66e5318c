// Injected into the demo before its scripts (Playwright addInitScript); plain browser JS.
// Records when body[data-ready] appears, and times every chart element's drawChart (the
// renderer and its input mapping) and whole Lit update (drawChart plus the template commit),
// by wrapping the methods of each `pantau-*` class as it is defined. Read by bench/render/demo.mjs.
(() => {
  const probe = { readyAt: null, draws: [], updates: [] };
  window.__renderBenchProbe = probe;
  const seeReady = () => {
    if (probe.readyAt === null && document.body && document.body.hasAttribute('data-ready')) {
      probe.readyAt = performance.now();
    }
  };
  // Observe the document itself: the init script runs before <html> exists.
  new MutationObserver(seeReady).observe(document, {
    attributes: true,
    subtree: true,
    childList: true,
    attributeFilter: ['data-ready'],
  });
  const wrap = (proto, method, into, tag) => {
    const original = proto[method];
    if (typeof original !== 'function') return;
    Object.defineProperty(proto, method, {
      configurable: true,
      writable: true,
      value: function (...args) {
        const start = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          into.push({ tag, start, ms: performance.now() - start });
        }
      },
    });
  };
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    const proto = constructor && constructor.prototype;
    if (name.startsWith('pantau-') && proto && typeof proto.drawChart === 'function') {
      wrap(proto, 'drawChart', probe.draws, name);
      wrap(proto, 'performUpdate', probe.updates, name);
    }
    return define(name, constructor, options);
  };
})();
