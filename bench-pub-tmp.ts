import { measurePublish } from './tests/bench/publish.ts';
console.log(JSON.stringify(await measurePublish('dist')));
