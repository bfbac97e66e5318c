// Vite builds this example as is; relative URLs throughout. Vue's compile-time feature flags are
// set so its runtime build does not guess them.
export default {
  base: './',
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
};
