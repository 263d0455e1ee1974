export { safeEqual, sha1Hex, sha256Hex, hmacSha256Hex } from './signature';
export { isFresh, toMillis } from './replay';
export { now, setWebhookClock } from './clock';
export { DedupeStore, dedupeStoreFor } from './dedupe';
export type { ReplyTarget } from './respond';
export { answerOnly, refuse, reply, responseOf, sealResponse } from './respond';
export type { Decision } from './decide';
export { decideWithin } from './decide';
export type { EventSummary } from './flatten';
export { eventItem, flattenOnce } from './flatten';
export { replayWindowProperty, dedupeKey } from './options';
export type { JsonDelivery } from './delivery';
export {
	extraKeys,
	isObject,
	parseJsonObject,
	queryText,
	rawBodyOf,
	readJsonDelivery,
} from './delivery';
export { parseStrictJson, StrictJsonError } from './strictJson';
export { consoleRegisteredWebhook } from './lifecycle';
