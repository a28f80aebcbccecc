// tsc has no compiler for .astro files (Astro's language tools do); for these tests a component is what the container renders.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
