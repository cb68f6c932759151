import { post, run } from './action.js';
import { STATE } from './interface.js';

// One bundle for both steps, as actions/checkout does: the main step saves the `is-post` state, and
// the runner hands saved state (STATE_*) only to the post step.
if (process.env[`STATE_${STATE.isPost}`] === 'true') await post();
else await run();
