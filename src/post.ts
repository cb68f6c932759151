import { post } from './action.js';

await post();
