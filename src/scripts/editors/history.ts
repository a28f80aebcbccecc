/** History lines on the editors' page, in the texts the page hands the script. */
import { historyText } from '../../core/suggestions/history-text.ts';
import { say } from './texts.ts';

export const { describeChange, actorName } = historyText(say);
