/** `import url from './x.ts?lazy'`: the address of x.ts built as a chunk of its own (tools/build/lazy-scripts.ts). */
declare module '*?lazy' {
  const url: string;
  export default url;
}
