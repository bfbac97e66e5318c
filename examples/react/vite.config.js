// Vite builds this example as is (JSX through its built-in transform); relative URLs throughout.
export default { base: './' };
